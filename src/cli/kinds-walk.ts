/*
 * Walking a kind's JSON Schema as JSON Schema 2020-12 reads it: each subschema with its JSON
 * Pointer in the file (for a mistake's line), and where a `$ref` leads, in the kind's own schema or
 * the library's. What is a value (`enum`, `const`, `default`, `examples`) is never walked.
 */
import { escapePointerSegment, resolvePointer } from "../core/pointer.js";

type Json = Record<string, unknown>;

/**
 * True for a JSON object (not an array, not null).
 *
 * @example
 * ```ts
 * isObject([]); // => false
 * ```
 */
export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Keywords whose value is one subschema. */
const ONE = [
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "items",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
] as const;
/** Keywords whose value is a list of subschemas. */
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
/** Keywords whose value maps names to subschemas. */
const MAP = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;

/** A subschema and its JSON Pointer in the file. */
export interface SchemaAt {
  readonly node: Json;
  readonly pointer: string;
}

/**
 * Every subschema of `schema`, itself first, each with its JSON Pointer, in document order. An
 * explicit stack, not recursion: a hostile schema nested thousands deep cannot exhaust the stack.
 *
 * @example
 * ```ts
 * subschemas({ properties: { a: { type: "string" } } }).map((s) => s.pointer); // => ["", "/properties/a"]
 * ```
 */
export function subschemas(schema: unknown): SchemaAt[] {
  const out: SchemaAt[] = [];
  const stack: SchemaAt[] = isObject(schema) ? [{ node: schema, pointer: "" }] : [];
  while (stack.length > 0) {
    const at = stack.pop() as SchemaAt;
    out.push(at);
    const children: SchemaAt[] = [];
    const add = (value: unknown, pointer: string) => {
      if (isObject(value)) children.push({ node: value, pointer });
    };
    for (const key of Object.keys(at.node)) {
      const value = at.node[key];
      const here = `${at.pointer}/${escapePointerSegment(key)}`;
      if ((ONE as readonly string[]).includes(key)) add(value, here);
      else if ((LIST as readonly string[]).includes(key) && Array.isArray(value))
        value.forEach((item, i) => add(item, `${here}/${i}`));
      else if ((MAP as readonly string[]).includes(key) && isObject(value))
        for (const [name, sub] of Object.entries(value)) add(sub, `${here}/${escapePointerSegment(name)}`);
    }
    stack.push(...children.reverse());
  }
  return out;
}

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
