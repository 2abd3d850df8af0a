// What `news-events kinds build` says of a kind file it cannot build, and what it leaves behind.
// Each case was found by a trial of the packed package.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { hasStackTrace, runCli } from "../helpers/cli.js";
import { createValidator } from "../../src/index.js";
import { ELECTION_DOCUMENT, ELECTION_SCHEMA, electionDocument } from "./helpers.js";

/** The worked example's schema, a fresh copy to edit. */
const election = (): Record<string, any> => JSON.parse(readFileSync(ELECTION_SCHEMA, "utf8"));

/** The lines of a run's stderr. */
const lines = (stderr: string) => stderr.trimEnd().split("\n");

/** Invisible characters a report line must never carry as they are. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00a0]/;

/** Writes `content` as `name` in a new folder and builds it into `out` there. */
function build(content: string | Buffer | object, name = "kind.schema.json") {
  const folder = mkdtempSync(join(tmpdir(), "kinds-build-"));
  const file = join(folder, name);
  writeFileSync(
    file,
    typeof content === "object" && !Buffer.isBuffer(content) ? JSON.stringify(content, null, 2) : content,
  );
  const out = join(folder, "out");
  return { ...runCli(["kinds", "build", file, "--out", out]), out, folder, file };
}

describe("a kind file's bytes", () => {
  // It said `bom.schema.json:1:1: is not valid JSON: unexpected "﻿"`, the mark printed as it is.
  test("a UTF-8 byte order mark is read past, as validate reads past it", () => {
    const run = build(`\ufeff${readFileSync(ELECTION_SCHEMA, "utf8")}`);
    expect(run).toMatchObject({ code: 0, stdout: "kind.schema.json: Election (Event)\n" });
    expect(existsSync(join(run.out, "index.js"))).toBe(true);
  });

  test.each([
    ["a zero-width space before the schema", "\u200b{}", "kind.schema.json:1:1:", '"\\u200b"'],
    ["a second byte order mark", "\ufeff\ufeff{}", "kind.schema.json:1:1:", '"\\ufeff"'],
    // jsonc-parser reads the space and the number after it as one symbol.
    ["a no-break space before a value", '{"a":\u00a01}', "kind.schema.json:1:6:", '"\\u00a01"'],
    ["a byte order mark and a trailing comma", '\ufeff{\n  "a": 1,\n}', "kind.schema.json:2:9:", "a trailing comma"],
  ])("%s: named at its line and column, escaped, never printed as it is", (_name, text, at, words) => {
    const run = build(text);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${at} is not valid JSON: `);
    expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(INVISIBLE);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe("a folder whose package.json is CommonJS", () => {
  // `kinds build … --out kd-cjs2` with kd-cjs2/package.json {"type":"commonjs"} said so, exited 2,
  // and still wrote index.js and index.d.ts, which `validate --kinds kd-cjs2` then failed to load
  // after Node's own "(node:5775) Warning: To load an ES module…".
  test.each([
    ['"type": "commonjs"', { name: "kinds", type: "commonjs" }, 'says "type": "commonjs", not "module"'],
    ["no type (CommonJS to Node)", { name: "kinds" }, 'does not say "type": "module"'],
  ])("kinds build refuses it, %s, before writing anything", (_name, own, words) => {
    const out = mkdtempSync(join(tmpdir(), "kinds-cjs-"));
    const files = { "package.json": `${JSON.stringify(own)}\n`, "index.js": "// the user's, or an older build\n" };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
    const run = runCli(["kinds", "build", ELECTION_SCHEMA, "--out", out]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toBe(
      `news-events: ${join(out, "package.json")} ${words}, and ${join(out, "index.js")} is an ES module, which Node loads as one only under "type": "module": add "type": "module" to it, or build the kinds into a folder without a package.json (kinds build writes one there); nothing was written\n`,
    );
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(out, name), "utf8")).toBe(text);
    expect(existsSync(join(out, "index.d.ts"))).toBe(false);
  });

  test.each([
    ["its own package.json", (kinds: string) => join(kinds, "package.json"), 'add "type": "module" to it'],
    ["a package.json above it", (kinds: string) => join(kinds, "..", "package.json"), "build the kinds again"],
  ])("--kinds names %s in one line, with no warning of Node's", (_name, where, fix) => {
    const project = mkdtempSync(join(tmpdir(), "kinds-cjs-"));
    const kinds = join(project, "kinds");
    expect(runCli(["kinds", "build", ELECTION_SCHEMA, "--out", kinds]).code).toBe(0);
    // A folder another build (or the user) left without its package.json, or with a CommonJS one.
    rmSync(join(kinds, "package.json"));
    writeFileSync(where(kinds), JSON.stringify({ type: "commonjs" }));
    for (const command of [["validate"], ["jsonld"], ["export", "--format", "csv", "--out", join(project, "t")]]) {
      const run = runCli([...command, "--kinds", kinds, ELECTION_DOCUMENT]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(
        /^news-events: --kinds .*package\.json says "type": "commonjs", not "module", and .*index\.js is an ES module/,
      );
      expect(run.stderr).toContain(fix);
      expect(run.stderr).not.toMatch(/\(node:\d+\)|Warning/);
    }
  });
});

describe("--kinds DIR that is no built directory", () => {
  // `--kinds src/kinds/index.js` said "no index.js (build it with … --out src/kinds/index.js)", and
  // a directory that does not exist said "no index.js" too.
  const built = mkdtempSync(join(tmpdir(), "kinds-dir-"));
  test.each([
    ["the module itself", () => join(built, "index.js"), `is a file; give the directory --out wrote (${built})`],
    ["another file", () => ELECTION_SCHEMA, "is a file; give the directory --out wrote"],
    [
      "a directory that does not exist",
      () => join(built, "nowhere"),
      "no such directory (build it with news-events kinds build",
    ],
    ["a path under a file", () => join(built, "index.js", "x"), "no such directory"],
    [
      "an empty directory",
      () => mkdtempSync(join(tmpdir(), "kinds-empty-")),
      "no index.js (build it with news-events kinds build",
    ],
  ])("%s is named as what it is", (_name, make, words) => {
    writeFileSync(join(built, "index.js"), "export const kinds = [];\n");
    const dir = make();
    const line = `news-events: --kinds ${dir}: ${words}`;
    for (const command of ["validate", "jsonld"]) {
      const run = runCli([command, "--kinds", dir, ELECTION_DOCUMENT]);
      expect(run.code).toBe(2);
      expect(run.stderr.slice(0, line.length)).toBe(line);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
  });
});

describe("every structural mistake of a kind file in one run", () => {
  // A schema with these five mistakes took five builds, each saying one.
  test("five mistakes, five lines in the order of the file, each at its line and pointer; nothing written", () => {
    const schema = election();
    Object.assign(schema["x-news-events"], { schemaOrgType: "Evnt", wikidata: "8068", colour: "blue" });
    schema.properties.kind.const = "Floods";
    delete schema.unevaluatedProperties;
    schema.additionalProperties = false;
    const run = build(schema);
    expect(run.code).toBe(2);
    const text = JSON.stringify(schema, null, 2).split("\n");
    // The line of the last line holding `words` (the top-level additionalProperties is the file's last).
    const lineOf = (words: string) => text.length - [...text].reverse().findIndex((line) => line.includes(words));
    expect(lines(run.stderr)).toEqual([
      `news-events: ${run.file}:${lineOf('"schemaOrgType"')}: /x-news-events/schemaOrgType: must be a schema.org class such as Event or SportsEvent (got "Evnt")`,
      `news-events: ${run.file}:${lineOf('"wikidata"')}: /x-news-events/wikidata: must be a Wikidata QID such as Q40231 (got "8068")`,
      `news-events: ${run.file}:${lineOf('"colour"')}: /x-news-events/colour: is not a known property here (kind, schemaOrgType, wikidata)`,
      `news-events: ${run.file}:${lineOf('"kind": {')}: /properties/kind: must be { "const": "Election" }, the kind's tag`,
      `news-events: ${run.file}:${lineOf('"additionalProperties"')}: /additionalProperties: refuses the event base's properties too (it does not see those of allOf): write "unevaluatedProperties": false in its place`,
    ]);
    expect(existsSync(run.out)).toBe(false);
  });

  test("two kinds under one $id", () => {
    const folder = mkdtempSync(join(tmpdir(), "kinds-build-"));
    const b = election();
    Object.assign(b["x-news-events"], { kind: "Referendum" });
    b.properties.kind.const = "Referendum";
    writeFileSync(join(folder, "b.json"), JSON.stringify(b, null, 2));
    const run = runCli(["kinds", "build", ELECTION_SCHEMA, join(folder, "b.json"), "--out", join(folder, "out")]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      `news-events: ${join(folder, "b.json")}:3: /$id: is ${ELECTION_SCHEMA}'s $id too: give each kind its own`,
    ]);
  });

  test("each file's mistakes, a file that cannot be read among them; a kind defined twice", () => {
    const folder = mkdtempSync(join(tmpdir(), "kinds-build-"));
    const bad = election();
    bad["x-news-events"].wikidata = "8068";
    delete bad.allOf;
    const files = {
      "a.json": JSON.stringify(bad, null, 2),
      "b.json": "{,}",
      "c.json": readFileSync(ELECTION_SCHEMA, "utf8"),
      "d.json": readFileSync(ELECTION_SCHEMA, "utf8"),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const run = runCli([
      "kinds",
      "build",
      ...Object.keys(files).map((f) => join(folder, f)),
      "--out",
      join(folder, "out"),
    ]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr).map((line) => line.replaceAll(`${folder}/`, ""))).toEqual([
      // A pointer the file lacks is at the top of it.
      expect.stringMatching(/^news-events: a\.json:1: \/allOf: must include/),
      expect.stringMatching(/^news-events: a\.json:9: \/x-news-events\/wikidata: must be a Wikidata QID/),
      expect.stringMatching(/^news-events: b\.json:1:2: is not valid JSON: /),
      'news-events: d.json: kind "Election" is already defined in c.json',
    ]);
  });

  test("at most 100 lines, the last counting the rest, as validate caps a document's issues", () => {
    const schema = election();
    for (let i = 0; i < 150; i++) schema["x-news-events"][`extra${i}`] = i;
    const run = build(schema);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(100);
    expect(lines(run.stderr).at(-1)).toBe("news-events: 51 more mistakes not shown");
  });
});

describe("a kind's property that the event base has", () => {
  const ID = "https://unpkg.com/news-events@0/schemas/defs.json#/$defs/Id";
  // A kind with id as an integer built (`Shadow (Event)`, exit 0), and then no event of it was
  // valid: `/id: must be integer (got string)`, the base wanting a string; a date as a string got
  // `/date: must be object`.
  test.each([
    ["id", { type: "integer" }, "an Id (defs.json#/$defs/Id)"],
    ["date", { type: "string" }, "a FuzzyDate (defs.json#/$defs/FuzzyDate)"],
    ["location", { type: "string" }, "an Id (defs.json#/$defs/Id)"],
    ["evidence", { type: "string" }, "a list of Evidence (defs.json#/$defs/Evidence)"],
    ["name", { type: "string", maxLength: 80 }, '{"type":"string","minLength":1}'],
  ])("%s redefined is refused at its pointer, with how the base defines it", (name, mine, theirs) => {
    const schema = election();
    schema.properties[name] = mine;
    const run = build(schema);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(`^news-events: .*kind\\.schema\\.json:\\d+: /properties/${name}: is the event base's ${name}, `),
      ),
    ]);
    expect(run.stderr).toContain(
      `is the event base's ${name}, ${theirs}: a kind cannot define it again (both would apply, and an event would have to pass both): remove it, or give the kind's field a name of its own`,
    );
  });

  test("in the kind's allOf too", () => {
    const schema = election();
    schema.allOf.push({ properties: { date: { type: "string" } } });
    expect(build(schema).stderr).toMatch(/: \/allOf\/1\/properties\/date: is the event base's date, a FuzzyDate/);
  });

  test.each([
    [
      "participants as an object",
      { type: "object" },
      "/properties/participants/type: allows an object where the event base's participants is a list",
    ],
    [
      "a participant's entity as a number",
      { type: "array", items: { type: "object", properties: { entity: { type: "integer" } } } },
      "/properties/participants/items/properties/entity/type: allows an integer where the event base's participants[].entity is a string",
    ],
    [
      "a role as a number, in the kind's $defs",
      { type: "array", items: { $ref: "#/$defs/Participant" } },
      "/$defs/Participant/properties/role/type: allows an integer where the event base's participants[].role is a string",
    ],
  ])("participants narrowed so that none could be valid: %s", (_name, participants, words) => {
    const schema = election();
    schema.properties.participants = participants;
    schema.$defs.Participant = { type: "object", properties: { role: { type: "integer" } } };
    const run = build(schema);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(words);
  });

  // What docs/custom-kinds.md allows: narrowing the participants (the base leaves them open), a
  // base property said again as the base says it, and requiring one.
  test("participants narrowed to a list of roles, a base property repeated, one required: it builds and the roles hold", async () => {
    const schema = election();
    schema.properties.participants = { type: "array", items: { $ref: "#/$defs/Participant" } };
    schema.$defs.Participant = {
      type: "object",
      properties: { entity: { $ref: ID }, role: { enum: ["candidate", "winner"] } },
      required: ["entity", "role"],
      unevaluatedProperties: false,
    };
    schema.properties.location = { description: "Where the vote was held.", $ref: ID };
    schema.properties.salience = { enum: ["main", "background"] };
    schema.required.push("date");
    const run = build(schema);
    expect(run).toMatchObject({ code: 0, stdout: "kind.schema.json: Election (Event)\n" });
    const { kinds } = await import(pathToFileURL(join(run.out, "index.js")).href);
    const event = { ...electionDocument()["events"][0], participants: [{ entity: "faye", role: "loser" }] };
    const result = createValidator({ kinds }).validateEvent(event);
    expect(result.ok ? [] : result.issues.map((i) => i.pointer)).toContain("/participants/0/role");
  });
});

describe("a kind's pattern and its words", () => {
  const PATTERN = "^[0-9]{2}-[0-9]+$";
  // A kind's pattern without a $comment built, and its issue showed the regular expression
  // (`/docket: must be ^[0-9]{2}-[0-9]+$ (got "abc")`), where docs/validation.md says no message
  // shows one.
  test.each([
    ["no $comment", (docket: any) => docket, "/properties/docket/pattern"],
    [
      "a $comment that is not its words",
      (docket: any) => ({ ...docket, $comment: "docket" }),
      "/properties/docket/pattern",
    ],
    [
      "a list item's pattern, in the kind's $defs",
      (docket: any, schema: any) => {
        schema.$defs.Docket = docket;
        return { type: "array", items: { $ref: "#/$defs/Docket" } };
      },
      "/$defs/Docket/pattern",
    ],
  ])("a pattern with %s is refused at its pointer", (_name, edit, pointer) => {
    const schema = election();
    schema.properties.docket = edit({ type: "string", pattern: PATTERN }, schema);
    const run = build(schema);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      expect.stringContaining(
        `${pointer}: needs "$comment": "expected: …" beside it, the pattern in words (such as "expected: a docket number such as 24-1234"): an issue shows those words, never the regular expression`,
      ),
    ]);
  });

  test("with its words, an issue says them and never the regular expression", async () => {
    const schema = election();
    schema.properties.docket = {
      type: "string",
      pattern: PATTERN,
      $comment: "expected: a docket number such as 24-1234",
    };
    const run = build(schema);
    expect(run.code).toBe(0);
    const { kinds } = await import(pathToFileURL(join(run.out, "index.js")).href);
    const result = createValidator({ kinds }).validateEvent({ ...electionDocument()["events"][0], docket: "abc" });
    expect(result.ok ? [] : result.issues.map((i) => `${i.pointer}: ${i.message}`)).toEqual([
      '/docket: must be a docket number such as 24-1234 (got "abc")',
    ]);
  });
});

describe("a schema Ajv would not compile", () => {
  const ALLOWED = '("array", "boolean", "integer", "null", "number", "object", "string")';
  // It said `the schema does not compile: schema is invalid: data/properties/workers/type undefined,
  // data/properties/workers/type undefined, …` (Ajv's words lost), or `Maximum call stack size
  // exceeded` for a cyclic $ref, with no place; a format was "ignored" and the build failed.
  test.each([
    [
      "a type JSON Schema lacks",
      (s: any) => (s.properties.workers = { type: "strng" }),
      `/properties/workers/type: must be equal to one of the allowed values ${ALLOWED} or must be array`,
    ],
    [
      "a type list with one JSON Schema lacks (the deeper place, once)",
      (s: any) => (s.properties.workers = { type: ["string", "strng"] }),
      `/properties/workers/type/1: must be equal to one of the allowed values ${ALLOWED}`,
    ],
    [
      "a keyword JSON Schema lacks",
      (s: any) => (s.properties.office.minLenght = 1),
      '/properties/office/minLenght: the schema does not compile: strict mode: unknown keyword: "minLenght"',
    ],
    [
      "a $ref that resolves nowhere",
      (s: any) => (s.properties.round = { $ref: "#/$defs/Round" }),
      "/properties/round/$ref: the schema does not compile: can't resolve reference #/$defs/Round from id https://news.example.org/schemas/election.json",
    ],
    [
      "a keyword without its type",
      (s: any) => (s.properties.motto = { minLength: 1 }),
      '/properties/motto/minLength: the schema does not compile: strict mode: missing type "string" for keyword "minLength" (strictTypes)',
    ],
    [
      "a required property that is nowhere",
      (s: any) => s.required.push("ofice"),
      '/required/3: the schema does not compile: strict mode: required property "ofice" is not defined (strictRequired)',
    ],
    [
      "another dialect",
      (s: any) => (s.$schema = "http://json-schema.org/draft-07/schema#"),
      '/$schema: must be "https://json-schema.org/draft/2020-12/schema" (got "http://json-schema.org/draft-07/schema#"): a kind is JSON Schema 2020-12',
    ],
    [
      "a cyclic $ref, A to B to A",
      (s: any) => {
        Object.assign(s.$defs, { A: { $ref: "#/$defs/B" }, B: { $ref: "#/$defs/A" } });
        s.properties.a = { $ref: "#/$defs/A" };
      },
      "/$defs/A/$ref: is a cyclic $ref (#/$defs/A → #/$defs/B → #/$defs/A): each applies the next to the same value, without end; a schema may refer back to itself only inside properties or items",
    ],
    [
      "a schema that refers to itself in its allOf",
      (s: any) => (s.$defs.A = { type: "object", allOf: [{ $ref: "#/$defs/A" }] }),
      "/$defs/A/allOf/0/$ref: is a cyclic $ref (#/$defs/A → #/$defs/A/allOf/0 → #/$defs/A)",
    ],
    [
      "a format the build does not know",
      (s: any) => (s.properties.polled = { type: "string", format: "date" }),
      '/properties/polled/format: is not a format kinds build knows ("date"): a kind may use date-time or uri, the formats of the library\'s schemas; else a pattern with its words, or for a day, { "$ref": "https://unpkg.com/news-events@0/schemas/defs.json#/$defs/CalendarDate" }, whose days are checked to exist',
    ],
    // What a reference may name (round 27): said beside the library's Id, in names validation knows.
    [
      "a reference that names a type no entity has",
      (s: any) => (s.properties.country["x-news-events"] = { refersTo: ["nation"] }),
      '/properties/country/x-news-events/refersTo/0: is not what a reference names ("nation"): an entity type (person, country, organization, place, document), "event" (any kind) or an event kind such as "Meeting"',
    ],
    [
      "refersTo on what is no reference",
      (s: any) => (s.properties.office["x-news-events"] = { refersTo: ["person"] }),
      '/properties/office/x-news-events: is said of a reference: beside { "$ref": "https://unpkg.com/news-events@0/schemas/defs.json#/$defs/Id" }',
    ],
    [
      "an empty refersTo",
      (s: any) => (s.properties.country["x-news-events"] = { refersTo: [] }),
      "/properties/country/x-news-events/refersTo: must list what the reference may name",
    ],
    [
      "a property's x-news-events that says something else",
      (s: any) => (s.properties.country["x-news-events"] = { kind: "Country" }),
      '/properties/country/x-news-events: of a property says only what a reference names: { "refersTo": [',
    ],
  ])("%s: one line at the file's line and pointer, in Ajv's words", (_name, edit, words) => {
    const schema = election();
    edit(schema);
    const run = build(schema);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^news-events: .*kind\.schema\.json:\d+: \//)]);
    expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/undefined|Maximum call stack|ignored/);
    expect(existsSync(run.out)).toBe(false);
  });

  test("every place that is not JSON Schema, one line each, in one run", () => {
    const schema = election();
    Object.assign(schema.properties, {
      a: { type: "strng" },
      b: { type: "string", minLength: "one" },
      c: { type: "string", pattern: 5 },
      d: { type: "string", format: "email" },
    });
    const run = build(schema);
    expect(lines(run.stderr).map((line) => line.replace(/^news-events: .*?:\d+: /, "").split(":")[0])).toEqual([
      "/properties/a/type",
      "/properties/b/minLength",
      "/properties/c/pattern",
      "/properties/d/format",
    ]);
  });

  test("each file Ajv does not compile is its line, at its own line and pointer", () => {
    const folder = mkdtempSync(join(tmpdir(), "kinds-build-"));
    const [a, b] = [election(), election()];
    a.properties.office.minLenght = 1;
    Object.assign(b["x-news-events"], { kind: "Referendum" });
    b.properties.kind.const = "Referendum";
    b.$id = "https://news.example.org/schemas/referendum.json";
    b.properties.round = { $ref: "#/$defs/Round" };
    writeFileSync(join(folder, "a.json"), JSON.stringify(a, null, 2));
    writeFileSync(join(folder, "b.json"), JSON.stringify(b, null, 2));
    const run = runCli([
      "kinds",
      "build",
      join(folder, "a.json"),
      join(folder, "b.json"),
      "--out",
      join(folder, "out"),
    ]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr).map((line) => line.replace(`${folder}/`, ""))).toEqual([
      expect.stringMatching(
        /^news-events: a\.json:\d+: \/properties\/office\/minLenght: the schema does not compile: /,
      ),
      expect.stringMatching(/^news-events: b\.json:\d+: \/properties\/round\/\$ref: the schema does not compile: /),
    ]);
  });

  test("what stays allowed: a tree that refers to itself in its items, the formats date-time and uri", async () => {
    const schema = election();
    schema.$defs.Stage = {
      type: "object",
      properties: { name: { type: "string" }, stages: { type: "array", items: { $ref: "#/$defs/Stage" } } },
      unevaluatedProperties: false,
    };
    Object.assign(schema.properties, {
      stages: { $ref: "#/$defs/Stage" },
      certified: { type: "string", format: "date-time", $comment: "expected: a date-time with a UTC offset" },
      source: { type: "string", format: "uri" },
    });
    const run = build(schema);
    expect(run).toMatchObject({ code: 0, stdout: "kind.schema.json: Election (Event)\n" });
    const { kinds } = await import(pathToFileURL(join(run.out, "index.js")).href);
    const event = {
      ...electionDocument()["events"][0],
      stages: { name: "count", stages: [{ name: "first round", stages: [{ name: "regions", colour: 1 }] }] },
      source: "not a uri",
    };
    const result = createValidator({ kinds }).validateEvent(event);
    expect(result.ok ? [] : result.issues.map((i) => i.pointer).sort()).toEqual([
      "/source",
      "/stages/stages/0/stages/0/colour",
    ]);
  });
});

describe("a named property that a pattern beside it also takes", () => {
  // Ajv's strict mode refuses it with `strict mode: property home matches pattern ^h (use
  // allowMatchingProperties)`, and the build said so with no line, no pointer and an option the
  // user cannot set (found by an outside trial, round 28).
  test("is refused at the property's line and pointer, with what to change", () => {
    const schema = election();
    schema.properties.scores = {
      type: "object",
      properties: { home: { type: "integer" } },
      patternProperties: { "^h": { type: "integer" } },
    };
    const run = build(schema);
    expect(run.code).toBe(2);
    const line =
      JSON.stringify(schema, null, 2)
        .split("\n")
        .findIndex((l) => l.includes('"home"')) + 1;
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(`kind\\.schema\\.json:${line}: /properties/scores/properties/home: the schema does not compile: `),
      ),
    ]);
    expect(run.stderr).toContain(
      'the property "home" is also a key the pattern "^h" of patternProperties takes; narrow the pattern',
    );
    expect(existsSync(join(run.out, "index.js"))).toBe(false);
  });
});

describe("a condition at the kind's root", () => {
  // Beside the root's unevaluatedProperties, Ajv 8 refused a valid event whose condition was not
  // met, calling `id`, `name`, `salience` and `date` unknown (a trial's top-level if/then, round 29);
  // in an item of allOf it does not.
  test.each([
    ["if", { if: { required: ["round"] }, then: { properties: { office: true }, required: ["office"] } }],
    ["dependentSchemas", { dependentSchemas: { round: { properties: { office: true }, required: ["office"] } } }],
  ])("%s is refused at its line, saying to put it in an item of allOf", (key, condition) => {
    const run = build({ ...election(), ...condition });
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `kind\\.schema\\.json:\\d+: /${key}: beside "unevaluatedProperties": false makes Ajv refuse a valid event`,
        ),
      ),
    ]);
    expect(run.stderr).toContain("in an item of allOf");
  });

  test("in an item of allOf it builds, and a valid event whose condition is not met is valid", async () => {
    const schema = election();
    schema.allOf.push({
      if: { properties: { round: true }, required: ["round"] },
      then: { properties: { candidates: { type: "array", minItems: 2 } } },
    });
    const run = build(schema);
    expect(run.code).toBe(0);
    const { kinds } = await import(pathToFileURL(join(run.out, "index.js")).href);
    const doc = electionDocument();
    delete doc["events"][0]["round"];
    expect(createValidator({ kinds }).validateDocument(doc).ok).toBe(true);
  });

  test("a required name Ajv's strict mode wants in the subschema's own properties is said with the fix", () => {
    const schema = election();
    schema.allOf.push({ if: { required: ["round"] }, then: { properties: { country: true }, required: ["country"] } });
    const run = build(schema);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(/kind\.schema\.json:\d+: \/allOf\/1\/if\/required\/0: the schema does not compile: /),
    ]);
    expect(run.stderr).toContain(
      'required property "round" is not defined (strictRequired): name it in this subschema\'s properties too, as "properties": { "round": true } beside the required',
    );
  });
});

describe("Ajv's compile error inside a $defs entry", () => {
  // Ajv says the place from the entry (`#/properties/sector`), and the build reported it at the
  // root's line 8, or a required at `(root)`: a trial's sanctions kind (round 29).
  test.each([
    [
      "a keyword Ajv's strictTypes wants a type beside",
      { type: "object", properties: { sector: { minLength: 2 } } },
      "/$defs/Listing/properties/sector/minLength",
    ],
    [
      "a required name its strictRequired wants among the properties",
      { type: "object", properties: { name: { type: "string" } }, required: ["nationality"] },
      "/$defs/Listing/required/0",
    ],
  ])("%s is said at its own line and pointer", (_name, listing, pointer) => {
    const schema = election();
    schema.$defs.Listing = listing;
    schema.properties.listing = { $ref: "#/$defs/Listing" };
    const run = build(schema);
    const text = JSON.stringify(schema, null, 2).split("\n");
    const at = text.findIndex((l) => l.includes('"Listing": {'));
    expect(run.code).toBe(2);
    const [line] = lines(run.stderr);
    const match = /kind\.schema\.json:(\d+): (\S+): the schema does not compile/.exec(line ?? "");
    expect(match?.[2]).toBe(pointer);
    expect(Number(match?.[1])).toBeGreaterThan(at + 1);
  });
});
