import fc from "fast-check";
import equal from "ajv/dist/runtime/equal.js";
import { describe, expect, it } from "vitest";
import * as check from "../../src/generated/check-validators.js";
import { validateEvent } from "../../src/validate/index.js";
import { burkinaFasoRussia } from "../../src/examples/index.js";
import { duplicateItems, SHORT_LIST } from "../../src/cli/unique-items.js";

// uniqueItems past a short list is answered by a key per item (src/cli/unique-items.ts),
// not by comparing every pair: the answer must be the pair Ajv's loop reports, for any JSON.

const deepEqual = ((equal as unknown as { default?: unknown }).default ?? equal) as (a: unknown, b: unknown) => boolean;

/** Ajv's loop as its standalone code writes it: the last item equal to an earlier one, and the last such earlier one. */
function ajvPair(items: readonly unknown[]): [number, number] | undefined {
  for (let i = items.length; i--;) for (let j = i; j--;) if (deepEqual(items[i], items[j])) return [i, j];
  return undefined;
}

/** JSON values whose keys fast-deep-equal reads as it reads any other (not valueOf, toString, constructor, __proto__). */
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -0, 1, 2.5, "", "a", "0", "Q1"),
    fc.string({ maxLength: 3 }),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("scheme", "code", "label", "a", "b", "é", '"'), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** The same value, built anew, each object's keys in a shuffled order. */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, k) => reordered(item, seed + k));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const shift = seed % Math.max(1, entries.length);
  const turned = [...entries.slice(shift), ...entries.slice(0, shift)].reverse();
  return Object.fromEntries(turned.map(([k, v]) => [k, reordered(v, seed + 1)]));
}

describe("uniqueItems by a key per item", () => {
  it("reports the pair Ajv's loop reports, for lists drawn from a few values (duplicates likely)", () => {
    fc.assert(
      fc.property(
        fc.array(json, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (pool, picks) => {
          const items = picks.map((p, k) => reordered(pool[p % pool.length], p + k));
          expect(duplicateItems(items)).toEqual(ajvPair(items));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ["0 and -0", [0, -0], [1, 0]],
    ["a number and its string", [1, "1"], undefined],
    [
      "keys in another order",
      [
        { a: 1, b: [2] },
        { b: [2], a: 1 },
      ],
      [1, 0],
    ],
    [
      "an array's order matters",
      [
        [1, 2],
        [2, 1],
      ],
      undefined,
    ],
    ["a key in quotes", [{ 'a":1,"b': 1 }, { a: 1, b: 1 }], undefined],
    ["the last duplicate, and its last match", ["x", "y", "x", "y", "x"], [4, 2]],
  ])("%s", (_name, items, pair) => {
    expect(duplicateItems(items)).toEqual(pair);
    expect(ajvPair(items)).toEqual(pair);
  });

  const coup = burkinaFasoRussia.events?.find((event) => event.kind === "Coup");
  const term = (k: number) => ({ scheme: "wikidata", code: `Q${k + 1}`, label: `term ${k}` });

  it("gives the validators the same issue past the short list as within it", () => {
    // The same duplicate (its keys in another order) in a short list and in a long one.
    for (const length of [SHORT_LIST - 4, SHORT_LIST * 3]) {
      const initiators: unknown[] = Array.from({ length }, (_, k) => term(k));
      initiators[length - 2] = { label: "term 3", code: "Q4", scheme: "wikidata" };
      const result = validateEvent({ ...coup, initiators });
      expect(result.ok).toBe(false);
      expect(check.check_event({ ...coup, initiators })).toBe(false);
      const error = check.check_event.errors?.find((e) => e.keyword === "uniqueItems");
      expect(error?.instancePath).toBe("/initiators");
      expect(error?.params).toEqual({ i: length - 2, j: 3 });
      expect(result.ok ? [] : result.issues.map((issue) => issue.pointer)).toContain("/initiators");
    }
  });

  it("reads each item of a long list a few times, not once per other item", () => {
    // A coup with 16,000 coded initiators took 9 s: every pair compared.
    let reads = 0;
    const count = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(object, key, receiver) {
          reads++;
          return Reflect.get(object, key, receiver);
        },
      });
    const n = 2_000;
    const initiators = Array.from({ length: n }, (_, k) => count(term(k)));
    expect(validateEvent({ ...coup, initiators }).ok).toBe(true);
    // Reads by the schema check and the key, per item: 18 here (7,011 before).
    expect(reads / n).toBeLessThan(40);
  });
});
