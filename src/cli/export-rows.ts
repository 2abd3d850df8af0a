/**
 * What `export` does with one record, on the main thread or on a worker: judge it as `validate`
 * does, and turn the valid documents into rows, collected per table (and year) as they will be
 * written.
 */
import { partitionYear, TABLES, type TableColumns } from "../tables/index.js";
import { CsvRows } from "../tables/csv.js";
import { ColumnPacker, type PackedColumns } from "../tables/packed.js";
import { writeRows, type RowTarget } from "../tables/rows.js";
import { judgeAll, kindsInUse, placeOnLines, type RecordProblem } from "./judge.js";
import type { InputRecord } from "./records.js";
import type { RowsKey } from "./export-keys.js";

/** The items of a record that are valid, each with its pointer prefix: all of them, or (an invalid array) each one that is on its own. */
function validItems(record: InputRecord & { ok: true }, allValid: boolean): [item: unknown, at: string][] {
  if (!Array.isArray(record.value)) return allValid ? [[record.value, ""]] : [];
  const items = (record.value as unknown[]).map((item, i): [unknown, string] => [item, `/${i}`]);
  if (allValid) return items;
  return items.filter(([value]) => judgeAll([{ ok: true, line: record.line, value, text: "" }]).invalid === 0);
}

/** Counts of a run or of a batch. */
export interface ExportCounts {
  exported: number;
  invalid: number;
}

/**
 * Admits a valid document to the export, or refuses it with a problem (cli/export-keys.ts: its
 * rows' key was exported before). `at` is its pointer in the record: "" or, in an array, `/3`.
 */
export type Admit = (document: unknown, line: number, at: string) => RecordProblem | undefined;

/**
 * Judges one record: its problems go to `problems`, each valid document that `admit` admits to
 * `add`; counts updated.
 *
 * @example
 * ```ts
 * exportRecord(record, (doc) => sinks.addDocument(doc), problems, counts, () => undefined);
 * ```
 */
export function exportRecord(
  record: InputRecord,
  add: (document: unknown) => void,
  problems: RecordProblem[],
  counts: ExportCounts,
  admit: Admit,
): void {
  const verdicts = judgeAll([record]);
  for (const problem of verdicts.problems) problems.push(problem);
  counts.invalid += verdicts.invalid;
  if (!record.ok) return;
  const from = problems.length;
  for (const [item, at] of validItems(record, verdicts.invalid === 0)) {
    const refused = admit(item, record.line, at);
    if (refused === undefined) {
      add(item);
      counts.exported++;
    } else {
      problems.push(refused);
      counts.invalid++;
    }
  }
  // A refusal in a record written over several lines (a whole-file array) goes on its own line.
  placeOnLines(problems, from, record);
}

/**
 * Rows of one table (and year) made on a worker: Parquet cells column by column, already as the
 * writer takes them, or CSV records as text.
 */
export interface TablePart {
  readonly table: string;
  readonly year: number | undefined;
  readonly rows: number;
  readonly chars: number;
  readonly packed?: PackedColumns;
  readonly csv?: string;
  /**
   * The rows of this part after each document of the batch (`ends[d]`: those of documents 0 to
   * d): the thread that writes adds them a document at a time, as it adds a document of its own.
   */
  readonly ends: Int32Array;
}

/** What a worker sends back for one batch of lines. */
export interface ExportBatch {
  readonly problems: RecordProblem[];
  readonly counts: ExportCounts;
  readonly parts: TablePart[];
  /** The key of each document whose rows are in `parts`: the main thread alone knows those exported before. */
  readonly keys: RowsKey[];
}

/** One table's rows being collected. */
type Collecting = {
  table: string;
  year: number | undefined;
  columns: TableColumns;
  stored?: ColumnPacker;
  records?: CsvRows;
  csv: string;
  rows: number;
  /** The part's rows after each document before the one being added (see TablePart's `ends`). */
  ends: number[];
};

/**
 * The rows of documents, per table and year, in the order they first appear: what a worker hands
 * the thread that writes the files, one batch at a time.
 *
 * @example
 * ```ts
 * const parts = new TableParts("parquet", false);
 * parts.addDocument(doc);
 * postMessage(parts.take());
 * ```
 */
export class TableParts {
  private parts = new Map<string, Collecting>();
  private readonly tables = new Map(TABLES.map((t) => [t.name, t]));
  constructor(
    private readonly format: "parquet" | "csv",
    private readonly byYear: boolean,
  ) {}

  private part(table: string, year: number | undefined): Collecting | undefined {
    const key = year === undefined ? table : `${table}\0${year}`;
    let part = this.parts.get(key);
    if (part) return part;
    const columns = this.tables.get(table);
    if (!columns) return undefined;
    part = { table, year, columns, csv: "", rows: 0, ends: [] };
    if (this.format === "parquet") part.stored = new ColumnPacker(columns.columns);
    else part.records = new CsvRows(columns.columns);
    this.parts.set(key, part);
    return part;
  }

  /** The year of the document being added, and the part of the row begun. */
  private year: number | undefined;
  private current: Collecting | undefined;
  /** Where a document's rows go: each row straight into its part's columns or records. */
  private readonly target: RowTarget = {
    startRow: (table) => {
      const part = (this.current = this.part(table, this.year));
      if (part) endsUpTo(part, this.documents);
      if (part?.stored) part.stored.startRow();
      else part?.records?.startRow();
    },
    cell: (column, value) => {
      const part = this.current;
      if (part?.stored) part.stored.cell(column, value);
      else part?.records?.cell(column, value);
    },
    endRow: () => {
      const part = this.current;
      if (part?.records) {
        part.csv += part.records.endRow();
        part.rows++;
      }
    },
  };

  /** Adds one document's rows. */
  addDocument(document: unknown): void {
    this.year = this.byYear ? partitionYear(document) : undefined;
    writeRows(document, this.target, kindsInUse());
    this.documents++;
  }

  /** Documents added since the rows were last taken. */
  private documents = 0;

  /** The rows collected, which this then no longer holds. */
  take(): TablePart[] {
    const out: TablePart[] = [];
    for (const part of this.parts.values()) {
      const { table, year, stored, csv, rows } = endsUpTo(part, this.documents);
      const ends = Int32Array.from(part.ends);
      if (stored) {
        const packed = stored.take();
        out.push({ table, year, rows: packed.rows, chars: packed.chars, packed, ends });
      } else out.push({ table, year, rows, chars: csv.length, csv, ends });
    }
    this.parts.clear();
    this.documents = 0;
    return out;
  }
}

/** The part with its rows noted after each of the first `documents` documents (those before a row of the next). */
function endsUpTo(part: Collecting, documents: number): Collecting {
  const rows = part.stored ? part.stored.rowCount : part.rows;
  while (part.ends.length < documents) part.ends.push(rows);
  return part;
}
