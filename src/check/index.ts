/**
 * The JSON-LD checker: Google's Article rules, the pinned schema.org 30.0 vocabulary and graph
 * integrity, for any NewsArticle JSON-LD, a page's blocks or a whole HTML page. A separate entry
 * point, so that the JSON-LD builder stays small.
 *
 * @module news-events/check
 */
export { checkJsonLd, checkJsonLdBlocks, checkJsonLdText } from "./check.js";
export { checkHtmlPage } from "./page.js";
export type { PageFinding, PageOptions, PageReport } from "./page.js";
export { checkSite } from "./site.js";
export type { KindSummary, SiteFinding, SiteOptions, SitePage, SitePageReport, SiteReport } from "./site.js";
export type { PageKind } from "./kinds.js";
export type { RuleSource } from "./rule.js";
export { RULES, ruleById } from "./rules/index.js";
export type { RuleId } from "./rules/index.js";
export type { Rule } from "./rule.js";
export type { CheckOptions, RuleSeverities } from "./context.js";
export type { CheckReport, Finding, RuleSetting, Severity } from "./report.js";
