import type { Author, Entity, Image, NewsDocument } from "../generated/types.js";
import { ID_PATTERN, URL_PATTERN } from "../generated/patterns.js";
import type { NinjsItem } from "./to-ninjs.js";
import { MEDIA_TOPIC_BASE } from "../core/iri.js";
import { isRecord } from "../core/json.js";
import { REQUIRED_DOCUMENT_FIELDS } from "../generated/schema-facts.js";
import type { ProblemParams } from "../core/issue.js";
import type { Unplaced, UnplacedCode } from "./unplaced.js";

/** The result of {@link fromNinjs}. */
export interface FromNinjsResult {
  /** A starter document: everything ninjs carries that a document has a place for. */
  readonly document: Partial<NewsDocument> & Pick<NewsDocument, "authors">;
  /** The required document fields ninjs did not provide: add these and the document validates. */
  readonly missing: readonly string[];
  /** What the item holds that the document has no place for. */
  readonly unplaced: readonly Unplaced[];
}

type Json = Record<string, unknown>;

const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

/** Reads a property under its 3.1 (camelCase) or 2.2 (lower-case) name. */
function read(item: Json, name: string): unknown {
  return item[name] ?? item[name.toLowerCase()];
}

/** A document id from a ninjs literal when it is one, else from the name. */
function idFor(literal: unknown, name: string, taken: Set<string>): string {
  const base =
    typeof literal === "string" && ID_PATTERN.test(literal)
      ? literal
      : name
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 90) || "entity";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A Wikidata QID from an entity URI (`…/entity/Q965` or `…/wiki/Q965`). */
function qidOf(uri: unknown): string | undefined {
  const m =
    typeof uri === "string" ? /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q[1-9][0-9]*)$/.exec(uri) : null;
  return m?.[1];
}

/** "By Ann Lee and Bo Chen" → ["Ann Lee", "Bo Chen"]: a byline becomes one author per name. */
function namesInByline(by: string): string[] {
  // White space is folded first, so the separators need no \s* on both sides (quadratic on long runs).
  const folded = by
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:by|posted by|written by) /i, "");
  return folded
    .split(/ ?, ?| and | ?& ?/i)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Starts a news document from an IPTC ninjs item (3.x or 2.x): metadata, headline, plain-text
 * body, authors (from `infoSources`, else from the byline), publisher, subjects as keywords, and
 * people, organisations and places as entities (Wikidata QIDs from their URIs). It says what the
 * document still needs (`missing`) and what it could not place (`unplaced`): ninjs events are
 * references only, so each must be described as a Meeting, Coup or Partnership by hand.
 *
 * @example
 * ```ts
 * import { fromNinjs } from "news-events/ninjs";
 *
 * const { document, missing, unplaced } = fromNinjs(JSON.parse(text));
 * // missing: e.g. ["publisher"] — add it, then validateDocument(document)
 * ```
 */
export function fromNinjs(input: NinjsItem): FromNinjsResult {
  const item: Json = isRecord(input) ? input : {};
  const unplaced: Unplaced[] = [];
  const skip = (pointer: string, code: UnplacedCode, message: string, params?: ProblemParams) =>
    unplaced.push({ code, pointer, message, ...(params !== undefined ? { params } : {}), reason: message });
  const doc: Json & { authors: Author[] } = { authors: [] };
  const known = new Set<string>();
  const use = (name: string) => {
    known.add(name);
    known.add(name.toLowerCase());
    return read(item, name);
  };

  const uri = use("uri");
  if (typeof uri === "string" && URL_PATTERN.test(uri)) doc["url"] = uri;
  else if (uri !== undefined)
    skip("/uri", "not-a-url", `is not an http(s) URL (${JSON.stringify(uri)}); add the article's canonical url`, {
      got: typeof uri === "string" ? uri : String(JSON.stringify(uri)),
    });

  const headlines = list(use("headlines"));
  const headline = text((headlines.find((h) => h["role"] === "main") ?? headlines[0])?.["value"]) ?? text(use("title"));
  if (headline !== undefined) doc["headline"] = headline;
  headlines.forEach((h, i) => {
    if (h["value"] !== headline)
      skip(
        `/headlines/${i}`,
        "extra-headline",
        `a ${String(h["role"] ?? "further")} headline: a document has one headline`,
        {
          role: String(h["role"] ?? ""),
        },
      );
  });

  const description = text(list(use("descriptions"))[0]?.["value"]);
  if (description !== undefined) doc["description"] = description;

  const bodies = list(use("bodies"));
  const plain = bodies.find((b) => {
    const type = read(b, "contentType");
    return type === undefined || type === "text/plain";
  });
  if (plain && typeof plain["value"] === "string") doc["body"] = plain["value"];
  bodies.forEach((b, i) => {
    if (b !== plain)
      skip(
        `/bodies/${i}`,
        "marked-up-body",
        `a ${String(read(b, "contentType") ?? "marked-up")} body: a document keeps the plain text exactly as published`,
        { contentType: String(read(b, "contentType") ?? "") },
      );
  });

  const first = text(use("firstCreated")) ?? text(use("contentCreated"));
  const version = text(use("versionCreated"));
  const published = first ?? version;
  if (published !== undefined) doc["published"] = published;
  if (version !== undefined && version !== published) doc["modified"] = version;

  const language = text(use("language"));
  if (language !== undefined) doc["language"] = language;

  const sources = list(use("infoSources"));
  const authors = sources.filter((s) => s["role"] === "author" && text(s["name"]) !== undefined);
  if (authors.length > 0) {
    doc.authors = authors.map((a) => ({
      type: "person",
      name: a["name"] as string,
      ...(typeof a["uri"] === "string" && URL_PATTERN.test(a["uri"]) ? { url: a["uri"] } : {}),
    }));
  } else {
    const by = text(use("by"));
    if (by !== undefined) doc.authors = namesInByline(by).map((name) => ({ type: "person", name }));
  }
  known.add("by");
  const publisher = sources.find((s) => s["role"] === "publisher");
  if (
    publisher &&
    text(publisher["name"]) !== undefined &&
    typeof publisher["uri"] === "string" &&
    URL_PATTERN.test(publisher["uri"])
  ) {
    doc["publisher"] = { name: publisher["name"], url: publisher["uri"] };
  }
  sources.forEach((s, i) => {
    if (s["role"] !== "author" && s !== publisher)
      skip(
        `/infoSources/${i}`,
        "info-source",
        `an info source (${String(s["role"] ?? "no role")}): a document credits only authors and its publisher`,
        { role: String(s["role"] ?? "") },
      );
  });

  const keywords: string[] = [];
  list(use("subjects")).forEach((s, i) => {
    const word = text(s["name"]) ?? text(s["literal"]);
    // Media Topics are derived from a document's events (classifyEvent), not stored: say so.
    if (typeof s["uri"] === "string" && s["uri"].startsWith(MEDIA_TOPIC_BASE))
      skip(
        `/subjects/${i}`,
        "media-topic",
        `IPTC Media Topic ${s["uri"].slice(MEDIA_TOPIC_BASE.length)} (${word ?? "no name"}): a document derives its topics from its events; add it to keywords if you want it kept`,
        { topic: s["uri"].slice(MEDIA_TOPIC_BASE.length), name: word ?? "" },
      );
    else if (word !== undefined) keywords.push(word);
  });
  if (keywords.length > 0) doc["keywords"] = [...new Set(keywords)];

  const taken = new Set<string>();
  const entities: Entity[] = [];
  const add = (kind: "person" | "organization" | "place", from: string) => {
    list(use(from)).forEach((e, i) => {
      const name = text(e["name"]);
      if (name === undefined) {
        skip(`/${from}/${i}`, "no-name", "has no name");
        return;
      }
      const qid = qidOf(e["uri"]);
      const geo = read(e, "geoJSON");
      const point =
        isRecord(geo) && geo["type"] === "Point" && Array.isArray(geo["coordinates"])
          ? (geo["coordinates"] as unknown[])
          : undefined;
      entities.push({
        type: kind,
        id: idFor(e["literal"], name, taken),
        name,
        ...(qid !== undefined ? { wikidata: qid } : {}),
        ...(kind === "place" && typeof point?.[0] === "number" && typeof point[1] === "number"
          ? { longitude: point[0], latitude: point[1] }
          : {}),
      } as Entity);
      // A ninjs place may be a country; a document's countries need ISO codes ninjs does not carry.
      if (kind === "place" && e["rel"] === "country")
        skip(
          `/${from}/${i}`,
          "country-place",
          `"${name}" is a country: change its type to country and add iso2 and iso3`,
          { name },
        );
    });
  };
  add("person", "people");
  add("organization", "organisations");
  add("place", "places");
  if (entities.length > 0) doc["entities"] = entities;

  list(use("events")).forEach((e, i) =>
    skip(
      `/events/${i}`,
      "event-reference",
      `event "${String(e["name"] ?? e["literal"] ?? "")}" is a reference only: describe it as a Meeting, Coup or Partnership in events`,
      { name: String(e["name"] ?? e["literal"] ?? "") },
    ),
  );
  const images: Image[] = [];
  list(use("associations")).forEach((a, i) => {
    const rendition = list(a["renditions"])[0];
    const url = rendition?.["href"] ?? a["uri"];
    if (a["type"] === "picture" && typeof url === "string" && URL_PATTERN.test(url) && url.startsWith("https://")) {
      const caption = text(list(read(a, "descriptions"))[0]?.["value"]);
      images.push({
        url,
        ...(typeof rendition?.["width"] === "number" ? { width: rendition["width"] } : {}),
        ...(typeof rendition?.["height"] === "number" ? { height: rendition["height"] } : {}),
        ...(caption !== undefined ? { caption } : {}),
      });
    } else skip(`/associations/${i}`, "not-a-picture", "an associated item that is not an https picture");
  });
  if (images.length > 0) doc["images"] = images;

  for (const name of ["type", "standard", "edNote"]) known.add(name).add(name.toLowerCase());
  for (const key of Object.keys(item))
    if (!known.has(key))
      skip(`/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, "unknown-property", "has no place in a news document", {
        key,
      });
  const note = text(read(item, "edNote"));
  if (note !== undefined)
    skip(
      "/edNote",
      "editorial-note",
      "an editorial note: record verified facts as verifications, each pointing at the statement it checks",
    );

  const missing = REQUIRED_DOCUMENT_FIELDS.filter((k) =>
    k === "authors" ? doc.authors.length === 0 : doc[k] === undefined,
  );
  // The order a person reads a document in, whatever order the item had.
  const order = [
    "headline",
    "description",
    "url",
    "published",
    "modified",
    "language",
    "authors",
    "publisher",
    "section",
    "keywords",
    "images",
    "body",
    "entities",
  ];
  const document = Object.fromEntries(order.filter((k) => doc[k] !== undefined).map((k) => [k, doc[k]]));
  return { document: document as FromNinjsResult["document"], missing, unplaced };
}
