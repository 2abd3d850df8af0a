/*
 * uniqueItems in time that grows with the items, not with their square. Ajv's standalone code
 * compares every pair of items whose type the schema does not fix (a coded term, a QID by $ref)
 * with fast-deep-equal: a coup with 16,000 initiators took 9 s, 16,000 classes 1.5 s. Past
 * SHORT_LIST items, the rewritten code finds the same pair by one key per item instead; a short
 * list (every real one) keeps Ajv's loop, which costs less than building keys. One rewrite for
 * the library's own validators (scripts/generate/unique-items.mjs loads this module) and for the
 * kinds a project builds (`news-events kinds build`, kinds-build.ts).
 * test/generate/unique-items.test.ts holds the two to the same answers.
 */

/** Lists up to this long are compared pair by pair (at most 120 comparisons of small terms). */
export const SHORT_LIST = 16;

/**
 * A string that two values share exactly when JSON Schema calls them equal (uniqueItems): the
 * same string, number (0 and -0 alike), boolean or null; arrays of equal items in order; objects
 * with equal values under the same keys in any order, a property holding undefined counting as
 * absent (as the validators read it). Anything JSON text cannot make (a function, a Date, an array
 * with another prototype) is equal only to itself: `ids` numbers each one met. Recursive, like
 * the comparison it replaces: an item nested past the stack ends the run as deep input does.
 *
 * @example
 * ```ts
 * uniqueItemKey({ b: 1, a: [0] }, new Map()) === uniqueItemKey({ a: [-0], b: 1 }, new Map()); // => true
 * ```
 */
export function uniqueItemKey(value: unknown, ids: Map<unknown, string>): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return value === 0 ? "0" : String(value);
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
      return "undefined";
    case "object": {
      if (value === null) return "null";
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto === Array.prototype && Array.isArray(value)) {
        let key = "[";
        for (let k = 0; k < value.length; k++) key += uniqueItemKey(value[k], ids) + ",";
        return key + "]";
      }
      if (proto === Object.prototype || proto === null) {
        const names = Object.keys(value).sort();
        let key = "{";
        for (const name of names) {
          const item: unknown = (value as Record<string, unknown>)[name];
          if (item !== undefined) key += JSON.stringify(name) + ":" + uniqueItemKey(item, ids) + ",";
        }
        return key + "}";
      }
    }
  }
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = "#" + ids.size));
  return id;
}

/**
 * The pair Ajv's uniqueItems loop reports for `items`, `[i, j]` with j < i (the last item equal
 * to an earlier one, and the last such earlier one), or undefined when all differ: one key per
 * item ({@link uniqueItemKey}) and a map from key to the last index that had it.
 *
 * @example
 * ```ts
 * duplicateItems(["a", { x: 1 }, "b", { x: 1 }]); // => [3, 1]
 * ```
 */
export function duplicateItems(items: readonly unknown[]): [number, number] | undefined {
  const last = new Map<string, number>();
  const ids = new Map<unknown, string>();
  let found: [number, number] | undefined;
  for (let k = 0; k < items.length; k++) {
    const key = uniqueItemKey(items[k], ids);
    const j = last.get(key);
    if (j !== undefined) found = [k, j];
    last.set(key, k);
  }
  return found;
}

/** Ajv's pairwise loop: `i`, the list, `j`, the label, the equality function, the error it builds. */
const LOOP =
  /let (i\d+) = (data\d+)\.length;let (j\d+);if\(\1 > 1\)\{(outer\d+):for\(;\1--;\)\{for\(\3 = \1; \3--;\)\{if\((func\d+)\(\2\[\1\], \2\[\3\]\)\)\{(.*?)break \4;\}\}\}\}/g;

/**
 * Every pairwise uniqueItems loop of Ajv's standalone output (with or without allErrors), for a
 * list longer than {@link SHORT_LIST}, replaced by {@link duplicateItems}, whose source the code
 * then carries (after `marker`, or first). The error each loop builds, with its `i` and `j`, is
 * kept as Ajv wrote it. Throws if a loop is left. Code without such a list (every uniqueItems of
 * typed items, or none) is returned unchanged.
 *
 * @example
 * ```ts
 * const code = withUniqueItemsByKey(standaloneCode(ajv, refs)); // the helpers first, then Ajv's code
 * ```
 */
export function withUniqueItemsByKey(source: string, marker?: string): string {
  if (!/outer\d+:for/.test(source)) return source;
  // The names the functions have where this runs (a bundler may have renamed them).
  const name = duplicateItems.name;
  const code = source.replace(
    LOOP,
    (_m, i: string, data: string, j: string, outer: string, equal: string, error: string) =>
      `let ${i} = ${data}.length;let ${j};` +
      `if(${i} > ${SHORT_LIST}){const pair = ${name}(${data});if(pair !== undefined){${i} = pair[0];${j} = pair[1];${error}}}` +
      `else if(${i} > 1){${outer}:for(;${i}--;){for(${j} = ${i}; ${j}--;){if(${equal}(${data}[${i}], ${data}[${j}])){${error}break ${outer};}}}}`,
  );
  if ((code.match(/outer\d+:/g) ?? []).length !== code.split(`${name}(data`).length - 1)
    throw new Error("a uniqueItems loop of Ajv's output was not rewritten: did Ajv's output change?");
  const helpers = [
    `/** uniqueItems past ${SHORT_LIST} items, by a key per item (news-events, src/cli/unique-items.ts). */`,
    uniqueItemKey.toString(),
    duplicateItems.toString(),
    "",
  ].join("\n");
  if (marker === undefined) return helpers + code;
  const at = code.indexOf(marker);
  if (at < 0) throw new Error(`no ${JSON.stringify(marker)} in Ajv's output to put the uniqueItems helpers after`);
  return code.slice(0, at + marker.length) + helpers + code.slice(at + marker.length);
}
