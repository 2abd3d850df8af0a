import { expect, test } from "vitest";
import fc from "fast-check";
import { IdMap } from "../../src/jsonld/id-map.js";

// IdMap answers as a Map whose first value for a key is kept, whatever the ids: ids of one length
// whose last two characters are alike share a bucket.
test("IdMap agrees with a Map on any sequence of additions and lookups", () => {
  const base = "https://news.example.org/a/";
  const id = fc.oneof(
    fc.string({ maxLength: 4 }).map((s) => `${base}#/entity/${s}`),
    fc.constantFrom("", "a", "ab", "ba", "xab", "yab", `${base}#x-1`, `${base}#y-1`, `${base}#\u00e9-1`),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), id, fc.integer())), (ops) => {
      const ours = new IdMap<number>();
      const map = new Map<string, number>();
      for (const [add, key, value] of ops) {
        if (add) {
          ours.add(key, value);
          if (!map.has(key)) map.set(key, value);
        }
        expect(ours.get(key)).toBe(map.get(key));
      }
    }),
  );
});
