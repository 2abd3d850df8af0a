// uniqueItems in time that grows with the items, not with their square. Ajv's standalone code
// compares every pair of items whose type the schema does not fix (a coded term, a QID by $ref)
// with fast-deep-equal: a coup with 16,000 initiators took 9 s, 16,000 classes 1.5 s. Past
// SHORT_LIST items, the rewritten code finds the same pair by one key per item instead; a short
// list (every real one) keeps Ajv's loop, which costs less than building keys.
// test/generate/unique-items.test.ts holds the two to the same answers.
import { rewrite } from "./rewrite.mjs";

/** Lists up to this long are compared pair by pair (at most 120 comparisons of small terms). */
export const SHORT_LIST = 16;

/**
 * A string that two values share exactly when JSON Schema calls them equal (uniqueItems): the
 * same string, number (0 and -0 alike), boolean or null; arrays of equal items in order; objects
 * with equal values under the same keys in any order, a property holding undefined counting as
 * absent (as the validators read it). Anything JSON text cannot make (a function, a Date, an array
 * with another prototype) is equal only to itself: `ids` numbers each one met. Recursive, like
 * the comparison it replaces: an item nested past the stack ends the run as deep input does.
 */
export function uniqueItemKey(value, ids) {
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
      const proto = Object.getPrototypeOf(value);
      if (proto === Array.prototype && Array.isArray(value)) {
        let key = "[";
        for (let k = 0; k < value.length; k++) key += uniqueItemKey(value[k], ids) + ",";
        return key + "]";
      }
      if (proto === Object.prototype || proto === null) {
        const names = Object.keys(value).sort();
        let key = "{";
        for (const name of names) {
          const item = value[name];
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
 */
export function duplicateItems(items) {
  const last = new Map();
  const ids = new Map();
  let found;
  for (let k = 0; k < items.length; k++) {
    const key = uniqueItemKey(items[k], ids);
    const j = last.get(key);
    if (j !== undefined) found = [k, j];
    last.set(key, k);
  }
  return found;
}

/**
 * Every pairwise uniqueItems loop of Ajv's output, for a list longer than {@link SHORT_LIST},
 * replaced by {@link duplicateItems}, whose source the file then carries. The error each loop
 * builds, with its `i` and `j`, is kept as Ajv wrote it. Throws if a loop is left. Schemas
 * without such a list (every uniqueItems of typed items, or none) get the code unchanged.
 */
export function withUniqueItemsByKey(source) {
  if (!/outer\d+:for/.test(source)) return source;
  const loop =
    /let (i\d+) = (data\d+)\.length;let (j\d+);if\(\1 > 1\)\{(outer\d+):for\(;\1--;\)\{for\(\3 = \1; \3--;\)\{if\((func\d+)\(\2\[\1\], \2\[\3\]\)\)\{(.*?)break \4;\}\}\}\}/g;
  let code = rewrite(
    "uniqueItems by a key per item past a short list",
    source,
    loop,
    (_m, i, data, j, outer, equal, error) =>
      `let ${i} = ${data}.length;let ${j};` +
      `if(${i} > ${SHORT_LIST}){const pair = duplicateItems(${data});if(pair !== undefined){${i} = pair[0];${j} = pair[1];${error}}}` +
      `else if(${i} > 1){${outer}:for(;${i}--;){for(${j} = ${i}; ${j}--;){if(${equal}(${data}[${i}], ${data}[${j}])){${error}break ${outer};}}}}`,
  );
  if ((code.match(/outer\d+:/g) ?? []).length !== (code.match(/duplicateItems\(data/g) ?? []).length)
    throw new Error("generate: a uniqueItems loop of Ajv's output was not rewritten");
  const helpers = [
    `/** uniqueItems past ${SHORT_LIST} items, by a key per item (scripts/generate/unique-items.mjs). */`,
    uniqueItemKey.toString(),
    duplicateItems.toString(),
    "",
  ].join("\n");
  return rewrite("declare duplicateItems", code, /\/\* eslint-disable \*\/\n/, (line) => `${line}${helpers}`);
}
