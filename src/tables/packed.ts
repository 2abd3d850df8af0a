import type { ColumnType } from "./layout-types.js";
import type { Cell } from "./rows.js";
import type { StoredColumns } from "./parquet.js";

/**
 * A table's rows packed for another thread, column by column: a text column as its distinct texts
 * joined, their lengths, and per row the index of its text (-1 for an empty cell); any other column
 * as numbers (NaN for an empty cell). A structured clone of these is a copy of a few buffers, where
 * an array of cells costs a clone per cell (measured: more than making the rows); and a text that
 * repeats (a URL, a table's name, a role) is one string again on the other side, which the Parquet
 * writer's dictionary then finds by identity instead of comparing characters.
 */
export interface PackedColumns {
  /** Rows packed. */
  readonly rows: number;
  /** Characters of text held (8 for each other value): what the rows weigh. */
  readonly chars: number;
  /** What each row weighs, as `chars` counts: where one thread would have ended a row group (cli/export-sinks.ts). */
  readonly rowChars: Int32Array;
  /** Per column: its distinct texts joined, or undefined for a column of numbers. */
  readonly texts: (string | undefined)[];
  /** Per text column: the distinct texts' lengths. */
  readonly lengths: (Int32Array | undefined)[];
  /** Per column: each row's text index, or its number. */
  readonly values: (Int32Array | Float64Array)[];
}

const DAY_MS = 86_400_000;

/** A non-text cell as a number (NaN: empty): days since 1970 for a DATE, milliseconds for a TIMESTAMP. */
function numberOf(cell: Cell | undefined, type: ColumnType): number {
  if (cell === undefined) return Number.NaN;
  if (type === "DATE") return Date.parse(`${String(cell)}T00:00:00Z`) / DAY_MS;
  if (type === "TIMESTAMP") return Date.parse(String(cell));
  if (type === "BOOLEAN") return cell === true ? 1 : 0;
  return cell as number;
}

const isText = (type: ColumnType) => type === "STRING" || type === "JSON";
const typeOf = (types: readonly (readonly [string, ColumnType])[], i: number) =>
  (types[i] as readonly [string, ColumnType])[1];

/**
 * Packs rows of one table as they are made (on a worker thread); {@link StoredColumns} unpacks them.
 *
 * @example
 * ```ts
 * const packer = new ColumnPacker([["id", "STRING"], ["n", "INT64"]]);
 * packer.add({ id: "c-1", n: 2 });
 * packer.take(); // => { rows: 1, chars: 11, rowChars: Int32Array [11], texts: ["c-1", undefined], lengths: [Int32Array [3], undefined], values: [Int32Array [0], Float64Array [2]] }
 * ```
 */
export class ColumnPacker {
  private distinct: Map<string, number>[];
  private values: number[][];
  private rows = 0;
  private chars = 0;
  private rowChars: number[] = [];
  private readonly index: ReadonlyMap<string, number>;

  constructor(private readonly types: readonly (readonly [name: string, type: ColumnType])[]) {
    this.index = new Map(types.map(([name], i) => [name, i]));
    this.distinct = types.map(() => new Map());
    this.values = types.map(() => []);
  }

  /** Adds a row (its cells by column name; a cell of no column is ignored). */
  add(cells: Readonly<Record<string, Cell>>): void {
    this.startRow();
    for (const name in cells) this.cell(name, cells[name]);
  }

  /** Begins a row, every cell empty until {@link cell} sets it. */
  startRow(): void {
    // Every column empty first, then the row's own cells set: a row fills a few of its table's
    // columns, and looking up each absent one in the cells cost more than all the rest.
    const { types, values } = this;
    for (let i = 0; i < types.length; i++) (values[i] as number[]).push(isText(typeOf(types, i)) ? -1 : Number.NaN);
    this.rows++;
    this.rowChars.push(0);
  }

  /** Rows packed so far. */
  get rowCount(): number {
    return this.rows;
  }

  /** Sets a cell of the row begun last (a cell of no column, or undefined, is ignored). */
  cell(name: string, cell: Cell | undefined): void {
    const i = this.index.get(name);
    if (i === undefined || cell === undefined) return;
    const type = typeOf(this.types, i);
    const row = this.rows - 1;
    const weight = typeof cell === "string" ? cell.length : 8;
    this.chars += weight;
    this.rowChars[row] = (this.rowChars[row] ?? 0) + weight;
    if (!isText(type)) (this.values[i] as number[])[row] = numberOf(cell, type);
    else {
      const text = type === "JSON" ? JSON.stringify(cell) : (cell as string);
      const texts = this.distinct[i] as Map<string, number>;
      let index = texts.get(text);
      if (index === undefined) texts.set(text, (index = texts.size));
      (this.values[i] as number[])[row] = index;
    }
  }

  /** The rows packed, which this then no longer holds. */
  take(): PackedColumns {
    const texts = this.distinct.map((d, i) => (isText(typeOf(this.types, i)) ? [...d.keys()] : undefined));
    const packed: PackedColumns = {
      rows: this.rows,
      chars: this.chars,
      rowChars: Int32Array.from(this.rowChars),
      texts: texts.map((t) => t?.join("")),
      lengths: texts.map((t) => (t ? Int32Array.from(t, (text) => text.length) : undefined)),
      values: this.values.map((v, i) => (isText(typeOf(this.types, i)) ? Int32Array.from(v) : Float64Array.from(v))),
    };
    this.distinct = this.types.map(() => new Map());
    this.values = this.types.map(() => []);
    this.rows = 0;
    this.chars = 0;
    this.rowChars = [];
    return packed;
  }
}

/**
 * One packed column's cells of rows `from` to `end` (all by default) as the Parquet writer takes
 * them, pushed onto `to`: texts cut back
 * out once each (a JSON column's parsed again, as the writer writes a JSON value), INT64 and
 * TIMESTAMP as bigints, BOOLEAN as booleans, empty cells as null.
 *
 * @example
 * ```ts
 * const cells: unknown[] = [];
 * unpackColumn(cells, "INT64", { values: Float64Array.of(2, Number.NaN) }); // cells => [2n, null]
 * unpackColumn(cells, "STRING", { text: "ab", lengths: Int32Array.of(1, 1), values: Int32Array.of(1, 1, -1) }); // cells => [2n, null, "b", "b", null]
 * ```
 */
export function unpackColumn(
  to: unknown[],
  type: ColumnType,
  column: {
    readonly text?: string | undefined;
    readonly lengths?: Int32Array | undefined;
    readonly values: ArrayLike<number>;
  },
  from = 0,
  end = column.values.length,
): void {
  const { text, lengths, values } = column;
  if (text !== undefined && lengths !== undefined) {
    const pieces: unknown[] = [];
    let at = 0;
    for (const length of lengths) {
      const piece = text.slice(at, (at += length));
      pieces.push(type === "JSON" ? JSON.parse(piece) : piece);
    }
    for (let j = from; j < end; j++) {
      const index = values[j] as number;
      to.push(index < 0 ? null : pieces[index]);
    }
    return;
  }
  for (let j = from; j < end; j++) {
    const value = values[j] as number;
    if (Number.isNaN(value)) to.push(null);
    else if (type === "INT64" || type === "TIMESTAMP") to.push(BigInt(value));
    else to.push(type === "BOOLEAN" ? value === 1 : value);
  }
}
