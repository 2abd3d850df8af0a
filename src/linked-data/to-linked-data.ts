import type { NewsDocument } from "../generated/types.js";

/** The published JSON-LD context of a whole document (the package's `schemas/context.jsonld`). */
export const LINKED_DATA_CONTEXT = "https://unpkg.com/news-events@0/schemas/context.jsonld";

/** A document as JSON-LD: every field under {@link LINKED_DATA_CONTEXT}, the document a `NewsDocument` node. */
export type LinkedDataDocument = NewsDocument & {
  /** {@link LINKED_DATA_CONTEXT}. */
  readonly "@context": typeof LINKED_DATA_CONTEXT;
  /** The article's canonical URL: the document node is the article's page. */
  readonly "@id": string;
  /** Always `NewsDocument` (`nev:NewsDocument`). */
  readonly "@type": "NewsDocument";
};

/**
 * The whole document as JSON-LD, losslessly: unlike `toJsonLd`, which says what search engines
 * read in schema.org terms, this keeps every field — what the article says and what is verified,
 * evidence offsets included — each as an IRI (schema.org or Wikidata where the meaning is the
 * same, the library's own vocabulary otherwise: docs/vocabulary.md). Lists keep their order
 * through RDF; {@link fromLinkedData} reads the document back. The input is not changed and
 * shares nothing with the output.
 *
 * @example
 * ```ts
 * import { toLinkedData } from "news-events/linked-data";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const data = toLinkedData(burkinaFasoRussia);
 * data["@type"]; // => "NewsDocument"
 * // jsonld.toRDF(data) gives N-Quads; fromLinkedData(compacted) gives the document back.
 * ```
 */
export function toLinkedData(doc: NewsDocument): LinkedDataDocument {
  return { "@context": LINKED_DATA_CONTEXT, "@id": doc.url, "@type": "NewsDocument", ...structuredClone(doc) };
}
