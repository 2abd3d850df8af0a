import type { Issue } from "./issue.js";

/*
 * The words for a value of the wrong JSON type, shared by the validators (which name the type a
 * schema asks for) and the JSON-LD guard (which names the type its builder reads): the two entries
 * must not import each other, and one refusal should read the same from either.
 */

/**
 * A value's JSON type as the validators' messages name it (`null`, `array`, `integer`, `number`,
 * `string`, `boolean`, `object`), a number JSON cannot hold by what it is, anything else by its
 * `typeof`.
 *
 * @example
 * ```ts
 * describeType(["a"]); // => "array"
 * describeType(42); // => "integer"
 * describeType(Infinity); // => "Infinity, a number out of range"
 * ```
 */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  // JSON text reads a number too large for a double (1e400) as Infinity, which no schema number is.
  if (typeof value === "number" && !Number.isFinite(value))
    return Number.isNaN(value) ? "NaN" : `${value}, a number out of range`;
  if (typeof value === "number" && Number.isInteger(value)) return "integer";
  return typeof value;
}

/**
 * The issue of a value of the wrong JSON type: `must be <expected> (got <its type>)`, as
 * `validateDocument` words it, with both in `params`.
 *
 * @example
 * ```ts
 * typeIssue("/images/0", "object", "https://x.example/a.jpg");
 * // => { code: "type", pointer: "/images/0", message: "must be object (got string)", params: { expected: "object", got: "string" } }
 * ```
 */
export function typeIssue(pointer: string, expected: string, value: unknown): Issue {
  const got = describeType(value);
  return { code: "type", pointer, message: `must be ${expected} (got ${got})`, params: { expected, got } };
}
