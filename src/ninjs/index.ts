/**
 * IPTC ninjs ("News in JSON") export and import: a news document as the news industry's exchange
 * format, and a starter document from a wire or CMS item. Its own entry point: the JSON-LD and
 * validation entries carry none of it.
 *
 * @module news-events/ninjs
 */
export { MEDIA_TOPIC_BASE } from "../core/iri.js";
export {
  toNinjs,
  toNinjsResult,
  NINJS_SCHEMA_IDS,
  type NinjsItem,
  type NinjsOptions,
  type NinjsVersion,
  type ToNinjsResult,
} from "./to-ninjs.js";
export type { Lost, LostCode } from "./lost.js";
export { fromNinjs, type FromNinjsResult } from "./from-ninjs.js";
export type { Unplaced, UnplacedCode } from "./unplaced.js";
