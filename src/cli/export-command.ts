import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { describeThrown } from "../core/error.js";
import {
  csvHeader,
  csvLine,
  ParquetTableWriter,
  partitionYear,
  rowsOf,
  TABLES,
  type Cell,
  type TableColumns,
} from "../tables/index.js";
import { judgeAll } from "./judge.js";
import { errLine, outLine } from "./output.js";
import { issueLine, summaryLine } from "./report.js";
import { DEFAULT_MAX_RECORD_BYTES, readRecordBatches, type InputRecord } from "./records.js";
import { openInput } from "./input.js";
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
}

/** Text (characters) held in memory across all tables before the heaviest table's rows are written out. */
const MAX_HELD_CHARS = 2 * 1024 * 1024;

/** One output file, written under a temporary name and renamed when it is complete. */
interface Sink {
  add(values: Readonly<Record<string, Cell>>): void;
  /** What the rows held weigh: characters of text. */
  readonly held: number;
  flush(): void;
  finish(): void;
  abort(): void;
}

/** A file written through one descriptor, complete only once renamed from `.partial`. */
function fileAt(path: string): { write: (bytes: Uint8Array | string) => void; done: () => void; abort: () => void } {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, "wx");
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (bytes) => void (typeof bytes === "string" ? writeSync(fd, bytes) : writeSync(fd, bytes)),
    done: () => {
      close();
      renameSync(partial, path);
    },
    abort: () => {
      close();
      rmSync(partial, { force: true });
    },
  };
}

function parquetSink(path: string, table: TableColumns, rowGroupSize: number | undefined): Sink {
  const file = fileAt(path);
  const writer = new ParquetTableWriter(table.columns, file.write, rowGroupSize ? { rowGroupSize } : {});
  return {
    add: (values) => writer.add(values),
    get held() {
      return writer.heldChars;
    },
    flush: () => writer.flush(),
    finish: () => {
      writer.finish();
      file.done();
    },
    abort: file.abort,
  };
}

function csvSink(path: string, table: TableColumns): Sink {
  const file = fileAt(path);
  let text = csvHeader(table.columns);
  const flush = () => {
    file.write(text);
    text = "";
  };
  return {
    add: (values) => {
      text += csvLine(table.columns, values);
      if (text.length >= 1 << 16) flush();
    },
    get held() {
      return text.length;
    },
    flush,
    finish: () => {
      flush();
      file.done();
    },
    abort: file.abort,
  };
}

/** The output files, one per table (and year), opened as rows first reach them. */
class Sinks {
  private readonly open = new Map<string, Sink>();
  private readonly tables = new Map(TABLES.map((t) => [t.name, t]));
  constructor(private readonly options: ExportOptions) {
    // Without partitions every table gets its file, empty or not, so that every query finds it.
    if (options.partition === undefined) for (const t of TABLES) this.sink(t.name, undefined);
  }

  private sink(table: string, year: number | undefined): Sink | undefined {
    const key = `${table}\0${year}`;
    let sink = this.open.get(key);
    const columns = this.tables.get(table);
    if (sink || !columns) return sink;
    const { format, out, partition, rowGroupSize } = this.options;
    const part = year === undefined ? "__HIVE_DEFAULT_PARTITION__" : String(year);
    const path = partition ? join(out, table, `year=${part}`, `part-0.${format}`) : join(out, `${table}.${format}`);
    sink = format === "parquet" ? parquetSink(path, columns, rowGroupSize) : csvSink(path, columns);
    this.open.set(key, sink);
    return sink;
  }

  /** Adds one document's rows, then writes out the heaviest table while too much is held. */
  addDocument(document: unknown): void {
    const year = this.options.partition ? partitionYear(document) : undefined;
    for (const { table, values } of rowsOf(document)) this.sink(table, year)?.add(values);
    let held = 0;
    for (const sink of this.open.values()) held += sink.held;
    while (held > MAX_HELD_CHARS) {
      const heaviest = [...this.open.values()].reduce((a, b) => (b.held > a.held ? b : a));
      held -= heaviest.held;
      heaviest.flush();
    }
  }

  get files(): number {
    return this.open.size;
  }

  finish(): void {
    for (const sink of this.open.values()) sink.finish();
  }

  abort(): void {
    for (const sink of this.open.values()) sink.abort();
  }
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

/** The items of a record that are valid: all of them, or (an invalid array) each one that is on its own. */
function validItems(record: InputRecord & { ok: true }, allValid: boolean): unknown[] {
  const items = Array.isArray(record.value) ? (record.value as unknown[]) : [record.value];
  if (allValid) return items;
  if (!Array.isArray(record.value)) return [];
  return items.filter((value) => judgeAll([{ ok: true, line: record.line, value, text: "" }]).invalid === 0);
}

/** Refuses an output directory that holds anything: an export never mixes with, or overwrites, other files. */
function prepareOut(out: string): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") throw new UsageError(`--out ${out}: is a file, expected a directory`);
    if (code !== "ENOENT") throw new UsageError(`--out ${out}: cannot read (${code ?? describeThrown(error)})`);
  }
  if (entries.length > 0)
    throw new UsageError(`--out ${out}: is not empty; export writes into an empty or new directory`);
  mkdirSync(out, { recursive: true });
}

/** Counts of one run. */
interface Counts {
  exported: number;
  invalid: number;
}

/** Reads one input, reporting its invalid records as `validate` does and adding the valid ones' rows. */
async function exportInput(name: string, sinks: Sinks, counts: Counts, options: ExportOptions, io: Io): Promise<void> {
  const display = name === "-" ? "<stdin>" : name;
  const chunks = await openInput(name, io.stdin);
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  for await (const batch of readRecordBatches(chunks, { maxRecordBytes })) {
    for (const record of batch) {
      const verdicts = judgeAll([record]);
      for (const problem of verdicts.problems) outLine(io, issueLine(display, problem.line, problem));
      counts.invalid += verdicts.invalid;
      if (!record.ok) continue;
      for (const item of validItems(record, verdicts.invalid === 0)) {
        sinks.addDocument(item);
        counts.exported++;
      }
    }
  }
}

/**
 * `news-events export FILE|DIR… --format parquet|csv --out DIR [--partition year]`: the valid
 * documents' rows, one file per table (docs/tables.md); invalid records reported as `validate`
 * reports them and left out. Memory stays within the held rows and one record, whatever the input.
 */
export async function exportCommand(inputs: readonly string[], options: ExportOptions, io: Io): Promise<number> {
  prepareOut(options.out);
  const counts: Counts = { exported: 0, invalid: 0 };
  let sinks: Sinks | undefined;
  try {
    sinks = new Sinks(options);
    for (const name of (inputs.length > 0 ? inputs : ["-"]).flatMap(inputFiles)) {
      await exportInput(name, sinks, counts, options, io);
    }
    sinks.finish();
  } catch (error) {
    sinks?.abort();
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
