import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import type { ErrorObject } from "ajv";
import * as check from "../../src/generated/check-validators.js";
import { createAjv } from "../helpers/ajv.js";
import { canonicalDocument, exampleDocument, REAL_EVENT_EXAMPLES, repoPath } from "../helpers/fixtures.js";

// The generated validators are Ajv's standalone code rewritten for speed and size
// (scripts/generate/speed-rewrites.mjs, error-calls.mjs, unique-items.mjs): each rewrite promises
// Ajv's errors in Ajv's order, which the explanations are built from (a misspelt required property
// is named by the "required" issue that comes before the unknown key's). Here Ajv itself, compiled
// at run time from the published schemas with allErrors, is the oracle, on the canonical document
// and the real examples broken at random.

const BASE = "https://unpkg.com/news-events@0/schemas/";
const ajv = createAjv({ allErrors: true });
for (const file of readdirSync(repoPath("schemas")).filter((f) => f.endsWith(".json")))
  ajv.addSchema(JSON.parse(readFileSync(repoPath(`schemas/${file}`), "utf8")) as object);
const ajvDocument = ajv.getSchema(`${BASE}document.json`)!;
const ajvEvent = ajv.getSchema(`${BASE}event.json`)!;

/** An error as both report it: the generated code names patterns and formats by key, not by source. */
const said = (e: ErrorObject) =>
  `${e.instancePath} ${e.keyword} ${e.keyword === "pattern" || e.keyword === "format" ? "" : JSON.stringify(e.params)}`;

const BASES = [canonicalDocument(), ...REAL_EVENT_EXAMPLES.map((name) => exampleDocument(name))];

/** Every [parent, key] of a value, depth first. */
function places(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (value !== null && typeof value === "object")
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      out.push([value as Record<string, unknown>, key]);
      places((value as Record<string, unknown>)[key as string], out);
    }
  return out;
}

/** One edit at a place: drop it, misspell its key, give it a number, or add an unknown key beside it. */
function edit(root: unknown, at: number, how: number): void {
  const all = places(root);
  const [parent, key] = all[at % all.length]!;
  const object = parent as Record<string, unknown>;
  if (how === 0) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete object[key];
  } else if (how === 1 && !Array.isArray(parent)) {
    object[`${key}x`] = object[key];
    delete object[key];
  } else if (how === 2) object[key] = 42;
  else if (!Array.isArray(parent)) object["zz"] = "?";
}

const edits = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 })), { minLength: 1, maxLength: 5 });

test("a broken document gets Ajv's errors, in Ajv's order", () => {
  fc.assert(
    fc.property(fc.nat({ max: BASES.length - 1 }), edits, (which, changes) => {
      const doc = structuredClone(BASES[which]);
      for (const [at, how] of changes) edit(doc, at, how);
      const oracle = ajvDocument(doc);
      expect(check.check_document(doc)).toBe(oracle);
      expect((check.check_document.errors ?? []).map(said)).toEqual((ajvDocument.errors ?? []).map(said));
    }),
    { numRuns: 400 },
  );
});

test("a broken event gets Ajv's errors, in Ajv's order", () => {
  const events = BASES.flatMap((doc) => doc.events ?? []);
  fc.assert(
    fc.property(fc.nat({ max: events.length - 1 }), edits, (which, changes) => {
      const event = structuredClone(events[which]);
      for (const [at, how] of changes) edit(event, at, how);
      expect(check.check_event(event)).toBe(ajvEvent(event));
      expect((check.check_event.errors ?? []).map(said)).toEqual((ajvEvent.errors ?? []).map(said));
    }),
    { numRuns: 400 },
  );
});
