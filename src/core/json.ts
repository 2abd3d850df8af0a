/** Shapes of parsed JSON that every entry point tests for. */

/**
 * True for a JSON object (not null, not an array).
 *
 * @example
 * ```ts
 * isRecord({ a: 1 }); // => true
 * isRecord([1]); // => false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * True for a JSON-LD node reference: an object holding nothing but a string `@id`.
 *
 * @example
 * ```ts
 * isIdReference({ "@id": "https://example.org/#a" }); // => true
 * isIdReference({ "@id": "https://example.org/#a", name: "A" }); // => false
 * ```
 */
export function isIdReference(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === "@id" && typeof value["@id"] === "string";
}

/**
 * True for an object or array JSON text could have made: an array whose prototype is
 * `Array.prototype`, or an object whose prototype is `Object.prototype` or null. Anything else (a
 * class instance, an object whose prototype a `"__proto__"` key replaced) holds inherited values
 * that a reader of its properties sees but a walk of its own keys does not.
 *
 * @example
 * ```ts
 * isPlainJson({ a: 1 }); // => true
 * isPlainJson(Object.create({ url: "javascript:alert(1)" })); // => false
 * ```
 */
export function isPlainJson(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) ? proto === Array.prototype : proto === Object.prototype || proto === null;
}
