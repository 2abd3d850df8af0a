import type { Issue } from "../core/issue.js";
import type { JsonLdOptions } from "./build.js";

/*
 * toJsonLd's options as JavaScript hands them: no type stops `entityId` for `entityIds` or
 * `corrections: "yes"`, which a trial of the packed package found ignored without a word.
 */

/** Every option of toJsonLd, in the order of JsonLdOptions (the type test holds the two together). */
export const OPTION_NAMES = [
  "corrections",
  "events",
  "entityIds",
  "kinds",
  "articleType",
  "speakable",
  "dateline",
  "backstory",
  "authorDetails",
  "publisherLogo",
  "isAccessibleForFree",
  "site",
  "breadcrumbs",
  "extend",
] as const satisfies readonly (keyof JsonLdOptions)[];

/**
 * The article types Google reads as articles, the values of the `articleType` option: NewsArticle
 * and its schema.org subtypes, and LiveBlogPosting (a BlogPosting) for live coverage (a CMS's
 * choice of type can list them).
 *
 * @example
 * ```ts
 * import { NEWS_ARTICLE_TYPES } from "news-events/jsonld";
 * NEWS_ARTICLE_TYPES.includes("OpinionNewsArticle"); // => true
 * ```
 */
export const NEWS_ARTICLE_TYPES = [
  "NewsArticle",
  "LiveBlogPosting",
  "AnalysisNewsArticle",
  "AskPublicNewsArticle",
  "BackgroundNewsArticle",
  "OpinionNewsArticle",
  "ReportageNewsArticle",
  "ReviewNewsArticle",
] as const;

/** The values some options take: each one's list. */
const CHOICES: Readonly<Partial<Record<(typeof OPTION_NAMES)[number], readonly unknown[]>>> = {
  corrections: [true, false],
  events: ["eligible", "all"],
  isAccessibleForFree: [true, false],
  articleType: NEWS_ARTICLE_TYPES,
};

const KNOWN: ReadonlySet<string> = new Set(OPTION_NAMES);

/**
 * The issues of the options' names and of the options that take one of a few values: a name that is
 * no option (with the list of those there are), and a value outside its list.
 *
 * @example
 * ```ts
 * optionNameIssues({ entityId: "https://x.example/" })[0]?.code; // => "unknown-property"
 * optionNameIssues({ corrections: false }); // => []
 * ```
 */
export function optionNameIssues(options: object): Issue[] {
  const issues: Issue[] = [];
  for (const [name, value] of Object.entries(options)) {
    const pointer = `/options/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (!KNOWN.has(name)) {
      // Its options listed, not the nearest guessed: the JSON-LD entry stays small (no edit distance).
      issues.push({
        code: "unknown-property",
        pointer,
        message: `is not an option of toJsonLd (its options: ${OPTION_NAMES.join(", ")})`,
      });
      continue;
    }
    const choices = CHOICES[name as keyof typeof CHOICES];
    if (value !== undefined && choices !== undefined && !choices.includes(value))
      issues.push({
        code: "enum",
        pointer,
        message: `must be one of ${choices.map((c) => JSON.stringify(c)).join(", ")} (got ${JSON.stringify(value) ?? typeof value})`,
      });
  }
  return issues;
}
