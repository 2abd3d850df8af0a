import { isCalendarDate } from "./calendar.js";

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
 * dateTimeFault("2023-07-32T08:15:00+01:00"); // => "2023-07-32 is not a real calendar date"
 * dateTimeFault("2023-11-08T10:00:00+25:00"); // => "+25:00 is no UTC offset: its hours run 00 to 23, its minutes 00 to 59"
 * ```
 */
export function dateTimeFault(text: string): string | undefined {
  const parts = /^(\d{4}-\d\d-\d\d)(.)(\d\d):(\d\d)(:(\d\d)(?:\.\d+)?)?(.*)$/s.exec(text);
  if (parts === null) return undefined;
  const [, day = "", separator, hour, minute, seconds, second, zone = ""] = parts;
  if (!isCalendarDate(day)) return `${day} is not a real calendar date`;
  if (separator !== "T") return `the date and the time are joined by ${JSON.stringify(separator)}, not T`;
  if (Number(hour) > 23) return `${hour} is no hour of a day: 24:00 is 00:00 of the next day`;
  if (Number(minute) > 59) return `${minute} is no minute of an hour (00 to 59)`;
  // 60 is a leap second, which the format allows.
  if (second !== undefined && Number(second) > 60) return `${second} is no second of a minute (00 to 59)`;
  if (/^[+-]\d:\d\d$/.test(zone)) return `the offset's hour has one digit: ${zone[0]}0${zone.slice(1)}`;
  // The offset before the seconds: ISO 8601 lets the checker do without seconds, never a mixed form.
  if (/^[+-]\d{4}$/.test(zone)) return `the offset is written without its colon (${zone.slice(0, 3)}:${zone.slice(3)})`;
  // An offset's hours and minutes bound as a time's do (RFC 3339's time-numoffset).
  if (/^[+-](?:2[4-9]|[3-9]\d):\d\d$|^[+-]\d\d:[6-9]\d$/.test(zone))
    return `${zone} is no UTC offset: its hours run 00 to 23, its minutes 00 to 59`;
  if (zone === "") return "the UTC offset is missing: add Z, or one such as +03:00";
  if (seconds === undefined) return "the seconds are missing";
  return undefined;
}
