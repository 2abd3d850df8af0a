import type { FuzzyDate } from "../../generated/types.js";
import { fuzzyPartsHold } from "./date-parts.js";
import { dayNumberOf, isCalendarDate, precisionOf } from "../../model/calendar.js";
import type { AddIssue, DocumentContext, Path } from "./context.js";
import { unrealDate } from "./unreal-date.js";
import { checkEvidenceList, spansHold } from "./evidence.js";
import { checkRef, MOMENT, refHolds } from "./references.js";

/*
 * Dates: each is a real calendar date (or a date-time consumers can read), in order where two
 * bound one span, at the precision its shape implies.
 */

/**
 * The article's own dates: readable, and `modified` not before `published`.
 *
 * @example
 * ```ts
 * checkPublicationDates(context); // "date-order" at /modified when it is before published
 * ```
 */
export function checkPublicationDates(context: DocumentContext): void {
  const { published, modified } = context.doc;
  // The date-time format checks the shape; whether the day exists is a calendar question.
  const publishedReadable = checkDateTime(context, published, PUBLISHED);
  const readable = checkDateTime(context, modified, MODIFIED) && publishedReadable;
  if (readable && modified !== undefined && context.time(modified) < context.time(published)) {
    context.add("date-order", ["modified"], `must not be before published (${published}; got ${modified})`);
  }
}

/**
 * Whether a date-time (if any) is one consumers can read; says why not.
 *
 * @example
 * ```ts
 * checkDateTime(context, "2023-02-30T10:00:00Z", ["published"]); // => false, "invalid-date" at /published
 * ```
 */
export function checkDateTime(context: DocumentContext, value: string | undefined, path: Path): boolean {
  if (value === undefined) return true;
  if (!isCalendarDate(value.slice(0, 10))) context.add("invalid-date", path, ...unrealDate(value));
  // RFC 3339 allows second 60 (a leap second); JavaScript's Date, and so most consumers of the
  // JSON-LD, cannot read it, and an unreadable date would also escape the order checks.
  else if (Number.isNaN(context.time(value)))
    context.add(
      "invalid-date",
      path,
      `is not a date-time consumers can read: second 60 (a leap second) is not accepted, write :59 (got "${value}")`,
      { got: value },
    );
  else return true;
  return false;
}

const PUBLISHED: Path = ["published"];
const MODIFIED: Path = ["modified"];

/**
 * `isCalendarDate` of a value the schema has matched with CalendarDate's pattern (YYYY, YYYY-MM, or
 * YYYY-MM-DD with a month 01–12 and a day 01–31): only a day after the 28th can be unreal, so only
 * such a day is parsed.
 *
 * @example
 * ```ts
 * isRealSchemaDate("2023-02-30"); // => false
 * ```
 */
export function isRealSchemaDate(value: string): boolean {
  if (value.length !== 10) return true;
  const tens = value.charCodeAt(8);
  return tens < 50 || (tens === 50 && value.charCodeAt(9) < 57) || isCalendarDate(value);
}

/**
 * A calendar date (if any) that exists.
 *
 * @example
 * ```ts
 * checkCalendarDate(context, "2023-02-30", ["sources", 0, "published"]); // "invalid-date"
 * ```
 */
export function checkCalendarDate(context: DocumentContext, value: string | undefined, path: Path): void {
  if (value !== undefined && !isCalendarDate(value)) context.add("invalid-date", path, ...unrealDate(value));
}

/**
 * An end (if both are given) not before its start, at day precision or coarser.
 *
 * @example
 * ```ts
 * checkOrder(context, "2020", "2019-05", ["entities", 0, "positions", 0, "end"], "start"); // "date-order"
 * ```
 */
export function checkOrder(
  context: DocumentContext,
  start: string | undefined,
  end: string | undefined,
  path: Path,
  startName: string,
): void {
  if (start === undefined || end === undefined) return;
  if (isOutOfOrder(start, end))
    context.add("date-order", path, `must not be before ${startName} (${start}; got ${end})`);
}

/**
 * True when `end` is before `start`, at day precision or coarser.
 *
 * @example
 * ```ts
 * isOutOfOrder("2020", "2019-05"); // => true
 * ```
 */
export function isOutOfOrder(start: string, end: string): boolean {
  return dayNumberOf(end, true) < dayNumberOf(start, false);
}

/**
 * A fuzzy date (if any) in a document at `parent` + `keys`: its value, what it is relative to,
 * and its evidence. Most dates are right: they are first checked without a path (the value by
 * {@link fuzzyValueHolds}, the reference and the spans tested in place), and only a wrong one is checked
 * again at its path, with every issue in the usual order.
 *
 * @example
 * ```ts
 * checkFuzzyDate(context, event.date, ["events", 0], "date");
 * ```
 */
export function checkFuzzyDate(
  context: DocumentContext,
  date: FuzzyDate | undefined,
  parent: Path,
  a?: string | number,
  b?: string | number,
  c?: string | number,
): void {
  if (!date || fuzzyDateHolds(context, date)) return;
  const path = parent.slice();
  for (const key of [a, b, c]) if (key !== undefined) path.push(key);
  checkFuzzyDateValue(date, path, context.add);
  if (date.relativeTo) checkRef(context, date.relativeTo.target, MOMENT, path.concat("relativeTo"), "target");
  checkEvidenceList(context, date.evidence, path, "evidence");
}

/**
 * True when {@link checkFuzzyDateValue} would report nothing, answered in place (no closure, no
 * slice, no path): a real date, or an interval of real dates (an end may be open) in order, at the
 * precision its shape implies, an anchor where one is needed and real, a clock time or part of day
 * only on a day. A date with a qualifier is left to the full check (it returns false), which
 * answers it exactly.
 */
function fuzzyValueHolds(date: FuzzyDate): boolean {
  return fuzzyPartsHold(
    date.value,
    date.precision,
    date.method,
    date.anchor,
    date.time,
    date.partOfDay,
    date.qualifier,
  );
}

/** Set by {@link PROBE}: whether a probing run of a check found anything. */
let probed = false;
/** An issue sink that only notes that there was one: a check run with it builds no message and no path of its own. */
const PROBE: AddIssue = () => {
  probed = true;
};
const NOWHERE: Path = [];

/**
 * True when a standalone event's date has nothing to report: {@link fuzzyValueHolds}, else a
 * probing run of the full check.
 */
export function fuzzyDateValueHolds(date: FuzzyDate): boolean {
  if (fuzzyValueHolds(date)) return true;
  probed = false;
  checkFuzzyDateValue(date, NOWHERE, PROBE);
  return !probed;
}

/**
 * True when {@link checkFuzzyDate} would report nothing about the date: its value, what it is
 * relative to and its evidence, tested in place.
 *
 * @example
 * ```ts
 * fuzzyDateHolds(context, { value: "2023-11-07", precision: "day", method: "explicit", text: "7 November" }); // => true
 * ```
 */
export function fuzzyDateHolds(context: DocumentContext, date: FuzzyDate): boolean {
  return (
    fuzzyDateValueHolds(date) &&
    (!date.relativeTo || refHolds(context, date.relativeTo.target, MOMENT)) &&
    spansHold(context, date.evidence)
  );
}

/**
 * The value of a fuzzy date: real calendar dates (one end of an interval may be open, `..`), in
 * order for an interval, the precision its shape implies, an anchor when resolved from a relative
 * phrase, and a clock time, part of day and qualifier that fit the value. Paths are built only for
 * issues: this runs for every date of every validated event.
 *
 * @example
 * ```ts
 * checkFuzzyDateValue({ value: "2023-07", precision: "day" }, ["date"], add); // "precision-mismatch" at /date/precision
 * ```
 */
export function checkFuzzyDateValue(date: FuzzyDate, path: Path, add: AddIssue): void {
  const slash = date.value.indexOf("/");
  const start = slash === -1 ? date.value : date.value.slice(0, slash);
  const end = slash === -1 ? undefined : date.value.slice(slash + 1);
  const real = (part: string) => part === ".." || isCalendarDate(part);
  if (!real(start) || (end !== undefined && !real(end)) || (start === ".." && end === undefined)) {
    add("invalid-date", path.concat("value"), ...unrealDate(date.value));
    return;
  }
  const precision = precisionOf(date.value);
  if (precision !== date.precision) {
    add(
      "precision-mismatch",
      path.concat("precision"),
      `must be ${precision} for value "${date.value}" (got "${date.precision}")`,
    );
  }
  if (end !== undefined) {
    if (dayNumberOf(end, true) < dayNumberOf(start, false))
      add("date-order", path.concat("value"), `must not be before the interval's start (${start}; got ${end})`);
  }
  if (date.method === "relative" && date.anchor === undefined) {
    add(
      "missing-anchor",
      path.concat("anchor"),
      "is required when method is relative: the date the phrase was resolved against",
    );
  }
  if (date.anchor !== undefined && !isCalendarDate(date.anchor)) {
    add("invalid-date", path.concat("anchor"), ...unrealDate(date.anchor));
  }
  checkTimeOfDay(date, precision, path, add);
}

/** A clock time or part of day only on a day; a qualifier that has something to qualify. */
function checkTimeOfDay(date: FuzzyDate, precision: FuzzyDate["precision"], path: Path, add: AddIssue): void {
  if (date.time !== undefined && precision !== "day")
    add("inconsistent", path.concat("time"), `needs a date with precision day (got "${date.value}")`);
  if (date.partOfDay !== undefined && precision !== "day")
    add("inconsistent", path.concat("partOfDay"), `needs a date with precision day (got "${date.value}")`);
  const { qualifier } = date;
  if (qualifier === undefined) return;
  const shortly = qualifier === "shortly-before" || qualifier === "shortly-after";
  if (shortly && date.time === undefined && date.partOfDay === undefined)
    add(
      "inconsistent",
      path.concat("qualifier"),
      `is ${qualifier}, which qualifies a clock time or part of the day: give time or partOfDay, or state the date relativeTo the event it is ${qualifier.slice(8)}`,
    );
  else if (!shortly && qualifier !== "about" && date.time !== undefined)
    add(
      "inconsistent",
      path.concat("qualifier"),
      `is ${qualifier}, which qualifies a day, month or year, not a clock time (${date.time}): say about, shortly-before or shortly-after`,
    );
  else if (precision === "interval")
    add(
      "inconsistent",
      path.concat("qualifier"),
      `qualifies a single date, not an interval ("${date.value}"): an open end (../ or /..) says "by" or "since"`,
    );
}
