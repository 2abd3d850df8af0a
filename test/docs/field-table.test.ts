import { readdirSync, readFileSync, existsSync } from "node:fs";
import { expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import { toNinjs } from "../../src/ninjs/index.js";
import { validateDocument } from "../../src/validate/index.js";
import type { NewsDocument } from "../../src/index.js";
import { fieldInstances } from "../helpers/field-walk.js";
import { repoPath } from "../helpers/fixtures.js";

// docs/fields.md says, for every field, what it becomes in the SEO graph and in ninjs, or that it
// is not there ("—"). Each claim is tried on the real documents under examples/: the field is
// removed (where the document stays valid) and the outputs compared.
/** A field's mark: "(required)", "(required when …)" and the like, or none. */
type Required = "always" | "sometimes" | "never";
const table = new Map<string, { seo: string; ninjs: string; required: Required }>();
let owner = "";
for (const line of readFileSync(repoPath("docs/fields.md"), "utf8").split("\n")) {
  const heading = /^## (\w+)$/.exec(line);
  if (heading) owner = heading[1] as string;
  const row = /^\| `([^`]+)`( \(required[^)]*\))? \| (.*?) \| `[^`]+` \| (.*) \|$/.exec(line);
  if (row) {
    const mark = row[2];
    const required: Required = mark === undefined ? "never" : mark === " (required)" ? "always" : "sometimes";
    table.set(`${owner}.${row[1]}`, { seo: row[3] as string, ninjs: row[4] as string, required });
  }
}

const examples = readdirSync(repoPath("examples"))
  .filter((name) => existsSync(repoPath(`examples/${name}/document.json`)))
  .map((name) => ({
    name,
    doc: JSON.parse(readFileSync(repoPath(`examples/${name}/document.json`), "utf8")) as NewsDocument,
  }))
  // A document of a user-defined kind (examples/custom-kind-election) needs its built kinds.
  .filter(({ doc }) => validateDocument(doc).ok);

/** The document without the value at `pointer`. */
function without(doc: NewsDocument, pointer: string): NewsDocument {
  const copy = structuredClone(doc) as unknown as Record<string, unknown>;
  const keys = pointer
    .split("/")
    .slice(1)
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let parent: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  delete parent[keys.at(-1) as string];
  return copy as unknown as NewsDocument;
}

const outputs = { seo: (d: NewsDocument) => JSON.stringify(toJsonLd(d)), ninjs: (d: NewsDocument) => JSON.stringify(toNinjs(d)) };
const wrong: string[] = [];
const changedSomewhere = { seo: new Set<string>(), ninjs: new Set<string>() };
const tried = new Set<string>();
const requiredTried = new Set<string>();
const requiredSomewhere = new Set<string>();
const wrongRequired: string[] = [];
for (const { name, doc } of examples) {
  const base = { seo: outputs.seo(doc), ninjs: outputs.ninjs(doc) };
  for (const field of fieldInstances(doc)) {
    const key = `${field.owner}.${field.property}`;
    const claims = table.get(key);
    if (!claims) {
      wrong.push(`${key} (${name}${field.pointer}) is not in docs/fields.md`);
      continue;
    }
    const changed = without(doc, field.pointer);
    const result = validateDocument(changed);
    // "(required)": removing the field is refused as missing there; any other field is not missing.
    const missing = !result.ok && result.issues.some((i) => i.code === "required" && i.pointer === field.pointer);
    requiredTried.add(key);
    if (missing) requiredSomewhere.add(key);
    // "(required)": always refused as missing; no mark: never; "(required when …)": as it says.
    if (claims.required !== "sometimes" && missing !== (claims.required === "always"))
      wrongRequired.push(
        `${key}: docs/fields.md ${claims.required === "always" ? "marks" : "does not mark"} it required, yet removing ${name}${field.pointer} ${missing ? "is" : "is not"} refused as missing`,
      );
    if (!result.ok) continue;
    tried.add(key);
    for (const output of ["seo", "ninjs"] as const) {
      const differs = outputs[output](changed) !== base[output];
      if (differs) changedSomewhere[output].add(key);
      if (differs && claims[output].startsWith("—"))
        wrong.push(`${key}: docs/fields.md says it is not in ${output}, yet removing ${name}${field.pointer} changes it`);
    }
  }
}

test("every field the examples hold has a row in docs/fields.md", () => {
  expect(table.size).toBeGreaterThan(150);
  expect(tried.size).toBeGreaterThan(100);
  expect(wrong.filter((w) => w.includes("is not in docs/fields.md"))).toEqual([]);
});

test('a field docs/fields.md marks "(required)" is refused as missing when removed, one it marks "(required when …)" only then, and no other field is', () => {
  expect([...requiredTried].filter((k) => table.get(k)?.required === "always").length).toBeGreaterThan(60);
  expect(wrongRequired).toEqual([]);
  // Each condition the table names is one validation holds some example to.
  const conditional = [...table].filter(([, c]) => c.required === "sometimes").map(([k]) => k);
  expect(conditional.length).toBeGreaterThanOrEqual(8);
  expect(conditional.filter((k) => requiredTried.has(k) && !requiredSomewhere.has(k))).toEqual([]);
});

test('a field docs/fields.md calls absent ("—") from the SEO graph or ninjs changes neither when removed', () => {
  expect(wrong.filter((w) => !w.includes("is not in docs/fields.md"))).toEqual([]);
});

// A claim that only documents outside the examples can show says so, and loses the mark once an example shows it.
const UNSHOWN = "(not shown by the examples)";

test("a field docs/fields.md says the SEO graph or ninjs carries changes it when removed from some example", () => {
  const silent: string[] = [];
  const stale: string[] = [];
  for (const key of tried)
    for (const output of ["seo", "ninjs"] as const) {
      const claim = table.get(key)?.[output] ?? "—";
      if (claim.startsWith("—")) continue;
      const shown = changedSomewhere[output].has(key);
      if (!shown && !claim.includes(UNSHOWN)) silent.push(`${output} ${key}: ${claim}`);
      if (shown && claim.includes(UNSHOWN)) stale.push(`${output} ${key}: ${claim}`);
    }
  expect(silent).toEqual([]);
  expect(stale).toEqual([]);
});
