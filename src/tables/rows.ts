import { isRecord } from "../core/json.js";
import { dayNumberOf, formatDayNumber } from "../model/calendar.js";
import type { Shape, ShapeField } from "./layout-types.js";
import { derivedCodes } from "./derived-codes.js";
import {
  fieldOf,
  kindRowsOf,
  onlyQuantities,
  quantitiesAt,
  shapeOf,
  userKindOf,
  type KindsByTag,
  type TablesOptions,
} from "./item-shapes.js";
import type { KindDefinition } from "../core/kinds.js";
import { pointerTo } from "./pointers.js";
import type { Cell, RowTarget, TableRow } from "./row-target.js";

export type { Cell, RowTarget, TableRow } from "./row-target.js";
export type { TablesOptions } from "./item-shapes.js";

/** The item that owns a child row. */
interface Owner {
  readonly article: string | undefined;
  /** The user's kinds, by tag: an event of one has its quantities as rows. */
  readonly kinds: KindsByTag | undefined;
  readonly table: string;
  readonly row: string;
  readonly event: string | undefined;
  /** The `id` of that event: an event given on its own has no article_url, and its rows need a key. */
  readonly eventId: string | undefined;
}

/** A child of an item, read once the item's own row is out: an array of rows or values, or an object. */
interface Child {
  readonly field: ShapeField & { kind: "rows" | "table" | "list" };
  readonly path: string;
  readonly pointer: string;
  readonly value: unknown;
}

/** What one item's walk collects besides the cells it hands the target: made only when there are any. */
interface Walk {
  readonly to: RowTarget;
  extra: Record<string, unknown> | undefined;
  children: Child[] | undefined;
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

/** Adds a child to the walk's. */
function defer(walk: Walk, child: Child): void {
  if (walk.children === undefined) walk.children = [child];
  else walk.children.push(child);
}

/** Puts one property's value in the target's row or the walk's children; false when it does not fit its field. */
function place(walk: Walk, field: ShapeField, value: unknown, owner: string, key: string, path: string): boolean {
  const { to } = walk;
  switch (field.kind) {
    case "scalar":
      if (!FITS[field.type]?.(value)) return false;
      to.cell(field.column, value as Cell);
      return true;
    case "datetime": {
      if (typeof value !== "string") return false;
      const at = instant(value);
      if (at !== undefined) to.cell(field.column, at);
      to.cell(field.text, value);
      return true;
    }
    case "calendar": {
      if (typeof value !== "string") return false;
      to.cell(field.column, value);
      // An interval open at one end ("by 1 March": ../2024-03-01) keeps the day it names; the open
      // end (±Infinity) has none, and a value that is no real date (NaN) neither.
      const earliest = dayNumberOf(value, false);
      const latest = dayNumberOf(value, true);
      if (Number.isFinite(earliest)) to.cell(field.earliest, formatDayNumber(earliest));
      if (Number.isFinite(latest)) to.cell(field.latest, formatDayNumber(latest));
      return true;
    }
    case "coded":
      return coded(to, field.column, field.scheme, field.label, value);
    case "object":
      if (!isRecord(value)) return false;
      fill(walk, field.shape, value, pointerTo(owner, key), `${path}/`);
      return true;
    case "rows":
    case "list":
      if (!Array.isArray(value)) return false;
      defer(walk, { field, path, pointer: pointerTo(owner, key), value });
      return true;
    case "table":
      if (!isRecord(value)) return false;
      defer(walk, { field, path, pointer: pointerTo(owner, key), value });
      return true;
  }
}

/** A token (text) or a coded term `{scheme, code, label}` into three columns. */
function coded(to: RowTarget, column: string, scheme: string, label: string, value: unknown): boolean {
  if (typeof value === "string") to.cell(column, value);
  else if (isRecord(value) && typeof value["scheme"] === "string" && typeof value["code"] === "string") {
    to.cell(column, value["code"]);
    to.cell(scheme, value["scheme"]);
    if (typeof value["label"] === "string") to.cell(label, value["label"]);
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
    if (field === undefined || !place(walk, field, value, pointer, key, path === "" ? key : `${path}${key}`))
      (walk.extra ??= {})[path === "" ? key : `${path}${key}`] = value;
  }
}

/** The key cells of a child row. */
function keys(to: RowTarget, owner: Owner, row: string, field: string, position: number | undefined): void {
  if (owner.article !== undefined) to.cell("article_url", owner.article);
  to.cell("row", row);
  to.cell("parent_table", owner.table);
  to.cell("parent_row", owner.row);
  if (owner.event !== undefined) to.cell("event_row", owner.event);
  if (owner.eventId !== undefined) to.cell("event_id", owner.eventId);
  to.cell("field", field);
  if (position !== undefined) to.cell("position", position);
}

/**
 * An item's row in `table` (its key cells already given to the target, after `startRow`), then
 * the rows of everything it holds. (Rows go straight to the target rather than through nested
 * generators: each level of `yield*` costs every row passing through it, and rows nest five deep.)
 */
function itemRows(
  to: RowTarget,
  table: string,
  item: Readonly<Record<string, unknown>>,
  pointer: string,
  owner: Pick<Owner, "article" | "kinds" | "event" | "eventId">,
): void {
  const walk: Walk = { to, extra: undefined, children: undefined };
  const kind = userKindOf(table, item, owner.kinds);
  fill(walk, shapeOf(table, item), item, pointer);
  // A user kind's properties that are nothing but quantities are rows of quantities instead.
  if (kind !== undefined && walk.extra !== undefined)
    for (const [name, paths] of kind.omit) if (onlyQuantities(item[name], paths)) delete walk.extra[name];
  if (walk.extra !== undefined && Object.keys(walk.extra).length > 0) to.cell("extra", walk.extra);
  // An event's rows, and its own, carry its id: the key of an event given on its own.
  const anEvent = table === "events";
  const id = item["id"];
  const eventId = anEvent ? (typeof id === "string" ? id : undefined) : owner.eventId;
  if (anEvent && eventId !== undefined) to.cell("event_id", eventId);
  if (anEvent) derivedCodes(to, item);
  to.endRow();
  if (walk.children === undefined && kind === undefined) return;
  const event = anEvent ? pointer : owner.event;
  const self: Owner = { article: owner.article, kinds: owner.kinds, table, row: pointer, event, eventId };
  for (const child of walk.children ?? []) childRows(to, self, child);
  // A user kind's quantities: a row each, keyed by where it is.
  for (const path of kind?.quantities ?? [])
    for (const { value, steps, position } of quantitiesAt(item, path)) {
      const row = steps.reduce<string>((at, step) => pointerTo(at, step), pointer);
      to.startRow("quantities");
      keys(to, self, row, fieldOf(path), position);
      itemRows(to, "quantities", value, row, self);
    }
}

/** The rows of one child: each item of an array, or the one object. */
function childRows(to: RowTarget, owner: Owner, { field, path, pointer, value }: Child): void {
  if (field.kind === "table") {
    to.startRow(field.table);
    keys(to, owner, pointer, path, undefined);
    itemRows(to, field.table, value as Record<string, unknown>, pointer, owner);
    return;
  }
  const items = value as readonly unknown[];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const row = pointerTo(pointer, i);
    if (field.kind === "rows" && isRecord(item)) {
      to.startRow(field.table);
      keys(to, owner, row, path, i);
      itemRows(to, field.table, item, row, owner);
    } else {
      to.startRow("list_items");
      keys(to, owner, row, path, i);
      listItem(to, item);
      to.endRow();
    }
  }
}

/** A `list_items` row's value: a plain value, or a coded term's code, scheme and label. */
function listItem(to: RowTarget, item: unknown): void {
  if (coded(to, "value", "value_scheme", "value_label", item)) return;
  if (typeof item === "number" || typeof item === "boolean") to.cell("value", String(item));
  else if (item !== null && item !== undefined) to.cell("value", JSON.stringify(item));
}

/** True for an event given on its own (it says its kind) rather than a document. */
const isEvent = (value: Readonly<Record<string, unknown>>) => Object.prototype.hasOwnProperty.call(value, "kind");

/**
 * The rows of one document (or of one event given on its own: its rows have no `article_url`),
 * the document's `articles` row first, then each item's row before the rows of what it holds. One
 * document's rows are made at once; {@link toTables} streams document after document.
 * Give it a valid document: any value is walked without throwing, and what has no column goes to
 * the `extra` JSON column of its row, but only a valid document's rows are sure to join. With
 * `options.kinds` (the user-defined kinds the document uses), their quantities are rows of
 * `quantities`.
 *
 * @example
 * ```ts
 * import { rowsOf } from "news-events/tables";
 * import { burkinaFasoRussia } from "news-events/examples";
 * for (const { table, values } of rowsOf(burkinaFasoRussia)) if (table === "participants") console.log(values.entity);
 * ```
 */
export function rowsOf(document: unknown, options: TablesOptions = {}): TableRow[] {
  const out: TableRow[] = [];
  let values: Record<string, Cell> = {};
  const target: RowTarget = {
    startRow: (table) => out.push({ table, values: (values = {}) }),
    cell: (column, value) => void (values[column] = value),
    endRow: () => {},
  };
  writeRows(document, target, options.kinds);
  return out;
}

/**
 * The rows of one document, as {@link rowsOf} makes them, handed to `target` cell by cell: what
 * `export` uses to append rows straight into a table's columns, with no object per row. Not part
 * of the package's API (the `news-events/tables` entry exports {@link rowsOf}); the CLI imports it.
 *
 * @example
 * ```ts
 * let rows = 0;
 * writeRows(doc, { startRow: () => rows++, cell: () => {}, endRow: () => {} });
 * ```
 */
export function writeRows(document: unknown, target: RowTarget, kinds?: readonly KindDefinition[]): void {
  if (!isRecord(document)) return;
  const url = document["url"];
  const event = isEvent(document);
  const article = typeof url === "string" && !event ? url : undefined;
  const byTag = kinds === undefined || kinds.length === 0 ? undefined : kindRowsOf(kinds);
  const owner = { article, kinds: byTag, event: undefined, eventId: undefined };
  target.startRow(event ? "events" : "articles");
  if (article !== undefined) target.cell("article_url", article);
  target.cell("row", "");
  if (event) target.cell("field", "");
  itemRows(target, event ? "events" : "articles", document, "", owner);
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
export function* toTables(documents: Iterable<unknown>, options: TablesOptions = {}): Generator<TableRow> {
  for (const document of documents) for (const row of rowsOf(document, options)) yield row;
}
