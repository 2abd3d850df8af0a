/**
 * The canonical example: a complete document of the article "Burkina Faso and Russia to form a
 * military relationship" (November 2023), with its five events, quotes, evidence spans and the
 * article's imprecisions as stated vs verified.
 *
 * @module news-events/examples
 */
import type { NewsDocument } from "../generated/types.js";
import document from "../../examples/burkina-faso-russia/document.json" with { type: "json" };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The canonical document, deeply frozen so that no importer can change it for the others. Its
 * metadata (URL, author, publisher, images, publication time) are example values on example.org:
 * the original article's are unknown.
 *
 * @example
 * ```ts
 * import { burkinaFasoRussia } from "news-events/examples";
 * import { validateDocument } from "news-events";
 *
 * validateDocument(burkinaFasoRussia).ok; // => true
 * burkinaFasoRussia.events.map((e) => e.kind);
 * // => ["Meeting", "Meeting", "Coup", "Coup", "Partnership"]
 * ```
 */
// A JSON import types `authors` as Author[], not the non-empty list: test/examples validates the file.
export const burkinaFasoRussia: FullDocument = deepFreeze(document as unknown as FullDocument);

/** A document that has its body, entities and events (which an article-only document may leave out). */
export type FullDocument = NewsDocument & Required<Pick<NewsDocument, "body" | "entities" | "events">>;
