import { readdirSync, rmdirSync, statSync } from "node:fs";
import { makeDirectory } from "./make-directory.js";
import { dirname, join, resolve } from "node:path";
import { describeThrown } from "../core/error.js";
import { loadLineFinder } from "./judge.js";
import { judgeWithKindsDir } from "./kinds-dir.js";
import { errLine, outLine } from "./output.js";
import { issueLine, summaryLine } from "./report.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./options.js";
import { loadFaultLocator, readRecordBatches, type InputRecord } from "./records.js";
import { openInputOnce } from "./input.js";
import { whileWriting } from "./interrupt.js";
import { recordsOfBatch, startsAsNdjson, type LineBatch } from "./parallel.js";
import { exportInParallel } from "./export-parallel.js";
import { exportRecord, type Admit, type ExportBatch, type ExportCounts } from "./export-rows.js";
import { ExportedKeys, rowsKey } from "./export-keys.js";
import { Sinks } from "./export-sinks.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** Options of `export`. */
export interface ExportOptions {
  /** One Parquet or CSV file per table. */
  readonly format: "parquet" | "csv";
  /** The directory written to: it must be empty or not exist. */
  readonly out: string;
  /** `year`: Hive-style folders, `TABLE/year=2023/part-0.parquet`, by {@link partitionYear}. */
  readonly partition?: "year" | undefined;
  /** The longest NDJSON line or whole-file document read. */
  readonly maxRecordBytes?: number;
  /** Parquet rows per row group (default 10,000). */
  readonly rowGroupSize?: number;
  /**
   * Worker threads that parse, judge and flatten an NDJSON file while the main thread writes; 1
   * (what "auto", the default, means: see {@link exportThreads}) does everything on the main thread.
   */
  readonly jobs?: number | "auto";
  /** A directory built by `news-events kinds build`: documents may use its kinds. */
  readonly kinds?: string | undefined;
}

/**
 * Worker threads for an input of `bytes` (undefined: not a regular file, read once on the main
 * thread). "auto" is one thread: on this project's busy 2-core machine, two workers writing a
 * 100 MB feed took 1.3× the CPU time of one thread (each worker loads the validators, rows cross
 * between threads) and 1.6× its peak memory, one worker beside the writing thread 1.1× and 1.3×,
 * and neither less wall time (docs/tables.md). `--jobs N` is for a machine with idle cores.
 */
function exportThreads(jobs: number | "auto", bytes: number | undefined): number {
  if (bytes === undefined || jobs === "auto") return 1;
  return jobs;
}

/** The files a name stands for: the file, or a directory's .json, .ndjson and .jsonl files (sorted, recursively). */
function inputFiles(name: string): string[] {
  if (name === "-") return [name];
  let info;
  try {
    info = statSync(name);
  } catch {
    return [name];
  }
  if (!info.isDirectory()) return [name];
  return readdirSync(name, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .filter((e) => !e.name.startsWith(".") && e.name !== "node_modules")
    .flatMap((e) =>
      e.isDirectory()
        ? inputFiles(join(name, e.name))
        : /\.(json|ndjson|jsonl)$/.test(e.name)
          ? [join(name, e.name)]
          : [],
    );
}

/** The file that `out` or one of its parents is (`--out notes.txt/tables`: notes.txt), for the message. */
function fileOnPath(out: string): string {
  for (let path = out; path !== dirname(path); path = dirname(path)) {
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // Not there: its parent may be the file.
    }
  }
  return out;
}

/**
 * Refuses an output directory that holds anything: an export never mixes with, or overwrites, other
 * files. Returns the first directory it had to create (`out` or a parent of it), undefined when
 * `out` was there.
 */
function prepareOut(out: string): string | undefined {
  let entries: string[] = [];
  try {
    entries = readdirSync(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") throw new UsageError(`--out ${out}: ${fileOnPath(out)} is a file, expected a directory`);
    if (code !== "ENOENT") throw new UsageError(`--out ${out}: cannot read (${code ?? describeThrown(error)})`);
  }
  if (entries.length > 0)
    throw new UsageError(`--out ${out}: is not empty; export writes into an empty or new directory`);
  try {
    return makeDirectory(out);
  } catch (error) {
    // A folder the user may not write in, a dangling link, /sys: their mistake, in one line.
    throw new UsageError(
      `--out ${out}: cannot be created (${(error as NodeJS.ErrnoException).code ?? describeThrown(error)})`,
    );
  }
}

/**
 * After a failed export, removes the directories {@link prepareOut} created (from `out` up to
 * `created`), each only if it is empty: a failed command leaves no trace of its own, and never
 * removes anything else.
 */
function removeCreated(out: string, created: string | undefined): void {
  if (created === undefined) return;
  const top = resolve(created);
  for (let dir = resolve(out); ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === top || dirname(dir) === dir) return;
  }
}

/** What a batch of records comes to, rows aside: its problems and counts. */
type Verdicts = Pick<ExportBatch, "problems" | "counts">;

/** Reports a batch's problems as `validate` does and adds up its counts. */
function report(io: Io, display: string, counts: ExportCounts, batch: Verdicts): void {
  // Known before the lines are written: a reader that stops early (| head) still sees exit 1.
  if (batch.counts.invalid > 0) io.verdict?.(EXIT.invalid);
  for (const problem of batch.problems) outLine(io, issueLine(display, problem.line, problem));
  counts.exported += batch.counts.exported;
  counts.invalid += batch.counts.invalid;
}

/** Admits a document to the export unless its rows' key was exported before (cli/export-keys.ts). */
const admitting =
  (keys: ExportedKeys): Admit =>
  (document, line, at) => {
    const key = rowsKey(document, line, at);
    return key === undefined ? undefined : keys.claim(key);
  };

/** Exports records on the main thread, adding the valid documents' rows. */
function exportRecords(records: Iterable<InputRecord>, sinks: Sinks, admit: Admit): Verdicts {
  const result = { problems: [], counts: { exported: 0, invalid: 0 } };
  for (const record of records)
    exportRecord(record, (doc) => sinks.addDocument(doc), result.problems, result.counts, admit);
  return result;
}

/** One run's files and the keys of the documents written to them. */
interface Export {
  readonly sinks: Sinks;
  readonly keys: ExportedKeys;
  readonly counts: ExportCounts;
}

/**
 * Takes a worker's batch: its rows, when none of its documents repeats a key; else (rare) the
 * batch exported again here, on the main thread, where the repeated document is refused.
 */
function takeBatch(run: Export, batch: ExportBatch, lines: LineBatch): Verdicts {
  if (run.keys.anyTaken(batch.keys)) return exportRecords(recordsOfBatch(lines), run.sinks, admitting(run.keys));
  for (const key of batch.keys) run.keys.claim(key);
  run.sinks.addParts(batch.parts);
  return batch;
}

/**
 * Reads one input, reporting its invalid records as `validate` does and adding the valid ones'
 * rows: on worker threads when it is a large enough NDJSON file (read twice: once for its first
 * line, which decides the format), else on the main thread.
 */
async function exportInput(name: string, run: Export, options: ExportOptions, io: Io): Promise<void> {
  const display = name === "-" ? "<stdin>" : name;
  const input = await openInputOnce(name, io);
  const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const done = (batch: Verdicts) => report(io, display, run.counts, batch);
  run.keys.startInput(display);
  try {
    const jobs = exportThreads(options.jobs ?? "auto", input.size);
    if (jobs > 1 && (await startsAsNdjson(input.read(), maxBytes))) {
      await input.assertUnchanged();
      // A batch exported again here may hold a line that is not JSON, located as it is read.
      await loadFaultLocator();
      const data = { format: options.format, byYear: options.partition === "year" };
      await exportInParallel(input.read(), jobs, maxBytes, data, (batch, lines) => done(takeBatch(run, batch, lines)));
    } else {
      const admit = admitting(run.keys);
      for await (const batch of readRecordBatches(input.read(), { maxRecordBytes: maxBytes }))
        done(exportRecords(batch, run.sinks, admit));
    }
    await input.assertUnchanged();
  } finally {
    await input.close();
  }
}

/**
 * `news-events export FILE|DIR… --format parquet|csv --out DIR [--partition year]` itself, on the
 * thread that calls it (cli/export-command.ts picks the thread): the valid documents' rows, one
 * file per table (docs/tables.md); invalid records reported as `validate` reports them and left
 * out. Memory stays within the held rows and one record, whatever the input.
 *
 * @example
 * ```ts
 * const code = await runExport(["feed.ndjson"], { format: "parquet", out: "tables" }, io);
 * ```
 */
export async function runExport(inputs: readonly string[], options: ExportOptions, io: Io): Promise<number> {
  if (options.kinds !== undefined) await judgeWithKindsDir(options.kinds, io);
  // Rows are judged synchronously: a problem is placed on its line as it is found.
  await loadLineFinder();
  const created = prepareOut(options.out);
  const counts: ExportCounts = { exported: 0, invalid: 0 };
  let sinks: Sinks | undefined;
  // Stopped by a signal (Ctrl-C) as by a failure: what this run wrote is removed (cli/interrupt.ts).
  const undo = () => {
    sinks?.abort();
    removeCreated(options.out, created);
  };
  whileWriting(undo);
  try {
    sinks = new Sinks(options);
    const run = { sinks, keys: new ExportedKeys(), counts };
    for (const name of (inputs.length > 0 ? inputs : ["-"]).flatMap(inputFiles))
      await exportInput(name, run, options, io);
    sinks.finish();
    whileWriting(undefined);
  } catch (error) {
    whileWriting(undefined);
    undo();
    if (error instanceof UsageError) throw error;
    errLine(io, `news-events: export failed, no files completed (${describeThrown(error)})`);
    return EXIT.usage;
  }
  const summary = summaryLine([
    [counts.exported, "exported"],
    [counts.invalid, "invalid left out"],
  ]);
  outLine(io, `${summary}; ${sinks.files} files in ${options.out}`);
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}
