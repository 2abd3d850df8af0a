import { PROPERTY_NAMES } from "../generated/property-names.js";
import { distance, editsAllowed, nearestName } from "../core/edit-distance.js";

export { distance } from "../core/edit-distance.js";

/**
 * Each object schema's property names, in order (a hint lists them), and for each name the
 * schemas that have it: a key is looked up once, not searched for in every schema's list.
 */
let schemas:
  { readonly sets: readonly (readonly string[])[]; readonly holders: ReadonlyMap<string, number[]> } | undefined;

/**
 * The object schema an input object was meant to be: the one that knows most of its keys, the
 * smaller one on a tie (a Role inside an Event, not the Event).
 *
 * @example
 * ```ts
 * bestFit(["entity", "role"]).set; // => the names of a participant's schema
 * ```
 */
export function bestFit(keys: readonly string[]): { set: readonly string[] | undefined; score: number } {
  schemas ??= schemaNames();
  const { sets, holders } = schemas;
  // Keys counted per schema through the index (searching each schema's list for each key cost
  // 17 µs a hint); then the schemas in their order, as before.
  const scores = new Int32Array(sets.length);
  for (const key of keys) for (const k of holders.get(key) ?? NO_SCHEMAS) scores[k] = (scores[k] as number) + 1;
  let fit: readonly string[] | undefined;
  let fitScore = -1;
  for (let k = 0; k < sets.length; k++) {
    const set = sets[k] as readonly string[];
    const score = scores[k] as number;
    if (score > fitScore || (score === fitScore && fit !== undefined && set.length < fit.length)) {
      fit = set;
      fitScore = score;
    }
  }
  return { set: fit, score: fitScore };
}

const NO_SCHEMAS: readonly number[] = [];

/** The schemas' property names (PROPERTY_NAMES) and, for each name, the schemas that have it. */
function schemaNames(): NonNullable<typeof schemas> {
  const sets = PROPERTY_NAMES.split("|").map((s) => s.split(","));
  const holders = new Map<string, number[]>();
  // A schema names each property once.
  sets.forEach((names, k) => {
    for (const name of names) {
      const list = holders.get(name);
      if (list) list.push(k);
      else holders.set(name, [k]);
    }
  });
  return { sets, holders };
}

/**
 * What to say after "is required but missing" when the object has a key that looks like a
 * misspelling of the missing one (`"salince"` for `salience`).
 *
 * @example
 * ```ts
 * missingPropertyHint("salience", ["kind", "salince"]); // => '; is "salince" a misspelling of it?'
 * ```
 */
export function missingPropertyHint(missing: string, keys: readonly string[]): string {
  const max = editsAllowed(missing);
  const lower = missing.toLowerCase();
  // Only keys the object's schema does not know can be misspellings ("published" is no typo of "publisher").
  const known = bestFit([...keys, missing]).set ?? [];
  const near = keys.find(
    (key) => !known.includes(key) && key.length <= 100 && distance(lower, key.toLowerCase(), max) <= max,
  );
  return near === undefined ? "" : `; is ${JSON.stringify(near)} a misspelling of it?`;
}

/**
 * What to say after "is not a known property here" for `unknown` in an object with `keys`: the
 * closest property name of the schema object that fits the other keys best (`did you mean
 * "salience"?`), else the list of valid names when it is short, else nothing. `missing`, the
 * properties the validator found missing in that object, count towards the fit: its schema
 * requires them.
 *
 * @example
 * ```ts
 * unknownPropertyHint("salince", ["kind", "id", "name", "salince"]); // => '; did you mean "salience"?'
 * ```
 */
export function unknownPropertyHint(unknown: string, keys: readonly string[], missing: readonly string[] = []): string {
  const known = keys.filter((k) => k !== unknown);
  const { set: fit, score: fitScore } = bestFit(missing.length === 0 ? known : [...known, ...missing]);
  // A key of the best fit's own: the object is another schema's than the one expected here (an
  // event where a document goes), and no name of that schema is the key meant ("did you mean
  // "kind"?" for `kind`, found by a trial).
  if (!fit || (fitScore === 0 && known.length > 0) || fit.includes(unknown)) return "";
  // Listed only when two keys agree on the schema: one key fits many (a document's `headline` is a
  // live-blog update's too), and the list of the wrong one misleads.
  return hintAmong(unknown, known, fit, fitScore >= 2);
}

/**
 * What to say after "is not a known property here" for `unknown` in an object with the other keys
 * `keys`, whose schema knows `names`: the nearest name it lacks (`did you mean "magnitude"?`), else
 * those names when `listed` and they are few, else nothing. A user kind's objects, whose names its
 * module carries, are hinted with it as the built-in ones are.
 *
 * @example
 * ```ts
 * hintAmong("magnitde", ["kind", "id"], ["kind", "id", "magnitude", "depthKm"], true); // => '; did you mean "magnitude"?'
 * ```
 */
export function hintAmong(unknown: string, keys: readonly string[], names: readonly string[], listed: boolean): string {
  const free = names.filter((name) => !keys.includes(name));
  const closest = nearestName(unknown, free);
  if (closest !== undefined) return `; did you mean "${closest}"?`;
  // Up to 24 names: an event kind's own properties, which grow with the model, still fit one line.
  return listed && free.length > 0 && free.length <= 24 ? `; expected one of ${free.join(", ")}` : "";
}
