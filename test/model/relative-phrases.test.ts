import { describe, expect, test } from "vitest";
import { precisionOf, readRelativeDate, validateDocument } from "../../src/index.js";
import { mutated } from "../helpers/fixtures.js";

/*
 * The phrases and anchors a user trial found missing (round 21): spelled-out counts, weeks, months
 * and years ago, the day before yesterday and after tomorrow, next week, month and year, weekends;
 * and anchors the schema refuses, which were read by their first ten characters.
 */

// Anchor: Wednesday 8 November 2023, the canonical article's estimated publication date.
const WEDNESDAY = "2023-11-08T12:00:00+00:00";

describe("readRelativeDate reads the phrases news copy writes (round 21)", () => {
  const cases: { phrase: string; anchor?: string; value: string }[] = [
    // ABC News (AP), Wednesday 3 January 2024, on the Noto earthquake of 1 January: "the dozens of
    // aftershocks that have followed a magnitude 7.6 temblor two days ago".
    { phrase: "two days ago", anchor: "2024-01-03", value: "2024-01-01" },
    // AP (Business Standard), Wednesday 23 September 2015, on the coup of 16 September in Burkina
    // Faso: "The two leaders had been arrested by members of the presidential guard a week ago."
    { phrase: "a week ago", anchor: "2015-09-23", value: "2015-09-16" },
    // The same day's report of the coup (celebcafe.org): "Elections were to have been held next
    // month" (on 11 October).
    { phrase: "next month", anchor: "2015-09-23", value: "2015-10" },
    // Reuters (jang.com.pk), Friday 14 June 2024: "World leaders will join Ukraine's President
    // Volodymyr Zelenskiy at a summit this weekend", the summit "scheduled for June 15-16".
    { phrase: "this weekend", anchor: "2024-06-14", value: "2024-06-15/2024-06-16" },
    // Counts spelled one to twelve, or "a"; days and weeks name a day, as "3 days ago" does.
    { phrase: "three days ago", value: "2023-11-05" },
    { phrase: "Twelve days ago", value: "2023-10-27" },
    { phrase: "a day ago", value: "2023-11-07" },
    { phrase: "two weeks ago", value: "2023-10-25" },
    { phrase: "3 weeks ago", value: "2023-10-18" },
    { phrase: "a fortnight ago", value: "2023-10-25" },
    { phrase: "one week ago", anchor: "2024-03-05", value: "2024-02-27" },
    // Months and years ago name a month and a year, as last month and last year do.
    { phrase: "a month ago", value: "2023-10" },
    { phrase: "three months ago", anchor: "2023-05-31", value: "2023-02" },
    { phrase: "eleven months ago", anchor: "2024-01-15", value: "2023-02" },
    { phrase: "13 months ago", anchor: "2024-01-15", value: "2022-12" },
    { phrase: "a year ago", value: "2022" },
    { phrase: "two years ago", value: "2021" },
    { phrase: "the day before yesterday", value: "2023-11-06" },
    { phrase: "the day after tomorrow", value: "2023-11-10" },
    { phrase: "the day before yesterday", anchor: "2024-03-01", value: "2024-02-28" },
    { phrase: "next month", anchor: "2023-12-20", value: "2024-01" },
    { phrase: "next year", value: "2024" },
    { phrase: "next week", value: "2023-11-13/2023-11-19" },
    // Weekends: Saturday and Sunday of the anchor's week (Monday to Sunday), the week before, after.
    { phrase: "this weekend", value: "2023-11-11/2023-11-12" },
    { phrase: "last weekend", value: "2023-11-04/2023-11-05" },
    { phrase: "next weekend", value: "2023-11-18/2023-11-19" },
    { phrase: "this weekend", anchor: "2023-11-12", value: "2023-11-11/2023-11-12" },
    { phrase: "last weekend", anchor: "2023-11-12", value: "2023-11-04/2023-11-05" },
    { phrase: "last weekend", anchor: "2023-11-13", value: "2023-11-11/2023-11-12" },
    { phrase: "next weekend", anchor: "2023-11-11", value: "2023-11-18/2023-11-19" },
    { phrase: "last weekend", anchor: "2024-01-02", value: "2023-12-30/2023-12-31" },
  ];
  test.each(cases)("$phrase (anchor $anchor) -> $value", ({ phrase, anchor = WEDNESDAY, value }) => {
    const result = readRelativeDate(phrase, anchor);
    expect(result.ok ? result.date : result).toEqual({
      text: phrase,
      value,
      precision: precisionOf(value),
      method: "relative",
      anchor: anchor.slice(0, 10),
    });
  });

  test.each([
    // Thirteen and beyond are written in digits in news copy; "an" goes before no unit counted.
    "thirteen days ago",
    "an week ago",
    "a weekend ago",
    "constructor days ago",
    "the weekend before yesterday",
  ])("%j is none of the understood forms", (phrase) => {
    expect(readRelativeDate(phrase, WEDNESDAY)).toMatchObject({ ok: false, reason: "not-understood" });
  });

  test("a count before the year 0000 names no date, and says so", () => {
    expect(readRelativeDate("a year ago", "0000-06-01")).toMatchObject({ ok: false, reason: "no-such-date" });
    expect(readRelativeDate("two months ago", "0000-01-15")).toMatchObject({ ok: false, reason: "no-such-date" });
  });
});

describe("readRelativeDate's anchor is what the schema accepts (round 21)", () => {
  const expected =
    /the anchor must be a real calendar date \(YYYY-MM-DD\) or a date-time with its UTC offset, like 2023-11-08T10:00:00\+00:00/;
  const refused: [string, RegExp][] = [
    // The trial's three: read by their first ten characters.
    ["2023-11-08T10:00", /"2023-11-08T10:00": the UTC offset is missing/],
    ["2023-11-08T10:00:00+25:00", /\+25:00 is no UTC offset/],
    ["2023-11-08T24:00:00Z", /24 is no hour of a day/],
    ["2023-11-08T24:00", /24 is no hour of a day/],
    ["2023-11-08T10:00:00", /the UTC offset is missing/],
    ["2023-11-08T10:00Z", /the seconds are missing/],
    ["2023-11-08 10:00:00Z", /joined by " ", not T/],
    ["2023-11-08T10:00:00+0300", /without its colon/],
    ["2023-02-30T10:00:00Z", /2023-02-30 is not a real calendar date/],
    ["2016-12-31T23:59:60Z", /second 60 \(a leap second\)/],
    ["2023-11-08garbage", /got "2023-11-08garbage"\)$/],
    ["2023-11-08T", /got "2023-11-08T"\)$/],
    ["2023-11", /a month or year: a relative phrase is read against a day/],
    ["2023", /a month or year/],
    ["2023-02-30", /2023-02-30 is not a real calendar date/],
  ];
  test.each(refused)("%j is refused, the message naming what was expected", (anchor, why) => {
    const result = readRelativeDate("yesterday", anchor);
    expect(result).toMatchObject({ ok: false, reason: "invalid-anchor" });
    expect(result.ok ? "" : result.message).toMatch(expected);
    expect(result.ok ? "" : result.message).toMatch(why);
  });

  test.each([
    ["2023-11-08", "2023-11-07"],
    ["2023-11-08T10:00:00Z", "2023-11-07"],
    ["2023-11-08t10:00:00z", "2023-11-07"],
    ["2023-11-08T10:00:00.125-05:00", "2023-11-07"],
    ["2023-11-08T23:59:59+14:00", "2023-11-07"],
  ])("%j is an anchor: yesterday is %s", (anchor, value) => {
    const result = readRelativeDate("yesterday", anchor);
    expect(result.ok ? result.date.value : result).toBe(value);
  });

  // The same answer as the validator's for a document's published date-time, for date-times.
  test.each([
    "2023-11-08T10:00:00+00:00",
    "2023-11-08T10:00:00.5Z",
    "2023-11-08T10:00",
    "2023-11-08T10:00:00+25:00",
    "2023-11-08T10:00:00+23:59",
    "2023-11-08T24:00:00Z",
    "2023-11-08T10:60:00Z",
    "2016-12-31T23:59:60Z",
    "2023-11-31T10:00:00Z",
  ])("%j: an anchor exactly when validate accepts it as published", (anchor) => {
    const doc = mutated((d) => {
      d.published = anchor;
      delete d.modified;
    });
    const published = validateDocument(doc);
    const publishedOk = published.ok || !published.issues.some((i) => i.pointer === "/published");
    expect(readRelativeDate("today", anchor).ok).toBe(publishedOk);
  });
});
