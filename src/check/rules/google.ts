import { MARKUP } from "../../core/text-rules.js";
import { dateShape, invalidDateMessage } from "../dates.js";
import { paramsOf, rule } from "../rule.js";
import { articles } from "./google-listings.js";
import { IMAGE, IMAGE_RATIOS, IMAGE_SIZE, IMAGE_URL } from "./google-images.js";
import { ARTICLE_OPTIONAL } from "./sources.js";

const DATES = ["datePublished", "dateModified"] as const;

export const NO_ARTICLE = rule({
  id: "google/no-article",
  severity: "error",
  summary:
    "a page that must hold an article (`requireArticle`, `--require-article`, `--articles GLOB`) has a NewsArticle (or Article, BlogPosting) node; other pages are checked for what they hold",
  source: ARTICLE_OPTIONAL,
  run(ctx, report) {
    if (ctx.options.requireArticle === true && articles(ctx).length === 0)
      report.add(undefined, "", "has no NewsArticle (or Article, BlogPosting) node, and this page must hold one");
  },
});

export const HEADLINE = rule({
  id: "google/headline",
  severity: "warning",
  summary:
    "an article's headline (recommended by Google) is a non-empty string without HTML and without white space at its ends",
  source: ARTICLE_OPTIONAL,
  run(ctx, report) {
    for (const article of articles(ctx)) {
      const headline = article.value["headline"];
      if (typeof headline !== "string" || headline.trim() === "") {
        report.add(article, "/headline", "must be a non-empty string");
        continue;
      }
      if (headline !== headline.trim()) report.add(article, "/headline", "must not start or end with white space");
      if (MARKUP.test(headline))
        report.add(article, "/headline", `must not contain HTML tags or entities (got ${JSON.stringify(headline)})`, {
          got: headline,
        });
    }
  },
});

// Made on first use, where the runtime has it (every current one does).
let segmenter: Intl.Segmenter | undefined;

/**
 * A text's length in characters as a reader counts them: grapheme clusters, so that "é" written as
 * e and U+0301 is one, and so is a flag (two regional indicators) or an emoji with its modifiers;
 * code points where the runtime has no `Intl.Segmenter`. ASCII text is one character per unit,
 * counted without segmenting.
 */
function characters(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  if (typeof Intl.Segmenter !== "function") return [...text].length;
  segmenter ??= new Intl.Segmenter("und", { granularity: "grapheme" });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

export const HEADLINE_LENGTH = rule({
  id: "google/headline-length",
  severity: "warning",
  summary:
    "a headline over 110 characters (as a reader counts them: an accented letter or a flag is one) may be cut on some devices (it is never truncated)",
  run(ctx, report) {
    for (const article of articles(ctx)) {
      const headline = article.value["headline"];
      // No more characters than UTF-16 code units: a headline of 110 units or fewer is not counted.
      if (typeof headline !== "string" || headline.length <= 110 || headline.trim() === "") continue;
      const length = characters(headline);
      if (length > 110)
        report.add(
          article,
          "/headline",
          `is ${length} characters: long headlines may be cut on some devices (it is not truncated here)`,
          { length },
        );
    }
  },
});

export const DATE_PUBLISHED = rule({
  id: "google/date-published",
  severity: "warning",
  summary: "an article has a `datePublished` (recommended by Google)",
  source: ARTICLE_OPTIONAL,
  run(ctx, report) {
    for (const article of articles(ctx))
      if (article.value["datePublished"] === undefined)
        report.add(article, "/datePublished", "is missing: Google uses it to show the article's date");
  },
});

/** A rule about how an article's `datePublished` and `dateModified` are written. */
function dateRule<const Id extends string>(
  id: Id,
  severity: "error" | "warning",
  summary: string,
  shape: ReturnType<typeof dateShape>,
  message: (shown: string, value: unknown) => string,
) {
  return rule({
    id,
    severity,
    summary,
    run(ctx, report) {
      for (const article of articles(ctx))
        for (const key of DATES) {
          const value = article.value[key];
          if (value !== undefined && dateShape(value) === shape)
            report.add(article, `/${key}`, message(JSON.stringify(value), value), paramsOf({ got: value }));
        }
    },
  });
}

export const DATE_FORMAT = dateRule(
  "google/date-format",
  "error",
  "an article's dates are ISO 8601 date-times, of days and times that exist",
  "invalid",
  (_got, value) => invalidDateMessage(value, "date-time"),
);

export const DATE_OFFSET = dateRule(
  "google/date-offset",
  "warning",
  "an article's date-times have a UTC offset (else Google reads them in Googlebot's time zone)",
  "date-time-without-offset",
  (got) => `should have a UTC offset, or Google reads it in Googlebot's time zone (got ${got})`,
);

export const DATE_ONLY = dateRule(
  "google/date-only",
  "warning",
  "an article's dates have a time, not only a day",
  "date",
  (got) => `has no time: give a date-time with an offset (got ${got})`,
);

export const DATE_FUTURE = rule({
  id: "google/date-future",
  severity: "warning",
  summary: "an article's dates are not after the build time (only with the `now` option)",
  run(ctx, report) {
    const now = ctx.options.now;
    if (now === undefined) return;
    for (const article of articles(ctx))
      for (const key of DATES) {
        const value = article.value[key];
        if (dateShape(value) === "date-time-with-offset" && Date.parse(value as string) > Date.parse(now))
          report.add(article, `/${key}`, `is after the build time ${now}`, { got: value as string, now });
      }
  },
});

export const DATE_ORDER = rule({
  id: "google/date-order",
  severity: "error",
  summary: "an article's `dateModified` is not before its `datePublished`",
  run(ctx, report) {
    for (const article of articles(ctx)) {
      const published = article.value["datePublished"];
      const modified = article.value["dateModified"];
      if (
        dateShape(published) === "date-time-with-offset" &&
        dateShape(modified) === "date-time-with-offset" &&
        Date.parse(modified as string) < Date.parse(published as string)
      )
        report.add(article, "/dateModified", `must not be before datePublished (${String(published)})`, {
          published: published as string,
          got: modified as string,
        });
    }
  },
});

/** Google's Article rules on the article itself: there is one, its headline, dates and images. */
export const GOOGLE_ARTICLE_RULES = [
  NO_ARTICLE,
  HEADLINE,
  HEADLINE_LENGTH,
  DATE_PUBLISHED,
  DATE_FORMAT,
  DATE_OFFSET,
  DATE_ONLY,
  DATE_FUTURE,
  DATE_ORDER,
  IMAGE,
  IMAGE_URL,
  IMAGE_SIZE,
  IMAGE_RATIOS,
] as const;
