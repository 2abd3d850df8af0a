// Where a kind's own checked values are (KindDefinition.fields): its properties walked into the
// library's definitions it uses, for the document checks and the tables.
import type { KindField } from "../core/kinds.js";
import type { ValueStep } from "../core/kind-path.js";
import { isObject, SCHEMA_BASE, type Json } from "./kinds-schema.js";

/** Steps of schema (a property, an item, a `$ref`…) the fields are looked for in: about ten levels of a definition that refers to itself. */
const MAX_FIELD_DEPTH = 32;

/** The checks each of the library's definitions stands for; other definitions are looked into. */
const DEF_CHECKS: Readonly<Record<string, KindField["check"]>> = {
  Id: "reference",
  Evidence: "evidence",
  FuzzyDate: "fuzzy-date",
  CalendarDate: "calendar-date",
  // Checked whole, as an event's quantities are: its id is one it declares, not a reference.
  Quantity: "quantity",
};

/** Where a `$ref` leads: the definition's name, whether it is the library's, its check if one, the definition. */
interface RefTarget {
  readonly name: string | undefined;
  readonly library: boolean;
  readonly check: KindField["check"] | undefined;
  readonly target: unknown;
}

/**
 * What `ref` names, read where `inLibrary` says (inside defs.json, `#/$defs/X` is the library's X):
 * one of the library's definitions (with the check it stands for, if any) or the kind's own.
 */
function refTarget(ref: string, inLibrary: boolean, own: Json, defs: Json): RefTarget {
  const name = /#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  const library = ref.startsWith(`${SCHEMA_BASE}defs.json#`) || (inLibrary && /^(defs\.json)?#/.test(ref));
  const check = library && name !== undefined ? DEF_CHECKS[name] : undefined;
  const target = name === undefined ? undefined : library ? defs[name] : ref.startsWith("#") ? own[name] : undefined;
  return { name, library, check, target };
}

/**
 * The path step for the values of the keys a map's schema takes: `*` for every key, else `*{…}`
 * with the pattern they match, or the names and patterns they are not (core/kind-path.ts).
 */
function valueStep({ match, except = [], unmatched = [] }: ValueStep): string {
  if (match === undefined && except.length === 0 && unmatched.length === 0) return "*";
  const step: ValueStep = {
    ...(match !== undefined ? { match } : {}),
    ...(except.length > 0 ? { except } : {}),
    ...(unmatched.length > 0 ? { unmatched } : {}),
  };
  return `*${JSON.stringify(step)}`;
}

/**
 * Whether a subschema reaches one of the library's checked definitions (Id, Evidence, the dates,
 * Quantity) through anything it holds or refers to: each definition is looked into once, so a
 * definition that refers to itself ends.
 */
function reachesCheck(node: unknown, own: Json, defs: Json, inLibrary: boolean, seen = new Set<string>()): boolean {
  if (Array.isArray(node)) return node.some((item) => reachesCheck(item, own, defs, inLibrary, seen));
  if (!isObject(node)) return false;
  const ref = node["$ref"];
  if (typeof ref === "string") {
    const { name, library, check, target } = refTarget(ref, inLibrary, own, defs);
    if (check !== undefined) return true;
    const key = `${library ? "library" : "own"}:${name}`;
    if (name !== undefined && !seen.has(key)) {
      seen.add(key);
      if (reachesCheck(target, own, defs, library, seen)) return true;
    }
  }
  return Object.entries(node).some(([key, value]) => key !== "$ref" && reachesCheck(value, own, defs, inLibrary, seen));
}

/** A reference's `refersTo`, declared beside its `$ref` (kinds-rules.ts checks it), as a field has it. */
function refersTo(node: Json, check: KindField["check"]): Pick<KindField, "refersTo"> {
  const declared = isObject(node["x-news-events"]) ? node["x-news-events"]["refersTo"] : undefined;
  return check === "reference" && Array.isArray(declared) ? { refersTo: declared.map(String) } : {};
}

/**
 * Where the kind's own ids, evidence and dates are: its properties walked (not the event base's,
 * which the built-in checks cover), into the library's definitions they use (a Quantity's `of`
 * and evidence), `*` for array items, the keys an object's `patternProperties` or
 * `additionalProperties` takes as `*{…}` (core/kind-path.ts; `*` when it takes every key), a
 * tuple's `prefixItems` by their index. A definition that refers to
 * itself is followed about ten levels deep: `cut` is told each path the walk stopped at.
 *
 * @example
 * ```ts
 * kindFields(election, defs); // => [{ path: ["candidates", "*", "entity"], check: "reference", refersTo: ["person"] }, …]
 * ```
 */
export function kindFields(schema: Json, defs: Json, cut?: (path: readonly string[]) => void): KindField[] {
  const fields: KindField[] = [];
  const seen = new Set<string>();
  const own = isObject(schema["$defs"]) ? schema["$defs"] : {};
  // `inLibrary`: walking inside defs.json, where `#/$defs/X` means the library's X.
  const walk = (node: unknown, path: string[], depth: number, inLibrary = false): void => {
    if (!isObject(node)) return;
    // Only a definition that refers to itself goes this deep: what lies below is not listed.
    if (depth > MAX_FIELD_DEPTH) {
      if (cut !== undefined && reachesCheck(node, own, defs, inLibrary)) cut(path);
      return;
    }
    const ref = node["$ref"];
    if (typeof ref === "string") {
      const { name, library, check, target } = refTarget(ref, inLibrary, own, defs);
      const key = `${ref}@${path.join("/")}`;
      if (check !== undefined) fields.push({ path, check, ...refersTo(node, check) });
      else if (name !== undefined && !seen.has(key)) {
        seen.add(key);
        walk(target, path, depth + 1, library);
      }
    }
    if (isObject(node["properties"]))
      for (const [name, sub] of Object.entries(node["properties"])) walk(sub, [...path, name], depth + 1, inLibrary);
    if (node["items"] !== undefined) walk(node["items"], [...path, "*"], depth + 1, inLibrary);
    // A tuple's items by their index; an object's values its `properties` do not name, as `*`.
    if (Array.isArray(node["prefixItems"]))
      node["prefixItems"].forEach((sub, i) => walk(sub, [...path, String(i)], depth + 1, inLibrary));
    const patterns = isObject(node["patternProperties"]) ? node["patternProperties"] : {};
    for (const [match, sub] of Object.entries(patterns))
      walk(sub, [...path, valueStep({ match })], depth + 1, inLibrary);
    if (isObject(node["additionalProperties"])) {
      const except = isObject(node["properties"]) ? Object.keys(node["properties"]) : [];
      const step = valueStep({ except, unmatched: Object.keys(patterns) });
      walk(node["additionalProperties"], [...path, step], depth + 1, inLibrary);
    }
    for (const key of ["anyOf", "oneOf", "allOf"])
      if (Array.isArray(node[key])) for (const sub of node[key] as unknown[]) walk(sub, path, depth + 1, inLibrary);
  };
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  for (const [name, sub] of Object.entries(properties)) walk(sub, [name], 0);
  return fields;
}
