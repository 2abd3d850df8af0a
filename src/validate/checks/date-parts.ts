import type { FuzzyDate } from "../../generated/types.js";
import { dayNumberOf, isCalendarDate } from "../../model/calendar.js";

/**
 * True when checks/dates.ts's `checkFuzzyDateValue` would report nothing about a date, given its
 * fields as already read: the generated fast path (src/generated/fast-path.js) gives them as its
 * own read found them, `fuzzyValueHolds` reads them for the other paths. A date with a qualifier is
 * left to the full check (false), which answers it exactly.
 *
 * @example
 * ```ts
 * fuzzyPartsHold("2023-11-07", "day", "explicit", undefined, undefined, undefined, undefined); // => true
 * ```
 */
export function fuzzyPartsHold(
  value: string,
  precision: FuzzyDate["precision"],
  method: FuzzyDate["method"],
  anchor: string | undefined,
  time: string | undefined,
  partOfDay: FuzzyDate["partOfDay"],
  qualifier: FuzzyDate["qualifier"],
): boolean {
  if (qualifier !== undefined) return false;
  if (precision === "interval") {
    const first = dayNumberOf(value, false);
    const last = dayNumberOf(value, true);
    // NaN: a part is not a real date (or both ends are open): the full check says which.
    if (value.indexOf("/") === -1 || Number.isNaN(first) || Number.isNaN(last) || last < first) return false;
  } else if (
    // A real calendar date is YYYY, YYYY-MM or YYYY-MM-DD: its length says its precision, as
    // precisionOf would (read first: a length is cheaper than the date).
    precision !== (value.length === 4 ? "year" : value.length === 7 ? "month" : "day") ||
    !isCalendarDate(value)
  )
    return false;
  if (anchor === undefined ? method === "relative" : !isCalendarDate(anchor)) return false;
  return (time === undefined && partOfDay === undefined) || precision === "day";
}
