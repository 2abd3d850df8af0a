import { describe, expect, test } from "vitest";
import { dateBounds, isCalendarDate, parseCalendarDate, precisionOf, resolveRelativeDate } from "../../src/index.js";

describe("resolveRelativeDate", () => {
  // Anchor: Wednesday 8 November 2023, the canonical article's estimated publication date.
  const anchor = "2023-11-08T12:00:00+00:00";
  const cases: { phrase: string; value: string | undefined; anchor?: string }[] = [
    { phrase: "this Tuesday", value: "2023-11-07" },
    { phrase: "Just this Tuesday", value: "2023-11-07" },
    { phrase: "on Tuesday", value: "2023-11-07" },
    { phrase: "Tuesday", value: "2023-11-07" },
    { phrase: "Wednesday", value: "2023-11-08" },
    { phrase: "Thursday", value: "2023-11-02" },
    { phrase: "last Wednesday", value: "2023-11-01" },
    { phrase: "last Tuesday", value: "2023-11-07" },
    { phrase: "next Monday", value: "2023-11-13" },
    { phrase: "next Wednesday", value: "2023-11-15" },
    { phrase: "today", value: "2023-11-08" },
    { phrase: "yesterday", value: "2023-11-07" },
    { phrase: "tomorrow", value: "2023-11-09" },
    { phrase: "3 days ago", value: "2023-11-05" },
    { phrase: "this month", value: "2023-11" },
    { phrase: "last month", value: "2023-10" },
    { phrase: "earlier this month", value: "2023-11-01/2023-11-08" },
    { phrase: "earlier this year", value: "2023-01-01/2023-11-08" },
    { phrase: "this year", value: "2023" },
    { phrase: "last year", value: "2022" },
    { phrase: "last week", value: "2023-10-30/2023-11-05" },
    { phrase: "this week", value: "2023-11-06/2023-11-08" },
    { phrase: "last month", value: "2022-12", anchor: "2023-01-15" },
    { phrase: "yesterday", value: "2024-02-29", anchor: "2024-03-01" },
    // Day and month without a year: the phrases real reports use (issue 12).
    { phrase: "26 July", value: "2023-07-26", anchor: "2023-07-31" },
    { phrase: "Wednesday, 26 July", value: "2023-07-26", anchor: "2023-07-31" },
    { phrase: "on Wednesday, 26 July", value: "2023-07-26", anchor: "2023-07-31" },
    { phrase: "Monday, 4 September", value: "2023-09-04", anchor: "2023-09-05" },
    { phrase: "July 26", value: "2023-07-26", anchor: "2023-07-31" },
    { phrase: "18–19 June", value: "2024-06-18/2024-06-19", anchor: "2024-06-20" },
    { phrase: "June 18-19", value: "2024-06-18/2024-06-19", anchor: "2024-06-20" },
    { phrase: "30 December", value: "2023-12-30", anchor: "2024-01-02" },
    { phrase: "2 January", value: "2024-01-02", anchor: "2023-12-30" },
    { phrase: "29 February", value: "2024-02-29", anchor: "2024-03-05" },
    { phrase: "29 February", value: undefined, anchor: "2023-03-05" },
    { phrase: "Tuesday, 26 July", value: undefined, anchor: "2023-07-31" },
    { phrase: "19–18 June", value: undefined, anchor: "2024-06-20" },
    { phrase: "31 June", value: undefined, anchor: "2024-06-20" },
    { phrase: "the day before", value: "2024-06-25", anchor: "2024-06-26" },
    { phrase: "the previous day", value: "2024-06-25", anchor: "2024-06-26" },
    { phrase: "the day after", value: "2024-06-27", anchor: "2024-06-26" },
    { phrase: "the next day", value: "2024-03-01", anchor: "2024-02-29" },
    { phrase: "in the spring", value: undefined },
    { phrase: "yesterday", value: undefined, anchor: "2023-02-30" },
  ];
  for (const c of cases) {
    test(`${c.phrase} (anchor ${c.anchor ?? anchor}) -> ${c.value ?? "not understood"}`, () => {
      const resolved = resolveRelativeDate(c.phrase, c.anchor ?? anchor);
      expect(resolved?.value).toBe(c.value);
      if (resolved) {
        expect(resolved.text).toBe(c.phrase);
        expect(resolved.method).toBe("relative");
        expect(resolved.anchor).toBe((c.anchor ?? anchor).slice(0, 10));
        expect(resolved.precision).toBe(precisionOf(resolved.value));
      }
    });
  }

  test("uses the anchor's own calendar date whatever the machine's time zone", () => {
    // 23:30 at UTC-05:00 is already the next day in UTC; the article's date is the local one.
    expect(resolveRelativeDate("today", "2023-11-07T23:30:00-05:00")?.value).toBe("2023-11-07");
  });
});

describe("parseCalendarDate", () => {
  const cases: [string, ReturnType<typeof parseCalendarDate>][] = [
    ["2023", { year: 2023 }],
    ["2022-10", { year: 2022, month: 10 }],
    ["2023-11-07", { year: 2023, month: 11, day: 7 }],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["2023-02-29", undefined],
    ["2023-02-30", undefined],
    ["2023-04-31", undefined],
    ["2023-13", undefined],
    ["2023-00", undefined],
    ["1900-02-29", undefined],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["23-11-07", undefined],
    ["2023/11/07", undefined],
    ["2023-1-07", undefined],
    ["２０２３", undefined],
    ["2023-11-07T10:00:00Z", undefined],
  ];
  for (const [text, expected] of cases) {
    test(`${text} -> ${JSON.stringify(expected)}`, () => {
      expect(parseCalendarDate(text)).toEqual(expected);
      expect(isCalendarDate(text)).toBe(expected !== undefined);
    });
  }
});

describe("dateBounds and precisionOf", () => {
  const cases: [string, string, string, string][] = [
    ["2022-10", "month", "2022-10-01", "2022-10-31"],
    ["2024-02", "month", "2024-02-01", "2024-02-29"],
    ["2023", "year", "2023-01-01", "2023-12-31"],
    ["2023-11-07", "day", "2023-11-07", "2023-11-07"],
    ["2023-01-01/2023-11-08", "interval", "2023-01-01", "2023-11-08"],
    ["2022/2023-06", "interval", "2022-01-01", "2023-06-30"],
  ];
  for (const [value, precision, earliest, latest] of cases) {
    test(`${value}: ${precision}, ${earliest}..${latest}`, () => {
      expect(precisionOf(value)).toBe(precision);
      expect(dateBounds(value)).toEqual({ earliest, latest });
    });
  }
  test("an impossible date has no bounds", () => expect(dateBounds("2023-02-30")).toBeUndefined());
});
