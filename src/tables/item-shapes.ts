import type { KindDefinition } from "../core/kinds.js";
import { isRecord } from "../core/json.js";
import { eachAtPath, isItemStep, keysOfStep } from "../core/kind-path.js";
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

/** How an event of one user kind is walked: the paths of its quantities, and what leaves `extra`. */
export interface KindRows {
  /** Where its quantities are (KindField paths: `*` each item or value, a digit a tuple's item). */
  readonly quantities: readonly (readonly string[])[];
  /**
   * Its properties that hold quantities, with the paths inside each: one leaves `extra` when
   * {@link onlyQuantities} finds nothing else in it (a Quantity, a list, map or tuple of them).
   */
  readonly omit: ReadonlyMap<string, readonly (readonly string[])[]>;
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
 * The shape an item of `table` is read by: the event base's for an event of a kind not the
 * library's, else the table's.
 *
 * @example
 * ```ts
 * shapeOf("participants", participant)["role"]; // => { kind: "coded", column: "role", … }
 * ```
 */
export const shapeOf = (table: string, item: Readonly<Record<string, unknown>>): Shape =>
  table === "events" && !BUILT_IN_KINDS.has(item["kind"]) ? BASE_SHAPE : (SHAPES.get(table) ?? {});

/** The kinds' rows by tag, made once per kinds list. */
const made = new WeakMap<readonly KindDefinition[], ReadonlyMap<string, KindRows>>();

/**
 * The rows of each kind in `kinds` by its tag. Each quantity of a kind is a row of `quantities`
 * (its `field` the path's property names: `results/share` for a share inside each result); a
 * property that holds nothing but quantities (a Quantity, a list, map or tuple of them, a list of
 * lists) leaves `extra`, and one that holds them among other things (a list of results, a map with
 * another property, a tuple with another item) stays there whole.
 *
 * @example
 * ```ts
 * kindRowsOf(kinds).get("Election")?.omit.has("turnout"); // => true
 * ```
 */
export function kindRowsOf(kinds: readonly KindDefinition[]): ReadonlyMap<string, KindRows> {
  let rows = made.get(kinds);
  if (rows !== undefined) return rows;
  const byKind = new Map<string, KindRows>();
  for (const kind of kinds) {
    const quantities: string[][] = [];
    const omit = new Map<string, string[][]>();
    for (const { path, check } of kind.fields ?? []) {
      const [name] = path;
      // A property the base already reads (a user's `quantities` is the library's) keeps its rows.
      if (check !== "quantity" || name === undefined || Object.prototype.hasOwnProperty.call(BASE_SHAPE, name))
        continue;
      quantities.push([...path]);
      omit.set(name, [...(omit.get(name) ?? []), path.slice(1)]);
    }
    byKind.set(kind.kind, { quantities, omit });
  }
  rows = byKind;
  made.set(kinds, rows);
  return rows;
}

/** One quantity found at a path: the value, the steps from the event to it, and its index when it is an item of an array. */
export interface FoundQuantity {
  readonly value: Readonly<Record<string, unknown>>;
  readonly steps: readonly (string | number)[];
  readonly position: number | undefined;
}

/**
 * The objects at `path` in `event` (`*`: each item of an array or value of an object; a digit, an
 * array's item), with where each is; what is not there, or not an object, is skipped (an invalid
 * document's rows are not sure to join anyway).
 *
 * @example
 * ```ts
 * quantitiesAt({ results: [{ share: { value: 54 } }] }, ["results", "*", "share"]);
 * // => [{ value: { value: 54 }, steps: ["results", 0, "share"], position: undefined }]
 * ```
 */
export function quantitiesAt(event: Readonly<Record<string, unknown>>, path: readonly string[]): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  eachAtPath(event, path, (value, steps) => {
    const last = steps[steps.length - 1];
    if (isRecord(value)) found.push({ value, steps, position: typeof last === "number" ? last : undefined });
  });
  return found;
}

/**
 * A quantity's `field`: the property names of its path (`results/share`), without the steps that
 * stand for items or values.
 *
 * @example
 * ```ts
 * fieldOf(["results", "*", "share"]); // => "results/share"
 * ```
 */
export const fieldOf = (path: readonly string[]): string => path.filter((step) => !isItemStep(step)).join("/");

/**
 * Whether `value` is nothing but quantities reached by `paths` (each from the value: a property
 * name, `*` every item or value, `*{…}` the keys a map takes, a digit a tuple's item; an empty
 * path the value itself). Anything else it holds (a result's candidate beside its share, a map's
 * property of another type, a tuple's item that is no quantity) keeps the whole value in `extra`,
 * so that nothing is lost.
 *
 * @example
 * ```ts
 * onlyQuantities([{ value: 4 }, { value: 2 }], [["*"]]); // => true
 * onlyQuantities({ total: { value: 6 }, note: "x" }, [["*"]]); // => false
 * ```
 */
export function onlyQuantities(value: unknown, paths: readonly (readonly string[])[]): boolean {
  if (paths.some((path) => path.length === 0)) return isRecord(value);
  // The paths that reach `item` (an array's item k, or an object's value at `key`), from it.
  const within = (item: unknown, reaches: (step: string) => boolean) => {
    const inner = paths.filter((path) => reaches(path[0] as string)).map((path) => path.slice(1));
    return inner.length > 0 && onlyQuantities(item, inner);
  };
  if (Array.isArray(value)) return value.every((item, k) => within(item, (step) => step === "*" || step === String(k)));
  if (isRecord(value))
    return Object.keys(value).every((key) =>
      within(value[key], (step) => {
        const takes = keysOfStep(step);
        return takes !== undefined ? takes(key) : step === key && !isItemStep(step);
      }),
    );
  return false;
}
