/**
 * Linked Data: the whole document as JSON-LD under the library's published context, every field
 * an IRI, and back — lossless through RDF (see docs/vocabulary.md). Its own entry point: neither
 * validators nor the schema.org graph builder come with it.
 *
 * @module news-events/linked-data
 */
export {
  toLinkedData,
  LINKED_DATA_CONTEXT,
  type LinkedDataDocument,
  type LinkedDataNumber,
  type AsLinkedData,
} from "./to-linked-data.js";
export { fromLinkedData } from "./from-linked-data.js";
export { termIri, termFromIri, type TermCode } from "../core/iri.js";
export {
  context,
  documentLoader,
  type LinkedDataContext,
  type LinkedDataListTerm,
  type RemoteContext,
} from "./context.js";
