import type { KindDefinition } from "../core/kinds.js";
import { isRecord } from "../core/json.js";
import { EVENT_KINDS } from "../generated/schema-facts.js";
import { EVENT_BASE_KEYS, TABLE_SHAPES } from "../generated/table-layout.js";
import type { Shape, TableShape } from "./layout-types.js";

/*
 * The shape an item is read by: its table's (the generated layout), or for an event of a kind of
 * the user's own (docs/custom-kinds.md) the event base's. Such an event's own properties go to
 * `extra`, except its quantities, which `kinds build` found in its schema (a field whose check is
 * "quantity"): each is a row of `quantities`, as an event's `quantities` are, so that one query
 * reads every figure, of the library's kinds and the user's alike.
 */

const SHAPES: ReadonlyMap<string, Shape> = new Map(
  (TABLE_SHAPES as readonly TableShape[]).map((t) => [t.name, t.shape]),
);

/**
 * The events table's shape for an event of a kind of the user's own: the event base's columns
 * only. Its own properties are its own (a court ruling's `outcome` is no coup's), so they go to
 * `extra`, whatever the name, rather than into a built-in kind's column of that name.
 */
const BASE_SHAPE: Shape = Object.fromEntries(
  Object.entries(SHAPES.get("events") ?? {}).filter(([key]) => EVENT_BASE_KEYS.includes(key)),
);

/** How an event of one user kind is walked: its shape, and the paths of quantities inside other values. */
export interface KindRows {
  /** The event base's shape, with each property that is a quantity (or a list of them) a child of `quantities`. */
  readonly shape: Shape;
  /** Quantities deeper in the event (a candidate's share in a list of results): their paths, `*` for each item. */
  readonly nested: readonly (readonly string[])[];
}

/** The user's kinds of a run, by tag. */
export type KindsByTag = ReadonlyMap<string, KindRows>;

/**
 * What the tables are made with: the kinds `news-events kinds build` wrote, when the documents use
 * kinds of the user's own (`export --kinds DIR` gives them). Their events' own properties go to
 * `extra`, their quantities to `quantities`; without them, a kind's quantities stay in `extra`.
 *
 * @example
 * ```ts
 * import { kinds } from "./generated/kinds/index.js";
 * const options: TablesOptions = { kinds };
 * ```
 */
export interface TablesOptions {
  /** The user-defined kinds the documents may use (the list a kinds module exports). */
  readonly kinds?: readonly KindDefinition[];
}

const BUILT_IN_KINDS: ReadonlySet<unknown> = new Set(EVENT_KINDS);

/**
 * The rows of the user's kind an item of `table` is (events only), by its tag; undefined for an
 * item of a built-in kind, or of a kind not in `kinds`.
 *
 * @example
 * ```ts
 * userKindOf("events", { kind: "Election" }, kindRowsOf(kinds)); // => Election's rows
 * ```
 */
export const userKindOf = (
  table: string,
  item: Readonly<Record<string, unknown>>,
  kinds: KindsByTag | undefined,
): KindRows | undefined =>
  table === "events" && !BUILT_IN_KINDS.has(item["kind"]) ? kinds?.get(item["kind"] as string) : undefined;

/**
 * The shape an item of `table` is read by: a user kind's (`kind`: its quantities as rows), the
 * event base's for an event of another kind not the library's, else the table's.
 *
 * @example
 * ```ts
 * shapeOf("participants", participant, undefined)["role"]; // => { kind: "coded", column: "role", … }
 * ```
 */
export const shapeOf = (table: string, item: Readonly<Record<string, unknown>>, kind: KindRows | undefined): Shape =>
  kind !== undefined
    ? kind.shape
    : table === "events" && !BUILT_IN_KINDS.has(item["kind"])
      ? BASE_SHAPE
      : (SHAPES.get(table) ?? {});

/** The kinds' rows by tag, made once per kinds list. */
const made = new WeakMap<readonly KindDefinition[], ReadonlyMap<string, KindRows>>();

/**
 * The rows of each kind in `kinds` by its tag: the event base's shape, and its quantities.
 * A property that is a quantity, or a list of them, becomes rows of `quantities` (its `field` the
 * property's name) and leaves `extra`; a quantity inside another value (a list of results) is a
 * row of `quantities` too (`field`: its path without the `*`s), and that value stays in `extra` whole.
 *
 * @example
 * ```ts
 * kindRowsOf(kinds).get("Election")?.shape["turnout"]; // => { kind: "table", table: "quantities" }
 * ```
 */
export function kindRowsOf(kinds: readonly KindDefinition[]): ReadonlyMap<string, KindRows> {
  const base = BASE_SHAPE;
  let rows = made.get(kinds);
  if (rows !== undefined) return rows;
  const byKind = new Map<string, KindRows>();
  for (const kind of kinds) {
    const shape: Record<string, Shape[string]> = { ...base };
    const nested: string[][] = [];
    for (const { path, check } of kind.fields ?? []) {
      if (check !== "quantity" || path.length === 0) continue;
      const [name = "", rest] = path;
      // A property the base already reads (a user's `quantities` is the library's) keeps its field.
      if (Object.prototype.hasOwnProperty.call(base, name)) continue;
      if (path.length === 1) shape[name] = { kind: "table", table: "quantities" };
      else if (path.length === 2 && rest === "*") shape[name] = { kind: "rows", table: "quantities" };
      else nested.push([...path]);
    }
    byKind.set(kind.kind, { shape, nested });
  }
  rows = byKind;
  made.set(kinds, rows);
  return rows;
}

/** One quantity found at a nested path: the value, the steps from the event to it, and the last list index on the way. */
export interface FoundQuantity {
  readonly value: Readonly<Record<string, unknown>>;
  readonly steps: readonly (string | number)[];
  readonly position: number | undefined;
}

/**
 * The objects at `path` in `event` (`*`: each item of an array), with where each is; what is not
 * there, or not an object, is skipped (an invalid document's rows are not sure to join anyway).
 *
 * @example
 * ```ts
 * quantitiesAt({ results: [{ share: { value: 54 } }] }, ["results", "*", "share"]);
 * // => [{ value: { value: 54 }, steps: ["results", 0, "share"], position: 0 }]
 * ```
 */
export function quantitiesAt(event: Readonly<Record<string, unknown>>, path: readonly string[]): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  const visit = (value: unknown, i: number, steps: (string | number)[], position: number | undefined): void => {
    if (i === path.length) {
      if (isRecord(value)) found.push({ value, steps, position });
      return;
    }
    const step = path[i] as string;
    if (step === "*") {
      if (Array.isArray(value)) value.forEach((item, k) => visit(item, i + 1, [...steps, k], k));
    } else if (isRecord(value) && Object.prototype.hasOwnProperty.call(value, step))
      visit(value[step], i + 1, [...steps, step], position);
  };
  visit(event, 0, [], undefined);
  return found;
}
