// The documents the rules follow, and the sentences their severities rest on (rule table, "Source").
// Every quote below was checked word for word against its page (Google's pages as last updated
// 2026-09-08 — Article, Event, EVENT_PHYSICAL re-read in a Markdown mirror of that version — and
// 2025-12-10 — Breadcrumb; JSON-LD 1.1 from w3c/json-ld-syntax 029777c; schema.org docs/actions.html from schemaorg/schemaorg cc71c8e; the WHATWG HTML standard,
// 4.12.1.3). Code formatting on the pages (`location`) is dropped; nothing else is changed.
import type { RuleSource } from "../rule.js";

const ARTICLE = "https://developers.google.com/search/docs/appearance/structured-data/article";
const EVENT = "https://developers.google.com/search/docs/appearance/structured-data/event";
const BREADCRUMBS = "https://developers.google.com/search/docs/appearance/structured-data/breadcrumb";

/** Google: Article markup is optional, its properties recommended (no property is required). */
export const ARTICLE_OPTIONAL: RuleSource = {
  url: `${ARTICLE}#structured-data-type-definitions`,
  quote: "There are no required properties; instead, add the properties that apply to your content.",
};

/** Google: images must be fetchable (http is). */
export const IMAGE_CRAWLABLE: RuleSource = { url: ARTICLE, quote: "Image URLs must be crawlable and indexable." };

/** Google: the pixel minimum and the three aspect ratios, a recommendation. */
export const IMAGE_RATIOS: RuleSource = {
  url: ARTICLE,
  quote:
    "For best results, we recommend providing multiple high-resolution images (minimum of 50K pixels when multiplying width and height) with the following aspect ratios: 16x9, 4x3, and 1x1.",
};

/**
 * Google: `location` (a Place) and `location.address` are in the "Required properties" table, beside
 * `name` and `startDate` ("Each event must accurately describe the event name, start date, and
 * location.", #content-guidelines). A VirtualLocation is no Place and has no address: see {@link EVENT_PHYSICAL}.
 */
export const EVENT_REQUIRED: RuleSource = {
  url: `${EVENT}#structured-data-type-definitions`,
  quote: "The location of the event. Set the @type to Place. Add the location.address and location.name properties.",
};

/**
 * Google: online-only events are not supported. The page (last updated 2026-09-08) no longer names
 * VirtualLocation or eventAttendanceMode at all; its examples are a standard, a cancelled and a
 * rescheduled event, each at a Place with a PostalAddress. (The 2020 guidance on VirtualLocation,
 * and the separate "home activities" page, are older and narrower: US English fitness results.)
 */
export const EVENT_PHYSICAL: RuleSource = {
  url: `${EVENT}#content-guidelines`,
  quote:
    "Virtual experiences that have no real-world component aren't supported. Events must take place in a physical location.",
};

/**
 * Google: a time without an offset is read in the time zone of the event's location. Google's page
 * no longer has a sentence on online events (it now says "Virtual experiences that have no
 * real-world component aren't supported."): an online event has no location whose zone could say
 * when, so its time without an offset names no instant — the data is unusable, hence an error.
 */
export const EVENT_OFFSET: RuleSource = {
  url: `${EVENT}#date-time-best-guidelines`,
  quote: "If no timezone is provided, Google uses the timezone of the event's location as specified in location.",
};

/**
 * Google: a trail's required properties (each ListItem's `position`, `name`, `item`; "If the breadcrumb is
 * the last item in the breadcrumb trail, item is not required.") make it eligible: an error when missing.
 */
export const BREADCRUMB: RuleSource = {
  url: `${BREADCRUMBS}#structured-data-type-definitions`,
  quote: "You must include the required properties for your content to be eligible for display with breadcrumbs.",
};

/** JSON-LD 1.1: node objects with one `@id` are one node. */
export const JSON_LD_MERGE: RuleSource = {
  url: "https://www.w3.org/TR/json-ld11/#node-objects",
  quote:
    "The properties of a node in a graph may be spread among different node objects within a document. When that happens, the keys of the different node objects need to be merged to create the properties of the resulting node.",
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
    'The easiest and safest way to avoid the rather strange restrictions described in this section is to always escape an ASCII case-insensitive match for "<!--" as "\\x3C!--", "<script" as "\\x3Cscript", and "</script" as "\\x3C/script" when these sequences appear in literals in scripts (e.g. in strings, regular expressions, or comments)',
};
