import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { KindDefinition } from "../../src/core/kinds.js";
import { rowsOf, type TableRow } from "../../src/tables/index.js";
import { fieldOf, onlyQuantities } from "../../src/tables/item-shapes.js";
import { runCli } from "../helpers/cli.js";
import { buildKinds } from "../kinds/helpers.js";
import { repoPath } from "../helpers/fixtures.js";

// A kind of the user's own says in its schema which of its properties are quantities (the
// library's Quantity); kinds build writes where they are. Before, the tables put them in the
// event's `extra` JSON, where no query of `quantities` finds them: the four kinds a data engineer
// defined for real events in an outside trial (test/kinds/real-events/SOURCES.md) hold a death
// toll, crowd estimates, a fine inside a sentence and an election's turnout and vote shares.

const FOLDER = "test/kinds/real-events";
const SCHEMAS = ["natural-disaster", "protest", "court-ruling", "election"].map((name) =>
  repoPath(`${FOLDER}/${name}.schema.json`),
);
const documentOf = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(repoPath(`${FOLDER}/${name}.json`), "utf8")) as Record<string, unknown>;

let kinds: readonly KindDefinition[];
let dir: string;
beforeAll(async () => ({ dir, kinds } = await buildKinds(SCHEMAS)));

/** The quantities rows of a document's event of a user kind: field, position, id, pointer. */
const quantityRows = (rows: readonly TableRow[]) =>
  rows
    .filter((r) => r.table === "quantities" && r.values["parent_table"] === "events")
    .map((r) => [r.values["field"], r.values["position"], r.values["id"], r.values["row"]]);

/** The value a JSON Pointer names in `doc` (own properties). */
function at(doc: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], doc);
}

const CASES: readonly [name: string, rows: unknown[][], stillInExtra: string[], leftExtra: string[]][] = [
  ["turkey-syria-earthquake-2023", [["deaths", 0, "quake-deaths-turkey", "/events/0/deaths/0"]], [], ["deaths"]],
  [
    "belgrade-protest-2025",
    [
      ["crowd", 0, "crowd-ministry", "/events/0/crowd/0"],
      ["crowd", 1, "crowd-archive", "/events/0/crowd/1"],
    ],
    [],
    ["crowd"],
  ],
  // A quantity inside another value: its row (its position only when it is itself an item of a
  // list: a share is each result's, which its pointer names), and the value stays whole in extra.
  ["le-pen-ruling-2025", [["sentence/fine", undefined, "le-pen-fine", "/events/0/sentence/fine"]], ["sentence"], []],
  [
    "mexico-election-2024",
    [
      ["turnout", undefined, "mx-turnout", "/events/0/turnout"],
      ["results/share", undefined, "mx-share-sheinbaum", "/events/0/results/0/share"],
      ["results/share", undefined, "mx-share-galvez", "/events/0/results/1/share"],
    ],
    ["results"],
    ["turnout"],
  ],
];

describe("a user kind's quantities are rows of quantities (rowsOf with the kinds)", () => {
  test.each(CASES)("%s", (name, expected, stillInExtra, leftExtra) => {
    const doc = documentOf(name);
    const rows = rowsOf(doc, { kinds });
    expect(quantityRows(rows)).toEqual(expected);
    // Each row's pointer names the quantity it holds, in the document.
    for (const row of rows.filter((r) => r.table === "quantities"))
      expect((at(doc, row.values["row"] as string) as { id?: string }).id, String(row.values["row"])).toBe(
        row.values["id"],
      );
    const extra = (rows.find((r) => r.table === "events" && r.values["row"] === "/events/0")?.values["extra"] ??
      {}) as Record<string, unknown>;
    for (const key of stillInExtra) expect(Object.keys(extra), key).toContain(key);
    for (const key of leftExtra) expect(Object.keys(extra), key).not.toContain(key);
    // A quantity's evidence is a row of evidence under it, as an event's quantity's is.
    const first = expected[0]?.[3] as string;
    expect(rows.filter((r) => r.table === "evidence" && r.values["parent_row"] === first)).toHaveLength(1);
  });

  test("without the kinds, they stay in extra, as before", () => {
    for (const [name] of CASES) expect(quantityRows(rowsOf(documentOf(name))), name).toEqual([]);
  });

  test("the same quantities every time the kinds list is used (its shapes are made once)", () => {
    const doc = documentOf("mexico-election-2024");
    expect(rowsOf(doc, { kinds })).toEqual(rowsOf(doc, { kinds }));
  });
});

test("export --kinds DIR writes them into quantities.csv", () => {
  const out = join(mkdtempSync(join(tmpdir(), "news-events-kind-quantities-out-")), "t");
  const feed = join(dir, "feed.ndjson");
  const lines = ["mexico-election-2024", "le-pen-ruling-2025"].map((name) => JSON.stringify(documentOf(name)));
  writeFileSync(feed, `${lines.join("\n")}\n`);
  const run = runCli(["export", "--kinds", dir, "--format", "csv", "--out", out, feed]);
  expect(run).toMatchObject({ code: 0, stderr: "" });
  const csv = readFileSync(join(out, "quantities.csv"), "utf8");
  for (const id of ["mx-turnout", "mx-share-sheinbaum", "le-pen-fine"]) expect(csv).toContain(`,${id},`);
});

// A property leaves extra only when all it holds is in quantities: a map with a property of another
// type, or a tuple with an item that is no quantity, stays whole in extra (found in review: the
// first rule, "every step after the name is an item", dropped them).
const q = { value: 1 };
test.each<[string, unknown, string[][], boolean]>([
  ["a quantity", q, [[]], true],
  ["a list of them", [q, q], [["*"]], true],
  ["an empty list", [], [["*"]], true],
  ["a list with a string in it", [q, "x"], [["*"]], false],
  ["a list of lists", [[q], [q, q]], [["*", "*"]], true],
  ["a map of them", { a: q, b: q }, [["*"]], true],
  ["a map with another property", { a: q, note: "x" }, [["*"]], false],
  ["a tuple of two", [q, q], [["0"], ["1"]], true],
  ["a tuple whose first item is an id", ["us", q], [["1"]], false],
  ["a tuple longer than its paths", [q, q, q], [["0"], ["1"]], false],
  ["not an object where a quantity goes", "x", [[]], false],
  ["an object of named quantities", { a: q, b: q }, [["a"], ["b"]], true],
  ["a result: a share beside its candidate", [{ candidate: "x", share: q }], [["*", "share"]], false],
  ["a map's declared property and its other keys", { total: q, a: q }, [["total"], ['*{"except":["total"]}']], true],
  ["a map whose declared property is no quantity", { note: "x", a: q }, [['*{"except":["note"]}']], false],
  ["keys a pattern takes, and one it does not", { z1: q, y: q }, [['*{"match":"^z"}']], false],
  ["a digit step does not take an object's key", { "0": q }, [["0"]], false],
  ["a property whose name begins with *", { "*note": q }, [["*note"]], true],
])("onlyQuantities: %s → %s", (_name, value, paths, expected) => {
  expect(onlyQuantities(value, paths)).toBe(expected);
});

test("a quantity's field is its path's property names, whatever they begin with", () => {
  expect(fieldOf(["results", "*", "share"])).toBe("results/share");
  expect(fieldOf(["goals", '*{"match":"^z"}'])).toBe("goals");
  expect(fieldOf(["shootout", "1"])).toBe("shootout");
  expect(fieldOf(["*note", "*"])).toBe("*note");
});
