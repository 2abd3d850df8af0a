import { readFileSync, readdirSync } from "node:fs";
import { registerSchema, setShouldValidateFormat, validate, type Validator } from "@hyperjump/json-schema/draft-2020-12";
import "@hyperjump/json-schema/formats";
import { beforeAll, describe, expect, test } from "vitest";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { createAjv } from "../helpers/ajv.js";

// A second, independent implementation of JSON Schema 2020-12 (Hyperjump, not Ajv) reads the
// published schemas exactly as a user of another toolchain would: by their absolute $id, with
// formats asserted. Agreement with Ajv is what makes "plain JSON Schema" a promise we keep.
const BASE = "https://unpkg.com/news-events@0/schemas/";
const schemaFiles = readdirSync(repoPath("schemas")).filter((f) => f.endsWith(".json")).sort();
const schemas = schemaFiles.map((f) => JSON.parse(readFileSync(repoPath(`schemas/${f}`), "utf8")) as { $id: string });

let hyperjumpDocument: Validator;
let hyperjumpEvent: Validator;
beforeAll(async () => {
  setShouldValidateFormat(true);
  for (const schema of schemas) registerSchema(schema);
  hyperjumpDocument = await validate(`${BASE}document.json`);
  hyperjumpEvent = await validate(`${BASE}event.json`);
});

const ajv = createAjv();
for (const schema of schemas) ajv.addSchema(schema);
const ajvDocument = ajv.getSchema(`${BASE}document.json`)!;
const ajvEvent = ajv.getSchema(`${BASE}event.json`)!;

test("every published schema is registered under its absolute $id", () => {
  expect(schemas.map((s) => s.$id)).toEqual(schemaFiles.map((f) => `${BASE}${f}`));
});

test("the canonical document is valid for both implementations", () => {
  const doc = canonicalDocument();
  expect(hyperjumpDocument(doc).valid).toBe(true);
  expect(ajvDocument(doc)).toBe(true);
});

/** Broken copies of the canonical document, each against one kind of keyword. */
const BROKEN: { name: string; edit: (doc: Record<string, unknown> & { events: Record<string, unknown>[] }) => void }[] = [
  { name: "required", edit: (d) => { delete d["headline"]; } },
  { name: "type", edit: (d) => { d["language"] = 7; } },
  { name: "enum in a discriminated event", edit: (d) => { d.events[2]!["outcome"] = "sucessful"; } },
  { name: "additionalProperties", edit: (d) => { d["headlinee"] = "x"; } },
  { name: "pattern (URL)", edit: (d) => { d["url"] = "news.example.org/article"; } },
  { name: "format date-time", edit: (d) => { d["published"] = "2023-11-08T25:00:00+00:00"; } },
  { name: "unknown event kind", edit: (d) => { d.events[0]!["kind"] = "Summit"; } },
];

describe("a broken copy is rejected by both", () => {
  test.each(BROKEN)("$name", ({ edit }) => {
    const doc = canonicalDocument() as unknown as Parameters<(typeof BROKEN)[number]["edit"]>[0];
    edit(doc);
    expect(hyperjumpDocument(doc).valid).toBe(false);
    expect(ajvDocument(doc)).toBe(false);
  });
});

test("each record of the NDJSON feed example gets the same verdict from both", () => {
  const lines = readFileSync(repoPath("examples/ndjson-feed/events.ndjson"), "utf8").split("\n").filter((l) => l.trim() !== "");
  const verdicts = lines.flatMap((line) => {
    let record: unknown;
    try { record = JSON.parse(line); } catch { return []; }
    return [{ id: (record as { id?: string }).id, hyperjump: hyperjumpEvent(record).valid, ajv: ajvEvent(record) }];
  });
  expect(verdicts.length).toBeGreaterThanOrEqual(4);
  for (const v of verdicts) expect(v.hyperjump, v.id).toBe(v.ajv);
  // The feed's schema-valid records really are valid: a validator that accepted nothing would fail here.
  expect(verdicts.filter((v) => v.hyperjump).length).toBeGreaterThanOrEqual(4);
});
