/*
 * Walking a kind's JSON Schema as JSON Schema 2020-12 reads it: where a `$ref` leads, in the
 * kind's own schema or the library's.
 */
import { resolvePointer } from "../core/pointer.js";

type Json = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The JSON Pointer in the kind's own schema that `ref` names (`#/$defs/Round`, or the kind's `$id`
 * followed by one), or undefined for a reference elsewhere (the library's schemas) or by anchor.
 *
 * @example
 * ```ts
 * ownPointer("#/$defs/Round", undefined); // => "/$defs/Round"
 * ```
 */
export function ownPointer(ref: string, id: unknown): string | undefined {
  const hash = ref.indexOf("#");
  const base = hash === -1 ? ref : ref.slice(0, hash);
  if (base !== "" && base !== id) return undefined;
  const fragment = hash === -1 ? "" : ref.slice(hash + 1);
  return fragment === "" || fragment.startsWith("/") ? decoded(fragment) : undefined;
}

/** A URI fragment %-decoded; undefined for a broken escape, which names nothing (Ajv says so when it compiles). */
function decoded(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}

/**
 * The subschema `ref` leads to from the schema whose `$id` is `from`, among `schemas` (the
 * library's, each known by its `$id`); undefined when it leads nowhere among them.
 *
 * @example
 * ```ts
 * libraryTarget("defs.json#/$defs/Id", "https://unpkg.com/news-events@0/schemas/event-base.json", library);
 * // => { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,99}$", … }
 * ```
 */
export function libraryTarget(ref: string, from: string, schemas: readonly unknown[]): unknown {
  let url: URL;
  try {
    url = new URL(ref, from);
  } catch {
    return undefined;
  }
  const fragment = decoded(url.hash.slice(1));
  url.hash = "";
  const schema = schemas.find((s) => isObject(s) && s["$id"] === url.href);
  const found = schema === undefined || fragment === undefined ? undefined : resolvePointer(schema, fragment);
  return found?.found ? found.value : undefined;
}
