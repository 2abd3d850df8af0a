// The measurement behind docs/tables.md's choice of Parquet writer (issue 26 item 3: "measure and
// say why"): hyparquet-writer (the dependency, through ParquetTableWriter, as bench/export-floor.mjs
// uses it) against parquet-wasm, which writes from Apache Arrow tables, on the same row groups of a
// feed, in CPU time, interleaved, medians. parquet-wasm's part is timed in three steps: building the
// Arrow table (apache-arrow's vectorFromArray, or with FAST=1 a hand-written copy of the columns into
// Arrow's buffers), the Arrow IPC stream it takes, and its writeParquet (Snappy, dictionaries on, no
// statistics for text, as the project's writer).
//
// parquet-wasm and apache-arrow are not dependencies of this repository (23 MB installed): install
// them in a scratch folder and name it. Build dist/ first (`npx tsup`). Usage:
//   mkdir /tmp/pw && (cd /tmp/pw && npm init -y && npm install parquet-wasm apache-arrow)
//   WRITERS_DIR=/tmp/pw node bench/writers/parquet-wasm.mjs FEED.ndjson [rounds] [outdir]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
if (!process.env.WRITERS_DIR) {
  console.error(
    "set WRITERS_DIR to a folder where parquet-wasm and apache-arrow are installed (see the head of this file)",
  );
  process.exit(2);
}
const scratch = createRequire(join(process.env.WRITERS_DIR, "package.json"));
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const pw = await import(pathToFileURL(scratch.resolve("parquet-wasm")).href);
const importMs = Number(process.hrtime.bigint() - t0) / 1e6;
const importCpu = cpuMs(process.cpuUsage(c0));
const arrow = await import(pathToFileURL(scratch.resolve("apache-arrow")).href);
const { ParquetTableWriter, StoredColumns, rowsOf, TABLES } = await import("../../dist/tables.js");
function cpuMs(u) {
  return (u.user + u.system) / 1000;
}
const feed = process.argv[2];
const rounds = Number(process.argv[3] ?? 5);
const outdir = process.argv[4];
console.log(`parquet-wasm import+init: ${importMs.toFixed(1)} ms wall, ${importCpu.toFixed(1)} ms CPU`);

// 1. Collect row groups per table (not timed): same cut as export-floor (10,000 rows or 512 Ki chars).
const columnsOf = new Map(TABLES.map((t) => [t.name, t.columns]));
const groups = [];
const open = new Map();
const close = (table) => {
  groups.push({ table, held: open.get(table).take() });
  open.delete(table);
};
for (const line of readFileSync(feed, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  for (const { table, values } of rowsOf(JSON.parse(line))) {
    let s = open.get(table);
    if (!s) open.set(table, (s = new StoredColumns(columnsOf.get(table))));
    s.add(values);
    if (s.rows >= 10_000 || s.chars >= 512 * 1024) close(table);
  }
}
for (const t of [...open.keys()]) close(t);
console.log(`${groups.length} row groups, ${groups.reduce((n, g) => n + g.held.rows, 0)} rows`);

// (a) hyparquet-writer: one ParquetTableWriter per group, its held rows set (not timed), finish() timed.
function runA() {
  let cpu = 0,
    bytes = 0;
  for (const { table, held } of groups) {
    const w = new ParquetTableWriter(columnsOf.get(table), (b) => (bytes += b.length), {
      rowGroupSize: Infinity,
      rowGroupChars: Infinity,
    });
    const s = w["held"];
    s.columns = held.columns;
    s.rows = held.rows;
    s.chars = held.chars;
    const st = process.cpuUsage();
    w.finish();
    cpu += cpuMs(process.cpuUsage(st));
  }
  return { cpu, bytes };
}

// (b) parquet-wasm: Arrow table from the same held columns (timed: build), IPC stream (timed: ipc),
// fromIPCStream + writeParquet Snappy, dictionary on (timed: write).
const A = arrow;
const ARROW = {
  STRING: () => new A.Utf8(),
  JSON: () => new A.Utf8(),
  INT32: () => new A.Int32(),
  INT64: () => new A.Int64(),
  DOUBLE: () => new A.Float64(),
  BOOLEAN: () => new A.Bool(),
  DATE: () => new A.DateDay(),
  TIMESTAMP: () => new A.TimestampMillisecond("UTC"),
};
function arrowTable(table, held) {
  const cols = {};
  columnsOf.get(table).forEach(([name, type], i) => {
    let data = held.columns[i];
    if (type === "JSON") data = data.map((v) => (v == null ? null : typeof v === "string" ? v : JSON.stringify(v)));
    else if (type === "DATE") data = data.map((v) => (v == null ? null : v * 86_400_000));
    cols[name] = A.vectorFromArray(data, ARROW[type]());
  });
  return new A.Table(cols);
}

// A hand-written Arrow build: the columns straight into Arrow's buffers (UTF-8 by TextEncoder.encodeInto), no builders.
const enc = new TextEncoder();
function fastVector(type, data) {
  const n = data.length,
    bitmap = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++)
    if (data[i] == null) nulls++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  const t = ARROW[type]();
  const base = { type: t, length: n, nullCount: nulls, nullBitmap: nulls ? bitmap : undefined };
  if (type === "STRING" || type === "JSON") {
    const offsets = new Int32Array(n + 1);
    let cap = 1024;
    for (let i = 0; i < n; i++) {
      const v = data[i];
      if (v != null) cap += (typeof v === "string" ? v.length : 64) * 3;
    }
    let bytes = new Uint8Array(cap),
      at = 0;
    for (let i = 0; i < n; i++) {
      let v = data[i];
      if (v != null) {
        if (typeof v !== "string") v = JSON.stringify(v);
        if (at + v.length * 3 > bytes.length) {
          const b = new Uint8Array((at + v.length * 3) * 2);
          b.set(bytes.subarray(0, at));
          bytes = b;
        }
        at += enc.encodeInto(v, bytes.subarray(at)).written;
      }
      offsets[i + 1] = at;
    }
    return A.makeVector(A.makeData({ ...base, valueOffsets: offsets, data: bytes.subarray(0, at) }));
  }
  if (type === "BOOLEAN") {
    const b = new Uint8Array((n + 7) >> 3);
    for (let i = 0; i < n; i++) if (data[i]) b[i >> 3] |= 1 << (i & 7);
    return A.makeVector(A.makeData({ ...base, data: b }));
  }
  const Arr = type === "INT64" || type === "TIMESTAMP" ? BigInt64Array : type === "DOUBLE" ? Float64Array : Int32Array;
  const zero = Arr === BigInt64Array ? 0n : 0;
  const v = new Arr(n);
  for (let i = 0; i < n; i++) v[i] = data[i] ?? zero;
  return A.makeVector(A.makeData({ ...base, data: v }));
}
function fastTable(table, held) {
  const cols = {};
  columnsOf.get(table).forEach(([name, type], i) => (cols[name] = fastVector(type, held.columns[i])));
  return new A.Table(cols);
}
const FAST = process.env.FAST === "1";
function props(table) {
  let b = new pw.WriterPropertiesBuilder()
    .setCompression(pw.Compression.SNAPPY)
    .setDictionaryEnabled(true)
    .setMaxRowGroupSize(1 << 30)
    .setCreatedBy("news-events");
  // As hyparquet: statistics for numbers/dates/times only, none for text.
  for (const [name, type] of columnsOf.get(table))
    if (type === "STRING" || type === "JSON") b = b.setColumnStatisticsEnabled(name, pw.EnabledStatistics.None);
  return b.build();
}
function runB(keep) {
  let build = 0,
    ipc = 0,
    write = 0,
    bytes = 0;
  const files = [];
  for (const { table, held } of groups) {
    let st = process.cpuUsage();
    const t = (FAST ? fastTable : arrowTable)(table, held);
    build += cpuMs(process.cpuUsage(st));
    st = process.cpuUsage();
    const buf = A.tableToIPC(t, "stream");
    ipc += cpuMs(process.cpuUsage(st));
    const p = props(table);
    st = process.cpuUsage();
    const wt = pw.Table.fromIPCStream(buf);
    const out = pw.writeParquet(wt, p);
    write += cpuMs(process.cpuUsage(st));
    bytes += out.length;
    if (keep) files.push({ table, rows: held.rows, out });
  }
  return { build, ipc, write, sum: build + ipc + write, bytes, files };
}
const med = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[(s.length - 1) >> 1];
};
const R = { a: [], build: [], ipc: [], write: [], sum: [] };
let bytesA, bytesB, kept;
runA();
kept = runB(true); // warm-up round (not counted), keeps parquet-wasm files for the read-back
for (let r = 0; r < rounds; r++) {
  const first = r % 2 === 0;
  const a1 = first ? runA() : null;
  const b = runB(false);
  const a = first ? a1 : runA();
  R.a.push(a.cpu);
  R.build.push(b.build);
  R.ipc.push(b.ipc);
  R.write.push(b.write);
  R.sum.push(b.sum);
  bytesA = a.bytes;
  bytesB = b.bytes;
  console.log(
    `round ${r}: hyparquet ${a.cpu.toFixed(0)} | wasm build ${b.build.toFixed(0)} ipc ${b.ipc.toFixed(0)} write ${b.write.toFixed(0)} sum ${b.sum.toFixed(0)}`,
  );
}
console.log(`MEDIAN hyparquet-writer ${med(R.a).toFixed(0)} ms, ${bytesA} bytes`);
console.log(
  `MEDIAN parquet-wasm${FAST ? " (fast Arrow build)" : ""} build ${med(R.build).toFixed(0)} ipc ${med(R.ipc).toFixed(0)} write ${med(R.write).toFixed(0)} sum ${med(R.sum).toFixed(0)} ms, ${bytesB} bytes; ratio sum/hyparquet ${(med(R.sum) / med(R.a)).toFixed(2)}, write-only ${(med(R.write) / med(R.a)).toFixed(2)}`,
);
if (outdir) {
  mkdirSync(outdir, { recursive: true });
  const seen = new Set();
  for (const f of kept.files)
    if (!seen.has(f.table)) {
      seen.add(f.table);
      writeFileSync(`${outdir}/${f.table}.parquet`, f.out);
    }
  writeFileSync(
    `${outdir}/expected.json`,
    JSON.stringify(
      groups
        .filter((g, i) => groups.findIndex((h) => h.table === g.table) === i)
        .map((g) => ({
          table: g.table,
          rows: g.held.rows,
          sample: g.held.columns.map((c) => [c[0], c[g.held.rows - 1]]),
        })),
      (k, v) => (typeof v === "bigint" ? `${v}n` : v),
    ),
  );
}
