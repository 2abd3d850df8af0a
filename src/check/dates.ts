import { dateTimeFault } from "../model/date-time-fault.js";
import { isCalendarDate } from "../model/calendar.js";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))?$/i;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** How a schema.org Date/DateTime value is written. */
export type DateShape = "date-time-with-offset" | "date-time-without-offset" | "date" | "invalid";

/**
 * True when the time of day and the offset exist: hours to 23 (24 only as 24:00:00, the end of a
 * day), minutes to 59, seconds to 60 (a leap second), offsets to 23:59, as ISO 8601 writes them.
 */
function isClockTime(m: RegExpExecArray): boolean {
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] === undefined ? 0 : Number(m[4]);
  if (minute > 59 || second > 60) return false;
  if (hour === 24 ? minute !== 0 || second !== 0 || /\.\d*[1-9]/.test(m[0]) : hour > 23) return false;
  return m[6] === undefined || (Number(m[6]) <= 23 && Number(m[7]) <= 59);
}

/**
 * Classifies an ISO 8601 date or date-time the way Google's rules care about. A value written in
 * the right form that names no real day or time (month 13, 30 February, 25:61) is `invalid`, as
 * {@link namesNoRealDate} says.
 *
 * @example
 * ```ts
 * dateShape("2023-11-08T09:00:00+00:00"); // => "date-time-with-offset"
 * dateShape("2023-02-30"); // => "invalid"
 * ```
 */
export function dateShape(value: unknown): DateShape {
  if (typeof value !== "string") return "invalid";
  const m = DATE_TIME.exec(value);
  if (m) {
    if (!isCalendarDate(m[1] as string) || !isClockTime(m)) return "invalid";
    return m[5] === undefined ? "date-time-without-offset" : "date-time-with-offset";
  }
  return DATE.test(value) && isCalendarDate(value) ? "date" : "invalid";
}

/**
 * True for a value in the form of an ISO 8601 date or date-time whose day or time does not exist:
 * the reason a finding gives for it, rather than the form's.
 *
 * @example
 * ```ts
 * namesNoRealDate("2024-13-45T09:00:00+00:00"); // => true
 * namesNoRealDate("yesterday"); // => false
 * ```
 */
export function namesNoRealDate(value: unknown): boolean {
  return typeof value === "string" && dateShape(value) === "invalid" && (DATE_TIME.test(value) || DATE.test(value));
}

/**
 * Why a date value is `invalid`, for a finding: its day or time does not exist, or it is not in
 * the `form` the rule asks for (`"date-time"`, `"date or date-time"`).
 *
 * @example
 * ```ts
 * invalidDateMessage("2023-02-30", "date or date-time"); // => 'names a day or time that does not exist (got "2023-02-30")'
 * invalidDateMessage("yesterday", "date-time"); // => 'must be an ISO 8601 date-time (got "yesterday")'
 * invalidDateMessage("2024-05-21T18:42:07+0200", "date-time");
 * // => 'must be an ISO 8601 date-time (got "2024-05-21T18:42:07+0200": the offset is written without its colon (+02:00))'
 * ```
 */
export function invalidDateMessage(value: unknown, form: string): string {
  const got = JSON.stringify(value);
  if (namesNoRealDate(value)) return `names a day or time that does not exist (got ${got})`;
  // Drupal's default (+0200) and the like: what to change, not only that it is wrong.
  const why = typeof value === "string" ? dateTimeFault(value) : undefined;
  return `must be an ISO 8601 ${form} (got ${got}${why === undefined ? "" : `: ${why}`})`;
}
