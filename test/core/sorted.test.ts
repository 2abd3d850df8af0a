import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countAtMost } from "../../src/core/sorted.js";

describe("countAtMost", () => {
  it.each([
    [[0, 10, 20], 15, 2],
    [[0, 10, 20], -1, 0],
    [[0, 10, 20], 20, 3],
    [[], 5, 0],
    [[1, 1, 1], 1, 3],
  ])("%j, %d → %d", (sorted, value, count) => {
    expect(countAtMost(sorted, value)).toBe(count);
  });

  it("counts as a filter would, for any ascending list", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (list, value) => {
        const sorted = [...list].sort((a, b) => a - b);
        expect(countAtMost(sorted, value)).toBe(sorted.filter((n) => n <= value).length);
      }),
    );
  });
});
