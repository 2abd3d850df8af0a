import type { FuzzyDate } from "../generated/types.js";
import { formatDay, isCalendarDate, parseCalendarDate, precisionOf } from "./calendar.js";

/*
 * The English relative-date parser: phrases as news copy writes them ("yesterday", "last
 * Tuesday", "26 July"), resolved against the article's date. The calendar itself is in calendar.ts.
 */

/** The day of a UTC date, as `YYYY-MM-DD`. */
function fromUtc(date: Date): string {
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Midnight UTC of a day of any year: `Date.UTC` reads a year below 100 as 19xx. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** "26 July", "Monday, 4 September", "18–19 June" (a literal, so the linearity test reads it). */
const DAY_MONTH =
  /^(?:on )?(?:(sunday|monday|tuesday|wednesday|thursday|friday|saturday),? )?(?:on )?(\d{1,2})(?:[-–](\d{1,2}))? (january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** "July 26", "Monday, September 4", "June 18-19". */
const MONTH_DAY =
  /^(?:on )?(?:(sunday|monday|tuesday|wednesday|thursday|friday|saturday),? )?(?:on )?(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})(?:[-–](\d{1,2}))?$/;

/** Why a phrase names no date (see {@link RelativeDateResult}). */
type Failure = { readonly ok: false; readonly reason: RelativeDateReason; readonly message: string };

const fail = (reason: RelativeDateReason, message: string): Failure => ({ ok: false, reason, message });

/**
 * A day (or span of days) and a month without a year, as news copy writes them: the year is the
 * one that puts the date nearest the anchor. `undefined` when the words are no such date, a
 * failure when they are one that does not exist or contradicts its weekday.
 */
function resolveDayAndMonth(words: string, base: Date): string | Failure | undefined {
  const a = DAY_MONTH.exec(words);
  const b = a ? undefined : MONTH_DAY.exec(words);
  if (!a && !b) return undefined;
  const [weekday, first, last, monthName] = a ? [a[1], a[2], a[3], a[4]] : [b?.[1], b?.[3], b?.[4], b?.[2]];
  const month = MONTHS.indexOf(monthName ?? "") + 1;
  const year = [-1, 0, 1]
    .map((k) => base.getUTCFullYear() + k)
    .reduce((best, y) =>
      Math.abs(utcDate(y, month, Number(first)).getTime() - base.getTime()) <
      Math.abs(utcDate(best, month, Number(first)).getTime() - base.getTime())
        ? y
        : best,
    );
  const day = (d: string | undefined) => formatDay(year, month, Number(d));
  const start = day(first);
  const end = last === undefined ? undefined : day(last);
  if (!isCalendarDate(start) || (end !== undefined && !isCalendarDate(end)))
    return fail(
      "no-such-date",
      `names a day that does not exist (${monthName} ${end === undefined ? first : `${first}–${last}`})`,
    );
  if (end !== undefined && end <= start)
    return fail("no-such-date", `names a span that ends before it begins (${first}–${last})`);
  const actual = WEEKDAYS[new Date(`${start}T00:00:00Z`).getUTCDay()];
  if (weekday !== undefined && actual !== weekday)
    return fail(
      "weekday-mismatch",
      `says ${weekday}, but ${start} (the nearest such day to the anchor) is a ${actual}`,
    );
  return end === undefined ? start : `${start}/${end}`;
}

/** Why {@link readRelativeDate} could not resolve a phrase. */
export type RelativeDateReason =
  /** The anchor is not a real calendar date or date-time. */
  | "invalid-anchor"
  /** The phrase is blank. */
  | "empty-phrase"
  /** The phrase names its year ("26 July 2023"): it is an explicit date, not a relative one. */
  | "has-year"
  /** The phrase names a time of day, not a day ("around dawn", "at 3 a.m."): give it as time or partOfDay. */
  | "time-of-day"
  /** The phrase names a day or span that does not exist ("31 June", "19–18 June"). */
  | "no-such-date"
  /** The weekday and the day disagree ("Monday, 5 September" where the 5th is no Monday). */
  | "weekday-mismatch"
  /** A phrase of none of the understood forms. */
  | "not-understood";

/**
 * What {@link readRelativeDate} gives: the resolved date, or why there is none, with a reason code
 * to branch on and words to show.
 */
export type RelativeDateResult =
  | {
      /** The phrase was resolved. */
      readonly ok: true;
      /** The resolved date, `method: "relative"`. */
      readonly date: FuzzyDate;
    }
  | {
      /** The phrase names no date. */
      readonly ok: false;
      /** Why, as a code to branch on. */
      readonly reason: RelativeDateReason;
      /** Why, in words ("names a day that does not exist (june 31)"). */
      readonly message: string;
    };

/**
 * Resolves a relative date phrase against an anchor, usually the article's publication
 * date-time, keeping the phrase as written. The anchor's own calendar date is used (its UTC
 * offset is respected, the machine's time zone never is). Bare and "on" weekdays prefer the
 * past, as news copy does; "this" weekdays name the day of the anchor's week (Monday to Sunday).
 *
 * Understands: today, yesterday, tomorrow, the day before/after (the previous, next, following
 * day), N days ago, [this|last|next|on] <weekday>, this/last week, (earlier) this/last month,
 * (earlier) this/last year, and a day or span of days with its month but no year ("26 July",
 * "Monday, 4 September", "18–19 June", "June 18-19"; the year nearest the anchor). Leading "just"
 * is ignored. {@link readRelativeDate} says why a phrase gives `undefined`.
 *
 * @param phrase - The words as the article gives them ("Just this Tuesday").
 * @param anchor - A `YYYY-MM-DD` date or an RFC 3339 date-time (its local date is used).
 * @returns The resolved date with `method: "relative"`, or `undefined` when the phrase is not
 *   understood or the anchor is not a real date.
 *
 * @example
 * ```ts
 * resolveRelativeDate("this Tuesday", "2023-11-08T09:00:00+03:00");
 * // => { text: "this Tuesday", value: "2023-11-07", precision: "day",
 * //      method: "relative", anchor: "2023-11-08" }
 * ```
 */
export function resolveRelativeDate(phrase: string, anchor: string): FuzzyDate | undefined {
  const result = readRelativeDate(phrase, anchor);
  return result.ok ? result.date : undefined;
}

/** Words that name a time of day rather than a day. */
const TIME_OF_DAY =
  /\b(?:dawn|daybreak|sunrise|dusk|sunset|midnight|noon|midday|morning|afternoon|evening|night|overnight|\d{1,2}(?::\d{2})? ?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2})(?!\w)/;

/**
 * Like {@link resolveRelativeDate}, but says why a phrase could not be resolved: a reason code
 * (invalid-anchor, empty-phrase, has-year, time-of-day, no-such-date, weekday-mismatch,
 * not-understood) and a sentence. Never throws.
 *
 * @example
 * ```ts
 * readRelativeDate("31 June", "2023-07-01");
 * // => { ok: false, reason: "no-such-date", message: "names a day that does not exist (june 31)" }
 * readRelativeDate("yesterday", "2023-07-01").ok; // => true
 * ```
 */
export function readRelativeDate(phrase: string, anchor: string): RelativeDateResult {
  // No type stops a JavaScript caller: a value that is no text is an answer, never a TypeError.
  if (typeof anchor !== "string")
    return fail("invalid-anchor", `the anchor must be a date or date-time as text (got ${typeof anchor})`);
  if (typeof phrase !== "string") return fail("not-understood", `the phrase must be text (got ${typeof phrase})`);
  const anchorDay = anchor.slice(0, 10);
  const parts = parseCalendarDate(anchorDay);
  if (!parts?.month || !parts.day)
    return fail("invalid-anchor", `the anchor must be a real calendar date or date-time (got "${anchor}")`);
  const base = utcDate(parts.year, parts.month, parts.day);
  const words = phrase
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^just /, "");
  if (words === "") return fail("empty-phrase", "the phrase is blank");
  const shift = (days: number) => fromUtc(new Date(base.getTime() + days * 86_400_000));
  const value = resolveWords(words, { day: anchorDay, year: parts.year, month: parts.month, base, shift });
  // A day before the year 0000 or after 9999 has no EDTF level-0 form ("tomorrow" of 9999-12-31).
  if (typeof value === "string" && !value.split("/").every(isCalendarDate))
    return fail("no-such-date", `names a day outside the years 0000 to 9999 (${value})`);
  if (typeof value === "string")
    return {
      ok: true,
      date: { text: phrase, value, precision: precisionOf(value), method: "relative", anchor: anchorDay },
    };
  if (value) return value;
  if (/\b\d{4}\b/.test(words))
    return fail("has-year", "names its year: it is an explicit date (method explicit), not a relative phrase");
  if (TIME_OF_DAY.test(words))
    return fail("time-of-day", "names a time of day, not a day: give it as the date's time or partOfDay");
  return fail(
    "not-understood",
    'is none of the understood forms (today, yesterday, "the day before", "3 days ago", "last Tuesday", "last week", "earlier this month", "26 July")',
  );
}

/** The day a phrase is resolved against, in the forms the resolvers need. */
interface Anchor {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** Its year and month as written (a year below 100 too, which `Date.UTC` would move to the 1900s). */
  readonly year: number;
  /** Its month, 1–12. */
  readonly month: number;
  /** Midnight UTC of the day. */
  readonly base: Date;
  /** The day `days` after it (before it when negative), as `YYYY-MM-DD`. */
  readonly shift: (days: number) => string;
}

/** The date (or interval) the normalized words name; `undefined` when they name none, a failure when one that cannot be. */
function resolveWords(words: string, anchor: Anchor): string | Failure | undefined {
  const direct = fixedPhrases(anchor).get(words);
  if (direct) return direct();

  const ago = /^(\d{1,3}) days? ago$/.exec(words);
  if (ago) return anchor.shift(-Number(ago[1]));

  const calendar = resolveDayAndMonth(words, anchor.base);
  if (calendar !== undefined) return calendar;

  return resolveWeekday(words, anchor);
}

/**
 * The phrases that name one date or span by themselves ("yesterday", "last week"), each with how
 * to compute it from the anchor day. A Map, not an object literal: a phrase such as "constructor"
 * must not find Object.prototype.
 */
function fixedPhrases({ day: anchorDay, year: y, month: m, base, shift }: Anchor): ReadonlyMap<string, () => string> {
  const monthText = (year: number, month: number) => formatDay(year, month, 1).slice(0, 7);
  const yearText = (year: number) => formatDay(year, 1, 1).slice(0, 4);
  const prevMonth = m === 1 ? monthText(y - 1, 12) : monthText(y, m - 1);
  return new Map<string, () => string>([
    ["today", () => anchorDay],
    ["yesterday", () => shift(-1)],
    ["tomorrow", () => shift(1)],
    // The anchor is the day the phrase is relative to: an event's day for "the day before".
    ["the day before", () => shift(-1)],
    ["the previous day", () => shift(-1)],
    ["the day after", () => shift(1)],
    ["the next day", () => shift(1)],
    ["the following day", () => shift(1)],
    ["this month", () => monthText(y, m)],
    ["last month", () => prevMonth],
    ["earlier this month", () => `${monthText(y, m)}-01/${anchorDay}`],
    ["this year", () => yearText(y)],
    ["last year", () => yearText(y - 1)],
    ["earlier this year", () => `${yearText(y)}-01-01/${anchorDay}`],
    ["this week", () => `${shift(-((base.getUTCDay() + 6) % 7))}/${anchorDay}`],
    [
      "last week",
      () => {
        const sinceMonday = (base.getUTCDay() + 6) % 7;
        return `${shift(-sinceMonday - 7)}/${shift(-sinceMonday - 1)}`;
      },
    ],
  ]);
}

/**
 * "[this|last|next|on] <weekday>": bare and "on" weekdays prefer the past, as news copy does;
 * "this" names the day of the anchor's own week, Monday to Sunday ("this Tuesday" written on a
 * Wednesday is the day before, "this Friday" written on a Thursday the day after).
 */
function resolveWeekday(words: string, { base, shift }: Anchor): string | undefined {
  const weekday = /^(?:(this|last|next|on) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(words);
  if (!weekday) return undefined;
  const target = WEEKDAYS.indexOf(weekday[2] ?? "");
  const today = base.getUTCDay();
  const back = (today - target + 7) % 7;
  if (weekday[1] === "next") return shift((target - today + 7) % 7 || 7);
  if (weekday[1] === "last") return shift(-(back || 7));
  // Days counted from Monday (0) to Sunday (6): the same week's day is that many days away.
  if (weekday[1] === "this") return shift(((target + 6) % 7) - ((today + 6) % 7));
  return shift(-back);
}
