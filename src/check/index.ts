/**
 * The JSON-LD checker: Google's Article rules, the pinned schema.org 30.0 vocabulary and graph
 * integrity, for any NewsArticle JSON-LD. A separate entry point, so that the JSON-LD builder
 * stays small.
 *
 * @module news-events/check
 */
export { checkJsonLd, checkJsonLdBlocks, checkJsonLdText } from "./check.js";
export type { CheckOptions } from "./context.js";
export type { CheckReport, Finding, Severity } from "./report.js";
