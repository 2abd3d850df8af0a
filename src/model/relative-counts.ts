import { formatDay } from "./calendar.js";

/*
 * "N days ago" and its kin, with N in digits ("3 days ago"), spelled from one to twelve ("three
 * weeks ago") or "a" ("a year ago"). The precision is the unit counted: days and weeks (seven days)
 * name a day, as "3 days ago" always has; months name a month and years a year, as "last month"
 * and "last year" do (a count of months fixes no day: three months before 31 May would be 31 February).
 */

/** The numbers news copy spells out, "a" as one ("a week ago"). */
const SPELLED: ReadonlyMap<string, number> = new Map([
  ["a", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
]);

/** "<count> <unit>(s) ago"; the count's spellings come from SPELLED (no year is read as a count). */
const AGO = /^(\d{1,3}|[a-z]+) (day|week|fortnight|month|year)s? ago$/;

/** The days in a unit counted by days. */
const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14 };

/**
 * The date "<count> <unit> ago" names, counted back from the anchor: a day for days, weeks and
 * fortnights, a month for months, a year for years. `undefined` when the words are no such phrase.
 *
 * @param words - The phrase, trimmed and lower-case.
 * @param year - The anchor's year.
 * @param month - The anchor's month, 1–12.
 * @param shift - The day `days` after the anchor (before it when negative), as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * resolveCountAgo("two weeks ago", 2023, 11, shift); // => "2023-10-25" (anchor 2023-11-08)
 * resolveCountAgo("three months ago", 2023, 11, shift); // => "2023-08"
 * resolveCountAgo("a year ago", 2023, 11, shift); // => "2022"
 * ```
 */
export function resolveCountAgo(
  words: string,
  year: number,
  month: number,
  shift: (days: number) => string,
): string | undefined {
  const ago = AGO.exec(words);
  const count = ago
    ? (SPELLED.get(ago[1] ?? "") ?? (/^\d/.test(ago[1] ?? "") ? Number(ago[1]) : undefined))
    : undefined;
  if (ago === null || count === undefined) return undefined;
  const unit = ago[2] ?? "";
  const days = DAYS[unit];
  if (days !== undefined) return shift(-count * days);
  if (unit === "year") return formatDay(year - count, 1, 1).slice(0, 4);
  // Months counted from year 0's January: a count past January goes back into earlier years.
  const total = year * 12 + (month - 1) - count;
  return formatDay(Math.floor(total / 12), (total % 12) + 1, 1).slice(0, 7);
}
