import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dateBounds, isCalendarDate, parseCalendarDate, precisionOf, resolveRelativeDate } from "../../src/index.js";
import { dayNumberOf, formatDayNumber } from "../../src/model/calendar.js";

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
    // "this" names a day of the anchor's week, Monday to Sunday, before or after the anchor.
    { phrase: "this Monday", value: "2023-11-06" },
    { phrase: "this Wednesday", value: "2023-11-08" },
    { phrase: "this Friday", value: "2023-11-10" },
    { phrase: "this Sunday", value: "2023-11-12" },
    { phrase: "this Friday", value: "2023-11-10", anchor: "2023-11-09" },
    { phrase: "this Monday", value: "2023-11-13", anchor: "2023-11-13" },
    { phrase: "this Sunday", value: "2023-11-19", anchor: "2023-11-13" },
    { phrase: "this Saturday", value: "2023-11-11", anchor: "2023-11-12" },
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
    // Years below 100 (Date.UTC reads them as 19xx) and at the ends of EDTF's 0000-9999 (found by a trial).
    { phrase: "yesterday", value: "0050-02-28", anchor: "0050-03-01" },
    { phrase: "last Tuesday", value: "0099-06-09", anchor: "0099-06-10" },
    { phrase: "last month", value: "0050-02", anchor: "0050-03-01" },
    { phrase: "last year", value: "0000", anchor: "0001-05-05" },
    { phrase: "earlier this year", value: "0050-01-01/0050-03-01", anchor: "0050-03-01" },
    { phrase: "26 July", value: "0050-07-26", anchor: "0050-07-31" },
    { phrase: "yesterday", value: undefined, anchor: "0000-01-01" },
    { phrase: "tomorrow", value: undefined, anchor: "9999-12-31" },
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

describe("dayNumberOf: the order checks' allocation-free day numbers", () => {
  const cases: [string, number, number][] = [
    ["2023", 20230101, 20231231],
    ["2024-02", 20240201, 20240229],
    ["2023-02", 20230201, 20230228],
    ["2023-11-07", 20231107, 20231107],
    ["0050-03", 500301, 500331],
    ["2022/2023-06", 20220101, 20230630],
    ["2023-01-01/2023-11-08", 20230101, 20231108],
  ];
  for (const [value, first, last] of cases) {
    test(`${value}: ${first}..${last}`, () => {
      expect(dayNumberOf(value, false)).toBe(first);
      expect(dayNumberOf(value, true)).toBe(last);
      expect(dateBounds(value)).toEqual({ earliest: formatDayNumber(first), latest: formatDayNumber(last) });
    });
  }
  for (const value of [
    "2023-02-30",
    "2023-13",
    "2023-00",
    "23-01-01",
    "2023-1-01",
    "2023/2023-02-30",
    "2023-02-30/2024",
    "",
    "abcd",
    "2023-11-07T10:00",
  ]) {
    test(`${JSON.stringify(value)} has no day number (NaN compares false)`, () => {
      expect(dayNumberOf(value, false)).toBeNaN();
      expect(dayNumberOf(value, true)).toBeNaN();
    });
  }

  test("numbers order as the calendar dates do, and agree with isCalendarDate and parseCalendarDate", () => {
    const day = fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([y, m, d, parts]) =>
        [String(y).padStart(4, "0"), String(m).padStart(2, "0"), String(d).padStart(2, "0")].slice(0, parts).join("-"),
      );
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(Number.isNaN(dayNumberOf(a, false))).toBe(!isCalendarDate(a));
        expect(Number.isNaN(dayNumberOf(a, false))).toBe(parseCalendarDate(a) === undefined);
        const [ba, bb] = [dateBounds(a), dateBounds(b)];
        if (ba && bb) {
          expect(dayNumberOf(a, false) < dayNumberOf(b, true)).toBe(ba.earliest < bb.latest);
          expect(formatDayNumber(dayNumberOf(a, true))).toBe(ba.latest);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
