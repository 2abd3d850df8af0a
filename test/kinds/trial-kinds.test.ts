// A kind an outside trial (round 28) defined for a real event, the 2022 World Cup final
// (test/kinds/real-events/SOURCES.md): its goals by scorer are a map (`additionalProperties`) of
// Quantity, its shoot-out a tuple (`prefixItems`). kinds build found neither, so their quantities'
// ids, references, evidence and numbers went unchecked (a wrong span, an unknown `of`, a reused id
// and a 400 percent all validated) and the tables kept them in `extra` only.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createValidator } from "../../src/index.js";
import type { KindDefinition } from "../../src/core/kinds.js";
import { rowsOf } from "../../src/tables/index.js";
import { runCli } from "../helpers/cli.js";
import { repoPath } from "../helpers/fixtures.js";
import { buildKinds } from "./helpers.js";

const FINAL = "test/kinds/trial-kinds/world-cup-final-2022.json";
const final = (): Record<string, any> => JSON.parse(readFileSync(repoPath(FINAL), "utf8"));

let kinds: readonly KindDefinition[];
beforeAll(async () => ({ kinds } = await buildKinds([repoPath("test/kinds/trial-kinds/sports-final.schema.json")])));

test("kinds build finds the map's values and the tuple's items", () => {
  expect(kinds[0]?.fields).toEqual([
    { path: ["attendance"], check: "quantity" },
    { path: ["goalsByScorer", "*"], check: "quantity" },
    { path: ["shootout", "0"], check: "quantity" },
    { path: ["shootout", "1"], check: "quantity" },
  ]);
});

/** The issues of the final after `edit`, as `code pointer`. */
function issuesAfter(edit: (event: Record<string, any>) => void): string[] {
  const doc = final();
  edit(doc["events"][0]);
  const result = createValidator({ kinds }).validateDocument(doc);
  return result.ok ? [] : result.issues.map((i) => `${i.code} ${i.pointer}`);
}

describe("their quantities are checked as an event's are", () => {
  test("the final as written is valid", () => expect(issuesAfter(() => {})).toEqual([]));
  test.each<[string, (event: Record<string, any>) => void, string]>([
    [
      "a span whose text is not the body's there",
      (e) => (e.goalsByScorer["lionel-messi"].evidence[0].text = "WRONGTEXTXYZ"),
      "evidence-mismatch /events/0/goalsByScorer/lionel-messi/evidence/0",
    ],
    [
      "what it counts of, unknown",
      (e) => (e.goalsByScorer["kylian-mbappe"].of = "nobody"),
      "dangling-reference /events/0/goalsByScorer/kylian-mbappe/of",
    ],
    [
      "an id used twice",
      (e) => (e.goalsByScorer["kylian-mbappe"].id = "wc-final-goals-messi"),
      "duplicate-id /events/0/goalsByScorer/kylian-mbappe/id",
    ],
    [
      "a percentage over 100 in the tuple",
      (e) => Object.assign(e.shootout[1], { counts: "turnout", unit: "percent", value: 400 }),
      "/events/0/shootout/1",
    ],
  ])("%s", (_name, edit, expected) => {
    expect(issuesAfter(edit).join("\n")).toContain(expected);
  });
});

test("their quantities are rows of quantities, each once, and the map and tuple leave extra", () => {
  const rows = rowsOf(final(), { kinds });
  const quantities = rows
    .filter((r) => r.table === "quantities")
    .map((r) => [r.values["field"], r.values["position"], r.values["id"], r.values["row"]]);
  expect(quantities).toEqual([
    ["attendance", undefined, "wc-final-attendance", "/events/0/attendance"],
    ["goalsByScorer", undefined, "wc-final-goals-messi", "/events/0/goalsByScorer/lionel-messi"],
    ["goalsByScorer", undefined, "wc-final-goals-mbappe", "/events/0/goalsByScorer/kylian-mbappe"],
    ["shootout", 0, "wc-final-shootout-argentina", "/events/0/shootout/0"],
    ["shootout", 1, "wc-final-shootout-france", "/events/0/shootout/1"],
  ]);
  const event = rows.find((r) => r.table === "events");
  expect(event?.values["extra"]).toBeUndefined();
});

// The trial's final also had periods within periods (a definition that refers to itself): its
// quantities past about ten levels were neither checked nor exported, and the build said nothing.
describe("a definition that refers to itself", () => {
  /** A kind whose replies hold replies, each reply holding `inside`. */
  const thread = (inside: object) => ({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://news.example.org/schemas/thread.json",
    "x-news-events": { kind: "Thread", schemaOrgType: "Event" },
    type: "object",
    allOf: [{ $ref: "https://unpkg.com/news-events@0/schemas/event-base.json" }],
    properties: { kind: { const: "Thread" }, replies: { type: "array", items: { $ref: "#/$defs/Reply" } } },
    required: ["kind"],
    unevaluatedProperties: false,
    $defs: {
      Reply: {
        type: "object",
        properties: { ...inside, replies: { type: "array", items: { $ref: "#/$defs/Reply" } } },
      },
    },
  });
  const build = (schema: object) => {
    const dir = mkdtempSync(join(tmpdir(), "news-events-thread-"));
    writeFileSync(join(dir, "thread.schema.json"), JSON.stringify(schema));
    return runCli(["kinds", "build", join(dir, "thread.schema.json"), "--out", join(dir, "kinds")]);
  };

  test("holding a quantity: built, and the build says from where it is not checked", () => {
    const run = build(thread({ likes: { $ref: "https://unpkg.com/news-events@0/schemas/defs.json#/$defs/Quantity" } }));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^news-events: .*thread\.schema\.json: Thread nests deeper than kinds build follows \(at \/replies\/\*\/replies\/\*\/.*likes, about ten levels of a definition that refers to itself\): the ids, evidence, dates and quantities below are not checked/m,
    );
  });

  test("holding nothing checked: built without a word", () => {
    const run = build(thread({ text: { type: "string" } }));
    expect(run).toMatchObject({ code: 0 });
    expect(run.stderr).not.toMatch(/nests deeper/);
  });
});

// A second trial found `*` taking every key of a map that also names properties (a false "already
// used" for a valid document, each mistake said twice, each quantity two rows of the same key), and
// patternProperties taken as any key (a value the schema leaves free checked as a quantity).
describe("a map beside named properties, and keys a pattern takes", () => {
  const Q = { $ref: "https://unpkg.com/news-events@0/schemas/defs.json#/$defs/Quantity" };
  const tally = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://news.example.org/schemas/tally.json",
    "x-news-events": { kind: "Tally", schemaOrgType: "Event" },
    type: "object",
    allOf: [{ $ref: "https://unpkg.com/news-events@0/schemas/event-base.json" }],
    properties: {
      kind: { const: "Tally" },
      mixed: { type: "object", properties: { national: Q }, additionalProperties: Q },
      overlap: { type: "object", properties: { total: Q }, patternProperties: { "^z": Q } },
    },
    required: ["kind"],
    unevaluatedProperties: false,
  };
  let tallyKinds: readonly KindDefinition[];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "news-events-tally-"));
    writeFileSync(join(dir, "tally.schema.json"), JSON.stringify(tally));
    ({ kinds: tallyKinds } = await buildKinds([join(dir, "tally.schema.json")]));
  });
  /** The final's document with a Tally event of its crowd and goals, each quantity once. */
  const tallied = () => {
    const doc = final();
    const event = doc["events"][0];
    const { attendance, goalsByScorer } = event;
    doc["events"][0] = {
      kind: "Tally",
      id: "world-cup-final-tally",
      name: "The final's figures",
      salience: "main",
      mixed: { national: attendance, messi: goalsByScorer["lionel-messi"] },
      overlap: { zmbappe: goalsByScorer["kylian-mbappe"], note: { value: 500, unit: "percent", id: "not-a-quantity" } },
    };
    return doc;
  };

  test("the fields say which keys each map takes", () => {
    expect(tallyKinds[0]?.fields?.map((f) => f.path)).toEqual([
      ["mixed", "national"],
      ["mixed", '*{"except":["national"]}'],
      ["overlap", "total"],
      ["overlap", '*{"match":"^z"}'],
    ]);
  });

  test("valid, each quantity checked once; a value no schema gives a quantity is left alone", () => {
    expect(createValidator({ kinds: tallyKinds }).validateDocument(tallied())).toMatchObject({ ok: true });
    const doc = tallied();
    doc["events"][0].mixed.national.value = -1;
    const result = createValidator({ kinds: tallyKinds }).validateDocument(doc);
    const said = result.ok ? [] : result.issues.map((i) => i.pointer);
    expect(said.filter((p) => p.startsWith("/events/0/mixed/national"))).toHaveLength(1);
  });

  test("each quantity is one row; a map of nothing but quantities leaves extra, one holding something else stays", () => {
    const rows = rowsOf(tallied(), { kinds: tallyKinds });
    expect(rows.filter((r) => r.table === "quantities").map((r) => [r.values["field"], r.values["row"]])).toEqual([
      ["mixed/national", "/events/0/mixed/national"],
      ["mixed", "/events/0/mixed/messi"],
      ["overlap", "/events/0/overlap/zmbappe"],
    ]);
    const extra = rows.find((r) => r.table === "events")?.values["extra"] as Record<string, unknown>;
    expect(Object.keys(extra)).toEqual(["overlap"]);
  });
});
