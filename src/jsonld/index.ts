/**
 * JSON-LD: a schema.org NewsArticle `@graph` from a document, typed with schema-dts, and its
 * safe `<script>` serialization.
 *
 * @module news-events/jsonld
 */
export { toJsonLd, type JsonLdOptions, type NewsArticleGraph } from "./build.js";
export type { JsonLdKind } from "./nodes/kind-event.js";
export {
  serializeJsonLd,
  toJsonLdScript,
  toJsonLdScriptProps,
  type JsonLdScriptProps,
  type SerializeOptions,
} from "./serialize.js";
export { nodeIds, type EntityIds, type NodeIds } from "./ids.js";
export type { AuthorDetails, NewsArticleType, SiteOptions } from "./site.js";
export { NEWS_ARTICLE_TYPES } from "./options-check.js";
// What toJsonLd and the serializers throw, so that a page importing only this entry can tell it apart.
export { NewsEventsError, isNewsEventsError } from "../core/error.js";
export type { Issue, IssueCode, Problem, ProblemParams } from "../core/issue.js";
