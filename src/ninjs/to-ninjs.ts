import type { Entity, NewsDocument } from "../generated/types.js";
import { eventClasses, IPTC_MEDIA_TOPICS } from "../model/taxonomy.js";
import { MEDIA_TOPIC_BASE, wikidataIri as wikidataEntity } from "../core/iri.js";

/** The ninjs versions {@link toNinjs} writes: 3.1 (camelCase names) and 2.2 (lower-case names). */
export type NinjsVersion = "3.1" | "2.2";

/** Options for {@link toNinjs}. */
export interface NinjsOptions {
  /** @default "3.1" */
  readonly version?: NinjsVersion;
}

/** A ninjs news item, as plain JSON (IPTC publishes its schema, not types). */
export type NinjsItem = Record<string, unknown>;

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

/**
 * Exports a news document as an IPTC ninjs ("News in JSON") item, the news industry's exchange
 * format: metadata, headline, body, authors and publisher, IPTC Media Topic subjects from each
 * event's codes, the entities as people, organisations and places (Wikidata as `uri`, the
 * document's id as `literal`), each news event as a reference, images as associated pictures,
 * and the verifications as an editorial note. What ninjs has no place for is listed in
 * docs/ninjs.md. The output validates against IPTC's own schema of that version.
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
  const entities = doc.entities ?? [];
  const events = doc.events ?? [];
  const topics = [...new Set(events.flatMap((e) => eventClasses(e).iptcMediaTopics))];
  const subjects = [
    ...topics.map((code) => ({ name: IPTC_MEDIA_TOPICS[code], rel: "about", uri: `${MEDIA_TOPIC_BASE}${code}` })),
    ...(doc.keywords ?? []).map((keyword) => ({ name: keyword, rel: "keyword" })),
  ];
  const notes = (doc.verifications ?? []).map(
    (v) =>
      `${v.rating} ${v.target}: stated "${v.stated}"${v.verified?.text !== undefined ? `; verified: ${v.verified.text}` : ""}${v.note !== undefined ? ` (${v.note})` : ""}`,
  );
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
      ...doc.authors.map((a) => ({ name: a.name, role: "author", ...(a.url !== undefined ? { uri: a.url } : {}) })),
      { name: doc.publisher.name, role: "publisher", uri: doc.publisher.url },
    ],
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(entities.some((e) => e.type === "person")
      ? { people: entities.filter((e) => e.type === "person").map((e) => entityRef(e, "mentioned")) }
      : {}),
    ...(entities.some((e) => e.type === "organization")
      ? { organisations: entities.filter((e) => e.type === "organization").map((e) => entityRef(e, "mentioned")) }
      : {}),
    ...(entities.some((e) => e.type === "country" || e.type === "place")
      ? { places: entities.filter((e) => e.type === "country" || e.type === "place").map((e) => entityRef(e, e.type)) }
      : {}),
    ...(events.length > 0
      ? {
          events: events.map((e) => ({
            name: e.name,
            rel: e.salience === "main" ? "about" : "mentioned",
            literal: e.id,
            ...(e.wikidata !== undefined ? { uri: wikidataEntity(e.wikidata) } : {}),
          })),
        }
      : {}),
    ...(doc.images !== undefined && doc.images.length > 0
      ? {
          associations: doc.images.map((image, i) => ({
            name: `image-${i + 1}`,
            uri: image.url,
            type: "picture",
            renditions: [
              {
                name: "original",
                href: image.url,
                ...(image.width !== undefined ? { width: image.width } : {}),
                ...(image.height !== undefined ? { height: image.height } : {}),
              },
            ],
            ...(image.caption !== undefined ? { descriptions: [{ role: "caption", value: image.caption }] } : {}),
          })),
        }
      : {}),
    ...(notes.length > 0 ? { edNote: `Verified by the newsroom:\n${notes.join("\n")}` } : {}),
  };
  return version === "3.1" ? item : (lowerCaseKeys(item) as NinjsItem);
}
