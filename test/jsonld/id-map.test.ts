import { expect, test } from "vitest";
import fc from "fast-check";
import { IdMap, IdOwners } from "../../src/jsonld/id-map.js";

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

// IdOwners answers as the one-node check it replaced: the first claim of an id owns it; a later
// claim is a duplicate-id issue at its own pointer, else (an id derived from checked parts, "") at
// the first claim's; `own` keeps the clashes of the document's own ids in the order claimed.
test("IdOwners agrees with a Map of first claims on any sequence of claims", () => {
  const base = "https://news.example.org/a/";
  const id = fc.constantFrom(`${base}#article`, `${base}#/entity/x`, `${base}#/entity/y`, `${base}#/event/x`);
  const at = fc.constantFrom("", "/entities/0", "/entities/3", "/options/site/url");
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), id, at)), (claims) => {
      const owners = new IdOwners();
      const first = new Map<string, string>();
      const expected: { pointer: string; id: string }[] = [];
      for (const [own, key, pointer] of claims) {
        const owner = first.get(key);
        if (owner === undefined) first.set(key, pointer);
        const want =
          owner === undefined
            ? undefined
            : {
                code: "duplicate-id",
                pointer: pointer || owner,
                message: `"${key}" is already the @id of another node`,
                params: { id: key },
              };
        if (own) {
          owners.own(key, pointer);
          if (want) expected.push({ pointer: want.pointer, id: key });
        } else expect(owners.claim(key, pointer)).toEqual(want);
      }
      expect(owners.clashes.map((c) => ({ pointer: c.pointer, id: c.params.id }))).toEqual(expected);
    }),
  );
});
