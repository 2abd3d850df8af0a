/** What a walk of a document gives: rows of cells, handed to a target one at a time (rows.ts). */

/**
 * A cell's value: text (a DATE as `YYYY-MM-DD`, a TIMESTAMP as an ISO 8601 instant in UTC), a
 * number, a boolean, or for a JSON column any JSON value. An empty cell is left out of its row.
 *
 * @example
 * ```ts
 * const cell: Cell = "2023-07-26";
 * ```
 */
export type Cell = string | number | boolean | readonly unknown[] | { readonly [key: string]: unknown };

/**
 * One row of one table: its table's name and its cells by column name.
 *
 * @example
 * ```ts
 * const row: TableRow = { table: "claims", values: { article_url: "https://news.example.org/a", row: "/claims/0" } };
 * ```
 */
export interface TableRow {
  /** The table's name (articles, events, participants…; docs/tables.md). */
  readonly table: string;
  /** The row's cells by column name; an empty cell is absent. */
  readonly values: Readonly<Record<string, Cell>>;
}

/**
 * Where a walk puts its rows, one at a time: a row begun, its cells, its end. Each row is ended
 * before the next begins (an item's row before the rows of what it holds), so a target can append
 * cells straight into columns instead of holding an object per row.
 *
 * @example
 * ```ts
 * const counts = new Map<string, number>();
 * const target: RowTarget = { startRow: (t) => counts.set(t, (counts.get(t) ?? 0) + 1), cell: () => {}, endRow: () => {} };
 * ```
 */
export interface RowTarget {
  /** Begins a row of `table`. */
  startRow(table: string): void;
  /** One cell of the row begun (a column is given at most once per row). */
  cell(column: string, value: Cell): void;
  /** Ends the row begun. */
  endRow(): void;
}
