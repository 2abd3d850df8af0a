import { PROPERTY_NAMES } from "../generated/property-names.js";

let sets: readonly (readonly string[])[] | undefined;

/** Edit distance (insertions, deletions, substitutions), stopping early above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * The object schema an input object was meant to be: the one that knows most of its keys, the
 * smaller one on a tie (a Role inside an Event, not the Event).
 */
function bestFit(keys: readonly string[]): { set: readonly string[] | undefined; score: number } {
  sets ??= PROPERTY_NAMES.split("|").map((s) => s.split(","));
  let fit: readonly string[] | undefined;
  let fitScore = -1;
  for (const set of sets) {
    const score = keys.filter((k) => set.includes(k)).length;
    if (score > fitScore || (score === fitScore && fit !== undefined && set.length < fit.length)) {
      fit = set;
      fitScore = score;
    }
  }
  return { set: fit, score: fitScore };
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
  const max = Math.max(1, Math.min(3, Math.floor(missing.length / 3)));
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
 * "salience"?`), else the list of valid names when it is short, else nothing.
 *
 * @example
 * ```ts
 * unknownPropertyHint("salince", ["kind", "id", "name", "salince"]); // => '; did you mean "salience"?'
 * ```
 */
export function unknownPropertyHint(unknown: string, keys: readonly string[]): string {
  const known = keys.filter((k) => k !== unknown);
  const { set: fit, score: fitScore } = bestFit(known);
  if (!fit || (fitScore === 0 && known.length > 0)) return "";
  const lower = unknown.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(unknown.length / 3)));
  let closest: string | undefined;
  let closestDistance = max + 1;
  for (const name of fit) {
    if (known.includes(name)) continue;
    const d = distance(lower, name.toLowerCase(), max);
    if (d < closestDistance) {
      closest = name;
      closestDistance = d;
    }
  }
  if (closest !== undefined) return `; did you mean "${closest}"?`;
  const free = fit.filter((name) => !known.includes(name));
  // Up to 24 names: an event kind's own properties, which grow with the model, still fit one line.
  return free.length > 0 && free.length <= 24 ? `; expected one of ${free.join(", ")}` : "";
}
