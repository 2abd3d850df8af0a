// The documents the rules follow, and the sentences their severities rest on (rule table, "Source").
import type { RuleSource } from "../rule.js";

const ARTICLE = "https://developers.google.com/search/docs/appearance/structured-data/article";
const EVENT = "https://developers.google.com/search/docs/appearance/structured-data/event";

/** Google: Article markup is optional, its properties recommended (no property is required). */
export const ARTICLE_OPTIONAL: RuleSource = {
  url: ARTICLE,
  quote:
    "While there's no markup requirement to be eligible for Google News features like Top stories, you can add Article to more explicitly tell Google what your content is about",
};

/** Google: images must be fetchable (http is). */
export const IMAGE_CRAWLABLE: RuleSource = { url: ARTICLE, quote: "Image URLs must be crawlable and indexable." };

/** Google: the three aspect ratios, a recommendation. */
export const IMAGE_RATIOS: RuleSource = {
  url: ARTICLE,
  quote:
    "For best results, provide multiple high-resolution images (minimum of 800,000 pixels when multiplying width and height) with the following aspect ratios: 16x9, 4x3, and 1x1.",
};

/** Google: an event's required facts. */
export const EVENT_REQUIRED: RuleSource = {
  url: EVENT,
  quote: "Each event must accurately describe the event name, start date, and location.",
};

/** Google: the offset is required for online events only (its own examples give local times). */
export const EVENT_OFFSET: RuleSource = {
  url: EVENT,
  quote: "For online events, you must specify the timezone by including the UTC or GMT time offset.",
};

/** Google: a trail may or may not end with the page itself. */
export const BREADCRUMB: RuleSource = {
  url: "https://developers.google.com/search/docs/appearance/structured-data/breadcrumb",
  quote: "The breadcrumb trail may include or omit a breadcrumb for the page on which it appears.",
};

/** JSON-LD 1.1: node objects with one `@id` are one node. */
export const JSON_LD_MERGE: RuleSource = {
  url: "https://www.w3.org/TR/json-ld11/#node-objects",
  quote: "A node object represents zero or more properties of a node in the graph serialized by the JSON-LD document.",
};

/** JSON-LD 1.1: relative IRIs resolve against the document's base. */
export const JSON_LD_BASE: RuleSource = {
  url: "https://www.w3.org/TR/json-ld11/#base-iri",
  quote: "JSON-LD allows IRIs to be specified in a relative form which is resolved against the document base",
};

/** schema.org: action annotations (`query-input`). */
export const ACTION_ANNOTATIONS: RuleSource = {
  url: "https://schema.org/docs/actions.html",
  quote:
    'Since we need this capability for filling in any property of an Action, we introduce a notion of property annotations using a hyphen ("-") delimiter.',
};

/** HTML: what ends a script element's data. */
export const SCRIPT_DATA: RuleSource = {
  url: "https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements",
  quote:
    'The easiest and safest way to avoid the rather strange restrictions described in this section is to always escape an ASCII case-insensitive match for "<!--" as "\\x3C!--", "<script" as "\\x3Cscript", and "</script" as "\\x3C/script"',
};
