// A PLOVER record's dates: `date` (either draft) and 2.0's `time`, `enddate` and `endtime` (the
// manual's "Data Fields": dates as YYYY-MM-DD, times as ISO 8601 such that date + "T" + time is
// a date-time), as an event's `date` and `endDate`.
import type { FuzzyDate } from "../generated/types.js";
import type { Reading } from "./reading.js";
import { daysInMonth } from "../model/calendar.js";

const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/**
 * A document's time of day: the schema's FuzzyDate.time pattern, as written there (a test holds
 * the two to the same text).
 *
 * @example
 * ```ts
 * TIME_OF_DAY.test("22:30+01:00"); // => true
 * TIME_OF_DAY.test("22:30"); // => false: no UTC offset
 * ```
 */
export const TIME_OF_DAY = /^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$/;

/** One date field at its precision, as the coder gave it; else undefined (and said). */
function readOne(r: Reading, key: "date" | "enddate"): FuzzyDate | undefined {
  const value = r.record[key];
  // An empty date is none, as pipelines write a field they have no value for (2.0's outputs).
  if (value === undefined || value === "") return undefined;
  const m = typeof value === "string" ? DATE.exec(value) : null;
  if (m === null) {
    r.unplace(`/${key}`, "not-a-date", "is not a date as YYYY-MM-DD, YYYY-MM or YYYY");
    return undefined;
  }
  // 2000-02-30 has the form of a day, and no calendar has it: the document would not validate.
  if (m[2] !== undefined && Number(m[2]) > daysInMonth(Number(m[0].slice(0, 4)), Number(m[1]))) {
    r.unplace(`/${key}`, "not-a-date", `is not a day of the calendar (${m[0]})`);
    return undefined;
  }
  const precision = m[2] !== undefined ? "day" : m[1] !== undefined ? "month" : "year";
  return { value: m[0], precision, method: "source" };
}

/**
 * A time of day put on its date: a document holds a time with its UTC offset, on a day. One
 * without an offset (a local time of no known zone), or with a date that is no day, is said.
 */
function withTime(r: Reading, date: FuzzyDate | undefined, key: "time" | "endtime"): FuzzyDate | undefined {
  const time = r.record[key];
  if (time === undefined || time === "") return date;
  if (typeof time !== "string" || !TIME_OF_DAY.test(time))
    r.unplace(`/${key}`, "not-a-date", "is not a time of day as HH:MM or HH:MM:SS with its UTC offset (Z, +01:00)");
  else if (date?.precision !== "day") r.unplace(`/${key}`, "no-place", "a time of day needs a date to the day");
  else return { ...date, time };
  return date;
}

/**
 * The event's date and end date: `date` with 2.0's `time`, `enddate` with its `endtime`. An end
 * the same as the start adds nothing; one before the start is said, not kept (the document would
 * not validate).
 *
 * @example
 * ```ts
 * readDates(new Reading({ date: "2016-07-24", enddate: "2016-07-26" }, "")).endDate?.value; // => "2016-07-26"
 * ```
 */
export function readDates(r: Reading): { date?: FuzzyDate; endDate?: FuzzyDate } {
  const date = withTime(r, readOne(r, "date"), "time");
  const end = withTime(r, readOne(r, "enddate"), "endtime");
  if (end === undefined || (date !== undefined && JSON.stringify(end) === JSON.stringify(date)))
    return date ? { date } : {};
  // Dates of different precision compare as text cut to the shorter length, as validation does.
  const n = Math.min(end.value.length, date?.value.length ?? 0);
  if (date !== undefined && end.value.slice(0, n) < date.value.slice(0, n)) {
    r.unplace("/enddate", "not-a-date", "ends before the event's date");
    return { date };
  }
  return { ...(date ? { date } : {}), endDate: end };
}
