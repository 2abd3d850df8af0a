import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { FuzzyDate } from "../../src/generated/types.js";
import { fuzzyPartsHold } from "../../src/validate/checks/date-parts.js";
import { repoPath } from "../helpers/fixtures.js";

// The one pass (scripts/generate/fast-path.mjs, FAST_PATH) leaves a date's value and anchor
// patterns to the date hook, fuzzyPartsHold, which parses both anyway: each value is then read
// once. That is sound only while the hook refuses every value and anchor the schema's patterns
// refuse. The patterns are read here from the published schema, so a change to either side that
// breaks the implication fails this test.

const defs = JSON.parse(readFileSync(repoPath("schemas/defs.json"), "utf8")) as {
  $defs: { FuzzyDate: { properties: { value: { pattern: string } } }; CalendarDate: { pattern: string } };
};
const VALUE = new RegExp(defs.$defs.FuzzyDate.properties.value.pattern, "u");
const CALENDAR = new RegExp(defs.$defs.CalendarDate.pattern, "u");

const PRECISIONS: FuzzyDate["precision"][] = ["day", "month", "year", "interval"];
const METHODS: FuzzyDate["method"][] = ["explicit", "relative", "source", "inferred"];

/** Digits of a date, some out of range, and the dates they make: the strings a pattern tells apart. */
const part = (min: number, max: number, width: number) =>
  fc.integer({ min, max }).map((n) => String(n).padStart(width, "0"));
const calendarLike = fc.oneof(
  part(0, 9999, 4),
  fc.tuple(part(0, 9999, 4), part(0, 19, 2)).map(([y, m]) => `${y}-${m}`),
  fc.tuple(part(0, 9999, 4), part(0, 19, 2), part(0, 39, 2)).map(([y, m, d]) => `${y}-${m}-${d}`),
);
/** A date-like text with one character changed, inserted or removed, from the alphabet that matters. */
const mangled = fc
  .tuple(calendarLike, fc.nat(), fc.constantFrom("", "0", "9", "-", "/", ".", "..", "a", "٣", " "), fc.boolean())
  .map(([text, at, c, replace]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + c + text.slice(replace ? i + 1 : i);
  });
const dateText = fc.oneof(
  { arbitrary: calendarLike, weight: 3 },
  { arbitrary: mangled, weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom("0", "1", "2", "-", "/", ".") }), weight: 1 },
);
const valueText = fc.oneof(
  { arbitrary: dateText, weight: 3 },
  { arbitrary: fc.tuple(dateText, dateText).map(([a, b]) => `${a}/${b}`), weight: 1 },
  { arbitrary: dateText.map((d) => `../${d}`), weight: 1 },
  { arbitrary: dateText.map((d) => `${d}/..`), weight: 1 },
  { arbitrary: fc.constantFrom("../..", "/", "..", "2023//2024", "2023/2024/2025", "../2024/.."), weight: 1 },
);

/** The precision a value's shape says: an interval has a slash, a year four characters, a month seven. */
const fitting = (value: string): FuzzyDate["precision"] =>
  value.includes("/") ? "interval" : value.length === 4 ? "year" : value.length === 7 ? "month" : "day";

describe("the date hook refuses what the date patterns refuse", () => {
  test("on dates, intervals and near misses: whenever fuzzyPartsHold holds, both patterns match", () => {
    let held = 0;
    fc.assert(
      fc.property(
        valueText,
        fc.option(fc.constantFrom(...PRECISIONS), { nil: undefined }),
        fc.constantFrom(...METHODS),
        fc.option(dateText, { nil: undefined }),
        (value, given, method, anchor) => {
          // Mostly the precision the value's shape says, so that many values hold.
          const precision = given ?? fitting(value);
          const holds = fuzzyPartsHold(value, precision, method, anchor, undefined, undefined, undefined);
          if (!holds) return;
          held++;
          expect(value).toMatch(VALUE);
          if (anchor !== undefined) expect(anchor).toMatch(CALENDAR);
        },
      ),
      { numRuns: 20_000 },
    );
    // The property is about the values that hold: many must have been tried.
    expect(held).toBeGreaterThan(500);
  });

  test.each([
    ["2023-11-07", "day", undefined, true],
    ["2023-11", "month", undefined, true],
    ["2023-01-01/2023-11-08", "interval", undefined, true],
    ["../2024-03-01", "interval", undefined, true],
    ["2024-03-01/..", "interval", undefined, true],
    ["2023-11-07", "day", "2023-11-08", true],
    ["2023-11-7", "day", undefined, false],
    ["2023-1a-07", "day", undefined, false],
    ["2023-11-07", "day", "2023-11-8", false],
    ["2023-11-07", "day", "2023/2024", false],
    ["2023/2024/2025", "interval", undefined, false],
    ["../..", "interval", undefined, false],
    ["２０２３", "year", undefined, false],
  ] as const)("%s at %s precision, anchor %s: %s", (value, precision, anchor, holds) => {
    const method = anchor === undefined ? "explicit" : "relative";
    expect(fuzzyPartsHold(value, precision, method, anchor, undefined, undefined, undefined)).toBe(holds);
    // Where the hook holds, the patterns do (the property above, on these cases by name).
    if (holds) expect(VALUE.test(value) && (anchor === undefined || CALENDAR.test(anchor))).toBe(true);
  });
});
