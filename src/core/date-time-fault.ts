/**
 * What keeps a date-time the validator's format (or the checker's Google rule) refused from
 * being `YYYY-MM-DDTHH:MM:SS` with a UTC offset (`Z`, `+03:00`), in words, for the message beside
 * the example; undefined when it names none of these. "must be a date-time with a UTC offset" alone, for `2024-01-01T10:00Z`, which has
 * one, sent a trial of the packed package looking for what was wrong.
 *
 * @example
 * ```ts
 * dateTimeFault("2024-01-01T10:00Z"); // => "the seconds are missing"
 * dateTimeFault("2024-01-01T10:00:00"); // => "the UTC offset is missing: add Z, or one such as +03:00"
 * ```
 */
export function dateTimeFault(text: string): string | undefined {
  const parts = /^\d{4}-\d\d-\d\d(.)(\d\d):\d\d(:\d\d(?:\.\d+)?)?(.*)$/s.exec(text);
  if (parts === null) return undefined;
  const [, separator, hour, seconds, zone = ""] = parts;
  if (separator !== "T") return `the date and the time are joined by ${JSON.stringify(separator)}, not T`;
  if (Number(hour) > 23) return `${hour} is no hour of a day: 24:00 is 00:00 of the next day`;
  // The offset before the seconds: ISO 8601 lets the checker do without seconds, never a mixed form.
  if (/^[+-]\d{4}$/.test(zone)) return `the offset is written without its colon (${zone.slice(0, 3)}:${zone.slice(3)})`;
  if (zone === "") return "the UTC offset is missing: add Z, or one such as +03:00";
  if (seconds === undefined) return "the seconds are missing";
  return undefined;
}
