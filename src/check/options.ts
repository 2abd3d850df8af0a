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
  const out: Record<string, unknown> = {};
  for (const [key, , holds] of [...CHECK_VALUES, ...PAGE_VALUES]) {
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

/** A value as a message names it: JSON where it has one, else its type. */
function describeValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
