import { formatDay, isCalendarDate } from "./calendar.js";
import { fail, type Failure } from "./relative-failure.js";

/*
 * A day (or span of days) and its month without a year, as news copy writes them ("26 July",
 * "Monday, 4 September", "June 18-19"): the year is the one that puts the date nearest the anchor.
 */

/** The weekdays as `Date.getUTCDay` numbers them, Sunday first. */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
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

/**
 * Midnight UTC of a day of any year: `Date.UTC` reads a year below 100 as 19xx.
 *
 * @example
 * ```ts
 * utcDate(50, 3, 1).getUTCFullYear(); // => 50
 * ```
 */
export function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/**
 * A day (or span of days) and a month without a year: the year is the one that puts the date
 * nearest the anchor. `undefined` when the words are no such date, a failure when they are one
 * that does not exist or contradicts its weekday.
 *
 * @example
 * ```ts
 * resolveDayAndMonth("26 july", utcDate(2023, 7, 31)); // => "2023-07-26"
 * resolveDayAndMonth("30 december", utcDate(2024, 1, 2)); // => "2023-12-30"
 * ```
 */
export function resolveDayAndMonth(words: string, base: Date): string | Failure | undefined {
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
