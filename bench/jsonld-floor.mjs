// The floor of figure 1 (issue 27, row 1), measured: what any builder of this JSON-LD, with the
// safety promises of `toJsonLd`, must do beyond `JSON.stringify(graph, null, 2)`, each part timed
// interleaved with that baseline (bench/interleave.mjs, medians of per-round ratios, CPU time):
//
//   text   `toJsonLdScript` of a graph allocated afresh (bench/graph-floor.mjs: object and array
//          literals of the output's shape, values by reference): the script-safe text of a new
//          graph — `JSON.stringify` plus the scan for `<`, `>`, `&`, U+2028 and U+2029 that keeps
//          the text from closing the script element, and the graph's allocation.
//   checks the patterns of every value the guard must check (each url, sameAs and logo; each id
//          and reference; each Wikidata QID), collected beforehand: no walk, no bookkeeping.
//   reads  a walk that reads every value the guard must visit (the document without its body
//          and evidence spans), checking nothing.
//
// Run alone, it also times `toJsonLd` of a deeply frozen document, which the guard accepts once
// and never walks again: the builder without the guard, so that the guard's own share is seen
// (a document validateDocument accepted is walked like any other: nothing marks it).
//
// The floor is text + checks + reads; the builder's own work (choosing and shaping the nodes,
// making the ids, keeping every @id one node's) comes on top. Build dist/ first (`npx tsup`).
// Run: node bench/jsonld-floor.mjs [rounds]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { interleaved, median } from "./interleave.mjs";
import { literalCopier } from "./graph-floor.mjs";
import { richDocument } from "./rich-document.mjs";
import { toJsonLd, toJsonLdScript } from "../dist/jsonld.js";
import { burkinaFasoRussia } from "../dist/examples.js";
import { patternFunction } from "../scripts/generate/pattern-code.mjs";

const rounds = Number(process.argv[2]) || 21;
const defs = JSON.parse(readFileSync(new URL("../schemas/defs.json", import.meta.url), "utf8")).$defs;
const facts = readFileSync(new URL("../src/generated/schema-facts.ts", import.meta.url), "utf8");
const keysOf = (name) =>
  JSON.parse(new RegExp(`export const ${name}: readonly string\\[\\] = (\\[[^\\]]*\\]);`).exec(facts)[1]);
/**
 * A pattern as the library tests it: compiled as the validators compile it where it is simple (an
 * id's `{0,99}` as a length and an open RegExp, a QID as a loop over char codes), else its RegExp.
 */
const tester = (source) => {
  const code = patternFunction(source);
  return {
    test: code === undefined ? RegExp.prototype.test.bind(new RegExp(source)) : new Function(`return ${code}`)(),
  };
};
const rules = new Map([
  ...keysOf("ID_KEYS").map((key) => [key, tester(defs.Id.pattern)]),
  ...keysOf("URL_KEYS").map((key) => [key, tester(defs.Url.pattern)]),
  ...keysOf("WIKIDATA_KEYS").map((key) => [key, tester(defs.Wikidata.pattern)]),
]);
const SKIPPED = new Set(["body", "evidence", "mentions"]);

/** Every [text, pattern] the guard checks in `doc`. */
function checked(doc) {
  const out = [];
  const visit = (value, rule) => {
    if (typeof value === "string" && rule) out.push([value, rule]);
    else if (Array.isArray(value)) for (const item of value) visit(item, rule);
    else if (value !== null && typeof value === "object")
      for (const key in value) if (!SKIPPED.has(key)) visit(value[key], rules.get(key));
  };
  visit(doc, undefined);
  return out;
}

/** Reads every value the guard visits; returns how many. */
function reads(value) {
  let n = 0;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) n += 1 + reads(value[i]);
  else if (value !== null && typeof value === "object")
    for (const key in value) if (!SKIPPED.has(key)) n += 1 + reads(value[key]);
  return n;
}

/**
 * The floor's three parts for `doc` as tasks to time beside `JSON.stringify(graph, null, 2)`
 * (`text`, `checks`, `reads`, see above), and how many values the guard checks. bench/run.mjs
 * times them in figure 1's own rounds.
 */
export function floorTasks(doc) {
  const fresh = structuredClone(doc);
  const graph = toJsonLd(structuredClone(doc));
  const copy = literalCopier(graph);
  const checks = checked(fresh);
  if (!checks.every(([text, rule]) => rule.test(text))) throw new Error("a check fails on a valid document");
  if (toJsonLdScript(copy()) !== toJsonLdScript(graph)) throw new Error("the copy gives another text");
  let sink = 0;
  return {
    count: checks.length,
    tasks: {
      text: () => toJsonLdScript(copy()),
      checks: () => {
        for (let i = 0; i < checks.length; i++) if (checks[i][1].test(checks[i][0])) sink++;
        return sink;
      },
      reads: () => (sink += reads(fresh)),
    },
  };
}

/** The floor as a ratio: per round, (text + checks + reads) ÷ stringify, the median. */
export function floorRatio(r) {
  return median(r.text.samples.map((t, i) => (t + r.checks.samples[i] + r.reads.samples[i]) / r.stringify.samples[i]));
}

/** A deep copy of `value` with every object and array frozen. */
export function frozenCopy(value) {
  const copy = structuredClone(value);
  const freeze = (v) => {
    if (v !== null && typeof v === "object") {
      for (const key of Object.keys(v)) freeze(v[key]);
      Object.freeze(v);
    }
  };
  freeze(copy);
  return copy;
}

function floor(doc) {
  const fresh = structuredClone(doc);
  // The guard accepts a deeply frozen document once and never walks it again (src/jsonld/guard.ts):
  // `toJsonLd` of it is the builder alone, and the difference to a fresh document the guard's walk.
  const frozen = frozenCopy(doc);
  toJsonLd(frozen);
  const graph = toJsonLd(structuredClone(doc));
  const { tasks, count } = floorTasks(doc);
  const r = interleaved(
    {
      stringify: () => JSON.stringify(graph, null, 2),
      script: () => toJsonLdScript(toJsonLd(fresh)),
      toJsonLd: () => toJsonLd(fresh),
      builder: () => toJsonLd(frozen),
      scriptOfGraph: () => toJsonLdScript(graph),
      ...tasks,
    },
    "stringify",
    { rounds },
  );
  return { r, floorRatio: floorRatio(r), checked: count };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

function main() {
  for (const [name, doc] of [
    ["canonical", burkinaFasoRussia],
    ["rich", richDocument(burkinaFasoRussia)],
  ]) {
    const { r, floorRatio, checked: n } = floor(doc);
    const f = (k) => `${r[k].ratio.toFixed(2)}× (${r[k].low.toFixed(2)}–${r[k].high.toFixed(2)})`;
    console.log(`${name}: JSON.stringify(graph, null, 2) ${(r.stringify.ns / 1000).toFixed(1)} µs`);
    console.log(`  toJsonLdScript(toJsonLd(doc))          ${f("script")}`);
    console.log(`  toJsonLd(doc) alone                    ${f("toJsonLd")}`);
    console.log(`  builder: toJsonLd of a frozen document ${f("builder")} (the guard's walk: the rest)`);
    console.log(`  toJsonLdScript of the built graph      ${f("scriptOfGraph")}`);
    console.log(`  text: script text of a fresh graph     ${f("text")}`);
    console.log(`  checks: the ${n} patterns the guard runs ${f("checks")}`);
    console.log(`  reads: every value the guard visits    ${f("reads")}`);
    console.log(`  floor = text + checks + reads          ${floorRatio.toFixed(2)}×`);
  }
}
