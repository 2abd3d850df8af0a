/**
 * news-events/tables: documents as rows of a relational layout (docs/tables.md), for Parquet, CSV,
 * DuckDB, pandas, polars, Spark or BigQuery. The layout is generated from the schemas.
 *
 * @example
 * ```ts
 * import { toTables, TABLES } from "news-events/tables";
 * const documents: unknown[] = [doc]; // documents read from a feed, any iterable
 * for (const { table, values } of toTables(documents)) console.log(table, values.row);
 * ```
 *
 * @packageDocumentation
 */
import { TABLE_COLUMNS } from "../generated/table-layout.js";
import type { TableColumns } from "./layout-types.js";

export { rowsOf, toTables, type Cell, type TableRow, type TablesOptions } from "./rows.js";
export { csvField, csvHeader, csvLine } from "./csv.js";
export { ParquetTableWriter, StoredColumns, type HeldRows, type ParquetTableOptions } from "./parquet.js";
export type { PackedColumns } from "./packed.js";
export { partitionYear } from "./year.js";
export type { ColumnType, TableColumns } from "./layout-types.js";

/**
 * Every table with its columns in order (articles first, list_items last): what {@link toTables}
 * fills, and what docs/tables.md describes.
 *
 * @example
 * ```ts
 * TABLES.find((t) => t.name === "quantities")?.columns.map(([name]) => name);
 * ```
 */
export const TABLES: readonly TableColumns[] = TABLE_COLUMNS;
