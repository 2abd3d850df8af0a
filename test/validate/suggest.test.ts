import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestFit, distance, missingPropertyHint } from "../../src/validate/suggest.js";
import { editsAllowed, nearestName } from "../../src/core/edit-distance.js";
import { PROPERTY_NAMES } from "../../src/generated/property-names.js";

// The "did you mean" hints (src/validate/suggest.ts) find the schema object an input object was
// meant to be through an index of names, and measure an unknown key against every name of it
// with two rows reused across calls and an early stop above `max`.

/** Levenshtein distance, the textbook way: a full table. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) table[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i]![j] = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return table[a.length]![b.length]!;
}

describe("distance", () => {
  it("is the edit distance, or above `max` when the edit distance is", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "-"), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 3 }), (a, b, max) => {
        expect(Math.min(distance(a, b, max), max + 1)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
      { numRuns: 3_000 },
    );
  });

  it("measures a name longer than any before it, then short ones again", () => {
    const long = "a".repeat(200);
    expect(distance(long, `${long}b`, 3)).toBe(1);
    expect(distance("salince", "salience", 2)).toBe(1);
  });
});

describe("a misspelling shares something with the name meant", () => {
  // A trial's kind had the one-letter properties t and n: a missing n was told 'is "t" a
  // misspelling of it?' (round 29). A name of one letter is no misspelling of another.
  it.each<[string, number]>([
    ["t", 0],
    ["id", 1],
    ["kind", 1],
    ["salince", 2],
    ["participants", 3],
  ])("%s may be %i edits away", (name, edits) => expect(editsAllowed(name)).toBe(edits));
  it.each<[string, readonly string[], string | undefined]>([
    ["t", ["n"], undefined],
    ["N", ["n"], "n"],
    ["ix", ["id"], "id"],
    ["salince", ["salience"], "salience"],
  ])("nearestName(%s, %j) is %s", (name, names, expected) => expect(nearestName(name, names)).toBe(expected));
  it("a missing one-letter property names no other one-letter key as its misspelling", () => {
    expect(missingPropertyHint("n", ["t"])).toBe("");
    expect(missingPropertyHint("salience", ["kind", "salince"])).toBe('; is "salince" a misspelling of it?');
  });
});

describe("bestFit", () => {
  const sets = PROPERTY_NAMES.split("|").map((s) => s.split(","));
  /** As it was: each schema's list searched for each key, the first best in order, the smaller on a tie. */
  function byLists(keys: readonly string[]) {
    let fit: readonly string[] | undefined;
    let fitScore = -1;
    for (const set of sets) {
      const score = keys.filter((k) => set.includes(k)).length;
      if (score > fitScore || (score === fitScore && fit !== undefined && set.length < fit.length)) {
        fit = set;
        fitScore = score;
      }
    }
    return { set: fit, score: fitScore };
  }
  it("picks the schema the lists picked, for keys of the schemas and others", () => {
    const names = [...new Set(sets.flat())];
    const key = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 30 }), (keys) => {
        expect(bestFit(keys)).toEqual(byLists(keys));
      }),
      { numRuns: 2_000 },
    );
  });
});
