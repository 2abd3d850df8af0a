import type { FuzzyDate } from "../generated/types.js";

/** The parts of a calendar date at year, month or day precision. */
export interface CalendarDateParts {
  /** Four-digit year. */
  readonly year: number;
  /** Month 1–12, when known. */
  readonly month?: number;
  /** Day of the month, when known. */
  readonly day?: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month of the proleptic Gregorian calendar (arithmetic: this runs per validated date).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // => 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, returning `undefined` unless the date exists
 * (2023-02-30 and 2023-13 do not).
 *
 * @example
 * ```ts
 * parseCalendarDate("2024-02-29"); // => { year: 2024, month: 2, day: 29 }
 * parseCalendarDate("2023-02-29"); // => undefined
 * ```
 */
export function parseCalendarDate(text: string): CalendarDateParts | undefined {
  const day = dayNumber(text, 0, text.length, false);
  if (Number.isNaN(day)) return undefined;
  const year = Math.floor(day / 10_000);
  if (text.length === 4) return { year };
  const month = Math.floor(day / 100) % 100;
  return text.length === 7 ? { year, month } : { year, month, day: day % 100 };
}

/** The value of the digits of `text` from `start` to `end`, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The day a calendar date in `text` from `start` to `end` begins (or, with `last`, ends) as the
 * number YYYYMMDD, or NaN unless the date exists. Numbers compare as the days do, and NaN compares
 * false with anything, so an unreal date never makes an order check fail. Allocates nothing: it
 * runs for every date of every validated event.
 */
function dayNumber(text: string, start: number, end: number, last: boolean): number {
  const n = end - start;
  if (n !== 4 && n !== 7 && n !== 10) return Number.NaN;
  const year = digits(text, start, start + 4);
  if (year < 0) return Number.NaN;
  if (n === 4) return year * 10_000 + (last ? 1231 : 101);
  const month = text.charCodeAt(start + 4) === 45 ? digits(text, start + 5, start + 7) : -1;
  if (month < 1 || month > 12) return Number.NaN;
  if (n === 7) return year * 10_000 + month * 100 + (last ? daysInMonth(year, month) : 1);
  const day = text.charCodeAt(start + 7) === 45 ? digits(text, start + 8, start + 10) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return year * 10_000 + month * 100 + day;
}

/**
 * True when `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and the date exists. The same answer as
 * {@link parseCalendarDate}, without allocating: it runs for every date of every validated event.
 *
 * @example
 * ```ts
 * isCalendarDate("2024-02-29"); // => true
 * isCalendarDate("2023-02-29"); // => false
 * ```
 */
export function isCalendarDate(text: string): boolean {
  return !Number.isNaN(dayNumber(text, 0, text.length, false));
}

/**
 * The first (or, with `last`, the last) day a calendar date or `start/end` interval covers, as the
 * number YYYYMMDD; NaN when a part is not a real date. Comparisons of these numbers are the
 * date-order checks; NaN makes every comparison false.
 *
 * @example
 * ```ts
 * dayNumberOf("2022-10", false); // => 20221001
 * dayNumberOf("2022-10/2023", true); // => 20231231
 * ```
 */
export function dayNumberOf(value: string, last: boolean): number {
  const slash = value.indexOf("/");
  if (slash === -1) return dayNumber(value, 0, value.length, last);
  const first = dayNumber(value, 0, slash, false);
  const final = dayNumber(value, slash + 1, value.length, true);
  if (Number.isNaN(first) || Number.isNaN(final)) return Number.NaN;
  return last ? final : first;
}

/**
 * A day number (YYYYMMDD) written as `YYYY-MM-DD`, for messages.
 *
 * @example
 * ```ts
 * formatDayNumber(20231107); // => "2023-11-07"
 * ```
 */
export function formatDayNumber(day: number): string {
  return formatDay(Math.floor(day / 10_000), Math.floor(day / 100) % 100, day % 100);
}

/**
 * The precision an EDTF level-0 value is written at: `day`, `month`, `year`, or `interval` for
 * `start/end`.
 *
 * @example
 * ```ts
 * precisionOf("2022-10"); // => "month"
 * precisionOf("2023-01-01/2023-11-08"); // => "interval"
 * ```
 */
export function precisionOf(value: string): FuzzyDate["precision"] {
  if (value.includes("/")) return "interval";
  const first = value.indexOf("-");
  return first === -1 ? "year" : value.indexOf("-", first + 1) === -1 ? "month" : "day";
}

/** The first and last day a date covers. */
export interface DateBounds {
  /** The first day, YYYY-MM-DD. */
  readonly earliest: string;
  /** The last day, YYYY-MM-DD. */
  readonly latest: string;
}

/**
 * The first and last day a calendar date or interval covers, as `YYYY-MM-DD` strings; `undefined`
 * when a part is not a real date. Comparing these strings compares the dates.
 *
 * @example
 * ```ts
 * dateBounds("2022-10"); // => { earliest: "2022-10-01", latest: "2022-10-31" }
 * ```
 */
export function dateBounds(value: string): DateBounds | undefined {
  const earliest = dayNumberOf(value, false);
  if (Number.isNaN(earliest)) return undefined;
  return { earliest: formatDayNumber(earliest), latest: formatDayNumber(dayNumberOf(value, true)) };
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fromUtc(date: Date): string {
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
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

/**
 * A day (or span of days) and a month without a year, as news copy writes them: the year is the
 * one that puts the date nearest the anchor. `undefined` when the words are no such date, `null`
 * when they are one that does not exist or contradicts its weekday.
 */
function resolveDayAndMonth(words: string, base: Date): string | null | undefined {
  const a = DAY_MONTH.exec(words);
  const b = a ? undefined : MONTH_DAY.exec(words);
  if (!a && !b) return undefined;
  const [weekday, first, last, monthName] = a ? [a[1], a[2], a[3], a[4]] : [b?.[1], b?.[3], b?.[4], b?.[2]];
  const month = MONTHS.indexOf(monthName ?? "") + 1;
  const year = [-1, 0, 1]
    .map((k) => base.getUTCFullYear() + k)
    .reduce((best, y) =>
      Math.abs(Date.UTC(y, month - 1, Number(first)) - base.getTime()) <
      Math.abs(Date.UTC(best, month - 1, Number(first)) - base.getTime())
        ? y
        : best,
    );
  const day = (d: string | undefined) => `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const start = day(first);
  const end = last === undefined ? undefined : day(last);
  if (!isCalendarDate(start) || (end !== undefined && (!isCalendarDate(end) || end <= start))) return null;
  if (weekday !== undefined && WEEKDAYS[new Date(`${start}T00:00:00Z`).getUTCDay()] !== weekday) return null;
  return end === undefined ? start : `${start}/${end}`;
}

/**
 * Resolves a relative date phrase against an anchor, usually the article's publication
 * date-time, keeping the phrase as written. The anchor's own calendar date is used (its UTC
 * offset is respected, the machine's time zone never is), and bare or "this" weekdays prefer the
 * past, as news copy does.
 *
 * Understands: today, yesterday, tomorrow, the day before/after (the previous, next, following
 * day), N days ago, [this|last|next|on] <weekday>, this/last week, (earlier) this/last month,
 * (earlier) this/last year, and a day or span of days with its month but no year ("26 July",
 * "Monday, 4 September", "18–19 June", "June 18-19"; the year nearest the anchor, and a weekday
 * that does not fit gives `undefined`). Leading "just" is ignored.
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
  const anchorDay = anchor.slice(0, 10);
  const parts = parseCalendarDate(anchorDay);
  if (!parts?.month || !parts.day) return undefined;
  const base = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  const words = phrase
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^just /, "");
  const shift = (days: number) => fromUtc(new Date(base.getTime() + days * 86_400_000));
  const result = (value: string): FuzzyDate => ({
    text: phrase,
    value,
    precision: precisionOf(value),
    method: "relative",
    anchor: anchorDay,
  });
  const y = parts.year;
  const m = parts.month;
  const monthText = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;
  const prevMonth = m === 1 ? monthText(y - 1, 12) : monthText(y, m - 1);

  // A Map, not an object literal: a phrase such as "constructor" must not find Object.prototype.
  const fixed = new Map<string, () => string>([
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
    ["this year", () => String(y)],
    ["last year", () => String(y - 1)],
    ["earlier this year", () => `${y}-01-01/${anchorDay}`],
    ["this week", () => `${shift(-((base.getUTCDay() + 6) % 7))}/${anchorDay}`],
    [
      "last week",
      () => {
        const sinceMonday = (base.getUTCDay() + 6) % 7;
        return `${shift(-sinceMonday - 7)}/${shift(-sinceMonday - 1)}`;
      },
    ],
  ]);
  const direct = fixed.get(words);
  if (direct) return result(direct());

  const ago = /^(\d{1,3}) days? ago$/.exec(words);
  if (ago) return result(shift(-Number(ago[1])));

  const calendar = resolveDayAndMonth(words, base);
  if (calendar !== undefined) return calendar === null ? undefined : result(calendar);

  const weekday = /^(?:(this|last|next|on) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(words);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[2] ?? "");
    const today = base.getUTCDay();
    const back = (today - target + 7) % 7;
    if (weekday[1] === "next") return result(shift((target - today + 7) % 7 || 7));
    if (weekday[1] === "last") return result(shift(-(back || 7)));
    return result(shift(-back));
  }
  return undefined;
}
