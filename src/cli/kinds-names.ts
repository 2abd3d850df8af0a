/*
 * The property names of a kind's objects, for the module `kinds build` writes: a misspelt property
 * of an event of the kind is hinted ("did you mean") among them, as a built-in kind's is among the
 * library's generated names (src/generated/property-names.ts).
 */
import { escapePointerSegment, resolvePointer } from "../core/pointer.js";
import { isObject, libraryTarget, ownPointer } from "./kinds-walk.js";

/** Deeper than this, a schema is not looked into (a hostile one nests without end). */
const MAX_DEPTH = 32;

/** The URL of the schema `ref` leads into from `from`, against which its own `$ref`s resolve. */
function schemaUrl(ref: string, from: string): string {
  try {
    const url = new URL(ref, from);
    url.hash = "";
    return url.href;
  } catch {
    // (A $ref that resolves nowhere was refused before the module is written.)
    return from;
  }
}

/**
 * The names of each object of a kind, by its path from the event (`""` the event, `*` each array
 * item): its `properties`, with those of the schemas it applies to the same value (`allOf`,
 * `anyOf`, `oneOf`, a `$ref` to its own `#/$defs` or to the library's, the event base among them).
 *
 * @example
 * ```ts
 * kindPropertyNames(quake, "https://news.example.org/schemas/quake.json", library)[""];
 * // => ["kind", "id", "name", …the event base's, "hazard", "magnitude", …]
 * ```
 */
export function kindPropertyNames(
  schema: Record<string, unknown>,
  id: string,
  library: readonly unknown[],
): Record<string, string[]> {
  const names = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const walk = (node: unknown, path: readonly string[], from: string, depth: number): void => {
    if (!isObject(node) || depth > MAX_DEPTH) return;
    const ref = node["$ref"];
    if (typeof ref === "string" && !seen.has(`${from} ${ref} ${path.join("/")}`)) {
      seen.add(`${from} ${ref} ${path.join("/")}`);
      const own = from === id ? ownPointer(ref, id) : undefined;
      if (own !== undefined) walk(resolvePointer(schema, own).value, path, from, depth + 1);
      else walk(libraryTarget(ref, from, library), path, schemaUrl(ref, from), depth + 1);
    }
    if (isObject(node["properties"])) {
      const here = names.get(path.join("/")) ?? new Set<string>();
      names.set(path.join("/"), here);
      for (const [name, sub] of Object.entries(node["properties"])) {
        here.add(name);
        walk(sub, [...path, escapePointerSegment(name)], from, depth + 1);
      }
    }
    if (node["items"] !== undefined) walk(node["items"], [...path, "*"], from, depth + 1);
    for (const key of ["allOf", "anyOf", "oneOf"])
      if (Array.isArray(node[key])) for (const sub of node[key] as unknown[]) walk(sub, path, from, depth + 1);
  };
  walk(schema, [], id, 0);
  return Object.fromEntries([...names].map(([path, set]) => [path, [...set]]));
}
