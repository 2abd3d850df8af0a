import type { Author, Entity, Image, NewsDocument, NewsEvent } from "../generated/types.js";
import { eventClasses, IPTC_MEDIA_TOPICS } from "../model/taxonomy.js";
import { MEDIA_TOPIC_BASE, wikidataIri as wikidataEntity } from "../core/iri.js";
import { lostInNinjs, type Lost } from "./lost.js";

/** The ninjs versions {@link toNinjs} writes: 3.1 (camelCase names) and 2.2 (lower-case names). */
export type NinjsVersion = "3.1" | "2.2";

/** Options for {@link toNinjs}. */
export interface NinjsOptions {
  /** @default "3.1" */
  readonly version?: NinjsVersion;
}

/** A ninjs news item, as plain JSON (IPTC publishes its schema, not types). */
export type NinjsItem = Record<string, unknown>;

/** The result of {@link toNinjsResult}: the item, and what of the document it does not carry. */
export interface ToNinjsResult {
  /** The item, exactly as {@link toNinjs} gives it. */
  readonly item: NinjsItem;
  /** What ninjs has no place for, or what does not come back from it, with pointers into the document. */
  readonly lost: readonly Lost[];
}

/** The IPTC's JSON Schema of each version: what `standard.schema` names. */
export const NINJS_SCHEMA_IDS: Readonly<Record<NinjsVersion, string>> = {
  "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
  "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
};

/** A ninjs person, organisation or place for an entity: its id as `literal`, Wikidata as `uri`. */
function entityRef(entity: Entity, rel: string): Record<string, unknown> {
  return {
    name: entity.name,
    rel,
    literal: entity.id,
    ...(entity.wikidata !== undefined ? { uri: wikidataEntity(entity.wikidata) } : {}),
    ...(entity.type === "place" && entity.latitude !== undefined && entity.longitude !== undefined
      ? { geoJSON: { type: "Point", coordinates: [entity.longitude, entity.latitude] } }
      : {}),
  };
}

/** "Ann Lee", "Ann Lee and Bo Chen", "Ann Lee, Bo Chen and Cy Diaz". */
function byline(names: readonly string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/** ninjs 2.2 spells every property in lower case (firstcreated, contenttype, infosources…). */
function lowerCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerCaseKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lowerCaseKeys(v)]));
}

/** `{ [name]: items }` when there are items, else nothing: ninjs leaves out an empty list. */
const some = (name: string, items: readonly unknown[]) => (items.length > 0 ? { [name]: items } : {});

/** An author as an info source: the author's page as `uri`, other pages (`sameAs`) as web contacts. */
function authorSource(author: Author): Record<string, unknown> {
  return {
    name: author.name,
    role: "author",
    ...(author.url !== undefined ? { uri: author.url } : {}),
    ...some(
      "contactInfo",
      (author.sameAs ?? []).map((value) => ({ type: "web", value })),
    ),
  };
}

/** An image as an associated picture with one rendition; its caption as a description. */
function association(image: Image, i: number): Record<string, unknown> {
  const { url, width, height, caption } = image;
  return {
    name: `image-${i + 1}`,
    uri: url,
    type: "picture",
    renditions: [
      {
        name: "original",
        href: url,
        ...(width !== undefined ? { width } : {}),
        ...(height !== undefined ? { height } : {}),
      },
    ],
    ...(caption !== undefined ? { descriptions: [{ role: "caption", value: caption }] } : {}),
  };
}

/** A news event as a ninjs event reference. */
function eventRef(event: NewsEvent): Record<string, unknown> {
  return {
    name: event.name,
    rel: event.salience === "main" ? "about" : "mentioned",
    literal: event.id,
    ...(event.wikidata !== undefined ? { uri: wikidataEntity(event.wikidata) } : {}),
  };
}

/** Subjects (each event's IPTC Media Topics, then the keywords), entities and events. */
function aboutness(doc: NewsDocument): NinjsItem {
  const entities = doc.entities ?? [];
  const events = doc.events ?? [];
  // The library's topics for each event's kind, and a general event's own (its `topics`, coded
  // with their labels), each code once.
  const topics = new Map<string, string>();
  for (const e of events) {
    for (const code of eventClasses(e).iptcMediaTopics)
      if (!topics.has(code)) topics.set(code, IPTC_MEDIA_TOPICS[code]);
    if (e.kind === "Event") for (const t of e.topics ?? []) if (!topics.has(t.code)) topics.set(t.code, t.label);
  }
  const of = (...types: Entity["type"][]) => entities.filter((e) => types.includes(e.type));
  return {
    ...some("subjects", [
      ...[...topics].map(([code, name]) => ({ name, rel: "about", uri: `${MEDIA_TOPIC_BASE}${code}` })),
      ...(doc.keywords ?? []).map((keyword) => ({ name: keyword, rel: "keyword" })),
    ]),
    ...some(
      "people",
      // A person the article does not name has no place among ninjs's people (lostInNinjs says so).
      of("person")
        .filter((e) => e.name !== undefined)
        .map((e) => entityRef(e, "mentioned")),
    ),
    ...some(
      "organisations",
      of("organization").map((e) => entityRef(e, "mentioned")),
    ),
    ...some(
      "places",
      of("country", "place").map((e) => entityRef(e, e.type)),
    ),
    ...some("events", events.map(eventRef)),
  };
}

/** The verifications as the editorial note: one line each. */
function editorialNote(doc: NewsDocument): NinjsItem {
  const notes = (doc.verifications ?? []).map(
    (v) =>
      `${v.rating} ${v.target}: stated "${v.stated}"${v.verified?.text !== undefined ? `; verified: ${v.verified.text}` : ""}${v.note !== undefined ? ` (${v.note})` : ""}`,
  );
  return notes.length > 0 ? { edNote: `Verified by the newsroom:\n${notes.join("\n")}` } : {};
}

/**
 * Exports a news document as an IPTC ninjs ("News in JSON") item, the news industry's exchange
 * format: metadata, headline, body, authors (their other pages as web contacts) and publisher, IPTC
 * Media Topic subjects from each event's codes, the entities as people, organisations and places
 * (Wikidata as `uri`, the document's id as `literal`), each news event as a reference, images as
 * associated pictures, and the verifications as an editorial note. What ninjs has no place for is
 * listed in docs/ninjs.md, and for one document by {@link toNinjsResult}. The output validates
 * against IPTC's own schema of that version.
 *
 * @example
 * ```ts
 * import { toNinjs } from "news-events/ninjs";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const item = toNinjs(burkinaFasoRussia);
 * item["headlines"]; // => [{ role: "main", value: "Burkina Faso and Russia to form a military relationship" }]
 * toNinjs(burkinaFasoRussia, { version: "2.2" })["versioncreated"]; // => "2023-11-08T12:00:00+00:00"
 * ```
 */
export function toNinjs(doc: NewsDocument, options: NinjsOptions = {}): NinjsItem {
  const version = options.version ?? "3.1";
  const item: NinjsItem = {
    uri: doc.url,
    type: "text",
    standard: { name: "ninjs", version, schema: NINJS_SCHEMA_IDS[version] },
    firstCreated: doc.published,
    versionCreated: doc.modified ?? doc.published,
    language: doc.language,
    headlines: [{ role: "main", value: doc.headline }],
    ...(doc.description !== undefined ? { descriptions: [{ role: "summary", value: doc.description }] } : {}),
    ...(doc.body !== undefined
      ? { bodies: [{ role: "main", contentType: "text/plain", value: doc.body, charCount: [...doc.body].length }] }
      : {}),
    by: byline(doc.authors.map((a) => a.name)),
    infoSources: [
      ...doc.authors.map(authorSource),
      { name: doc.publisher.name, role: "publisher", uri: doc.publisher.url },
    ],
    ...aboutness(doc),
    ...some("associations", (doc.images ?? []).map(association)),
    ...editorialNote(doc),
  };
  return version === "3.1" ? item : (lowerCaseKeys(item) as NinjsItem);
}

/**
 * {@link toNinjs}, with the list of what the item does not carry: each field ninjs has no place
 * for (`updates`, `coverageEnded`, `quotes`, `section`…), the events (references only), the
 * verifications (a note only), an organization author's type, a `modified` equal to `published`,
 * and entity details — each a problem with a pointer into the document.
 *
 * @example
 * ```ts
 * import { toNinjsResult } from "news-events/ninjs";
 *
 * const { item, lost } = toNinjsResult(doc);
 * lost.map((l) => l.pointer); // e.g. ["/events", "/quotes", "/updates", "/coverageEnded", "/verifications"]
 * ```
 */
export function toNinjsResult(doc: NewsDocument, options: NinjsOptions = {}): ToNinjsResult {
  return { item: toNinjs(doc, options), lost: lostInNinjs(doc) };
}
