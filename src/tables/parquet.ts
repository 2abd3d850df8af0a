import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { ColumnType } from "./layout-types.js";
import type { Cell } from "./rows.js";
import { unpackColumn, type PackedColumns } from "./packed.js";

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]["schema"][number];

/** Each column type as a Parquet schema element (every column optional: an empty cell is a null). */
const ELEMENTS: Readonly<Record<ColumnType, Omit<SchemaElement, "name">>> = {
  STRING: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } },
  JSON: { type: "BYTE_ARRAY", converted_type: "JSON", logical_type: { type: "JSON" } },
  INT32: { type: "INT32" },
  INT64: { type: "INT64" },
  DOUBLE: { type: "DOUBLE" },
  BOOLEAN: { type: "BOOLEAN" },
  DATE: { type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" } },
  TIMESTAMP: {
    type: "INT64",
    converted_type: "TIMESTAMP_MILLIS",
    logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" },
  },
};

const DAY_MS = 86_400_000;

/** A cell as the writer takes it for its column's type: INT64 and TIMESTAMP as bigints, a DATE as days since 1970. */
function stored(cell: Cell | undefined, type: ColumnType): unknown {
  if (cell === undefined) return null;
  switch (type) {
    case "INT64":
      return BigInt(cell as number);
    case "DATE":
      return Date.parse(`${String(cell)}T00:00:00Z`) / DAY_MS;
    case "TIMESTAMP":
      return BigInt(Date.parse(String(cell)));
    default:
      return cell;
  }
}

/**
 * Rows taken from a {@link StoredColumns}: its columns' cells, how many rows, what they weigh.
 *
 * @example
 * ```ts
 * const held: HeldRows = { columns: [["c-1"]], rows: 1, chars: 3 };
 * ```
 */
export interface HeldRows {
  /** One array per column, in the columns' order. */
  readonly columns: unknown[][];
  /** Rows held. */
  readonly rows: number;
  /** Characters of text held (8 for each other value). */
  readonly chars: number;
}

/**
 * A table's rows held column by column, each cell as the Parquet writer takes it (what a
 * {@link ParquetTableWriter} holds until it writes a row group).
 *
 * @example
 * ```ts
 * const rows = new StoredColumns([["id", "STRING"], ["n", "INT64"]]);
 * rows.add({ id: "c-1", n: 2 }); // rows.columns => [["c-1"], [2n]]
 * ```
 */
export class StoredColumns {
  /** One array per column, in the columns' order. */
  columns: unknown[][];
  /** Rows held. */
  rows = 0;
  /** Characters of text held (8 for each other value): what the rows weigh. */
  chars = 0;

  private readonly index: ReadonlyMap<string, number>;

  constructor(private readonly types: readonly (readonly [name: string, type: ColumnType])[]) {
    this.index = new Map(types.map(([name], i) => [name, i]));
    this.columns = types.map(() => []);
  }

  /** Adds a row (its cells by column name; a cell of no column is ignored). */
  add(values: Readonly<Record<string, Cell>>): void {
    this.startRow();
    for (const name in values) this.cell(name, values[name]);
  }

  /** Begins a row, every cell empty until {@link cell} sets it. */
  startRow(): void {
    // A column is filled up to the row only when a cell of it comes (or the rows are taken): a
    // row sets a few of its table's columns, and an empty cell pushed onto every column for every
    // row cost more than all the rest.
    this.rows++;
  }

  /** Sets a cell of the row begun last (a cell of no column, or undefined, is ignored). */
  cell(name: string, cell: Cell | undefined): void {
    const i = this.index.get(name);
    if (i === undefined || cell === undefined) return;
    this.chars += typeof cell === "string" ? cell.length : 8;
    const column = this.columns[i] as unknown[];
    const row = this.rows - 1;
    const value = stored(cell, (this.types[i] as readonly [string, ColumnType])[1]);
    if (column.length > row) column[row] = value;
    else {
      while (column.length < row) column.push(null);
      column.push(value);
    }
  }

  /** Every column filled with empty cells up to the rows held. */
  private pad(): void {
    for (const column of this.columns) while (column.length < this.rows) column.push(null);
  }

  /**
   * Adds rows `from` to `end` (all by default) of rows packed on another thread by a
   * `ColumnPacker` (on export's worker threads) of the same columns.
   */
  append(packed: PackedColumns, from = 0, end = packed.rows): void {
    this.pad();
    for (let i = 0; i < this.columns.length; i++) {
      const [, type] = this.types[i] as readonly [string, ColumnType];
      const column = { text: packed.texts[i], lengths: packed.lengths[i], values: packed.values[i] ?? [] };
      unpackColumn(this.columns[i] as unknown[], type, column, from, end);
    }
    this.rows += end - from;
    if (from === 0 && end === packed.rows) this.chars += packed.chars;
    else for (let r = from; r < end; r++) this.chars += packed.rowChars[r] as number;
  }

  /** The rows held, which this then no longer holds. */
  take(): HeldRows {
    this.pad();
    const taken = { columns: this.columns, rows: this.rows, chars: this.chars };
    this.columns = this.types.map(() => []);
    this.rows = 0;
    this.chars = 0;
    return taken;
  }
}

/** Options of {@link ParquetTableWriter}. */
export interface ParquetTableOptions {
  /** Rows per row group: the most rows held in memory before they are written (default 10,000). */
  readonly rowGroupSize?: number;
  /**
   * The most text held before a row group is written, in characters (default 512 Ki): a table of
   * long texts (articles and their bodies) gets smaller row groups, so memory stays bounded in
   * bytes as well as in rows.
   */
  readonly rowGroupChars?: number;
}

/**
 * Writes one table as a Parquet file, a row group at a time: rows are held until a row group is
 * full, then encoded (Snappy) and handed to `write`, so memory stays within one row group however
 * many rows pass. `write` gets the file's bytes in order; `finish` writes the footer.
 *
 * @example
 * ```ts
 * import { appendFileSync } from "node:fs";
 * const out = new ParquetTableWriter([["id", "STRING"]], (bytes) => appendFileSync("claims.parquet", bytes));
 * out.add({ id: "c-1" });
 * out.finish();
 * ```
 */
export class ParquetTableWriter {
  private readonly writer: ParquetWriter;
  private readonly bytes: ByteWriter & { flush?: () => void } = new ByteWriter();
  private readonly held: StoredColumns;
  private readonly rowGroupSize: number;
  private readonly rowGroupChars: number;

  constructor(
    private readonly columns: readonly (readonly [name: string, type: ColumnType])[],
    write: (bytes: Uint8Array) => void,
    options: ParquetTableOptions = {},
  ) {
    this.rowGroupSize = options.rowGroupSize ?? 10_000;
    this.rowGroupChars = options.rowGroupChars ?? 512 * 1024;
    this.held = new StoredColumns(columns);
    const bytes = this.bytes;
    // Each row group's bytes leave as soon as it is written: the buffer is then reused.
    bytes.flush = () => {
      write(new Uint8Array(bytes.buffer, 0, bytes.index).slice());
      bytes.index = 0;
    };
    bytes.finish = () => bytes.flush?.();
    const schema: SchemaElement[] = [
      { name: "root", num_children: columns.length },
      ...columns.map(([name, type]): SchemaElement => ({ name, repetition_type: "OPTIONAL", ...ELEMENTS[type] })),
    ];
    this.writer = new ParquetWriter({ writer: bytes, schema, createdBy: "news-events" });
  }

  /** Rows held, not yet written. */
  get buffered(): number {
    return this.held.rows;
  }

  /** Characters of text held, not yet written (8 for each other value): what the rows held weigh. */
  get heldChars(): number {
    return this.held.chars;
  }

  /** Adds a row (its cells by column name; a cell of no column is ignored). */
  add(values: Readonly<Record<string, Cell>>): void {
    this.held.add(values);
    this.flushWhenFull();
  }

  /** Begins a row, its cells given by {@link cell}, ended by {@link endRow}. */
  startRow(): void {
    this.held.startRow();
  }

  /** Sets a cell of the row begun (a cell of no column is ignored). */
  cell(name: string, value: Cell): void {
    this.held.cell(name, value);
  }

  /** Ends the row begun: a row group is written when it is full. */
  endRow(): void {
    this.flushWhenFull();
  }

  /**
   * Adds rows `from` to `end` (all by default) packed on another thread by a `ColumnPacker` (on
   * export's worker threads) of this table's columns. A row group ends after the row it would end
   * after had the rows been added one by one: the file's bytes do not depend on how the rows came.
   */
  addPacked(packed: PackedColumns, from = 0, end = packed.rows): void {
    const { rowChars } = packed;
    for (let at = from; at < end;) {
      let stop = at;
      let rows = this.held.rows;
      let chars = this.held.chars;
      while (stop < end) {
        rows++;
        chars += rowChars[stop++] as number;
        if (rows >= this.rowGroupSize || chars >= this.rowGroupChars) break;
      }
      this.held.append(packed, at, stop);
      this.flushWhenFull();
      at = stop;
    }
  }

  private flushWhenFull(): void {
    if (this.held.rows >= this.rowGroupSize || this.held.chars >= this.rowGroupChars) this.flush();
  }

  /** Writes the rows held as a row group (nothing when none are held). */
  flush(): void {
    if (this.held.rows === 0) return;
    const { columns, rows } = this.held.take();
    // Statistics (min and max per page) for numbers, dates and times, which queries filter on;
    // none for text, where comparing every string cost a quarter of the writing.
    const columnData = this.columns.map(([name, type], i) => ({
      name,
      data: columns[i] as unknown[],
      statistics: type !== "STRING" && type !== "JSON",
    }));
    void this.writer.write({ columnData: columnData as never, rowGroupSize: rows });
  }

  /** Writes the rows held and the file's footer. */
  finish(): void {
    this.flush();
    void this.writer.finish();
  }
}
