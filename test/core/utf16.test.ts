import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { nearestOccurrence, occurrencesAround, occurrencesOf } from "../../src/core/utf16.js";

// The nearest occurrence of a span's text is what an evidence-mismatch issue says ("those words are
// at …"). It is found from the span outwards; it must answer as a scan of every occurrence would.
const byScan = (body: string, text: string, near: number): number | undefined => {
  let best: number | undefined;
  for (const at of occurrencesOf(body, text))
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  return best;
};

describe("nearestOccurrence", () => {
  test.each([
    ["the earlier one on a tie", "ab ab ab", "ab", 4, 3],
    ["one after", "xx ab", "ab", 0, 3],
    ["one before", "ab xx", "ab", 4, 0],
    ["at the place itself", "ab ab", "ab", 3, 3],
    ["overlapping occurrences", "aaaa", "aa", 3, 2],
    ["none", "abc", "x", 1, undefined],
    ["empty text", "abc", "", 1, undefined],
    ["past the end", "ab ab", "ab", 99, 3],
    ["before the start", "ab ab", "ab", -5, 0],
    ["astral characters counted in UTF-16 units", "😀ab😀ab", "ab", 5, 6],
  ])("%s", (_name, body, text, near, expected) => {
    expect(nearestOccurrence(body, text, near)).toBe(expected);
  });

  test("answers as a scan of every occurrence", () => {
    const letters = fc.string({ unit: fc.constantFrom("a", "b", " ", "é", "😀"), maxLength: 40 });
    fc.assert(
      fc.property(letters, letters, fc.integer({ min: -3, max: 45 }), (body, text, near) => {
        expect(nearestOccurrence(body, text, near)).toBe(byScan(body, text, near));
      }),
      { numRuns: 2000 },
    );
  });
});

// rebaseEvidence takes the nearest occurrence on each side of where an edit moved a span, and
// calls two at one distance ambiguous: the two must be those a list of every occurrence gives.
test("occurrencesAround gives the last occurrence before a place and the first at or after it", () => {
  const letters = fc.string({ unit: fc.constantFrom("a", "b", " ", "é", "😀"), maxLength: 40 });
  fc.assert(
    fc.property(letters, letters, fc.integer({ min: -3, max: 45 }), (body, text, near) => {
      const all = occurrencesOf(body, text);
      const before = all.filter((at) => at < near).at(-1) ?? -1;
      const after = all.find((at) => at >= near) ?? -1;
      expect(occurrencesAround(body, text, near)).toEqual([before, after]);
    }),
    { numRuns: 2000 },
  );
});
