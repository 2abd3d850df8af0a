import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { checkJsonLd } from "../../src/check/index.js";
import { dateShape, namesNoRealDate, type DateShape } from "../../src/check/dates.js";

// How the checker reads a schema.org Date or DateTime: the form Google's rules care about, and
// whether the day and time exist (a value in the right form can still name 30 February).
const cases: [string, DateShape, boolean][] = [
  ["2023-11-08T09:00:00+00:00", "date-time-with-offset", false],
  ["2023-11-08T09:00:00.123Z", "date-time-with-offset", false],
  ["2023-11-08t09:00z", "date-time-with-offset", false],
  ["2023-11-08T09:00", "date-time-without-offset", false],
  ["2024-02-29T23:59:59-05:00", "date-time-with-offset", false],
  ["2016-12-31T23:59:60Z", "date-time-with-offset", false],
  ["2023-11-08T24:00:00+01:00", "date-time-with-offset", false],
  ["2023-11-08", "date", false],
  ["2023-11", "date", false],
  ["2023", "date", false],
  ["2024-13-45T09:00:00+00:00", "invalid", true],
  ["2023-02-29T09:00:00+00:00", "invalid", true],
  ["2023-11-08T25:00:00+00:00", "invalid", true],
  ["2023-11-08T09:61:00+00:00", "invalid", true],
  ["2023-11-08T09:00:61+00:00", "invalid", true],
  ["2023-11-08T24:00:01+00:00", "invalid", true],
  ["2023-11-08T24:00:00.5Z", "invalid", true],
  ["2023-11-08T09:00:00+24:00", "invalid", true],
  ["2023-11-08T09:00:00+05:60", "invalid", true],
  ["2023-00-08", "invalid", true],
  ["2023-13", "invalid", true],
  ["2023-04-31", "invalid", true],
  ["yesterday", "invalid", false],
  ["08/11/2023", "invalid", false],
  ["2023-11-08 09:00", "invalid", false],
];

describe("dateShape and namesNoRealDate", () => {
  test.each(cases)("%s is %s (names no real date: %s)", (value, shape, unreal) => {
    expect(dateShape(value)).toBe(shape);
    expect(namesNoRealDate(value)).toBe(unreal);
  });

  test("a date-time with an offset is valid exactly when JavaScript reads the same instant from it (hours 0-23, seconds 0-59)", () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2099 }),
        two(13),
        two(32),
        two(23),
        two(61),
        two(59),
        (year, month, day, hour, minute, second) => {
          const text = `${year}-${month}-${day}T${hour}:${minute}:${second}Z`;
          const parsed = new Date(text);
          // JavaScript's Date rolls 30 February over to March: a real date-time reads back as written.
          const real = !Number.isNaN(parsed.getTime()) && parsed.toISOString() === `${text.slice(0, -1)}.000Z`;
          expect(dateShape(text) === "date-time-with-offset").toBe(real);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("the checker's findings say why: a form, or a day that does not exist", () => {
    const article = (datePublished: string) =>
      checkJsonLd({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "x", datePublished });
    expect(article("2024-13-45T09:00:00+00:00").errors).toContainEqual(
      expect.objectContaining({
        rule: "google/date-format",
        pointer: "/datePublished",
        message: 'names a day or time that does not exist (got "2024-13-45T09:00:00+00:00")',
      }),
    );
    expect(article("yesterday").errors).toContainEqual(
      expect.objectContaining({
        rule: "google/date-format",
        message: 'must be an ISO 8601 date-time (got "yesterday")',
      }),
    );
    // Found by a trial of the packed package: Drupal's default date format, said what to change.
    expect(article("2024-05-21T18:42:07+0200").errors).toContainEqual(
      expect.objectContaining({
        rule: "google/date-format",
        message:
          'must be an ISO 8601 date-time (got "2024-05-21T18:42:07+0200": the offset is written without its colon (+02:00))',
      }),
    );
    expect(article("2023-11-08T09:00:00+00:00").errors.filter((f) => f.rule === "google/date-format")).toEqual([]);
    const event = checkJsonLd({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Talks",
      startDate: "2023-02-30",
    });
    expect(event.errors).toContainEqual(
      expect.objectContaining({
        rule: "event/date-format",
        pointer: "/startDate",
        message: 'names a day or time that does not exist (got "2023-02-30")',
      }),
    );
  });
});
