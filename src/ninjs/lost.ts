/** What a ninjs item cannot carry of a document: the list {@link toNinjsResult} gives beside the item. */
import type { NewsDocument } from "../generated/types.js";
import type { Problem } from "../core/issue.js";

/** Why a part of a document is not in its ninjs item, or does not come back from it. */
export type LostCode =
  /** A field ninjs has no place for (`section`, `paywall`, `quotes`, `claims`, `sources`, `updates`, `coverageEnded`, the publisher's logo…). */
  | "no-place"
  /** The events: each becomes a reference (name, id, Wikidata); its kind, participants, dates and the rest are lost. */
  | "reference-only"
  /** The verifications: lines of the editorial note, which `fromNinjs` does not read back. */
  | "note-only"
  /** An organization author: ninjs does not say what an author is, so it comes back as a person. */
  | "author-type"
  /** `modified` equal to `published`: ninjs's `versionCreated` is written either way, so it comes back without `modified`. */
  | "modified-at-published"
  /** Entity fields ninjs has no place for (aliases, ISO codes, a country's type…), named in `params.fields`. */
  | "entity-details";

/**
 * A part of a document that its ninjs item does not carry: a problem whose pointer points into
 * the document.
 *
 * @example
 * ```ts
 * const lost: Lost = { code: "no-place", pointer: "/updates", message: "ninjs has no place for it", params: { field: "updates" } };
 * ```
 */
export interface Lost extends Problem<LostCode> {}

/** Top-level fields an item carries whole (`fromNinjs` gives them back). */
const CARRIED = new Set([
  "headline",
  "description",
  "url",
  "published",
  "modified",
  "language",
  "authors",
  "publisher",
  "images",
  "keywords",
  "body",
  "entities",
]);

/** Entity fields an item carries (coordinates for places only). */
const ENTITY_FIELDS = new Set(["type", "id", "name", "wikidata"]);

/**
 * Everything of `doc` that a ninjs item cannot carry, in document order.
 *
 * @example
 * ```ts
 * lostInNinjs({ ...doc, section: "World" }); // => [{ code: "no-place", pointer: "/section", … }]
 * ```
 */
export function lostInNinjs(doc: NewsDocument): Lost[] {
  const lost: Lost[] = [];
  const at = (code: LostCode, pointer: string, message: string, params?: Lost["params"]) =>
    lost.push({ code, pointer, message, ...(params !== undefined ? { params } : {}) });
  for (const field of Object.keys(doc)) {
    if (field === "events") at("reference-only", "/events", "each event becomes a reference: its details are lost");
    else if (field === "verifications")
      at("note-only", "/verifications", "become lines of the editorial note, which is not read back");
    else if (!CARRIED.has(field)) at("no-place", `/${field}`, "ninjs has no place for it", { field });
  }
  if (doc.modified !== undefined && doc.modified === doc.published)
    at("modified-at-published", "/modified", "equals published: the item cannot tell it from no modified");
  doc.authors.forEach((a, i) => {
    if (a.type !== "person") at("author-type", `/authors/${i}/type`, "ninjs does not say: it comes back as a person");
  });
  if (doc.publisher.logo !== undefined)
    at("no-place", "/publisher/logo", "ninjs has no place for it", { field: "logo" });
  (doc.entities ?? []).forEach((e, i) => {
    // ninjs has people with names, organisations and places: no unnamed person, no document.
    if (e.type === "document" || (e.type === "person" && e.name === undefined))
      return at(
        "no-place",
        `/entities/${i}`,
        `ninjs has no place for ${e.type === "document" ? "a document" : "an unnamed person"}`,
        {
          field: "entities",
        },
      );
    const point = e.type === "place" && e.latitude !== undefined && e.longitude !== undefined;
    const fields = Object.keys(e).filter(
      (k) => !ENTITY_FIELDS.has(k) && !(point && (k === "latitude" || k === "longitude")),
    );
    if (e.type === "country") fields.unshift("type");
    if (fields.length > 0)
      at("entity-details", `/entities/${i}`, `ninjs has no place for ${fields.join(", ")}`, {
        fields: fields.join(", "),
      });
  });
  return lost;
}
