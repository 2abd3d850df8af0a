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

// Numbered ids share their last characters by the hundred: each bucket held a hundredth of them,
// and every claim compared them all (a graph's check grew with the square of its events).
test.each([
  ["zero-padded", (i: number) => `https://news.example.org/a/#/event/evt-${String(i).padStart(6, "0")}`],
  ["numbered", (i: number) => `https://news.example.org/a/#/event/event-${i}`],
  ["suffixed", (i: number) => `https://news.example.org/a/#/event/meeting-moscow-${i}-2023`],
])("%s ids: a search compares a few ids, and the answers stay a Map's", (_name, idOf) => {
  const ours = new IdMap<number>();
  const ids = Array.from({ length: 20000 }, (_, i) => idOf(i));
  ids.forEach((id, i) => ours.add(id, i));
  ours.add(ids[7] as string, -1);
  expect(ours.longestSearch).toBeLessThanOrEqual(16);
  expect(ids.filter((id, i) => ours.get(id) !== i)).toEqual([]);
  expect(ours.get(`${ids[3] as string}x`)).toBeUndefined();
});

test("IdMap keeps first values across its switch to one Map", () => {
  const ours = new IdMap<string>();
  // One length, one ending: one bucket, until it passes sixteen ids.
  const idOf = (i: number) => `${String.fromCharCode(97 + (i % 20))}-xy`;
  for (let i = 0; i < 40; i++) ours.add(idOf(i), `value ${i}`);
  expect(ours.longestSearch).toBe(1);
  for (let i = 0; i < 20; i++) expect(ours.get(idOf(i))).toBe(`value ${i}`);
  expect(ours.get("u-xy")).toBeUndefined();
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
