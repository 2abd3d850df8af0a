import type { Author, NewsDocument } from "../generated/types.js";
import { URL_PATTERN } from "../generated/patterns.js";
import type { NinjsItem } from "./to-ninjs.js";
import { isRecord } from "../core/json.js";
import { REQUIRED_DOCUMENT_FIELDS } from "../generated/schema-facts.js";
import { MAX_ISSUES, type Issue } from "../core/issue.js";
import { escapePointerSegment } from "../core/pointer.js";
import { ProblemList } from "../core/problem-list.js";
import { readUntrustedJson } from "../core/untrusted-json.js";
import type { Unplaced } from "./unplaced.js";
import { placeEntities, placeImages, placeSubjects } from "./from-ninjs-parts.js";
import { list, read, say, text, type Json, type Reading } from "./reading.js";

/** The result of {@link fromNinjs}. */
export interface FromNinjsResult {
  /** A starter document: everything ninjs carries that a document has a place for. */
  readonly document: Partial<Omit<NewsDocument, "authors">> & {
    /** The item's bylines as authors: empty when it has none (then `missing` lists `authors`). */
    authors: Author[];
  };
  /** The required document fields ninjs did not provide: add these and the document validates. */
  readonly missing: readonly string[];
  /**
   * What the item holds that the document has no place for: at most 100 entries, the last of them
   * (code `too-many-issues`) saying how many more were left out.
   */
  readonly unplaced: readonly Unplaced[];
}

/** The order a person reads a document in, whatever order the item had. */
const ORDER = [
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
] as const;

/**
 * Starts a news document from an IPTC ninjs item (3.x or 2.x): metadata, headline, plain-text
 * body, authors (from `infoSources`, else from the byline), publisher, subjects as keywords, and
 * people, organisations and places as entities (Wikidata QIDs from their URIs). It says what the
 * document still needs (`missing`) and what it could not place (`unplaced`): ninjs events are
 * references only, so each must be described as a Meeting, Coup or Partnership by hand.
 *
 * The item is untrusted: it is read as plain JSON first (own data properties only, at most 512
 * levels deep), the document is built of ordinary objects from the keys ninjs defines, and time and
 * output stay linear in the item's size. It never throws: an item that cannot be read (too deep,
 * too large, not JSON) gives an empty document and one unplaced entry of code `unreadable`.
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
  const taken = readUntrustedJson(input);
  if (!taken.ok) return unreadable(taken.issue);
  const item: Json = isRecord(taken.value) ? taken.value : {};
  const unplaced = new ProblemList<Unplaced>(MAX_ISSUES - 1);
  const known = new Set(["type", "standard", "edNote", "ednote", "by"]);
  const reading: Reading = {
    item,
    doc: { authors: [] },
    use: (name) => {
      known.add(name).add(name.toLowerCase());
      return read(item, name);
    },
    unplace: (pointer, code, message, params) =>
      unplaced.add({ code, pointer, message, ...(params !== undefined ? { params } : {}), reason: message }),
  };
  placeMetadata(reading);
  placeText(reading);
  placeCredits(reading);
  placeSubjects(reading);
  placeEntities(reading);
  placeImages(reading);
  for (const key of Object.keys(item))
    if (!known.has(key))
      reading.unplace(`/${escapePointerSegment(key)}`, "unknown-property", "has no place in a news document", { key });
  if (text(read(item, "edNote")) !== undefined)
    reading.unplace(
      "/edNote",
      "editorial-note",
      "an editorial note: record verified facts as verifications, each pointing at the statement it checks",
    );
  return finish(reading.doc, unplaced);
}

/** The document in reading order, what it misses, and the capped unplaced list. */
function finish(doc: Reading["doc"], unplaced: ProblemList<Unplaced>): FromNinjsResult {
  const missing = REQUIRED_DOCUMENT_FIELDS.filter((k) =>
    k === "authors" ? doc.authors.length === 0 : doc[k] === undefined,
  );
  const document = Object.fromEntries(ORDER.filter((k) => doc[k] !== undefined).map((k) => [k, doc[k]]));
  return {
    document: document as FromNinjsResult["document"],
    missing,
    unplaced: unplaced.list().map((u) => ("reason" in u ? u : { ...u, reason: u.message })),
  };
}

/** The result for an item that cannot be read at all. */
function unreadable(issue: Issue): FromNinjsResult {
  const { pointer, message, params } = issue;
  return {
    document: { authors: [] },
    missing: [...REQUIRED_DOCUMENT_FIELDS],
    unplaced: [{ code: "unreadable", pointer, message, ...(params !== undefined ? { params } : {}), reason: message }],
  };
}

/** `uri`, the dates and the language. */
function placeMetadata({ doc, use, unplace }: Reading): void {
  const uri = use("uri");
  if (typeof uri === "string" && URL_PATTERN.test(uri)) doc["url"] = uri;
  else if (uri !== undefined)
    unplace("/uri", "not-a-url", `is not an http(s) URL (${JSON.stringify(uri)}); add the article's canonical url`, {
      got: typeof uri === "string" ? uri : String(JSON.stringify(uri)),
    });
  const first = text(use("firstCreated")) ?? text(use("contentCreated"));
  const version = text(use("versionCreated"));
  const published = first ?? version;
  if (published !== undefined) doc["published"] = published;
  if (version !== undefined && version !== published) doc["modified"] = version;
  const language = text(use("language"));
  if (language !== undefined) doc["language"] = language;
}

/** The headline, the description and the plain-text body. */
function placeText({ doc, use, unplace }: Reading): void {
  const headlines = list(use("headlines"));
  const headline = text((headlines.find((h) => h["role"] === "main") ?? headlines[0])?.["value"]) ?? text(use("title"));
  if (headline !== undefined) doc["headline"] = headline;
  headlines.forEach((h, i) => {
    if (h["value"] !== headline)
      unplace(
        `/headlines/${i}`,
        "extra-headline",
        `a ${say(h["role"] ?? "further")} headline: a document has one headline`,
        {
          role: say(h["role"] ?? ""),
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
      unplace(
        `/bodies/${i}`,
        "marked-up-body",
        `a ${say(read(b, "contentType") ?? "marked-up")} body: a document keeps the plain text exactly as published`,
        { contentType: say(read(b, "contentType") ?? "") },
      );
  });
}

/** Authors (from `infoSources`, else from the byline) and the publisher. */
function placeCredits({ doc, use, unplace }: Reading): void {
  const sources = list(use("infoSources"));
  const authors = sources.filter((s) => s["role"] === "author" && text(s["name"]) !== undefined);
  if (authors.length > 0) doc.authors = authors.map(authorOf);
  else {
    const by = text(use("by"));
    if (by !== undefined) doc.authors = namesInByline(by).map((name) => ({ type: "person", name }));
  }
  const publisher = sources.find((s) => s["role"] === "publisher");
  const name = text(publisher?.["name"]);
  const url = publisher?.["uri"];
  if (name !== undefined && typeof url === "string" && URL_PATTERN.test(url)) doc["publisher"] = { name, url };
  sources.forEach((s, i) => {
    if (s["role"] !== "author" && s !== publisher)
      unplace(
        `/infoSources/${i}`,
        "info-source",
        `an info source (${say(s["role"] ?? "no role")}): a document credits only authors and its publisher`,
        { role: say(s["role"] ?? "") },
      );
  });
}

/** An author info source: always a person (ninjs does not say), its page, its web contacts as `sameAs`. */
function authorOf(source: Json): Author {
  const uri = source["uri"];
  const sameAs = list(read(source, "contactInfo"))
    .map((c) => (c["type"] === "web" ? c["value"] : undefined))
    .filter((v): v is string => typeof v === "string" && URL_PATTERN.test(v));
  return {
    type: "person",
    name: source["name"] as string,
    ...(typeof uri === "string" && URL_PATTERN.test(uri) ? { url: uri } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
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
