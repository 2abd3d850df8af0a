// Bytes allocated per call, on the valid path: run with
//   node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64 bench/allocation.mjs
// The young generation is made large enough that a batch of calls allocates without a garbage
// collection (checked: a batch during which one ran is measured again, smaller), so the growth of
// the heap across the batch is what the calls allocated. Prints one JSON line: KiB per call.
// With --shares (bench/run.mjs), also the precompiled schema check's own share and the same calls
// on the rich document (bench/rich-document.mjs).
import { PerformanceObserver } from "node:perf_hooks";
import { validateDocument, validateEvent } from "../dist/validate.js";
import { toJsonLd, toJsonLdScript } from "../dist/jsonld.js";
import { burkinaFasoRussia } from "../dist/examples.js";
import { check_document } from "../src/generated/check-validators.js";
import { richDocument } from "./rich-document.mjs";

if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
const doc = structuredClone(burkinaFasoRussia);
const text = JSON.stringify(doc);
// Issue 27 item 4: the canonical document with quantities, relations and a general-kind event.
const rich = richDocument(burkinaFasoRussia);
// Every garbage collection's start time: a batch is kept only if none started inside it.
const collections = [];
new PerformanceObserver((list) => collections.push(...list.getEntries().map((e) => e.startTime))).observe({
  entryTypes: ["gc"],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** KiB allocated per call of `fn` over one batch with no garbage collection in it. */
async function batchPerCall(fn) {
  for (let batch = 200; batch >= 5; batch = Math.floor(batch / 2)) {
    globalThis.gc();
    await settle();
    const start = performance.now();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < batch; i++) fn();
    const after = process.memoryUsage().heapUsed;
    const end = performance.now();
    await settle();
    if (!collections.some((t) => t >= start && t <= end)) return (after - before) / batch / 1024;
  }
  throw new Error("every batch saw a garbage collection: raise --min-semi-space-size");
}

/**
 * KiB allocated per call of `fn`: the least of five batches, after 3,000 calls. Code V8 has not
 * optimised yet (or has just deoptimised) allocates more for the same work, so a busy machine
 * inflates a single batch; after 300 calls, the optimising compiler (on its own thread) had not
 * always finished, and every batch of a run read up to half again the steady figure.
 */
async function perCall(fn) {
  for (let i = 0; i < 3000; i++) fn();
  const batches = [];
  for (let i = 0; i < 5; i++) batches.push(await batchPerCall(fn));
  return Math.min(...batches);
}

const result = {
  validateDocument: await perCall(() => validateDocument(doc)),
  validateEvent: await perCall(() => validateEvent(doc.events[0])),
  // The same on the rich document, and the schema check alone (Ajv's own share) of the canonical one.
  validateRichDocument: await perCall(() => validateDocument(rich)),
  schemaCheck: await perCall(() => check_document(doc)),
  jsonLdScript: await perCall(() => toJsonLdScript(toJsonLd(doc))),
  parse: await perCall(() => JSON.parse(text)),
};
if (process.argv.includes("--shares")) {
  const rich = richDocument(burkinaFasoRussia);
  const richText = JSON.stringify(rich);
  Object.assign(result, {
    checkDocument: await perCall(() => check_document(doc)),
    richValidateDocument: await perCall(() => validateDocument(rich)),
    richCheckDocument: await perCall(() => check_document(rich)),
    richJsonLdScript: await perCall(() => toJsonLdScript(toJsonLd(rich))),
    richParse: await perCall(() => JSON.parse(richText)),
  });
}
if (!validateDocument(doc).ok) throw new Error("the canonical document is not valid");
if (!validateDocument(rich).ok) throw new Error("the rich document is not valid");
process.stdout.write(`${JSON.stringify(result)}\n`);
