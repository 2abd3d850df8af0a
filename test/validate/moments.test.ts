import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { daysSinceEpoch, earliestInstant } from "../../src/validate/checks/moments.js";

// earliestInstant computes by arithmetic what Date.parse of "YYYY-MM-DDT00:00:00+14:00" says (issue 27:
// no string per date on the valid path); every real day of years 0000-9999 must agree with Date.
describe("the earliest instant of a day is Date's", () => {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const parsed = (y: number, m: number, d: number) =>
    Date.parse(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T00:00:00+14:00`);

  test.each([
    [1970, 1, 1],
    [1969, 12, 31],
    [2000, 2, 29],
    [1900, 3, 1],
    [2023, 11, 7],
    [0, 1, 1],
    [50, 6, 15],
    [9999, 12, 31],
  ])("%i-%i-%i", (y, m, d) => {
    expect(earliestInstant({ value: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` })).toBe(parsed(y, m, d));
  });

  test("any real day, at any precision", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          expect(daysSinceEpoch(y, m, d) * 86_400_000).toBe(parsed(y, m, d) + 14 * 3_600_000);
          expect(earliestInstant({ value: `${pad(y, 4)}-${pad(m, 2)}` })).toBe(parsed(y, m, 1));
          expect(earliestInstant({ value: pad(y, 4) })).toBe(parsed(y, 1, 1));
        },
      ),
    );
  });
});
