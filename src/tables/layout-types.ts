/**
 * The types of the generated layout (src/generated/table-layout.ts): how each table's rows are
 * read from the items it holds, and each table's columns.
 */

/**
 * A column's type: Parquet's (a DATE is a calendar day, a TIMESTAMP an instant in UTC, JSON a
 * JSON text).
 *
 * @example
 * ```ts
 * const type: ColumnType = "DATE";
 * ```
 */
export type ColumnType = "STRING" | "INT32" | "INT64" | "DOUBLE" | "BOOLEAN" | "DATE" | "TIMESTAMP" | "JSON";

/**
 * What one property of an item becomes.
 *
 * @example
 * ```ts
 * const field: ShapeField = { kind: "coded", column: "role", scheme: "role_scheme", label: "role_label" };
 * ```
 */
export type ShapeField =
  /** A plain value: one column of `type`. */
  | { readonly kind: "scalar"; readonly column: string; readonly type: ColumnType }
  /** An RFC 3339 date-time: a TIMESTAMP, and its written form in `text`. */
  | { readonly kind: "datetime"; readonly column: string; readonly text: string }
  /** A calendar date or interval as written, with its first and last day. */
  | { readonly kind: "calendar"; readonly column: string; readonly earliest: string; readonly latest: string }
  /** A known token or a coded term `{scheme, code, label}`. */
  | { readonly kind: "coded"; readonly column: string; readonly scheme: string; readonly label: string }
  /** A nested object flattened into its owner's columns. */
  | { readonly kind: "object"; readonly shape: Shape }
  /** An array of objects: one row of `table` per item. */
  | { readonly kind: "rows"; readonly table: string }
  /** One object in a row of its own `table` (a FuzzyDate in `dates`). */
  | { readonly kind: "table"; readonly table: string }
  /** An array of plain values (or coded terms): one row of `list_items` per value. */
  | { readonly kind: "list"; readonly coded: boolean };

/**
 * The fields of an item, by property name.
 *
 * @example
 * ```ts
 * const shape: Shape = { name: { kind: "scalar", column: "name", type: "STRING" } };
 * ```
 */
export type Shape = { readonly [property: string]: ShapeField };

/**
 * A table and the shape of the items it holds.
 *
 * @example
 * ```ts
 * const table: TableShape = { name: "claims", shape: { text: { kind: "scalar", column: "text", type: "STRING" } } };
 * ```
 */
export interface TableShape {
  /** The table's name. */
  readonly name: string;
  /** The fields of its items. */
  readonly shape: Shape;
}

/**
 * A table's columns, in order: `[name, type]`.
 *
 * @example
 * ```ts
 * const table: TableColumns = { name: "claims", columns: [["article_url", "STRING"]] };
 * ```
 */
export interface TableColumns {
  /** The table's name. */
  readonly name: string;
  /** Its columns, in order. */
  readonly columns: readonly (readonly [name: string, type: ColumnType])[];
}
