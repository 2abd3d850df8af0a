import type { ColumnType } from "./layout-types.js";
import type { Cell } from "./rows.js";

/** A field that must be quoted (RFC 4180 §2.6): it holds a quote, a comma, a CR or an LF. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma, CR or LF, its quotes doubled. An
 * empty cell is an empty field and an empty text `""`, so that the two read back apart; a JSON
 * column holds its JSON text.
 *
 * @example
 * ```ts
 * csvField('say "hi", then go', "STRING"); // => '"say ""hi"", then go"'
 * csvField(undefined, "STRING"); // => ""
 * ```
 */
export function csvField(cell: Cell | undefined, type: ColumnType): string {
  if (cell === undefined) return "";
  const text = type === "JSON" ? JSON.stringify(cell) : String(cell);
  return text === "" || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record of a row's cells in the columns' order, ended by CRLF (RFC 4180 §2.1).
 *
 * @example
 * ```ts
 * csvLine([["id", "STRING"], ["n", "INT64"]], { id: "a,b", n: 2 }); // => '"a,b",2\r\n'
 * ```
 */
export function csvLine(
  columns: readonly (readonly [name: string, type: ColumnType])[],
  values: Readonly<Record<string, Cell>>,
): string {
  let line = "";
  for (let i = 0; i < columns.length; i++) {
    const [name, type] = columns[i] as readonly [string, ColumnType];
    line += (i === 0 ? "" : ",") + csvField(values[name], type);
  }
  return `${line}\r\n`;
}

/**
 * The header record: the columns' names (RFC 4180 §2.3).
 *
 * @example
 * ```ts
 * csvHeader([["id", "STRING"], ["n", "INT64"]]); // => "id,n\r\n"
 * ```
 */
export function csvHeader(columns: readonly (readonly [name: string, type: ColumnType])[]): string {
  return `${columns.map(([name]) => csvField(name, "STRING")).join(",")}\r\n`;
}

/**
 * CSV records of one table made cell by cell (as `export` walks a document): a row begun, its
 * cells set by column name, then the record of the row ended, as {@link csvLine} makes it.
 *
 * @example
 * ```ts
 * const rows = new CsvRows([["id", "STRING"], ["n", "INT64"]]);
 * rows.startRow();
 * rows.cell("n", 2);
 * rows.endRow(); // => ",2\r\n"
 * ```
 */
export class CsvRows {
  private readonly index: ReadonlyMap<string, number>;
  private readonly row: (Cell | undefined)[];

  constructor(private readonly columns: readonly (readonly [name: string, type: ColumnType])[]) {
    this.index = new Map(columns.map(([name], i) => [name, i]));
    this.row = columns.map(() => undefined);
  }

  /** Begins a row, every cell empty. */
  startRow(): void {
    this.row.fill(undefined);
  }

  /** Sets a cell of the row begun (a cell of no column is ignored). */
  cell(name: string, value: Cell): void {
    const i = this.index.get(name);
    if (i !== undefined) this.row[i] = value;
  }

  /** The row's record, ended by CRLF. */
  endRow(): string {
    const { columns, row } = this;
    let line = "";
    for (let i = 0; i < columns.length; i++)
      line += (i === 0 ? "" : ",") + csvField(row[i], (columns[i] as readonly [string, ColumnType])[1]);
    return `${line}\r\n`;
  }
}
