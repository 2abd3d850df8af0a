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
});
