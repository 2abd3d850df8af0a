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
