// npm run bench: every figure of issue 15's table, each a ratio to (or a difference from) a
// baseline measured in the same run, with its goal and a verdict, written to docs/benchmarks.md.
// Nothing here is asserted by the tests; a machine's noise is reported, not hidden.
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism, cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createSchemaOrgGraph,
  defineArticle,
  defineEvent,
  defineImage,
  defineOrganization,
  definePerson,
  defineWebPage,
} from "@unhead/schema-org";
import { validateDocument, validateEvent } from "../dist/validate.js";
import { serializeJsonLd, toJsonLd, toJsonLdScript } from "../dist/jsonld.js";
import { burkinaFasoRussia } from "../dist/examples.js";
import { check_document, check_event } from "../src/generated/check-validators.js";
import { interleaved, median } from "./interleave.mjs";
import { timePrograms } from "./processes.mjs";
import { scaledDocument } from "./scaled-document.mjs";
import { writeSite } from "./site.mjs";
import { gateInputs, runGate } from "./peers/gate.mjs";
import { buildTypiaPeer } from "./peers/typia.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const work = join(root, ".tmp", "bench");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const started = Date.now();
const doc = structuredClone(burkinaFasoRussia);
const log = (text) => process.stderr.write(`${text}\n`);
const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "—");
const x = (n) => `${fmt(n)}×`;
const range = (r) => `${fmt(r.low)}–${fmt(r.high)}`;

// 0. Peers, the agreement gate, and which of them work without eval ------------------------------
log("0/8 peers: agreement gate and the no-eval probe…");
const peerFiles = {
  ajv: join(root, "bench/peers/ajv-runtime.mjs"),
  typebox: join(root, "bench/peers/typebox.mjs"),
  arktype: join(root, "bench/peers/arktype.mjs"),
  zod: join(root, "bench/peers/zod.mjs"),
  valibot: join(root, "bench/peers/valibot.mjs"),
  typia: await buildTypiaPeer(root, work),
};
const newsEventsPeer = {
  name: "news-events validateEvent (precompiled schema + date and consistency checks)",
  eval: false,
  meeting: (v) => validateEvent(v).ok,
  coup: (v) => validateEvent(v).ok,
};
const schemaOnlyPeer = {
  name: "news-events' precompiled schema check alone (Ajv standalone)",
  eval: false,
  meeting: (v) => check_event(v),
  coup: (v) => check_event(v),
};
const peers = { newsEvents: newsEventsPeer, schemaOnly: schemaOnlyPeer };
for (const [key, file] of Object.entries(peerFiles)) peers[key] = (await import(file)).default;
const inputs = gateInputs(structuredClone(doc));
const gate = runGate(Object.values(peers), peers.ajv.meeting, inputs);
const probe = (file) => {
  const r = spawnSync(
    process.execPath,
    ["--disallow-code-generation-from-strings", join(root, "bench/peers/eval-probe.mjs"), file],
    { cwd: root, encoding: "utf8" },
  );
  try {
    return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "");
  } catch {
    return { works: false, error: (r.stderr || r.stdout).trim().split("\n")[0]?.slice(0, 160) ?? "no output" };
  }
};
const newsEventsProbeFile = join(work, "news-events-peer.mjs");
writeFileSync(
  newsEventsProbeFile,
  `import { validateEvent } from ${JSON.stringify(join(root, "dist/validate.js"))};\nexport default { name: "news-events", meeting: (v) => validateEvent(v).ok, coup: (v) => validateEvent(v).ok };\n`,
);
const noEval = { newsEvents: probe(newsEventsProbeFile) };
for (const [key, file] of Object.entries(peerFiles)) noEval[key] = probe(file);

// 1. One event, valid, against every peer --------------------------------------------------------
log("1/8 one event against the peers…");
const meeting = inputs.find((i) => i.name === "the canonical meeting").value;
const coup = inputs.find((i) => i.name === "the canonical coup").value;
const perKind = {};
for (const [kind, value] of [
  ["meeting", meeting],
  ["coup", coup],
]) {
  const text = JSON.stringify(value);
  const tasks = { parse: () => JSON.parse(text) };
  for (const [key, peer] of Object.entries(peers)) tasks[key] = () => peer[kind](value);
  perKind[kind] = { bytes: text.length, result: interleaved(tasks, "parse", { rounds: 21 }) };
}
const f1 = perKind.meeting.result.newsEvents;

// 2. The invalid path ----------------------------------------------------------------------------
log("2/8 an invalid event…");
const typo = inputs.find((i) => i.name === "meeting: a role typo").value;
if (validateEvent(typo).ok) throw new Error("the invalid bench event is valid");
const f2 = interleaved(
  {
    valid: () => validateEvent(meeting),
    invalid: () => validateEvent(typo),
    schemaOnlyInvalid: () => check_event(typo),
    ajvInvalid: () => peers.ajv.meeting(typo),
  },
  "valid",
  { rounds: 21 },
);

// 3. The canonical document ----------------------------------------------------------------------
log("3/8 the canonical document…");
const docText = JSON.stringify(doc);
if (!validateDocument(doc).ok) throw new Error("the canonical document is not valid");
const f3 = interleaved(
  {
    parse: () => JSON.parse(docText),
    validateDocument: () => validateDocument(doc),
    schemaOnly: () => check_document(doc),
  },
  "parse",
  { rounds: 21 },
);

// 4. JSON-LD text --------------------------------------------------------------------------------
log("4/8 JSON-LD…");
const graph = toJsonLd(doc);
const unheadGraph = () => {
  const g = createSchemaOrgGraph();
  g.push([
    defineWebPage({ name: doc.headline }),
    defineArticle({
      "@type": "NewsArticle",
      headline: doc.headline,
      description: doc.description,
      datePublished: doc.published,
      inLanguage: doc.language,
      articleSection: doc.section,
      keywords: doc.keywords,
      author: doc.authors.map((a) => ({ name: a.name, url: a.url })),
      image: doc.images.map((i) => i.url),
    }),
    defineOrganization({ name: doc.publisher.name, url: doc.publisher.url, logo: doc.publisher.logo }),
    ...doc.images.map((i) => defineImage({ url: i.url, width: i.width, height: i.height, caption: i.caption })),
    ...doc.events.map((e) =>
      defineEvent({
        name: e.name,
        description: e.summary,
        startDate: e.date?.value,
        location: { name: e.location ?? "unknown" },
      }),
    ),
    ...doc.entities.filter((e) => e.type === "person").map((e) => definePerson({ name: e.name, sameAs: e.sameAs })),
  ]);
  return JSON.stringify({
    "@context": "https://schema.org",
    "@graph": g.resolveGraph({
      host: "https://news.example.org",
      url: doc.url,
      path: new URL(doc.url).pathname,
      inLanguage: doc.language,
    }),
  });
};
const f4 = interleaved(
  {
    stringify: () => JSON.stringify(graph, null, 2),
    serialize: () => serializeJsonLd(graph),
    whole: () => serializeJsonLd(toJsonLd(doc)),
    // What a page pays (issue 27): from the document to the text of its <script> element.
    script: () => toJsonLdScript(toJsonLd(doc)),
    toJsonLd: () => toJsonLd(doc),
    unhead: unheadGraph,
  },
  "stringify",
  { rounds: 21 },
);

// 5. Scaling with the number of events -----------------------------------------------------------
log("5/8 scaling: 1 to 3,000 events…");
// All sizes are timed in the same rounds, so the growth from 100 to 3,000 events is a ratio taken
// within each round (the machine's drift cancels), not across runs made at different times.
const sizes = [1, 10, 100, 1000, 3000];
const scaleTasks = {};
const scaleBytes = {};
for (const n of sizes) {
  const scaled = scaledDocument(structuredClone(doc), n);
  const check = validateDocument(scaled);
  if (!check.ok)
    throw new Error(`the ${n}-event document is not valid: ${check.issues[0]?.pointer} ${check.issues[0]?.message}`);
  const text = JSON.stringify(scaled);
  scaleBytes[n] = text.length;
  scaleTasks[`parse${n}`] = () => JSON.parse(text);
  scaleTasks[`validate${n}`] = () => validateDocument(scaled);
  scaleTasks[`jsonld${n}`] = () => serializeJsonLd(toJsonLd(scaled));
}
const scale = interleaved(scaleTasks, "parse1", { rounds: 11, sliceMs: 40, warmupMs: 200 });
const perEvent = (task, n) => scale[`${task}${n}`].ns / n / 1000;
const growth = (task) =>
  median(scale[`${task}3000`].samples.map((t, r) => t / 3000 / (scale[`${task}100`].samples[r] / 100)));
const f5 = sizes.map((n) => ({
  n,
  bytes: scaleBytes[n],
  parse: perEvent("parse", n),
  validate: perEvent("validate", n),
  jsonld: perEvent("jsonld", n),
  validateRatio: median(scale[`validate${n}`].samples.map((t, r) => t / scale[`parse${n}`].samples[r])),
}));
const jsonldGrowth = growth("jsonld");
const validateGrowth = growth("validate");

// 6. NDJSON feeds through the CLI ----------------------------------------------------------------
log("6/8 NDJSON 10 MB and 100 MB…");
async function writeNdjson(file, bytes) {
  const out = createWriteStream(file);
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const base = doc.events[i % doc.events.length];
    const line = `${JSON.stringify({ ...base, id: `${base.id}-${i}` })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
const f6 = [];
for (const [mb, rounds] of [
  [10, 9],
  [100, 5],
]) {
  const file = join(work, `events-${mb}mb.ndjson`);
  await writeNdjson(file, mb * 1024 * 1024);
  const r = timePrograms(
    {
      readline: [join(root, "bench/parse-lines.mjs"), file],
      lean: [join(root, "bench/lean-loop.mjs"), file],
      // The default (--jobs auto: worker threads from 32 MiB), then one thread, 2 and every core.
      cli: [join(root, "dist/cli.js"), "validate", file],
      jobs1: [join(root, "dist/cli.js"), "validate", "--jobs", "1", file],
      ...Object.fromEntries(
        [...new Set([2, availableParallelism()])]
          .filter((n) => n > 1)
          .map((n) => [`jobs${n}`, [join(root, "dist/cli.js"), "validate", "--jobs", String(n), file]]),
      ),
    },
    "readline",
    rounds,
    root,
  );
  f6.push({ mb, size: statSync(file).size, rounds, ...r });
  rmSync(file);
}

// 6b. export (issue 26): feeds of whole documents as Parquet and CSV, against a validate pass ------
log("6b/8 export: document feeds of 10 MB and 100 MB…");
async function writeDocumentFeed(file, bytes) {
  const out = createWriteStream(file);
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const line = `${JSON.stringify({ ...doc, url: `https://news.example.org/feed/${i}/` })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
const f6b = [];
for (const [mb, rounds] of [
  [10, 3],
  [100, 3],
]) {
  const file = join(work, `documents-${mb}mb.ndjson`);
  await writeDocumentFeed(file, mb * 1024 * 1024);
  const run = join(root, "bench/export-run.mjs");
  const r = timePrograms(
    {
      validate: [join(root, "dist/cli.js"), "validate", file],
      jobs1: [join(root, "dist/cli.js"), "validate", "--jobs", "1", file],
      parquet: [run, join(work, "export-out"), file, "--format", "parquet"],
      csv: [run, join(work, "export-out"), file, "--format", "csv"],
    },
    "validate",
    rounds,
    root,
  );
  f6b.push({ mb, size: statSync(file).size, rounds, ...r });
  rmSync(file);
}

// 7. Start-up ------------------------------------------------------------------------------------
// Wall time of whole processes, 31 interleaved runs, medians: the CLI is judged as a user meets it.
log("7/8 start-up…");
const small = join(work, "three-events.ndjson");
writeFileSync(
  small,
  doc.events
    .slice(0, 3)
    .map((e) => JSON.stringify(e))
    .join("\n"),
);
const readSmall = `require("node:fs").readFileSync(${JSON.stringify(small)}, "utf8").split("\\n").map((l) => JSON.parse(l))`;
const f7 = timePrograms(
  {
    bare: ["-e", "0"],
    cjs: [
      "-e",
      `const { validateEvent } = require(${JSON.stringify(join(root, "dist/validate.cjs"))}); for (const e of ${readSmall}) if (!validateEvent(e).ok) process.exit(3);`,
    ],
    esm: [
      "--input-type=module",
      "-e",
      `import { createRequire } from "node:module"; const require = createRequire(import.meta.url); const { validateEvent } = await import(${JSON.stringify(join(root, "dist/validate.js"))}); for (const e of ${readSmall}) if (!validateEvent(e).ok) process.exit(3);`,
    ],
    esmEmpty: ["--input-type=module", "-e", `await import(${JSON.stringify(join(root, "bench/empty.mjs"))});`],
    cliVersion: [join(root, "dist/cli.js"), "--version"],
    cliValidate: [join(root, "dist/cli.js"), "validate", small],
  },
  "bare",
  31,
  root,
);
const startOver = (k) => f7[k].ms - f7.bare.ms;

// 8. Type-check cost of importing the types ------------------------------------------------------
log("8/8 type-check time…");
const types = join(root, ".tmp", "bench-types");
rmSync(types, { recursive: true, force: true });
mkdirSync(types, { recursive: true });
writeFileSync(join(types, "empty.ts"), "export {};\n");
writeFileSync(
  join(types, "consumer.ts"),
  `import type { NewsDocument, NewsEvent, Coup } from "news-events";
export const kinds = (doc: NewsDocument): NewsEvent["kind"][] => (doc.events ?? []).map((e) => e.kind);
export const outcome = (coup: Coup): string => coup.outcome;
`,
);
const tsc = join(root, "node_modules/typescript/bin/tsc");
const checkTime = (file, skipLibCheck) => {
  const config = join(types, `tsconfig-${file}-${skipLibCheck}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        noEmit: true,
        strict: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        lib: ["ES2022"],
        types: [],
        skipLibCheck,
      },
      files: [file],
    }),
  );
  const times = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, [tsc, "--extendedDiagnostics", "-p", config], {
      cwd: root,
      encoding: "utf8",
    });
    times.push(Number(/Total time:\s+([\d.]+)s/.exec(out)?.[1]));
  }
  return Math.min(...times);
};
const f8 = { empty: checkTime("empty.ts", true), consumer: checkTime("consumer.ts", true) };

// 9. Allocation ----------------------------------------------------------------------------------
// Bytes allocated per valid call, in a process whose young generation holds a whole batch.
log("9/10 allocation…");
const allocationRun = spawnSync(
  process.execPath,
  ["--expose-gc", "--min-semi-space-size=64", "--max-semi-space-size=64", join(root, "bench/allocation.mjs")],
  { cwd: root, encoding: "utf8" },
);
if (allocationRun.status !== 0) throw new Error(`bench/allocation.mjs failed: ${allocationRun.stderr.slice(0, 300)}`);
const f9 = JSON.parse(allocationRun.stdout.trim().split("\n").at(-1));

// 10. A static site through the checker ---------------------------------------------------------
log("10/10 check of a 1,000-page site…");
const site = join(work, "site");
const siteBytes = writeSite(site, doc, 1000);
const f10 = {
  bytes: siteBytes,
  ...timePrograms(
    {
      sax: [join(root, "bench/parse5-pass.mjs"), site],
      check: [join(root, "dist/cli.js"), "check", site],
    },
    "sax",
    5,
    root,
  ),
};
rmSync(site, { recursive: true, force: true });

// Report -----------------------------------------------------------------------------------------
const { report } = await import("./report.mjs");
const text = report({
  machine: `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
  seconds: (Date.now() - started) / 1000,
  peers,
  noEval,
  gate,
  perKind,
  f1,
  f2,
  f3,
  f4,
  f5,
  jsonldGrowth,
  validateGrowth,
  f6,
  f6b,
  f7,
  startOver,
  f8,
  f9,
  f10,
  median,
  x,
  fmt,
  range,
});
writeFileSync(join(root, "docs", "benchmarks.md"), text);
process.stdout.write(text);
