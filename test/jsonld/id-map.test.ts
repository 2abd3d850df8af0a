import { expect, test } from "vitest";
import fc from "fast-check";
import { IdMap } from "../../src/jsonld/id-map.js";

// IdMap answers as a Map would, whatever the keys: ids of one length ending alike share a bucket.
test("IdMap agrees with a Map on any sequence of sets and lookups", () => {
  const base = "https://news.example.org/a/";
  const key = fc.oneof(
    fc.string({ maxLength: 4 }).map((s) => `${base}#/entity/${s}`),
    fc.constantFrom("", "a", "ab", "ba", "xab", "yab", `${base}#x-1`, `${base}#y-1`, undefined, null, 1),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), key, fc.integer())), (ops) => {
      const ours = new IdMap<number>();
      const map = new Map<unknown, number>();
      for (const [write, id, value] of ops) {
        if (write) {
          ours.set(id, value);
          map.set(id, value);
        }
        expect([ours.has(id), ours.get(id)]).toEqual([map.has(id), map.get(id)]);
      }
    }),
  );
});
