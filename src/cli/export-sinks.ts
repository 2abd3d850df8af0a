/** The files `export` writes: one per table (and year), each complete only once renamed. */
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { makeDirectory } from "./make-directory.js";
import { dirname, join } from "node:path";
import { csvHeader, ParquetTableWriter, partitionYear, TABLES, type Cell, type TableColumns } from "../tables/index.js";
import { CsvRows } from "../tables/csv.js";
import { writeRows, type RowTarget } from "../tables/rows.js";
import { kindsInUse } from "./judge.js";
import type { TablePart } from "./export-rows.js";

/** Where and how the files are written. */
export interface SinkOptions {
  readonly format: "parquet" | "csv";
  readonly out: string;
  readonly partition?: "year" | undefined;
  readonly rowGroupSize?: number;
  /** Text (characters) held across all tables before the heaviest table's rows are written out (default 2 Mi). */
  readonly maxHeldChars?: number;
}

const MAX_HELD_CHARS = 2 * 1024 * 1024;

/** One output file, written under a temporary name and renamed when it is complete. */
interface Sink {
  /** Begins a row, its cells given one by one, then ends it. */
  startRow(): void;
  cell(column: string, value: Cell): void;
  endRow(): void;
  /** Adds rows `from` to `end` of rows a worker made for this file. */
  addPart(part: TablePart, from: number, end: number): void;
  /** What the rows held weigh: characters of text. */
  readonly held: number;
  flush(): void;
  finish(): void;
  abort(): void;
}

/** A file written through one descriptor, complete only once renamed from `.partial`. */
function fileAt(path: string): { write: (bytes: Uint8Array | string) => void; done: () => void; abort: () => void } {
  makeDirectory(dirname(path));
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
    startRow: () => writer.startRow(),
    cell: (column, value) => writer.cell(column, value),
    endRow: () => writer.endRow(),
    addPart: (part, from, end) => {
      if (part.packed) writer.addPacked(part.packed, from, end);
    },
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
  const rows = new CsvRows(table.columns);
  const flush = () => {
    file.write(text);
    text = "";
  };
  return {
    startRow: () => rows.startRow(),
    cell: (column, value) => rows.cell(column, value),
    endRow: () => {
      text += rows.endRow();
      if (text.length >= 1 << 16) flush();
    },
    // A text has no row groups: the part's is added whole with its first rows (the same bytes).
    addPart: (part, from) => {
      if (from === 0) text += part.csv ?? "";
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
export class Sinks {
  private readonly open = new Map<string, Sink>();
  private readonly tables = new Map(TABLES.map((t) => [t.name, t]));
  /** The year of the document being added, and the file of the row begun. */
  private year: number | undefined;
  private current: Sink | undefined;
  /** Where a document's rows go: each row straight into its file's columns or records. */
  private readonly target: RowTarget = {
    startRow: (table) => {
      this.current = this.sink(table, this.year);
      this.current?.startRow();
    },
    cell: (column, value) => this.current?.cell(column, value),
    endRow: () => this.current?.endRow(),
  };
  constructor(private readonly options: SinkOptions) {
    // Without partitions every table gets its file, empty or not, so that every query finds it.
    if (options.partition === undefined) for (const t of TABLES) this.sink(t.name, undefined);
  }

  private sink(table: string, year: number | undefined): Sink | undefined {
    const key = year === undefined ? table : `${table}\0${year}`;
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
    this.year = this.options.partition ? partitionYear(document) : undefined;
    writeRows(document, this.target, kindsInUse());
    this.bound();
  }

  /**
   * Adds the rows a worker made of a batch of documents a document at a time, bounding what is
   * held after each, as {@link addDocument} does: a row group ends, and a table is written out,
   * where one thread would have, and the files are the same bytes whatever `--jobs` says.
   */
  addParts(parts: readonly TablePart[]): void {
    const added = parts.map(() => 0);
    const documents = Math.max(0, ...parts.map((part) => part.ends.length));
    for (let d = 0; d < documents; d++) {
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as TablePart;
        const end = part.ends[d] ?? part.rows;
        if (end > (added[i] as number)) this.sink(part.table, part.year)?.addPart(part, added[i] as number, end);
        added[i] = end;
      }
      this.bound();
    }
  }

  /** Writes out the heaviest table while too much is held. */
  private bound(): void {
    let held = 0;
    for (const sink of this.open.values()) held += sink.held;
    while (held > (this.options.maxHeldChars ?? MAX_HELD_CHARS)) {
      const heaviest = [...this.open.values()].reduce((a, b) => (b.held > a.held ? b : a));
      held -= heaviest.held;
      heaviest.flush();
    }
  }

  get files(): number {
    return this.open.size;
  }

  finish(): void {
    // Partitioned, a table no row reached gets one empty file in the default partition: every
    // table's glob (`cameo/*/*.parquet`) then finds its columns, as every table's file is there
    // without partitions.
    if (this.options.partition !== undefined) {
      const reached = new Set([...this.open.keys()].map((key) => key.split("\0")[0]));
      for (const { name } of TABLES) if (!reached.has(name)) this.sink(name, undefined);
    }
    for (const sink of this.open.values()) sink.finish();
  }

  abort(): void {
    for (const sink of this.open.values()) sink.abort();
  }
}
