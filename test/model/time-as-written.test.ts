import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dateBounds, readRelativeDate, resolveRelativeDate, type RelativeDateReason } from "../../src/index.js";
import { addDuration, dayNumberOf, shiftDay } from "../../src/model/calendar.js";

describe("readRelativeDate says why a phrase gives no date", () => {
  const anchor = "2023-11-08T12:00:00+00:00";
  const cases: [string, string, RelativeDateReason, RegExp][] = [
    ["yesterday", "2023-02-30", "invalid-anchor", /anchor must be a real calendar date.*2023-02-30/],
    ["   ", anchor, "empty-phrase", /blank/],
    ["26 July 2023", anchor, "has-year", /explicit date/],
    ["around dawn", anchor, "time-of-day", /time of day.*partOfDay/],
    ["shortly after 3 a.m.", anchor, "time-of-day", /time of day/],
    ["31 June", "2024-06-20", "no-such-date", /does not exist \(june 31\)/],
    ["29 February", "2023-03-05", "no-such-date", /does not exist/],
    ["19–18 June", "2024-06-20", "no-such-date", /ends before it begins \(19–18\)/],
    ["Tuesday, 26 July", "2023-07-31", "weekday-mismatch", /says tuesday, but 2023-07-26 .* is a wednesday/],
    ["in the spring", anchor, "not-understood", /none of the understood forms/],
    ["constructor", anchor, "not-understood", /none of the understood forms/],
  ];
  test.each(cases)("%j (anchor %s): %s", (phrase, at, reason, words) => {
    const result = readRelativeDate(phrase, at);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? "" : result.message).toMatch(words);
    // The old signature keeps its answer.
    expect(resolveRelativeDate(phrase, at)).toBeUndefined();
  });

  test("a phrase it understands gives the same date as resolveRelativeDate", () => {
    expect(readRelativeDate("this Tuesday", anchor)).toEqual({
      ok: true,
      date: resolveRelativeDate("this Tuesday", anchor),
    });
  });

  test("never throws, and answers ok exactly when resolveRelativeDate gives a date", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(anchor, "2024-02-29", "x"), (phrase, at) => {
        const result = readRelativeDate(phrase, at);
        expect(result.ok).toBe(resolveRelativeDate(phrase, at) !== undefined);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("open bounds and durations", () => {
  test.each([
    ["../2024-03-01", false, -Infinity],
    ["../2024-03-01", true, 20240301],
    ["2024-03/..", false, 20240301],
    ["2024-03/..", true, Infinity],
    ["../..", false, Number.NaN],
    ["../2023-02-30", true, Number.NaN],
  ])("dayNumberOf(%s, %s) = %s", (value, last, day) => {
    expect(dayNumberOf(value, last)).toBe(day);
  });

  test("an open interval has no first or last day to bound", () => {
    expect(dateBounds("../2024-03-01")).toBeUndefined();
    expect(dateBounds("2024-01/2024-03")).toEqual({ earliest: "2024-01-01", latest: "2024-03-31" });
  });

  test.each([
    [20230730, "PT48H", 20230801],
    [20230730, "P7D", 20230806],
    [20230730, "P1W", 20230806],
    [20240131, "P1M", 20240229],
    [20231231, "PT23H59M", 20231231],
    [20231215, "P1Y1M", 20250115],
    [Infinity, "P1D", undefined],
  ])("addDuration(%s, %s) = %s", (day, duration, end) => {
    expect(addDuration(day, duration)).toBe(end);
  });

  test("shiftDay crosses months and years", () => {
    expect(shiftDay(20231231, 1)).toBe(20240101);
    expect(shiftDay(20240301, -1)).toBe(20240229);
  });
});
