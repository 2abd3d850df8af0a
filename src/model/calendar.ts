import type { FuzzyDate } from "../generated/types.js";

/*
 * Calendar arithmetic: which dates exist, the days a date or interval covers as YYYYMMDD numbers,
 * their bounds and precision. Allocation-free where validation runs it per date. Phrases such as
 * "last Tuesday" are read in relative-date.ts.
 */

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

/** The two digits of `text` at `i` as a number, or -1 unless both are digits (two reads: a loop measured slower). */
function twoDigits(text: string, i: number): number {
  const tens = text.charCodeAt(i) - 48;
  const ones = text.charCodeAt(i + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
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
  const century = twoDigits(text, start);
  const yy = twoDigits(text, start + 2);
  if (century < 0 || yy < 0) return Number.NaN;
  const year = century * 100 + yy;
  if (n === 4) return year * 10_000 + (last ? 1231 : 101);
  const month = text.charCodeAt(start + 4) === 45 ? twoDigits(text, start + 5) : -1;
  if (month < 1 || month > 12) return Number.NaN;
  if (n === 7) return year * 10_000 + month * 100 + (last ? daysInMonth(year, month) : 1);
  const day = text.charCodeAt(start + 7) === 45 ? twoDigits(text, start + 8) : -1;
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
 * number YYYYMMDD; NaN when a part is not a real date. An open end (`../2024-03-01`,
 * `2024-03-01/..`, EDTF's "no bound") is -Infinity or Infinity: "no later than 1 March" may mean
 * any day before it. Comparisons of these numbers are the date-order checks; NaN makes every
 * comparison false.
 *
 * @example
 * ```ts
 * dayNumberOf("2022-10", false); // => 20221001
 * dayNumberOf("2022-10/2023", true); // => 20231231
 * dayNumberOf("../2024-03-01", false); // => -Infinity
 * ```
 */
export function dayNumberOf(value: string, last: boolean): number {
  const slash = value.indexOf("/");
  if (slash === -1) return dayNumber(value, 0, value.length, last);
  const startOpen = slash === 2 && value.startsWith("..");
  const endOpen = value.length === slash + 3 && value.endsWith("..");
  if (startOpen && endOpen) return Number.NaN;
  const first = startOpen ? -Infinity : dayNumber(value, 0, slash, false);
  const final = endOpen ? Infinity : dayNumber(value, slash + 1, value.length, true);
  if (Number.isNaN(first) || Number.isNaN(final)) return Number.NaN;
  return last ? final : first;
}

/**
 * True when `value` is an interval open at one end (`../2024-03-01`, `2024-03-01/..`).
 *
 * @example
 * ```ts
 * isOpenInterval("../2024-03-01"); // => true
 * isOpenInterval("2024-01/2024-03"); // => false
 * ```
 */
export function isOpenInterval(value: string): boolean {
  return value.startsWith("../") || value.endsWith("/..");
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
 * when a part is not a real date or the interval is open at one end (it has no first or last
 * day). Comparing these strings compares the dates.
 *
 * @example
 * ```ts
 * dateBounds("2022-10"); // => { earliest: "2022-10-01", latest: "2022-10-31" }
 * ```
 */
export function dateBounds(value: string): DateBounds | undefined {
  const earliest = dayNumberOf(value, false);
  const latest = dayNumberOf(value, true);
  if (!Number.isFinite(earliest) || !Number.isFinite(latest)) return undefined;
  return { earliest: formatDayNumber(earliest), latest: formatDayNumber(latest) };
}

/**
 * A year, month and day written as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatDay(2023, 11, 7); // => "2023-11-07"
 * ```
 */
export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A day (YYYYMMDD) moved by `days` (back when negative); an infinite day stays as it is.
 *
 * @example
 * ```ts
 * shiftDay(20231231, 1); // => 20240101
 * ```
 */
export function shiftDay(day: number, days: number): number {
  if (!Number.isFinite(day)) return day;
  const date = new Date(Date.UTC(Math.floor(day / 10_000), (Math.floor(day / 100) % 100) - 1, (day % 100) + days));
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/**
 * The day (YYYYMMDD) an ISO 8601 duration after `day` falls on: years and months by the calendar,
 * weeks, days, hours, minutes and seconds by their length (whole days down). Undefined for a day
 * that is not finite.
 *
 * @example
 * ```ts
 * addDuration(20230730, "PT48H"); // => 20230801
 * ```
 */
export function addDuration(day: number, duration: string): number | undefined {
  if (!Number.isFinite(day)) return undefined;
  const [date = "", time = ""] = duration.slice(1).split("T");
  const part = (text: string, unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(text)?.[1] ?? 0);
  const months = part(date, "Y") * 12 + part(date, "M");
  const seconds = part(time, "H") * 3600 + part(time, "M") * 60 + part(time, "S");
  return addMonths(day, months, part(date, "W") * 7 + part(date, "D") + Math.floor(seconds / 86_400));
}

/** A day moved by whole months (the day of the month kept, or the month's last) and then days. */
function addMonths(day: number, months: number, days: number): number {
  const total = Math.floor(day / 10_000) * 12 + (Math.floor(day / 100) % 100) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return shiftDay(year * 10_000 + month * 100 + Math.min(day % 100, length), days);
}
