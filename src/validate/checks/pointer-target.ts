/*
 * Where a verification points: a JSON Pointer resolved in the document without a string per
 * segment (every verification of every document asks).
 */

/**
 * True when the JSON Pointer names a value of `root` (own properties only): what
 * `resolvePointer(root, pointer).found` says, without a string per segment or a result object. A
 * segment with an escape (~0, ~1) is unescaped to compare. Segments are found by reading the
 * characters once (a slash ends one, a tilde marks an escape), not by a string search per
 * segment: most segments are a few characters.
 *
 * @example
 * ```ts
 * pointsInto({ claims: [{ id: "a" }] }, "/claims/0/id"); // => true
 * pointsInto({ claims: [] }, "/claims/0"); // => false
 * ```
 */
export function pointsInto(root: unknown, pointer: string): boolean {
  let current: unknown = root;
  for (let from = 1, to = 0; to < pointer.length; from = to + 1) {
    let tilde = false;
    for (to = from; to < pointer.length && pointer.charCodeAt(to) !== 47; to++)
      if (pointer.charCodeAt(to) === 126) tilde = true;
    if (Array.isArray(current)) {
      const index = arrayIndexAt(pointer, from, to);
      if (index < 0 || index >= current.length) return false;
      current = current[index];
    } else if (current !== null && typeof current === "object") {
      current = ownValueAt(current, pointer, from, to, tilde);
      if (current === MISSING) return false;
    } else return false;
  }
  return true;
}

/** The array index written at pointer[from, to) (`0` or digits without a leading zero), or -1. */
function arrayIndexAt(pointer: string, from: number, to: number): number {
  if (to === from || (to - from > 1 && pointer.charCodeAt(from) === 48)) return -1;
  let index = 0;
  for (let k = from; k < to; k++) {
    const c = pointer.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    index = index * 10 + (c - 48);
  }
  return index;
}

const has = Object.prototype.hasOwnProperty;

/** What {@link ownValueAt} answers for a property `object` does not have (a value may be anything). */
const MISSING = {};

/**
 * The value of the own property of `object` named at pointer[from, to) (`tilde`: it has an
 * escape), or MISSING. The name is met among the object's keys (`for in` allocates no key list)
 * and compared in place, character by character (`startsWith` at an offset is a call per key
 * that matches in length and first character), and the value read inside the loop, where the
 * engine reads it by the key's slot instead of looking the name up again.
 */
function ownValueAt(object: object, pointer: string, from: number, to: number, tilde: boolean): unknown {
  const record = object as Record<string, unknown>;
  const length = to - from;
  if (!tilde)
    for (const key in record) {
      if (key.length !== length || key.charCodeAt(0) !== pointer.charCodeAt(from)) continue;
      let k = 1;
      while (k < length && key.charCodeAt(k) === pointer.charCodeAt(from + k)) k++;
      if (k === length && has.call(record, key)) return record[key];
    }
  // An escaped name, or an own name `for in` does not list (not enumerable).
  let key = pointer.slice(from, to);
  if (tilde) key = key.replace(/~1/g, "/").replace(/~0/g, "~");
  return has.call(record, key) ? record[key] : MISSING;
}
