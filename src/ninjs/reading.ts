/** What the parts of {@link fromNinjs} share while they read one item. */
import type { Author } from "../generated/types.js";
import { isRecord } from "../core/json.js";
import type { ProblemParams } from "../core/issue.js";
import type { UnplacedCode } from "./unplaced.js";

/** A JSON object of the item, as read by `readUntrustedJson` (own keys only, null prototype). */
export type Json = Record<string, unknown>;

/** One item being read into a document. */
export interface Reading {
  /** The item, read as plain JSON. */
  readonly item: Json;
  /** The document so far: ordinary objects, holding only the keys a document has. */
  readonly doc: Json & { authors: Author[] };
  /** Reads a top-level property under either spelling, and marks it as one with a place. */
  readonly use: (name: string) => unknown;
  /** Lists a part of the item that found no place (the list is capped). */
  readonly unplace: (pointer: string, code: UnplacedCode, message: string, params?: ProblemParams) => void;
}

/**
 * The objects of a ninjs array (anything else in it is ignored).
 *
 * @example
 * ```ts
 * list([{ a: 1 }, 2]); // => [{ a: 1 }]
 * ```
 */
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);

/**
 * A string that is not blank, else undefined.
 *
 * @example
 * ```ts
 * text(" "); // => undefined
 * ```
 */
export const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

/**
 * A value of the item inside a message: a string as it is, anything else as JSON (never a throwing
 * `String()` of an object without a prototype; the item is at most 512 levels deep, so
 * `JSON.stringify` cannot overflow the stack).
 *
 * @example
 * ```ts
 * say({ a: 1 }); // => '{"a":1}'
 * ```
 */
export const say = (v: unknown): string => (typeof v === "string" ? v : String(JSON.stringify(v)));

/**
 * Reads a property under its 3.1 (camelCase) or 2.2 (lower-case) name.
 *
 * @example
 * ```ts
 * read({ firstcreated: "2024-01-01" }, "firstCreated"); // => "2024-01-01"
 * ```
 */
export function read(item: Json, name: string): unknown {
  return item[name] ?? item[name.toLowerCase()];
}
