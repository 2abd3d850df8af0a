import { readdirSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { createAjv } from "../helpers/ajv.js";
import { repoPath } from "../helpers/fixtures.js";

type Json = Record<string, unknown>;
const files = readdirSync(repoPath("schemas")).filter((f) => f.endsWith(".json")).sort();
const schemas = Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(repoPath(`schemas/${f}`), "utf8")) as Json]));

/** Every subschema with its JSON Pointer inside the file. */
function* subschemas(node: unknown, pointer = ""): Generator<[string, Json]> {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) yield* subschemas(n, `${pointer}/${i}`);
    return;
  }
  if (!node || typeof node !== "object") return;
  const schema = node as Json;
  yield [pointer, schema];
  for (const key of ["$defs", "properties"]) {
    const map = schema[key] as Record<string, unknown> | undefined;
    for (const [name, child] of Object.entries(map ?? {})) yield* subschemas(child, `${pointer}/${key}/${name}`);
  }
  for (const key of ["items", "oneOf"]) if (schema[key]) yield* subschemas(schema[key], `${pointer}/${key}`);
}

test("schemas/ holds the document, the event union, each kind and the shared definitions", () => {
  expect(files).toEqual([
    "coup.json",
    "defs.json",
    "document.json",
    "event-base.json",
    "event.json",
    "general.json",
    "meeting.json",
    "partnership.json",
  ]);
});

describe.each(files)("%s", (file) => {
  const schema = schemas[file] as Json;

  test("is draft 2020-12 with an absolute $id and a title", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["$id"]).toBe(`https://unpkg.com/news-events@0/schemas/${file}`);
    expect(typeof schema["title"]).toBe("string");
    expect(typeof schema["description"]).toBe("string");
  });

  test("validates against the 2020-12 meta-schema", () => {
    const ajv = createAjv();
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  test("every property has a description", () => {
    const missing: string[] = [];
    for (const [pointer, sub] of subschemas(schema)) {
      if (pointer.split("/").at(-2) === "properties" && typeof sub["description"] !== "string") missing.push(pointer);
    }
    expect(missing).toEqual([]);
  });

  test("every object rejects unknown properties", () => {
    const open: string[] = [];
    for (const [pointer, sub] of subschemas(schema)) {
      if (sub["type"] === "object" && sub["properties"] && !sub["oneOf"] && sub["additionalProperties"] !== false) open.push(pointer);
    }
    // The event base is extended by users' kinds (allOf + unevaluatedProperties: false in theirs),
    // so its event and participant objects stay open; every other object is closed.
    expect(open).toEqual(file === "event-base.json" ? ["", "/$defs/Participant"] : []);
  });
});

test("all schemas compile together with Ajv in strict mode", () => {
  const ajv = createAjv({ allErrors: true });
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  for (const file of files) {
    expect(() => ajv.getSchema(`https://unpkg.com/news-events@0/schemas/${file}`)).not.toThrow();
  }
  const validate = ajv.getSchema("https://unpkg.com/news-events@0/schemas/document.json");
  const example = JSON.parse(readFileSync(repoPath("examples/burkina-faso-russia/document.json"), "utf8")) as unknown;
  expect(validate?.(example), JSON.stringify(validate?.errors)).toBe(true);
});

test("the generated types and validators are up to date with the schemas", () => {
  // Exits 1 and names the stale file when regenerating would change anything in src/generated/.
  expect(() => execFileSync(process.execPath, [repoPath("scripts/generate.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
});

test("hovers carry only our words: every generated type has its own description and no generator boilerplate", () => {
  const types = readFileSync(repoPath("src/generated/types.ts"), "utf8");
  expect(types).not.toMatch(/referenced by|JSON-Schema/);
  const exported = [...types.matchAll(/(\*\/\n)?export (?:type|interface) (\w+)/g)];
  expect(exported.length).toBeGreaterThan(20);
  expect(exported.filter((m) => m[1] === undefined).map((m) => m[2])).toEqual([]);
  expect(types).not.toMatch(/\/\*\*\s*\*\//);
});
