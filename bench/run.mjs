// npm run bench: five figures, each a ratio to a baseline measured in the same run, written to
// docs/benchmarks.md. Nothing here is asserted by the tests; a machine's noise is reported, not hidden.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";
import { Bench } from "tinybench";
import * as v from "valibot";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { createSchemaOrgGraph, defineArticle, defineEvent, defineImage, defineOrganization, definePerson, defineWebPage } from "@unhead/schema-org";
import { validateEvent } from "../dist/index.js";
import { serializeJsonLd, toJsonLd } from "../dist/jsonld.js";
import { burkinaFasoRussia } from "../dist/examples.js";
import { meeting as valibotMeeting } from "./valibot-meeting.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const work = join(root, ".tmp", "bench");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const started = Date.now();
const doc = structuredClone(burkinaFasoRussia);
const log = (text) => process.stderr.write(`${text}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 2) => n.toFixed(digits);

async function timeTasks(tasks, time = 1500) {
  const bench = new Bench({ time, warmupTime: 300 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return Object.fromEntries(bench.tasks.map((t) => [t.name, t.result.latency.p50 * 1e6])); // ns, median
}

// 1. Validating one parsed typical event ------------------------------------------------------
log("1/5 validating a typical event…");
const event = doc.events[0];
const eventText = JSON.stringify(event);
const parsed = JSON.parse(eventText);
const ajv = new Ajv2020({ strict: true, discriminator: true });
ajvFormats.default(ajv);
for (const file of readdirSync(join(root, "schemas"))) ajv.addSchema(JSON.parse(readFileSync(join(root, "schemas", file), "utf8")));
const ajvRuntime = ajv.getSchema("https://unpkg.com/news-events@0/schemas/event.json");
if (!validateEvent(parsed).ok || !ajvRuntime(parsed) || !v.safeParse(valibotMeeting, parsed).success) throw new Error("bench event is not valid everywhere");
// The baseline itself swings by a third between passes on this machine, so three passes are
// made and the pass with the median ratio is reported.
const f1Passes = [];
for (let pass = 0; pass < 3; pass++) {
  f1Passes.push(await timeTasks({
    "JSON.parse of the event's text (baseline)": () => JSON.parse(eventText),
    "news-events validateEvent (precompiled + date checks)": () => validateEvent(parsed),
    "Ajv compiled at run time, same schemas (schema only)": () => ajvRuntime(parsed),
    "valibot, same shape": () => v.safeParse(valibotMeeting, parsed),
  }, 1000));
}
const f1Ratio = (pass) => pass["news-events validateEvent (precompiled + date checks)"] / pass["JSON.parse of the event's text (baseline)"];
const f1 = [...f1Passes].sort((a, b) => f1Ratio(a) - f1Ratio(b))[1];
const f1Base = f1["JSON.parse of the event's text (baseline)"];

// 2. Fresh process to first validation ----------------------------------------------------------
// Each process reports performance.now() (milliseconds since the process started) once its first
// validation is done; the bare process reports it at once. Measured inside the process, the figure
// is free of the spawn noise of a busy 2-core machine; 31 interleaved runs, medians.
log("2/5 fresh process to first validation…");
const eventFile = join(work, "event.json");
writeFileSync(eventFile, eventText);
const readEvent = `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(eventFile)}, "utf8"))`;
const schemaDir = JSON.stringify(join(root, "schemas"));
const processes = {
  bare: ["-e", "console.log(performance.now())"],
  cjs: ["-e", `const { validateEvent } = require(${JSON.stringify(join(root, "dist/validate.cjs"))}); if (!validateEvent(${readEvent}).ok) process.exit(3); console.log(performance.now());`],
  esm: ["--input-type=module", "-e", `import { createRequire } from "node:module"; const require = createRequire(import.meta.url); const { validateEvent } = await import(${JSON.stringify(join(root, "dist/validate.js"))}); if (!validateEvent(${readEvent}).ok) process.exit(3); console.log(performance.now());`],
  esmEmpty: ["--input-type=module", "-e", `await import(${JSON.stringify(join(root, "bench/empty.mjs"))}); console.log(performance.now());`],
  ajvRuntime: ["-e", `const { Ajv2020 } = require("ajv/dist/2020.js"); const f = require("ajv-formats").default; const fs = require("node:fs"); const ajv = new Ajv2020({ strict: true, discriminator: true }); f(ajv); for (const n of fs.readdirSync(${schemaDir})) ajv.addSchema(JSON.parse(fs.readFileSync(${schemaDir} + "/" + n, "utf8"))); if (!ajv.getSchema("https://unpkg.com/news-events@0/schemas/event.json")(${readEvent})) process.exit(3); console.log(performance.now());`],
};
const startup = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`fresh process failed: ${r.stderr}`);
  return Number(r.stdout.trim());
};
const f2 = Object.fromEntries(Object.keys(processes).map((k) => [k, []]));
for (let i = 0; i < 31; i++) for (const [k, args] of Object.entries(processes)) f2[k].push(startup(args));
const f2m = Object.fromEntries(Object.entries(f2).map(([k, xs]) => [k, median(xs)]));

// 3. The canonical document to its JSON-LD text --------------------------------------------------
log("3/5 JSON-LD…");
const graph = toJsonLd(doc);
const unheadGraph = () => {
  const g = createSchemaOrgGraph();
  g.push([
    defineWebPage({ name: doc.headline }),
    defineArticle({ "@type": "NewsArticle", headline: doc.headline, description: doc.description, datePublished: doc.published, inLanguage: doc.language, articleSection: doc.section, keywords: doc.keywords, author: doc.authors.map((a) => ({ name: a.name, url: a.url })), image: doc.images.map((i) => i.url) }),
    defineOrganization({ name: doc.publisher.name, url: doc.publisher.url, logo: doc.publisher.logo }),
    ...doc.images.map((i) => defineImage({ url: i.url, width: i.width, height: i.height, caption: i.caption })),
    ...doc.events.map((e) => defineEvent({ name: e.name, description: e.summary, startDate: e.date?.value, location: { name: e.location ?? "unknown" } })),
    ...doc.entities.filter((e) => e.type === "person").map((e) => definePerson({ name: e.name, sameAs: e.sameAs })),
  ]);
  return JSON.stringify({ "@context": "https://schema.org", "@graph": g.resolveGraph({ host: "https://news.example.org", url: doc.url, path: new URL(doc.url).pathname, inLanguage: doc.language }) });
};
const f3 = await timeTasks({
  "JSON.stringify of the resulting graph (baseline)": () => JSON.stringify(graph, null, 2),
  "news-events toJsonLd + serializeJsonLd": () => serializeJsonLd(toJsonLd(doc)),
  "@unhead/schema-org 3.1.3 comparable graph + JSON.stringify": unheadGraph,
});
const f3Base = f3["JSON.stringify of the resulting graph (baseline)"];

// 4. news-events validate over NDJSON vs a parse-only loop ---------------------------------------
log("4/5 NDJSON 10 MB and 100 MB…");
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
const measure = (args) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", join(root, "bench/maxrss.mjs"), ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return { ms, rss, out: r.stdout.trim().split("\n").at(-1) };
};
const f4 = [];
for (const mb of [10, 100]) {
  const file = join(work, `events-${mb}mb.ndjson`);
  await writeNdjson(file, mb * 1024 * 1024);
  const runs = { cli: [], parse: [] };
  for (let i = 0; i < 3; i++) {
    runs.cli.push(measure([join(root, "dist/cli.js"), "validate", file]));
    runs.parse.push(measure([join(root, "bench/parse-lines.mjs"), file]));
  }
  const pick = (xs) => xs.sort((a, b) => a.ms - b.ms)[1];
  f4.push({ mb, size: statSync(file).size, cli: pick(runs.cli), parse: pick(runs.parse) });
  rmSync(file);
}

// 5. Type-check cost of importing the types ------------------------------------------------------
log("5/5 type-check time…");
const types = join(root, ".tmp", "bench-types");
rmSync(types, { recursive: true, force: true });
mkdirSync(types, { recursive: true });
writeFileSync(join(types, "empty.ts"), "export {};\n");
writeFileSync(join(types, "consumer.ts"), `import type { NewsDocument, NewsEvent, Coup } from "news-events";
export const kinds = (doc: NewsDocument): NewsEvent["kind"][] => (doc.events ?? []).map((e) => e.kind);
export const outcome = (coup: Coup): string => coup.outcome;
`);
const tsc = join(root, "node_modules/typescript/bin/tsc");
const checkTime = (file, skipLibCheck) => {
  const config = join(types, `tsconfig-${file}-${skipLibCheck}.json`);
  writeFileSync(config, JSON.stringify({
    compilerOptions: { noEmit: true, strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", lib: ["ES2022"], types: [], skipLibCheck },
    files: [file],
  }));
  const times = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, [tsc, "--extendedDiagnostics", "-p", config], { cwd: root, encoding: "utf8" });
    times.push(Number(/Total time:\s+([\d.]+)s/.exec(out)?.[1]));
  }
  return Math.min(...times);
};
const f5 = {};
for (const skip of [true, false]) f5[skip ? "skipLibCheck true" : "skipLibCheck false"] = { empty: checkTime("empty.ts", skip), consumer: checkTime("consumer.ts", skip) };

// Report -----------------------------------------------------------------------------------------
const nodeVersion = process.version;
const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${nodeVersion}; ${new Date().toISOString().slice(0, 10)}`;
const r1 = f1["news-events validateEvent (precompiled + date checks)"] / f1Base;
const d2cjs = f2m.cjs - f2m.bare;
const d2esm = f2m.esm - f2m.bare;
const r3 = f3["news-events toJsonLd + serializeJsonLd"] / f3Base;
const r4 = f4.map((x) => x.cli.ms / x.parse.ms);
const d5 = f5["skipLibCheck true"].consumer - f5["skipLibCheck true"].empty;
const verdict = (ok) => (ok ? "met" : "**missed**");
const lines = [
  "# Benchmarks",
  "",
  "Written by `npm run bench` (`bench/run.mjs`). Every figure is a ratio to, or a difference from, a baseline measured in the same run on the same machine; medians throughout. No timing is asserted in the tests.",
  "",
  `Machine: ${machine}. The run took ${fmt((Date.now() - started) / 1000, 0)} s.`,
  "",
  "| # | figure | goal | measured | verdict |",
  "|---|---|---|---|---|",
  `| 1 | validate one parsed typical event ÷ \`JSON.parse\` of its text | ≤ 0.5× | ${fmt(r1)}× | ${verdict(r1 <= 0.5)} |`,
  `| 2a | fresh process to first validation − bare node, CommonJS \`require\` | ≤ +20 ms | +${fmt(d2cjs, 1)} ms | ${verdict(d2cjs <= 20)} |`,
  `| 2b | the same with ESM \`import\` (Node's ESM loader alone costs +${fmt(f2m.esmEmpty - f2m.bare, 1)} ms here) | ≤ +20 ms | +${fmt(d2esm, 1)} ms | ${verdict(d2esm <= 20)} |`,
  `| 3 | canonical document → JSON-LD text ÷ \`JSON.stringify\` of the graph | ≤ 3× | ${fmt(r3)}× | ${verdict(r3 <= 3)} |`,
  `| 4 | \`news-events validate\` over NDJSON ÷ parse-only loop (10 MB / 100 MB) | ≤ 1.5× | ${r4.map((r) => `${fmt(r)}×`).join(" / ")} | ${verdict(r4.every((r) => r <= 1.5))} |`,
  `| 5 | type-check of a file importing the types − empty file (skipLibCheck true) | ≤ +0.3 s | +${fmt(d5)} s | ${verdict(d5 <= 0.3)} |`,
  "",
  "## 1. Validating one parsed event",
  "",
  `The event is the canonical Coulibaly–Shoigu meeting (${eventText.length} bytes of JSON: participants, a relative date, evidence spans). Three passes; the ratios were ${f1Passes.map((p) => fmt(f1Ratio(p))).join(", ")}; the median pass is shown.`,
  "",
  "| task | median ns | × JSON.parse |",
  "|---|---|---|",
  ...Object.entries(f1).map(([k, ns]) => `| ${k} | ${fmt(ns, 0)} | ${fmt(ns / f1Base)}× |`),
  "",
  "## 2. Fresh process to first validation",
  "",
  "Milliseconds from process start (`performance.now()`) to the end of the first validation of the event read from a file; 31 interleaved runs, medians. The bare process prints at once.",
  "",
  "| process | median ms | − bare |",
  "|---|---|---|",
  `| bare \`node -e\` | ${fmt(f2m.bare, 1)} | — |`,
  `| news-events, CommonJS \`require\` (precompiled validators) | ${fmt(f2m.cjs, 1)} | +${fmt(f2m.cjs - f2m.bare, 1)} |`,
  `| news-events, ESM \`import\` (precompiled validators) | ${fmt(f2m.esm, 1)} | +${fmt(f2m.esm - f2m.bare, 1)} |`,
  `| for scale: ESM \`import\` of an empty module | ${fmt(f2m.esmEmpty, 1)} | +${fmt(f2m.esmEmpty - f2m.bare, 1)} |`,
  `| Ajv compiled at run time (ajv + ajv-formats, same schemas) | ${fmt(f2m.ajvRuntime, 1)} | +${fmt(f2m.ajvRuntime - f2m.bare, 1)} |`,
  "",
  "## 3. JSON-LD",
  "",
  "| task | median µs | × JSON.stringify |",
  "|---|---|---|",
  ...Object.entries(f3).map(([k, ns]) => `| ${k} | ${fmt(ns / 1000, 1)} | ${fmt(ns / f3Base)}× |`),
  "",
  "The @unhead/schema-org graph is comparable, not identical: page, article, publisher, author, images, the five events and the people — no roles, quotes, corrections or entity links, which it has no helpers for.",
  "",
  "## 4. NDJSON",
  "",
  "Generated feeds of the canonical events with distinct ids; median of three runs; peak resident memory from `process.resourceUsage().maxRSS`.",
  "",
  "| feed | `news-events validate` | parse-only loop | ratio | peak memory (CLI / loop) |",
  "|---|---|---|---|---|",
  ...f4.map((x) => `| ${fmt(x.size / 2 ** 20, 0)} MB | ${fmt(x.cli.ms, 0)} ms (${x.cli.out}) | ${fmt(x.parse.ms, 0)} ms | ${fmt(x.cli.ms / x.parse.ms)}× | ${fmt(x.cli.rss, 0)} / ${fmt(x.parse.rss, 0)} MiB |`),
  "",
  "## 5. Type-check cost",
  "",
  "`tsc --noEmit --extendedDiagnostics` total time, best of five, of a file that imports `NewsDocument`, `NewsEvent` and `Coup` from the package, and of an empty file.",
  "",
  "| setting | empty file | importing file | difference |",
  "|---|---|---|---|",
  ...Object.entries(f5).map(([k, x]) => `| ${k} | ${fmt(x.empty)} s | ${fmt(x.consumer)} s | +${fmt(x.consumer - x.empty)} s |`),
  "",
];
// Where a goal is missed: by how much, why, and what would close it.
const misses = [];
if (r1 > 0.5) misses.push(`- **1** (${fmt(r1)}× for ≤ 0.5×): validateEvent is Ajv's precompiled check plus the date checks (real calendar days, precision, anchors). The check alone is in the table; closing the gap means fewer string patterns per event (ids are checked by a regular expression each).`);
if (d2cjs > 20) misses.push(`- **2a** (+${fmt(d2cjs, 1)} ms for ≤ +20 ms): the time is compiling the precompiled validator module at start-up. Node ≥ 22.1's compile cache (\`module.enableCompileCache()\`) removes most of it; so would splitting the document validator from the event validator.`);
if (d2esm > 20) misses.push(`- **2b** (+${fmt(d2esm, 2)} ms for ≤ +20 ms, over by ${fmt(d2esm - 20, 2)} ms): Node's ESM loader alone costs +${fmt(f2m.esmEmpty - f2m.bare, 1)} ms (an empty module, same table); the rest is the same module compilation as 2a, which meets the goal through \`require\`. Closing it: Node ≥ 22.1's compile cache, or a smaller validator module (an events-only entry for feeds).`);
if (r3 > 3) misses.push(`- **3** (${fmt(r3)}× for ≤ 3×): building the graph walks the document once per node kind and classifies every event.`);
if (r4.some((r) => r > 1.5)) misses.push(`- **4** (${r4.map((r) => fmt(r)).join(" / ")}× for ≤ 1.5×): each record is validated after parsing; the parse-only loop is the floor.`);
if (d5 > 0.3) misses.push(`- **5** (+${fmt(d5)} s for ≤ +0.3 s): the types pulled in more declarations than the model's own.`);
lines.push("## Goals missed", "", ...(misses.length > 0 ? misses : ["None in this run."]), "");
const report = `${lines.join("\n")}\n`;
writeFileSync(join(root, "docs", "benchmarks.md"), report);
process.stdout.write(report);
