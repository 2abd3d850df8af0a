import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { IdTable } from "../../src/validate/checks/id-table.js";

// The ids of a document in a reused hash table (issue 27): it must answer as a Map would, whatever
// the ids, and hold none of them once closed.
describe("the id table of a document", () => {
  test("answers as a Map, ids that collide included (first declaration wins)", () => {
    fc.assert(
      fc.property(
        // Ids sharing length and most characters hash alike: the table must still tell them apart.
        fc.array(fc.oneof(fc.string(), fc.stringMatching(/^a[b-c]{6}a$/)), { maxLength: 200 }),
        (ids) => {
          const table = IdTable.open(ids.length);
          const map = new Map<string, number>();
          try {
            ids.forEach((id, i) => {
              expect(table.add(id, i % 2 ? "quote" : "entity:person", { i })).toBe(!map.has(id));
              if (!map.has(id)) map.set(id, i);
            });
            for (const id of [...ids, "missing", ""])
              expect(table.target(id)).toBe(map.has(id) ? (map.get(id)! % 2 ? "quote" : "entity:person") : undefined);
            for (const [id, i] of map) expect(table.entity(id)).toEqual(i % 2 ? undefined : { i });
          } finally {
            table.close();
          }
        },
      ),
    );
  });

  test("holds nothing once closed, and a table opened while one is in use is its own", () => {
    const outer = IdTable.open(2);
    outer.add("putin", "entity:person", {});
    const inner = IdTable.open(2);
    expect(inner.target("putin")).toBeUndefined();
    inner.add("shoigu", "entity:person", {});
    expect(outer.target("shoigu")).toBeUndefined();
    inner.close();
    expect(outer.target("putin")).toBe("entity:person");
    outer.close();
    const next = IdTable.open(2);
    expect(next.target("putin")).toBeUndefined();
    next.close();
  });

  // Numbered ids, as feeds and generated documents have them, differ where a hash of a few
  // characters does not look: every search walked the ids added before it (480 slots per id at
  // 16,000 ids), so a large document's check grew with the square of its ids.
  test.each([
    ["zero-padded", (i: number) => `evt-${String(i).padStart(6, "0")}`],
    ["numbered", (i: number) => `event-${i}`],
    ["suffixed", (i: number) => `burkina-faso-russia-defence-meeting-${i}`],
    [
      "dated",
      (i: number) =>
        `meeting-2023-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}-${i}`,
    ],
    [
      "one letter apart",
      (i: number) => `a${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}z`,
    ],
  ])("%s ids: a search visits a few slots, whatever their number", (_name, idOf) => {
    for (const n of [1000, 16000]) {
      const table = IdTable.open(n);
      try {
        const ids = Array.from({ length: n }, (_, i) => idOf(i));
        expect(new Set(ids).size).toBe(n);
        expect(ids.filter((id, i) => !table.add(id, "event:Meeting", { i }))).toEqual([]);
        expect(ids.filter((id) => table.target(id) !== "event:Meeting")).toEqual([]);
        expect(ids.filter((id) => table.target(`${id}-missing`) !== undefined)).toEqual([]);
        // 3n searches (an add, a hit, a miss per id) at about 1.5 slots each on a half-full table.
        expect(table.probes / (3 * n)).toBeLessThan(4);
      } finally {
        table.close();
      }
    }
  });

  test("after switching hash, the table still answers as a Map and holds nothing once closed", () => {
    const table = IdTable.open(3000);
    for (let i = 0; i < 3000; i++) table.add(`e-${i}`, i % 2 ? "quote" : "entity:person", { i });
    // The sampled hash piles these up (about 100 slots per add): the table has switched.
    expect(table.probes).toBeLessThan(4 * 3000);
    expect(table.add("e-17", "quote", {})).toBe(false);
    expect(table.entity("e-42")).toEqual({ i: 42 });
    expect(table.entity("e-43")).toBeUndefined();
    table.close();
    const next = IdTable.open(3000);
    expect(next.target("e-42")).toBeUndefined();
    next.close();
  });
});
