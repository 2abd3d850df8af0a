import type { Issue } from "../core/issue.js";
import { escapePointerSegment } from "../core/pointer.js";
import type { JsonLdOptions } from "./build.js";
import { RATINGS } from "../generated/schema-facts.js";

/*
 * toJsonLd's options as JavaScript hands them: no type stops `entityId` for `entityIds` or
 * `corrections: "yes"`, which a trial of the packed package found ignored without a word.
 */

/** Every option of toJsonLd, in the order of JsonLdOptions (the type test holds the two together). */
export const OPTION_NAMES = [
  "corrections",
  "ratingWords",
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
    const pointer = `/options/${escapePointerSegment(name)}`;
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

/** Where an option's value is wrong, and what it must be: one issue. */
const wrong = (pointer: string, must: string, value: unknown): Issue => ({
  code: "type",
  pointer,
  message: `must be ${must} (got ${describe(value)})`,
});

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? typeof value;
  return "an object";
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isRecordValue = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Issues of a list of texts (CSS selectors, topics, URLs checked elsewhere). */
function textList(value: unknown, pointer: string, issues: Issue[]): void {
  if (!Array.isArray(value)) issues.push(wrong(pointer, "a list of texts", value));
  else value.forEach((item, i) => void (isText(item) || issues.push(wrong(`${pointer}/${i}`, "text", item))));
}

/**
 * The issues of the options' shapes that the build reads without a type to stop a JavaScript
 * caller: a string where a list goes (`speakable.cssSelector: ".headline"` was split into letters),
 * a site or breadcrumb without its name or URL, text that is empty, a callback that is no function.
 * URLs themselves are checked where they are used (site.ts); the options' names and listed values
 * by {@link optionNameIssues}.
 *
 * @example
 * ```ts
 * optionShapeIssues({ speakable: { cssSelector: ".headline" } })[0]?.pointer; // => "/options/speakable/cssSelector"
 * optionShapeIssues({ dateline: "MOSCOW, Nov 8 —" }); // => []
 * ```
 */
export function optionShapeIssues(options: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const { speakable, site, breadcrumbs, publisherLogo, authorDetails, entityIds, kinds, extend } = options;
  if (options["ratingWords"] !== undefined) ratingWordsIssues(options["ratingWords"], issues);
  for (const key of ["dateline", "backstory"])
    if (options[key] !== undefined && !isText(options[key]))
      issues.push(wrong(`/options/${key}`, "text that is not blank", options[key]));
  if (speakable !== undefined) {
    if (!isRecordValue(speakable)) issues.push(wrong("/options/speakable", "an object", speakable));
    else
      for (const key of ["cssSelector", "xpath"])
        if (speakable[key] !== undefined) textList(speakable[key], `/options/speakable/${key}`, issues);
  }
  if (site !== undefined) {
    if (!isRecordValue(site)) issues.push(wrong("/options/site", "an object with a name and a url", site));
    else {
      if (!isText(site["name"])) issues.push(wrong("/options/site/name", "text that is not blank", site["name"]));
      if (typeof site["url"] !== "string")
        issues.push(wrong("/options/site/url", "the site's home page URL", site["url"]));
    }
  }
  if (breadcrumbs !== undefined) {
    if (!Array.isArray(breadcrumbs)) issues.push(wrong("/options/breadcrumbs", "a list of { name, url }", breadcrumbs));
    else
      breadcrumbs.forEach((crumb: unknown, i) => {
        if (!isRecordValue(crumb))
          issues.push(wrong(`/options/breadcrumbs/${i}`, "an object with a name and a url", crumb));
        else {
          if (!isText(crumb["name"]))
            issues.push(wrong(`/options/breadcrumbs/${i}/name`, "text that is not blank", crumb["name"]));
          if (typeof crumb["url"] !== "string")
            issues.push(wrong(`/options/breadcrumbs/${i}/url`, "the crumb's page URL", crumb["url"]));
        }
      });
  }
  if (publisherLogo !== undefined && !(isRecordValue(publisherLogo) && typeof publisherLogo["url"] === "string"))
    issues.push(wrong("/options/publisherLogo", "an object with a url, a width and a height", publisherLogo));
  if (authorDetails !== undefined && typeof authorDetails !== "function")
    issues.push(wrong("/options/authorDetails", "a function of an author", authorDetails));
  if (entityIds !== undefined && typeof entityIds !== "string" && typeof entityIds !== "function")
    issues.push(wrong("/options/entityIds", "a base IRI or a function of an entity", entityIds));
  if (kinds !== undefined) {
    if (!Array.isArray(kinds)) issues.push(wrong("/options/kinds", "the list of kinds your build wrote", kinds));
    else kinds.forEach((kind: unknown, i) => kindIssues(kind, `/options/kinds/${i}`, issues));
  }
  if (extend !== undefined) {
    if (!isRecordValue(extend)) issues.push(wrong("/options/extend", "an object", extend));
    else {
      if (extend["article"] !== undefined && !isRecordValue(extend["article"]))
        issues.push(wrong("/options/extend/article", "an object", extend["article"]));
      if (extend["nodes"] !== undefined && !Array.isArray(extend["nodes"]))
        issues.push(wrong("/options/extend/nodes", "a list of nodes", extend["nodes"]));
    }
  }
  return issues;
}

/**
 * The issues of `ratingWords`: an object whose names are ratings and whose values are words that
 * are not blank (a misspelt rating, `{ false: "Faux" }`, would leave "wrong" without its words).
 */
function ratingWordsIssues(words: unknown, issues: Issue[]): void {
  if (!isRecordValue(words)) {
    issues.push(wrong("/options/ratingWords", 'an object of words for ratings, such as { wrong: "Faux" }', words));
    return;
  }
  for (const rating of Object.keys(words)) {
    const at = `/options/ratingWords/${escapePointerSegment(rating)}`;
    if (!(RATINGS as readonly string[]).includes(rating))
      issues.push({
        code: "unknown-property",
        pointer: at,
        message: `is not a rating (the ratings: ${RATINGS.join(", ")})`,
      });
    else if (!isText(words[rating])) issues.push(wrong(at, "the rating in words, not blank", words[rating]));
  }
}

/**
 * The issues of what `authorDetails` gave for the author at `index`: an object whose `jobTitle` is
 * text and whose `knowsAbout` and `sameAs` are lists (its URLs are checked where they are used).
 *
 * @example
 * ```ts
 * authorDetailIssues({ sameAs: "https://x.example/" }, 0)[0]?.pointer; // => "/options/authorDetails/sameAs"
 * ```
 */
export function authorDetailIssues(details: unknown, index: number): Issue[] {
  if (details === undefined) return [];
  const at = "/options/authorDetails";
  if (!isRecordValue(details)) return [wrong(at, `an object or undefined for author ${index}`, details)];
  const issues: Issue[] = [];
  if (details["jobTitle"] !== undefined && !isText(details["jobTitle"]))
    issues.push(wrong(`${at}/jobTitle`, "text that is not blank", details["jobTitle"]));
  for (const key of ["knowsAbout", "sameAs"])
    if (details[key] !== undefined) textList(details[key], `${at}/${key}`, issues);
  return issues;
}

/**
 * Every issue of the options that can be seen before the graph is built: `options` must be an
 * object, with known names ({@link optionNameIssues}) and shapes ({@link optionShapeIssues}).
 *
 * @example
 * ```ts
 * optionIssues(null)[0]?.message; // => "must be an object of options (got null)"
 * ```
 */
export function optionIssues(options: unknown): Issue[] {
  if (!isRecordValue(options)) return [wrong("/options", "an object of options", options)];
  return [...optionNameIssues(options), ...optionShapeIssues(options)];
}

/**
 * The issues of one kind given in `kinds`: what the graph takes from it is a schema.org class
 * name and a Wikidata QID, which become a `@type` and an IRI (a trial's `"Event Foo"` and a QID of
 * `</script>` were emitted as they were).
 */
function kindIssues(kind: unknown, at: string, issues: Issue[]): void {
  if (!isRecordValue(kind)) {
    issues.push(wrong(at, "a kind as your build wrote it", kind));
    return;
  }
  if (typeof kind["kind"] !== "string") issues.push(wrong(`${at}/kind`, "the kind's tag", kind["kind"]));
  if (typeof kind["schemaOrgType"] !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(kind["schemaOrgType"]))
    issues.push(wrong(`${at}/schemaOrgType`, "a schema.org class name such as Event", kind["schemaOrgType"]));
  if (kind["wikidata"] !== undefined && !(typeof kind["wikidata"] === "string" && /^Q[1-9]\d*$/.test(kind["wikidata"])))
    issues.push(wrong(`${at}/wikidata`, "a Wikidata QID such as Q40231", kind["wikidata"]));
}
