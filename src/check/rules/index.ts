import type { Rule } from "../rule.js";
import { CONTENT_RULES } from "./content.js";
import { GOOGLE_ARTICLE_RULES } from "./google.js";
import { EVENT_LISTING, LIVE_BLOG } from "./google-listings.js";
import { GOOGLE_PAGE_RULES } from "./google-page.js";
import { GOOGLE_PEOPLE_RULES } from "./google-people.js";
import { BREADCRUMB } from "./google-types.js";
import { GRAPH_RULES, SITE_CONFLICT } from "./graph.js";
import { JSON_RULES } from "./json.js";
import { VOCABULARY_RULES } from "./vocabulary.js";

/** Every rule with its code, in the order they run (internal: `RULES` is their data). */
export const RULE_DEFINITIONS = [
  ...JSON_RULES,
  ...VOCABULARY_RULES,
  ...GRAPH_RULES,
  SITE_CONFLICT,
  EVENT_LISTING,
  LIVE_BLOG,
  BREADCRUMB,
  ...GOOGLE_ARTICLE_RULES,
  ...GOOGLE_PEOPLE_RULES,
  ...GOOGLE_PAGE_RULES,
  ...CONTENT_RULES,
] as const;

/**
 * The id of a rule of the checker, `group/name`: a typo in a rule id is a type error.
 *
 * @example
 * ```ts
 * const id: RuleId = "google/headline";
 * ```
 *
 * @useDeclaredType
 */
export type RuleId = (typeof RULE_DEFINITIONS)[number]["id"];

/**
 * Every rule of the checker, in the order they run (and are listed in docs/jsonld-and-seo.md):
 * reading the input, the schema.org vocabulary, graph integrity, Google's rules, events and text.
 *
 * @example
 * ```ts
 * import { RULES } from "news-events/check";
 *
 * RULES.filter((r) => r.severity === "error").map((r) => r.id); // => ["json/syntax", …]
 * ```
 */
export const RULES: readonly Rule<RuleId>[] = RULE_DEFINITIONS;

const BY_ID: ReadonlyMap<string, Rule<RuleId>> = new Map(RULES.map((r) => [r.id, r]));

/**
 * The rule with an id, or undefined when there is none.
 *
 * @example
 * ```ts
 * ruleById("graph/orphan")?.severity; // => "warning"
 * ruleById("graph/typo"); // => undefined
 * ```
 */
export function ruleById(id: string): Rule<RuleId> | undefined {
  return BY_ID.get(id);
}
