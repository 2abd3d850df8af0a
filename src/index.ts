/**
 * news-events: typed models, JSON Schemas and precompiled validators for news events (Meeting,
 * Coup, Partnership) that keep what an article says apart from what is verified, and safe
 * schema.org NewsArticle JSON-LD.
 *
 * @module news-events
 */
export * from "./model/index.js";
export { iptcMediaTopicIri, wikidataIri } from "./core/iri.js";
export * from "./validate/index.js";
export {
  findEvidence,
  rebaseEvidence,
  type FindEvidenceOptions,
  type FindEvidenceResult,
  type LostSpan,
  type MovedSpan,
  type RebaseResult,
} from "./authoring/evidence.js";
// JSON-LD lives at news-events/jsonld only: its types come from schema-dts, whose 1 MB of
// declarations would otherwise be parsed by every project that imports the model's types.
