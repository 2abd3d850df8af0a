import { DATE_TIME_FORMAT } from "../generated/patterns.js";
import { isCalendarDate, parseCalendarDate } from "./calendar.js";
import { dateTimeFault } from "./date-time-fault.js";
import { fail, type Failure } from "./relative-failure.js";

/*
 * The anchor a relative phrase is read against: a day as the schema's CalendarDate writes it
 * (YYYY-MM-DD: a phrase needs a day, not a month or year) or a date-time as the schema's DateTime
 * and the validators accept it (RFC 3339 with its UTC offset, second 60 refused as validate refuses
 * it). Its own calendar day is the anchor. A date-time without its offset is refused as the schema
 * refuses it: each reader would place it in a time zone of its own, and so, near midnight, on a
 * day of its own (a trial's anchors "2023-11-08T10:00", "…+25:00" and "…T24:00" were read).
 */

/** The day an anchor names, in the forms the resolvers need. */
export interface AnchorDay {
  /** Always true: the anchor names a day. */
  readonly ok: true;
  /** The day, `YYYY-MM-DD`. */
  readonly day: string;
  /** Its year as written (a year below 100 too). */
  readonly year: number;
  /** Its month, 1–12. */
  readonly month: number;
  /** Its day of the month, 1–31. */
  readonly date: number;
}

const EXPECTED = "a real calendar date (YYYY-MM-DD) or a date-time with its UTC offset, like 2023-11-08T10:00:00+00:00";

/**
 * The day an anchor names, or why it names none (reason `invalid-anchor`, the message naming what
 * was expected and what is wrong). Never throws.
 *
 * @example
 * ```ts
 * readAnchor("2023-11-08T09:00:00+03:00"); // => { ok: true, day: "2023-11-08", year: 2023, month: 11, date: 8 }
 * readAnchor("2023-11-08T10:00").ok; // => false: "… (got "2023-11-08T10:00": the UTC offset is missing: …)"
 * ```
 */
export function readAnchor(anchor: unknown): AnchorDay | Failure {
  // No type stops a JavaScript caller: a value that is no text is an answer, never a TypeError.
  if (typeof anchor !== "string")
    return fail("invalid-anchor", `the anchor must be ${EXPECTED}, as text (got ${typeof anchor})`);
  const fault = anchorFault(anchor);
  const parts = fault === undefined ? parseCalendarDate(anchor.slice(0, 10)) : undefined;
  if (!parts?.month || !parts.day)
    return fail(
      "invalid-anchor",
      `the anchor must be ${EXPECTED} (got ${JSON.stringify(anchor)}${fault ? `: ${fault}` : ""})`,
    );
  return { ok: true, day: anchor.slice(0, 10), year: parts.year, month: parts.month, date: parts.day };
}

/** What is wrong with an anchor: undefined when nothing, "" when it is no date or date-time at all. */
function anchorFault(anchor: string): string | undefined {
  if (/^\d{4}(?:-\d\d)?$/.test(anchor) && isCalendarDate(anchor))
    return "a month or year: a relative phrase is read against a day";
  if (/^\d{4}-\d\d-\d\d$/.test(anchor))
    return isCalendarDate(anchor) ? undefined : `${anchor} is not a real calendar date`;
  if (!DATE_TIME_FORMAT.test(anchor)) return dateTimeFault(anchor) ?? "";
  // The format leaves to the calendar whether the day exists (2023-02-30).
  if (!isCalendarDate(anchor.slice(0, 10))) return `${anchor.slice(0, 10)} is not a real calendar date`;
  // RFC 3339 allows second 60 (a leap second); validate refuses it, as JavaScript's Date cannot read it.
  if (Number.isNaN(Date.parse(anchor))) return "second 60 (a leap second) is not accepted, write :59";
  return undefined;
}
