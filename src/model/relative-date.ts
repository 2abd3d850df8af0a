import type { FuzzyDate } from "../generated/types.js";
import { formatDay, isCalendarDate, precisionOf } from "./calendar.js";
import { utcDate } from "./day-and-month.js";
import { readAnchor } from "./relative-anchor.js";
import { fail, type RelativeDateReason } from "./relative-failure.js";
import { resolveWords } from "./relative-phrases.js";

/*
 * The English relative-date reader: phrases as news copy writes them ("yesterday", "last
 * Tuesday", "26 July"), resolved against the article's date. The phrases are in
 * relative-phrases.ts, the anchor's checks in relative-anchor.ts, the calendar in calendar.ts.
 */

export type { RelativeDateReason } from "./relative-failure.js";

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
 * Understands: today, yesterday, tomorrow, the day before/after yesterday/tomorrow, the day
 * before/after (the previous, next, following day); N days, weeks or fortnights ago (a day) and
 * N months or years ago (a month, a year), N in digits, spelled one to twelve, or "a" ("two weeks
 * ago", "a year ago"); [this|last|next|on] <weekday>; this/last/next week; this/last/next weekend
 * (Saturday to Sunday of the anchor's week, the week before, the week after); (earlier) this,
 * last and next month and year; and a day or span of days with its month but no year ("26 July",
 * "Monday, 4 September", "18–19 June", "June 18-19"; the year nearest the anchor). Leading "just"
 * is ignored. {@link readRelativeDate} says why a phrase gives `undefined`.
 *
 * @param phrase - The words as the article gives them ("Just this Tuesday").
 * @param anchor - A `YYYY-MM-DD` date or an RFC 3339 date-time with its UTC offset (its local date
 *   is used), as the schema's CalendarDate and DateTime write them.
 * @returns The resolved date with `method: "relative"`, or `undefined` when the phrase is not
 *   understood or the anchor is not a real date or date-time.
 *
 * @example
 * ```ts
 * resolveRelativeDate("this Tuesday", "2023-11-08T09:00:00+03:00");
 * // => { text: "this Tuesday", value: "2023-11-07", precision: "day",
 * //      method: "relative", anchor: "2023-11-08" }
 * resolveRelativeDate("this weekend", "2023-11-08")?.value; // => "2023-11-11/2023-11-12"
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
 * not-understood) and a sentence. An anchor is what the schema accepts: a real `YYYY-MM-DD` day or
 * a date-time with its UTC offset ("2023-11-08T10:00", "+25:00" and "T24:00" are refused, the
 * message saying what was expected). Never throws.
 *
 * @example
 * ```ts
 * readRelativeDate("31 June", "2023-07-01");
 * // => { ok: false, reason: "no-such-date", message: "names a day that does not exist (june 31)" }
 * readRelativeDate("yesterday", "2023-07-01").ok; // => true
 * readRelativeDate("yesterday", "2023-07-01T10:00").ok; // => false (reason "invalid-anchor": no UTC offset)
 * ```
 */
export function readRelativeDate(phrase: string, anchor: string): RelativeDateResult {
  const read = readAnchor(anchor);
  if (!read.ok) return read;
  // No type stops a JavaScript caller: a value that is no text is an answer, never a TypeError.
  if (typeof phrase !== "string") return fail("not-understood", `the phrase must be text (got ${typeof phrase})`);
  const base = utcDate(read.year, read.month, read.date);
  const words = phrase
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^just /, "");
  if (words === "") return fail("empty-phrase", "the phrase is blank");
  const shift = (days: number) => fromUtc(new Date(base.getTime() + days * 86_400_000));
  const value = resolveWords(words, { day: read.day, year: read.year, month: read.month, base, shift });
  // A day before the year 0000 or after 9999 has no EDTF level-0 form ("tomorrow" of 9999-12-31).
  if (typeof value === "string" && !value.split("/").every(isCalendarDate))
    return fail("no-such-date", `names a day outside the years 0000 to 9999 (${value})`);
  if (typeof value === "string")
    return {
      ok: true,
      date: { text: phrase, value, precision: precisionOf(value), method: "relative", anchor: read.day },
    };
  if (value) return value;
  if (/\b\d{4}\b/.test(words))
    return fail("has-year", "names its year: it is an explicit date (method explicit), not a relative phrase");
  if (TIME_OF_DAY.test(words))
    return fail("time-of-day", "names a time of day, not a day: give it as the date's time or partOfDay");
  return fail(
    "not-understood",
    'is none of the understood forms (today, yesterday, "the day before", "3 days ago", "two weeks ago", "last Tuesday", "last week", "this weekend", "earlier this month", "26 July")',
  );
}

/** The day of a UTC date, as `YYYY-MM-DD`. */
function fromUtc(date: Date): string {
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
