import { describeThrown } from "../core/error.js";
import type { CheckOptions } from "./context.js";

/** A problem with the options: its message and params, a `check/options` finding. */
export type OptionProblem = [message: string, params: Record<string, string>];

/** The options of a check: a page's (checkHtmlPage, checkSite) add to a graph's. */
export interface AnyCheckOptions extends CheckOptions {
  readonly maxJsonLdLength?: number;
  readonly limitName?: string;
  readonly pageUrl?: string;
}

/** A page's limit as given: a whole number of characters, 1 or more. */
export const isLimit = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;

/** What an option must be, in words, and the test of a value given. */
type OptionRule = readonly [key: keyof AnyCheckOptions, must: string, holds: (value: unknown) => boolean];

const isUrl = (v: unknown) => typeof v === "string" && URL.canParse(v);

/** Each option of a check other than `rules`. */
const CHECK_VALUES: readonly OptionRule[] = [
  ["canonicalUrl", "an absolute URL", isUrl],
  ["baseUrl", "an absolute URL", isUrl],
  ["requireArticle", "true or false", (v) => typeof v === "boolean"],
  ["now", "a date-time (2024-05-21T18:42:07Z)", (v) => typeof v === "string" && Number.isFinite(Date.parse(v))],
  ["maxBytes", "a number of bytes, 0 or more", (v) => typeof v === "number" && v >= 0],
];

/** Each option a page adds (apart, so that `checkJsonLd` alone carries none of the page reader). */
const PAGE_VALUES: readonly OptionRule[] = [
  ["maxJsonLdLength", "a whole number of characters, 1 or more", isLimit],
  ["limitName", "text", (v) => typeof v === "string"],
  ["pageUrl", "an absolute URL", isUrl],
];

/**
 * The problems of the options other than `rules`: each one given (not undefined) that is not what
 * it must be, named with what it must be. A JavaScript caller, whom no type stops, otherwise had
 * `canonicalUrl: 42` or `now: "tomorrow"` ignored without a word. Never throws: an option whose
 * getter throws is a problem too.
 *
 * @example
 * ```ts
 * optionProblems({ now: "tomorrow" })[0]?.[0]; // => 'options.now is "tomorrow": it must be a date-time (2024-05-21T18:42:07Z)'
 * optionProblems({ canonicalUrl: "https://news.example.org/a/" }); // => []
 * ```
 */
export function optionProblems(options: AnyCheckOptions, rules: readonly OptionRule[] = CHECK_VALUES): OptionProblem[] {
  const problems: OptionProblem[] = [];
  for (const [key, must, holds] of rules) {
    try {
      const value: unknown = options[key];
      if (value !== undefined && !holds(value)) {
        const got = typeof value === "string" ? JSON.stringify(value) : describeValue(value);
        problems.push([`options.${key} is ${got}: it must be ${must}`, { option: key, got }]);
      }
    } catch (error) {
      problems.push([`options.${key} could not be read: ${describeThrown(error)}`, { option: key }]);
    }
  }
  return problems;
}

/**
 * The names of the options a page adds to a check's (apart: checkJsonLd alone carries none).
 *
 * @example
 * ```ts
 * pageOptionNames(); // => ["maxJsonLdLength", "limitName", "pageUrl"]
 * ```
 */
export function pageOptionNames(): string[] {
  return PAGE_VALUES.map(([key]) => key);
}

/**
 * The problems of the options a page adds to a check's ({@link optionProblems}).
 *
 * @example
 * ```ts
 * pageOptionProblems({ pageUrl: "a/b.html" })[0]?.[0]; // => 'options.pageUrl is "a/b.html": it must be an absolute URL'
 * ```
 */
export function pageOptionProblems(options: AnyCheckOptions): OptionProblem[] {
  return optionProblems(options, PAGE_VALUES);
}

/**
 * The options of a page's check as plain data, read once: each option that is what it must be,
 * and `rules` as given (startFindings reads it). An option that is not, or whose getter throws, is
 * left out (its problem is named by {@link optionProblems}): the page is checked as if it were not
 * given, and nothing later reads the caller's object again.
 *
 * @example
 * ```ts
 * pageOptions({ canonicalUrl: 42, now: "2024-05-21T18:42:07Z" }); // => { now: "2024-05-21T18:42:07Z" }
 * ```
 */
export function pageOptions(options: AnyCheckOptions): AnyCheckOptions {
  return validOptions(options, [...CHECK_VALUES, ...PAGE_VALUES]);
}

/**
 * The options of a graph's check as plain data, as {@link pageOptions} reads a page's: a `now`
 * that is no date-time was named and then used all the same (a trial's `new Date()`).
 *
 * @example
 * ```ts
 * checkOptions({ now: "tomorrow", maxBytes: 100 }); // => { maxBytes: 100 }
 * ```
 */
export function checkOptions(options: AnyCheckOptions): AnyCheckOptions {
  return validOptions(options, CHECK_VALUES);
}

/** Each option of `rules` that is what it must be, and `rules` as given. */
function validOptions(options: AnyCheckOptions, rules: readonly OptionRule[]): AnyCheckOptions {
  const out: Record<string, unknown> = {};
  for (const [key, , holds] of rules) {
    try {
      const value: unknown = options[key];
      if (value !== undefined && holds(value)) out[key] = value;
    } catch {
      // Named by optionProblems.
    }
  }
  try {
    if (options.rules !== undefined) out["rules"] = options.rules;
  } catch {
    // Named by startFindings.
  }
  return out as AnyCheckOptions;
}

/**
 * The names of `options` that are no option of the check (`canonicalURL` for `canonicalUrl`, which
 * left the canonical comparison out without a word): `more` adds a page's own options
 * ({@link pageOptionNames}).
 *
 * @example
 * ```ts
 * unknownOptionProblems({ canonicalURL: "https://x.example/" })[0]?.[0]; // => 'options.canonicalURL is not an option of the checker (its options: rules, canonicalUrl, baseUrl, requireArticle, now, maxBytes)'
 * ```
 */
export function unknownOptionProblems(options: AnyCheckOptions, more: readonly string[] = []): OptionProblem[] {
  const names = ["rules", ...CHECK_VALUES.map(([key]) => key), ...more];
  const problems: OptionProblem[] = [];
  try {
    for (const key of Object.keys(options))
      if (!names.includes(key))
        problems.push([
          `options.${key} is not an option of the checker (its options: ${names.join(", ")})`,
          { option: key },
        ]);
  } catch {
    // Options that cannot be listed: their reads are named by optionProblems.
  }
  return problems;
}

/** A value as a message names it: JSON where it has one, else its type. */
function describeValue(value: unknown): string {
  if (value instanceof Date) return "a Date object (give its toISOString())";
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
