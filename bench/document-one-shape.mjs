// Run as `node bench/document-one-shape.mjs ROUNDS`: figure 2 — validateDocument of the canonical
// document against `JSON.parse` of its text, with the precompiled schema check alone beside — in a
// process that has met no other input (a feed of documents of one shape). bench/run.mjs times the
// figure after the gate's 46 events, whose shapes the document checks meet again (they share the
// event checks); here each property read has the canonical document's shapes alone to expect.
// Prints one JSON line: the interleaved result of each task ({ ratio, low, high, ns }).
import { interleaved } from "./interleave.mjs";

const { burkinaFasoRussia } = await import(new URL("../dist/examples.js", import.meta.url).href);
const { validateDocument } = await import(new URL("../dist/validate.js", import.meta.url).href);
const { check_document } = await import(new URL("../src/generated/check-validators.js", import.meta.url).href);
const doc = structuredClone(burkinaFasoRussia);
if (!validateDocument(doc).ok) throw new Error("the canonical document is not valid");
const text = JSON.stringify(doc);
const rounds = Number(process.argv[2] ?? 21);
const result = interleaved(
  {
    parse: () => JSON.parse(text),
    validateDocument: () => validateDocument(doc),
    schemaOnly: () => check_document(doc),
  },
  "parse",
  { rounds },
);
for (const r of Object.values(result)) delete r.samples;
console.log(JSON.stringify(result));
