import { TABLE_SHAPES } from "../generated/table-layout.js";
import { isRecord } from "../core/json.js";
import { escapePointerSegment } from "../core/pointer.js";
import { dateBounds } from "../model/calendar.js";
import type { Shape, ShapeField, TableShape } from "./layout-types.js";

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

const SHAPES: ReadonlyMap<string, Shape> = new Map(
  (TABLE_SHAPES as readonly TableShape[]).map((t) => [t.name, t.shape]),
);

/** The item that owns a child row. */
interface Owner {
  readonly article: string | undefined;
  readonly table: string;
  readonly row: string;
  readonly event: string | undefined;
}

/** A child of an item, read once the item's own row is out: an array of rows or values, or an object. */
interface Child {
  readonly field: ShapeField & { kind: "rows" | "table" | "list" };
  readonly path: string;
  readonly pointer: string;
  readonly value: unknown;
}

/** What one item's walk collects besides its own cells. */
interface Walk {
  readonly cells: Record<string, Cell>;
  readonly extra: Record<string, unknown>;
  readonly children: Child[];
}

const FITS: Readonly<Record<string, (v: unknown) => boolean>> = {
  STRING: (v) => typeof v === "string",
  INT32: (v) => Number.isSafeInteger(v),
  INT64: (v) => Number.isSafeInteger(v),
  DOUBLE: (v) => typeof v === "number" && Number.isFinite(v),
  BOOLEAN: (v) => typeof v === "boolean",
  JSON: (v) => v !== undefined,
};

/** An RFC 3339 date-time as an instant in UTC, or undefined when it is not one. */
function instant(text: string): string | undefined {
  const time = Date.parse(text);
  return /^\d{4}-\d\d-\d\dT/.test(text) && Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}

/** Puts one property's value in the walk's cells or children; false when it does not fit its field. */
function place(walk: Walk, field: ShapeField, value: unknown, owner: string, key: string, path: string): boolean {
  const { cells } = walk;
  switch (field.kind) {
    case "scalar":
      if (!FITS[field.type]?.(value)) return false;
      cells[field.column] = value as Cell;
      return true;
    case "datetime": {
      if (typeof value !== "string") return false;
      const at = instant(value);
      if (at !== undefined) cells[field.column] = at;
      cells[field.text] = value;
      return true;
    }
    case "calendar": {
      if (typeof value !== "string") return false;
      cells[field.column] = value;
      const bounds = dateBounds(value);
      if (bounds) [cells[field.earliest], cells[field.latest]] = [bounds.earliest, bounds.latest];
      return true;
    }
    case "coded":
      return coded(cells, [field.column, field.scheme, field.label], value);
    case "object":
      if (!isRecord(value)) return false;
      fill(walk, field.shape, value, `${owner}/${escapePointerSegment(key)}`, `${path}/`);
      return true;
    case "rows":
    case "list":
      if (!Array.isArray(value)) return false;
      walk.children.push({ field, path, pointer: `${owner}/${escapePointerSegment(key)}`, value });
      return true;
    case "table":
      if (!isRecord(value)) return false;
      walk.children.push({ field, path, pointer: `${owner}/${escapePointerSegment(key)}`, value });
      return true;
  }
}

/** A token (text) or a coded term `{scheme, code, label}` into three columns. */
function coded(cells: Record<string, Cell>, [column, scheme, label]: readonly string[], value: unknown): boolean {
  if (typeof value === "string") cells[column as string] = value;
  else if (isRecord(value) && typeof value["scheme"] === "string" && typeof value["code"] === "string") {
    cells[column as string] = value["code"];
    cells[scheme as string] = value["scheme"];
    if (typeof value["label"] === "string") cells[label as string] = value["label"];
  } else return false;
  return true;
}

/** Walks an object's properties by its shape; what has no field, or does not fit it, goes to `extra`. */
function fill(walk: Walk, shape: Shape, item: Readonly<Record<string, unknown>>, pointer: string, path = ""): void {
  for (const key of Object.keys(item)) {
    // $schema and the like say where the document's schema is, not what the article says.
    if (key.startsWith("$")) continue;
    const value = item[key];
    const field = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
    if (field === undefined || !place(walk, field, value, pointer, key, `${path}${key}`))
      walk.extra[`${path}${key}`] = value;
  }
}

/** The key cells of a child row. */
function keys(owner: Owner, row: string, field: string, position: number | undefined): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  if (owner.article !== undefined) cells["article_url"] = owner.article;
  cells["row"] = row;
  cells["parent_table"] = owner.table;
  cells["parent_row"] = owner.row;
  if (owner.event !== undefined) cells["event_row"] = owner.event;
  cells["field"] = field;
  if (position !== undefined) cells["position"] = position;
  return cells;
}

/**
 * An item's row in `table` (its cells from `start`), then the rows of everything it holds, into
 * `out`. (Pushed into one array rather than yielded through nested generators: each level of
 * `yield*` costs every row passing through it, and rows nest five deep.)
 */
function itemRows(
  out: TableRow[],
  table: string,
  item: Readonly<Record<string, unknown>>,
  pointer: string,
  start: Record<string, Cell>,
  owner: { readonly article: string | undefined; readonly event: string | undefined },
): void {
  const walk: Walk = { cells: start, extra: {}, children: [] };
  fill(walk, SHAPES.get(table) ?? {}, item, pointer);
  for (const _ in walk.extra) {
    walk.cells["extra"] = walk.extra;
    break;
  }
  out.push({ table, values: walk.cells });
  if (walk.children.length === 0) return;
  const event = table === "events" ? pointer : owner.event;
  const self: Owner = { article: owner.article, table, row: pointer, event };
  for (const child of walk.children) childRows(out, self, child);
}

/** The rows of one child: each item of an array, or the one object. */
function childRows(out: TableRow[], owner: Owner, { field, path, pointer, value }: Child): void {
  if (field.kind === "table") {
    itemRows(out, field.table, value as Record<string, unknown>, pointer, keys(owner, pointer, path, undefined), owner);
    return;
  }
  const items = value as readonly unknown[];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const row = `${pointer}/${i}`;
    if (field.kind === "rows" && isRecord(item))
      itemRows(out, field.table, item, row, keys(owner, row, path, i), owner);
    else out.push({ table: "list_items", values: listItem(keys(owner, row, path, i), item) });
  }
}

/** A `list_items` row: a plain value, or a coded term's code, scheme and label. */
function listItem(cells: Record<string, Cell>, item: unknown): Record<string, Cell> {
  if (coded(cells, ["value", "value_scheme", "value_label"], item)) return cells;
  if (typeof item === "number" || typeof item === "boolean") cells["value"] = String(item);
  else if (item !== null && item !== undefined) cells["value"] = JSON.stringify(item);
  return cells;
}

/** True for an event given on its own (it says its kind) rather than a document. */
const isEvent = (value: Readonly<Record<string, unknown>>) => Object.prototype.hasOwnProperty.call(value, "kind");

/**
 * The rows of one document (or of one event given on its own: its rows have no `article_url`),
 * the document's `articles` row first, then each item's row before the rows of what it holds. One
 * document's rows are made at once; {@link toTables} streams document after document.
 * Give it a valid document: any value is walked without throwing, and what has no column goes to
 * the `extra` JSON column of its row, but only a valid document's rows are sure to join.
 *
 * @example
 * ```ts
 * import { rowsOf } from "news-events/tables";
 * import { burkinaFasoRussia } from "news-events/examples";
 * for (const { table, values } of rowsOf(burkinaFasoRussia)) if (table === "participants") console.log(values.entity);
 * ```
 */
export function rowsOf(document: unknown): TableRow[] {
  const out: TableRow[] = [];
  if (!isRecord(document)) return out;
  const url = document["url"];
  const article = typeof url === "string" && !isEvent(document) ? url : undefined;
  const owner = { article, event: undefined };
  const start: Record<string, Cell> = article !== undefined ? { article_url: article } : {};
  if (isEvent(document)) itemRows(out, "events", document, "", { ...start, row: "", field: "" }, owner);
  else itemRows(out, "articles", document, "", { ...start, row: "" }, owner);
  return out;
}

/**
 * The rows of every document, one document after another: an iterable that reads the next
 * document only when its rows are wanted, so that a feed of any length streams through it.
 *
 * @example
 * ```ts
 * import { toTables } from "news-events/tables";
 * const documents: unknown[] = [doc]; // documents read from a feed, any iterable
 * const counts = new Map<string, number>();
 * for (const { table } of toTables(documents)) counts.set(table, (counts.get(table) ?? 0) + 1);
 * ```
 */
export function* toTables(documents: Iterable<unknown>): Generator<TableRow> {
  for (const document of documents) for (const row of rowsOf(document)) yield row;
}
