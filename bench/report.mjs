// The Markdown report of bench/run.mjs: a goals table with verdicts, one section per figure, and,
// for each goal missed, what the same run measured about why.

const verdict = (ok) => (ok ? "met" : "**missed**");
/** A difference in milliseconds with its sign: +12.3, −0.8. */
const signed = (n) => (Number.isFinite(n) ? `${n < 0 ? "−" : "+"}${Math.abs(n).toFixed(1)}` : "—");

export function report(m) {
  const {
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
    x,
    fmt,
    range,
  } = m;
  const invalidCost = f2.invalid.ratio;
  const serialize = f4.serialize;
  const [nd10, nd100] = f6;
  const [ex10, ex100] = f6b;
  const exportMemory = ex100.parquet.rss / ex10.parquet.rss;
  const cliStart = startOver("cliValidate");
  const typeCost = f8.consumer - f8.empty;
  const goals = [
    [
      "1",
      "`validateEvent` (canonical meeting) ÷ `JSON.parse` of its text",
      "≤ 0.22×, no eval",
      f1.ratio,
      f1.ratio <= 0.22,
      x(f1.ratio),
    ],
    [
      "2",
      "`validateDocument` (canonical document) ÷ `JSON.parse` of its text",
      "≤ 0.5×",
      f3.validateDocument.ratio,
      f3.validateDocument.ratio <= 0.5,
      x(f3.validateDocument.ratio),
    ],
    [
      "3",
      "an invalid event (one enum typo) ÷ the valid event",
      "≤ 1.5×",
      invalidCost,
      invalidCost <= 1.5,
      x(invalidCost),
    ],
    [
      "4",
      "document → JSON-LD script text (`toJsonLdScript(toJsonLd(doc))`) ÷ `JSON.stringify(graph, null, 2)` (issue 27: what a page pays)",
      "≤ 1.3×",
      f4.script.ratio,
      f4.script.ratio <= 1.3,
      x(f4.script.ratio),
    ],
    [
      "5",
      "`toJsonLd` + text per event, 3,000 events ÷ 100 events",
      "≤ 1.2×",
      jsonldGrowth,
      jsonldGrowth <= 1.2,
      x(jsonldGrowth),
    ],
    [
      "6",
      "CLI `validate` (default `--jobs auto`), 10 MB NDJSON ÷ readline + `JSON.parse` loop",
      "≤ 1.2×",
      nd10.cli.ratio,
      nd10.cli.ratio <= 1.2,
      x(nd10.cli.ratio),
    ],
    [
      "7",
      "CLI `validate`, 100 MB NDJSON ÷ the same loop",
      "≤ 0.95×",
      nd100.cli.ratio,
      nd100.cli.ratio <= 0.95,
      x(nd100.cli.ratio),
    ],
    [
      "8",
      "CLI start to first validation − bare `node`",
      "≤ +15 ms",
      cliStart,
      cliStart <= 15,
      `${signed(cliStart)} ms`,
    ],
    [
      "10",
      "allocation of one valid `validateDocument` (canonical), KiB",
      "≤ 20 KiB",
      f9.validateDocument,
      f9.validateDocument <= 20,
      `${fmt(f9.validateDocument, 1)} KiB`,
    ],
    [
      "11",
      "`check` of a 1,000-page static site ÷ a parse5 tokenizer pass over the same files",
      "≤ 1.5×",
      f10.check.ratio,
      f10.check.ratio <= 1.5,
      x(f10.check.ratio),
    ],
    [
      "9",
      "type-check of a file importing the types − an empty file (skipLibCheck)",
      "≤ +0.3 s",
      typeCost,
      typeCost <= 0.3,
      `+${fmt(typeCost)} s`,
    ],
    [
      "10",
      "`export --format parquet`, 100 MB document feed ÷ `validate` of it (peak memory 100 MB ÷ 10 MB ≤ 1.3×)",
      "≤ 1.5×",
      ex100.parquet.ratio,
      ex100.parquet.ratio <= 1.5 && exportMemory <= 1.3,
      `${x(ex100.parquet.ratio)}, memory ${x(exportMemory)}`,
    ],
  ];
  const peerOrder = ["newsEvents", "schemaOnly", "ajv", "typebox", "arktype", "zod", "valibot", "typia"];
  const evalCell = (key) => {
    if (key === "schemaOnly") return "no";
    const probe = noEval[key];
    const claims = peers[key].eval ? "yes" : "no";
    return `${claims}; ${probe?.works ? "works" : `fails (${probe?.error ?? "?"})`}`;
  };
  const fastestNoEval = peerOrder
    .filter((k) => k !== "newsEvents" && k !== "schemaOnly" && noEval[k]?.works)
    .sort((a, b) => perKind.meeting.result[a].ratio - perKind.meeting.result[b].ratio)[0];
  const fastestAny = peerOrder
    .filter((k) => k !== "newsEvents" && k !== "schemaOnly")
    .sort((a, b) => perKind.meeting.result[a].ratio - perKind.meeting.result[b].ratio)[0];

  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (`bench/run.mjs`). Every figure is a ratio to, or a difference from, a baseline measured in the same run on the same machine. In-process figures are timed in 21 interleaved rounds (every task in every round, the ratio taken within the round, the median ratio reported, with its range), so the machine's drift cancels; processes are timed interleaved too. No timing is asserted in the tests.",
    "",
    `Machine: ${m.machine}. The run took ${fmt(m.seconds, 0)} s.`,
    "",
    "| # | figure | goal | measured | verdict |",
    "|---|---|---|---|---|",
    ...goals.map(([n, figure, goal, , ok, shown]) => `| ${n} | ${figure} | ${goal} | ${shown} | ${verdict(ok)} |`),
    "",
    "## One event, against the fastest peers",
    "",
    `Each peer checks hand-written equivalents of the Meeting and Coup schemas (\`bench/peers/\`, vocabularies and patterns read from the published schemas). Before any timing, a gate of ${gate.inputs} events (${gate.valid} valid, the rest with exactly one error each) proved that every peer gives Ajv's answer on every one. "Needs eval" is what the library does by default; the last column is a fresh process run with \`--disallow-code-generation-from-strings\` through the same gate.`,
    "",
    `| implementation | meeting (${perKind.meeting.bytes} B) × parse | coup (${perKind.coup.bytes} B) × parse | needs eval; without eval |`,
    "|---|---|---|---|",
    ...peerOrder.map(
      (k) =>
        `| ${peers[k].name} | ${x(perKind.meeting.result[k].ratio)} (${range(perKind.meeting.result[k])}) | ${x(perKind.coup.result[k].ratio)} (${range(perKind.coup.result[k])}) | ${evalCell(k)} |`,
    ),
    `| \`JSON.parse\` of the text (baseline) | 1.00× (${fmt(perKind.meeting.result.parse.ns / 1000, 2)} µs) | 1.00× (${fmt(perKind.coup.result.parse.ns / 1000, 2)} µs) | — |`,
    "",
    "news-events does more than the peers: after the schema it checks that dates are real calendar days in order, precision matches the value, and an event agrees with itself (scale and sides, fates, stages). The second row is its schema check alone, the part comparable with the peers.",
    "",
    "## An invalid event",
    "",
    "The canonical meeting with one participant's role misspelt (`hostt`). The invalid path explains the fast run's first error (a \"did you mean\" included) instead of validating again.",
    "",
    "| task | × the valid event's validateEvent |",
    "|---|---|",
    `| validateEvent, valid | 1.00× (${fmt(f2.valid.ns / 1000, 2)} µs) |`,
    `| validateEvent, one enum typo | ${x(f2.invalid.ratio)} (${range(f2.invalid)}) |`,
    `| the precompiled schema check alone, same input | ${x(f2.schemaOnlyInvalid.ratio)} |`,
    `| Ajv compiled at run time, same input | ${x(f2.ajvInvalid.ratio)} |`,
    "",
    "## The canonical document",
    "",
    "| task | × JSON.parse |",
    "|---|---|",
    `| \`JSON.parse\` of the text (baseline, ${fmt(f3.parse.ns / 1000, 1)} µs) | 1.00× |`,
    `| validateDocument | ${x(f3.validateDocument.ratio)} (${range(f3.validateDocument)}) |`,
    `| the precompiled schema check alone | ${x(f3.schemaOnly.ratio)} (${range(f3.schemaOnly)}) |`,
    "",
    "## JSON-LD",
    "",
    "| task | × JSON.stringify(graph, null, 2) |",
    "|---|---|",
    `| \`JSON.stringify\` of the graph (baseline, ${fmt(f4.stringify.ns / 1000, 1)} µs) | 1.00× |`,
    `| serializeJsonLd of the same graph (script-safe text) | ${x(f4.serialize.ratio)} (${range(f4.serialize)}) |`,
    `| toJsonLd + serializeJsonLd, from the document | ${x(f4.whole.ratio)} (${range(f4.whole)}) |`,
    `| toJsonLd alone (the graph, no text) | ${x(f4.toJsonLd.ratio)} (${range(f4.toJsonLd)}) |`,
    `| toJsonLdScript(toJsonLd(doc)): the \`<script>\` element's text from the document | ${x(f4.script.ratio)} (${range(f4.script)}) |`,
    `| @unhead/schema-org, a comparable graph + JSON.stringify | ${x(f4.unhead.ratio)} |`,
    "",
    "The @unhead/schema-org graph is comparable, not identical: page, article, publisher, author, images, the five events and the people — no roles, quotes, corrections or entity links, which it has no helpers for.",
    "",
    "## Scaling with the number of events",
    "",
    "The canonical document's events copied in groups with fresh ids (`bench/scaled-document.mjs`; quotes, claims and verifications left out). Microseconds per event, every size timed in the same 11 interleaved rounds; the growth below is the median of the per-round ratios.",
    "",
    "| events | JSON bytes | JSON.parse µs/event | validateDocument µs/event (× parse) | toJsonLd + text µs/event |",
    "|---|---|---|---|---|",
    ...f5.map(
      (s) =>
        `| ${s.n.toLocaleString("en")} | ${s.bytes.toLocaleString("en")} | ${fmt(s.parse)} | ${fmt(s.validate)} (${x(s.validateRatio)}) | ${fmt(s.jsonld)} |`,
    ),
    "",
    `Per-event cost at 3,000 events ÷ at 100: JSON-LD ${x(jsonldGrowth)}, validation ${x(validateGrowth)} (below 1: fixed costs spread over more events).`,
    "",
    "## NDJSON feeds through the CLI",
    "",
    "Generated feeds of the canonical events with distinct ids. The programs run in turn: the readline + `JSON.parse` loop (`bench/parse-lines.mjs`, the baseline), the lean loop (`bench/lean-loop.mjs`: bytes split on newlines, parse, `validateEvent`, nothing reported — the floor for any single-threaded loop that validates), and `news-events validate` as a user runs it (`--jobs auto`: one thread below 32 MiB, up to four from there). Medians of interleaved runs; peak resident memory from `process.resourceUsage().maxRSS`.",
    "",
    "| feed | runs | readline loop | lean loop | `news-events validate` | CLI ÷ readline | CLI ÷ lean | peak memory (readline / lean / CLI) |",
    "|---|---|---|---|---|---|---|---|",
    ...f6.map(
      (f) =>
        `| ${fmt(f.size / 2 ** 20, 0)} MB | ${f.rounds} | ${fmt(f.readline.ms, 0)} ms | ${fmt(f.lean.ms, 0)} ms (${x(f.lean.ratio)}) | ${fmt(f.cli.ms, 0)} ms (${f.cli.out}) | ${x(f.cli.ratio)} | ${x(f.cli.ms / f.lean.ms)} | ${fmt(f.readline.rss, 0)} / ${fmt(f.lean.rss, 0)} / ${fmt(f.cli.rss, 0)} MiB |`,
    ),
    "",
    "`validate --jobs N` judges NDJSON in regular files on N worker threads (the main thread reads and splits; the report is byte-identical and in the same order, `test/cli/parallel.test.ts`):",
    "",
    "| feed | " +
      Object.keys(f6[0])
        .filter((k) => k.startsWith("jobs"))
        .map((k) => `--jobs ${k.slice(4)}`)
        .join(" | ") +
      " |",
    "|---|" +
      Object.keys(f6[0])
        .filter((k) => k.startsWith("jobs"))
        .map(() => "---|")
        .join(""),
    ...f6.map(
      (f) =>
        `| ${fmt(f.size / 2 ** 20, 0)} MB | ` +
        Object.keys(f)
          .filter((k) => k.startsWith("jobs"))
          .map(
            (k) =>
              `${fmt(f[k].ms, 0)} ms (${x(f[k].ratio)} readline${k === "jobs1" ? "" : `; ${x(f[k].ms / f.jobs1.ms)} of --jobs 1`}), ${fmt(f[k].rss, 0)} MiB`,
          )
          .join(" | ") +
        " |",
    ),
    "",
    "Each worker loads the validators for itself (tens of milliseconds), so threads pay off on large feeds, not small ones.",
    "",
    "## Export (issue 26)",
    "",
    "`news-events export` of feeds of whole documents (the canonical document, one per line, each with its own URL) as Parquet and as CSV, against `news-events validate` of the same feed (its default `--jobs auto`, and `--jobs 1`). Export validates every record as `validate --jobs 1` does, then writes its rows (docs/tables.md). Medians of interleaved runs; peak resident memory.",
    "",
    "| feed | runs | `validate` | `validate --jobs 1` | export Parquet | export CSV | peak memory (validate / Parquet / CSV) |",
    "|---|---|---|---|---|---|---|",
    ...f6b.map(
      (f) =>
        `| ${fmt(f.size / 2 ** 20, 0)} MB | ${f.rounds} | ${fmt(f.validate.ms, 0)} ms | ${fmt(f.jobs1.ms, 0)} ms | ${fmt(f.parquet.ms, 0)} ms (${x(f.parquet.ratio)} validate) | ${fmt(f.csv.ms, 0)} ms (${x(f.csv.ratio)}) | ${fmt(f.validate.rss, 0)} / ${fmt(f.parquet.rss, 0)} / ${fmt(f.csv.rss, 0)} MiB |`,
    ),
    "",
    `Peak memory of the Parquet export, 100 MB ÷ 10 MB: ${x(exportMemory)} (goal ≤ 1.3×).`,
    "",
    "## Start-up",
    "",
    "Wall time of whole processes, 31 interleaved runs, medians. The library rows import `news-events/validate` and validate three events; the CLI validates the same three from a file. `validate` loads neither parse5 nor the checker (each command's module is imported when it runs; `test/cli/startup.test.ts` follows the static imports of `dist/cli.js` to prove it).",
    "",
    "| process | median ms | − bare node |",
    "|---|---|---|",
    `| bare \`node -e 0\` | ${fmt(f7.bare.ms, 1)} | — |`,
    `| library, CommonJS \`require\` | ${fmt(f7.cjs.ms, 1)} | ${signed(startOver("cjs"))} |`,
    `| library, ESM \`import\` | ${fmt(f7.esm.ms, 1)} | ${signed(startOver("esm"))} |`,
    `| for scale: ESM \`import\` of an empty module | ${fmt(f7.esmEmpty.ms, 1)} | ${signed(startOver("esmEmpty"))} |`,
    `| \`news-events --version\` | ${fmt(f7.cliVersion.ms, 1)} | ${signed(startOver("cliVersion"))} |`,
    `| \`news-events validate\` (three events) | ${fmt(f7.cliValidate.ms, 1)} | ${signed(cliStart)} |`,
    "",
    "## Type-check cost",
    "",
    "`tsc --noEmit --extendedDiagnostics` total time, best of five, with skipLibCheck: a file that imports `NewsDocument`, `NewsEvent` and `Coup` from the package, and an empty file.",
    "",
    `| empty file | importing file | difference |`,
    "|---|---|---|",
    `| ${fmt(f8.empty)} s | ${fmt(f8.consumer)} s | +${fmt(typeCost)} s |`,
    "",
    "## Allocation",
    "",
    "KiB allocated per valid call, the young generation large enough that a batch runs without a garbage collection (`bench/allocation.mjs`, checked per batch).",
    "",
    "| call | KiB per call |",
    "|---|---|",
    `| \`JSON.parse\` of the canonical document's text (reference) | ${fmt(f9.parse, 1)} |`,
    `| validateDocument (canonical) | ${fmt(f9.validateDocument, 1)} |`,
    `| validateEvent (canonical meeting) | ${fmt(f9.validateEvent, 1)} |`,
    `| toJsonLdScript(toJsonLd(doc)) | ${fmt(f9.jsonLdScript, 1)} |`,
    "",
    "## A static site through the checker",
    "",
    `1,000 article pages (${fmt(f10.bytes / 2 ** 20, 1)} MiB, \`bench/site.mjs\`), 5 interleaved runs of each program, medians.`,
    "",
    "| program | ms | × the tokenizer pass | peak RSS |",
    "|---|---|---|---|",
    `| parse5's tokenizer over every file, tokens ignored (\`bench/parse5-pass.mjs\`) | ${fmt(f10.sax.ms, 0)} | 1.00× | ${fmt(f10.sax.rss, 0)} MiB |`,
    `| \`news-events check\` on the directory | ${fmt(f10.check.ms, 0)} | ${x(f10.check.ratio)} | ${fmt(f10.check.rss, 0)} MiB |`,
    "",
  ];

  const misses = [];
  const schemaOnly = perKind.meeting.result.schemaOnly.ratio;
  if (f1.ratio > 0.22) {
    misses.push(
      `- **1** (${x(f1.ratio)} for ≤ 0.22×): the precompiled schema check alone is ${x(schemaOnly)}; the date and consistency checks add ${x(f1.ratio - schemaOnly)}. The fastest peer that works without eval, ${peers[fastestNoEval]?.name ?? "none"}, is ${x(perKind.meeting.result[fastestNoEval]?.ratio)} and checks the schema only; the fastest of all, ${peers[fastestAny]?.name}, is ${x(perKind.meeting.result[fastestAny]?.ratio)}${peers[fastestAny]?.eval ? " and needs eval" : ""}. Closing the gap means giving up a promise: the calendar and consistency checks, or Ajv's standalone code (the schema as the single source of truth) for a hand-written or eval-compiled checker.`,
    );
  }
  if (f3.validateDocument.ratio > 0.5) {
    misses.push(
      `- **2** (${x(f3.validateDocument.ratio)} for ≤ 0.5×): the schema check alone is ${x(f3.schemaOnly.ratio)}; the rest is the document checks no schema can express — every reference resolved to the right kind of thing, every evidence span compared with the body at its offsets, dates real and in order, verifications resolved — which are the reason to validate a document rather than its shape.`,
    );
  }
  if (invalidCost > 1.5)
    misses.push(
      `- **3** (${x(invalidCost)} for ≤ 1.5×): building the issue (its message and "did you mean") costs more than the check.`,
    );
  if (serialize.ratio > 1.3)
    misses.push(
      `- **4** (${x(serialize.ratio)} for ≤ 1.3×): the graph holds characters that must be escaped for a script element, so the text is scanned twice.`,
    );
  if (jsonldGrowth > 1.2)
    misses.push(`- **5** (${x(jsonldGrowth)} for ≤ 1.2×): building the graph is not linear in the number of events.`);
  if (ex100.parquet.ratio > 1.5 || exportMemory > 1.3)
    misses.push(
      `- **10** (${x(ex100.parquet.ratio)} of validate, memory ${x(exportMemory)}): export validates each record as \`validate --jobs 1\` does (${x(ex100.jobs1.ms / ex100.validate.ms)} of the default), then walks it into rows and encodes them in JavaScript (hyparquet-writer); its live heap stays ~20 MB throughout, but V8 grows the heap it keeps with the rate of allocation.`,
    );
  for (const [n, f, goal] of [
    ["6", nd10, 1.2],
    ["7", nd100, 0.95],
  ]) {
    if (f.cli.ratio <= goal) continue;
    const jobs = Object.keys(f)
      .filter((k) => k.startsWith("jobs") && k !== "jobs1")
      .map((k) => `; with --jobs ${k.slice(4)} the CLI is ${x(f[k].ratio)} the readline loop`)
      .join("");
    const floor =
      f.lean.ratio > goal
        ? `the lean loop — split, parse and validateEvent, nothing else — is itself ${x(f.lean.ratio)} the readline loop here, so the goal is below the floor of any single-threaded loop that validates on this machine (validation adds ${x(perKind.meeting.result.newsEvents.ratio)} of a parse per record, more than readline's own overhead here)`
        : `the lean loop — split, parse and validateEvent, nothing else — reaches ${x(f.lean.ratio)} the readline loop; what the CLI does besides (UTF-8 and record-limit checks, a record object per line, line numbers, the report) is not yet free`;
    misses.push(
      `- **${n}** (${x(f.cli.ratio)} for ≤ ${goal}× at ${fmt(f.size / 2 ** 20, 0)} MB): ${floor}. The CLI is ${x(f.cli.ms / f.lean.ms)} the lean loop${jobs}.`,
    );
  }
  if (cliStart > 15) {
    misses.push(
      `- **8** (${signed(cliStart)} ms for ≤ +15 ms): the library alone — three validations after a CommonJS require, no CLI — is ${signed(startOver("cjs"))} ms over bare node here (ESM import ${signed(startOver("esm"))} ms; Node's ESM loader alone ${signed(startOver("esmEmpty"))} ms for an empty module); the CLI adds ${signed(cliStart - startOver("esm"))} ms over the library's ESM import (its argument parsing, the command's module, the file stream), and \`--version\`, which loads no validator, is ${signed(startOver("cliVersion"))} ms. Most of the rest is compiling the validators' code at every start, which Node ≥ 22.1's compile cache would keep between runs.`,
    );
  }
  if (typeCost > 0.3)
    misses.push(
      `- **9** (+${fmt(typeCost)} s for ≤ +0.3 s): the types pull in more declarations than the model's own.`,
    );
  lines.push("## Goals missed, and why", "", ...(misses.length > 0 ? misses : ["None in this run."]), "");
  return `${lines.join("\n")}\n`;
}
