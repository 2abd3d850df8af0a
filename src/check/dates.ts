const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** How a schema.org Date/DateTime value is written. */
export type DateShape = "date-time-with-offset" | "date-time-without-offset" | "date" | "invalid";

/** Classifies an ISO 8601 date or date-time the way Google's rules care about. */
export function dateShape(value: unknown): DateShape {
  if (typeof value !== "string") return "invalid";
  const m = DATE_TIME.exec(value);
  if (m) return m[7] === undefined ? "date-time-without-offset" : "date-time-with-offset";
  return DATE.test(value) ? "date" : "invalid";
}
