/*
 * A kind's properties that the event base already has. The base is in the kind's allOf, so both
 * schemas apply to every event of the kind: a kind that defined `id` as an integer built, and then
 * no event could be valid (`/id: must be integer`, the base wanting a string); one that defined
 * `date` as a string made every dated event fail one or the other. The build refuses such a
 * property. What docs/custom-kinds.md allows stays: `kind` narrowed to the tag (the declarations
 * check it), a base property said again exactly as the base says it, and `participants` narrowed
 * (the base leaves a participant open: a kind lists its roles), so long as its types agree with the
 * base's.
 */
import { isDeepStrictEqual } from "node:util";
import { escapePointerSegment, resolvePointer } from "../core/pointer.js";
import { EVENT_BASE, KindSchemaError, SCHEMA_BASE, withoutAnnotations } from "./kinds-schema.js";
import { isObject, libraryTarget, ownPointer } from "./kinds-walk.js";

type Json = Record<string, unknown>;

/** The base's properties a kind may narrow, as docs/custom-kinds.md says. */
const NARROWED: ReadonlySet<string> = new Set(["participants"]);

/** A base schema with each `$ref` made absolute, as a kind must write it to name the same schema. */
function absolute(node: unknown, from: string): unknown {
  if (Array.isArray(node)) return node.map((item) => absolute(item, from));
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? new URL(value, from).href : absolute(value, from),
    ]),
  );
}

/** How the base defines a property, in a few words and the definition it refers to. */
function described(node: Json): string {
  const named = (ref: unknown) => {
    const url = new URL(String(ref), EVENT_BASE).href;
    return `${url.slice(url.lastIndexOf("/") + 1)} (${url.slice(SCHEMA_BASE.length)})`;
  };
  if (typeof node["$ref"] === "string")
    return `${/^[AEIOU]/.test(named(node["$ref"])) ? "an" : "a"} ${named(node["$ref"])}`;
  const items = node["items"];
  if (node["type"] === "array" && isObject(items) && typeof items["$ref"] === "string")
    return `a list of ${named(items["$ref"])}`;
  return JSON.stringify(withoutAnnotations(node));
}

/** The JSON types a schema allows when it says (type, const or enum); undefined when it does not. */
function typesOf(node: Json): string[] | undefined {
  const typeOf = (value: unknown) =>
    value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  if (typeof node["type"] === "string") return [node["type"]];
  if (Array.isArray(node["type"])) return node["type"].map(String);
  if ("const" in node) return [typeOf(node["const"])];
  if (Array.isArray(node["enum"])) return [...new Set(node["enum"].map(typeOf))];
  return undefined;
}

/** A JSON type in words. */
const WORDS: Readonly<Record<string, string>> = {
  array: "a list",
  object: "an object",
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  null: "null",
};
const inWords = (types: readonly string[]) => types.map((t) => WORDS[t] ?? t).join(" or ");

/** True when a value could have one of `mine` and one of `theirs` (an integer is a number). */
const overlap = (mine: readonly string[], theirs: readonly string[]) =>
  mine.some(
    (t) =>
      theirs.includes(t) ||
      (t === "integer" && theirs.includes("number")) ||
      (t === "number" && theirs.includes("integer")),
  );

/**
 * The places where a kind's narrowing of a base property allows no value the base allows: its
 * types, then its items' and properties' (the kind's own `$ref`s and the library's followed).
 */
function clashes(kind: Json, library: readonly unknown[], mine: Json, theirs: Json, at: string, name: string) {
  const out: KindSchemaError[] = [];
  const walk = (m: Json, mAt: string, t: Json, tFrom: string, where: string, depth: number): void => {
    if (depth > 16) return;
    const mRef = m["$ref"];
    if (typeof mRef === "string") {
      // The kind's own definition is walked at its own pointer; the library's at the $ref.
      const own = ownPointer(mRef, kind["$id"]);
      const target = own !== undefined ? resolvePointer(kind, own).value : libraryTarget(mRef, SCHEMA_BASE, library);
      if (isObject(target)) walk(target, own ?? mAt, t, tFrom, where, depth + 1);
    }
    const tRef = t["$ref"];
    if (typeof tRef === "string") {
      const target = libraryTarget(tRef, tFrom, library);
      if (isObject(target)) walk(m, mAt, target, new URL(tRef, tFrom).href, where, depth + 1);
      return;
    }
    const [mTypes, tTypes] = [typesOf(m), typesOf(t)];
    if (mTypes !== undefined && tTypes !== undefined && !overlap(mTypes, tTypes))
      out.push(
        new KindSchemaError(
          "type" in m ? `${mAt}/type` : mAt,
          `allows ${inWords(mTypes)} where the event base's ${where} is ${inWords(tTypes)}: both apply, so no ${where} could be valid`,
        ),
      );
    if (isObject(m["items"]) && isObject(t["items"]))
      walk(m["items"], `${mAt}/items`, t["items"], tFrom, `${where}[]`, depth + 1);
    const [mProps, tProps] = [m["properties"], t["properties"]];
    if (isObject(mProps) && isObject(tProps))
      for (const [key, sub] of Object.entries(mProps)) {
        const base = tProps[key];
        if (isObject(sub) && isObject(base))
          walk(sub, `${mAt}/properties/${escapePointerSegment(key)}`, base, tFrom, `${where}.${key}`, depth + 1);
      }
  };
  walk(mine, at, theirs, EVENT_BASE, name, 0);
  return out;
}

/**
 * The kind's properties (its own, and those of its allOf) that redefine one of the event base's,
 * each a KindSchemaError at its pointer saying how the base defines it; and where a narrowed
 * `participants` allows no value the base does.
 *
 * @example
 * ```ts
 * baseMistakes({ ...election, properties: { ...election.properties, id: { type: "integer" } } }, library);
 * // => [KindSchemaError("/properties/id", "is the event base's id, an Id (defs.json#/$defs/Id): …")]
 * ```
 */
export function baseMistakes(kind: Json, library: readonly unknown[]): KindSchemaError[] {
  const base = library.find((schema) => isObject(schema) && schema["$id"] === EVENT_BASE);
  const defined = isObject(base) && isObject(base["properties"]) ? base["properties"] : {};
  const places = [
    { properties: kind["properties"], at: "/properties" },
    ...(Array.isArray(kind["allOf"]) ? kind["allOf"] : []).map((part: unknown, i) => ({
      properties: isObject(part) ? part["properties"] : undefined,
      at: `/allOf/${i}/properties`,
    })),
  ];
  const out: KindSchemaError[] = [];
  for (const { properties, at } of places) {
    if (!isObject(properties)) continue;
    for (const [name, mine] of Object.entries(properties)) {
      const theirs = defined[name];
      if (name === "kind" || !Object.hasOwn(defined, name) || !isObject(theirs) || !isObject(mine)) continue;
      if (isDeepStrictEqual(withoutAnnotations(mine), absolute(withoutAnnotations(theirs), EVENT_BASE))) continue;
      const pointer = `${at}/${escapePointerSegment(name)}`;
      if (NARROWED.has(name)) out.push(...clashes(kind, library, mine, theirs, pointer, name));
      else
        out.push(
          new KindSchemaError(
            pointer,
            `is the event base's ${name}, ${described(theirs)}: a kind cannot define it again (both would apply, and an event would have to pass both): remove it, or give the kind's field a name of its own`,
          ),
        );
    }
  }
  return out;
}

/**
 * The event base's properties a kind requires (`"required": ["date"]`) without defining them in its
 * own `properties`: the base defines them, optional, so the build makes them required in the kind's
 * validator (kinds-build.ts) and in its type (kinds-types.ts).
 *
 * @example
 * ```ts
 * requiredBaseNames({ required: ["kind", "hazard", "date"], properties: { kind: {}, hazard: {} } }, library); // => ["date"]
 * ```
 */
export function requiredBaseNames(kind: Json, library: readonly unknown[]): string[] {
  const base = library.find((s) => isObject(s) && s["$id"] === EVENT_BASE) as Json | undefined;
  const baseProperties = isObject(base?.["properties"]) ? base["properties"] : {};
  const own = isObject(kind["properties"]) ? kind["properties"] : {};
  const required = Array.isArray(kind["required"]) ? (kind["required"] as unknown[]) : [];
  return required.filter(
    (name): name is string =>
      typeof name === "string" && !Object.hasOwn(own, name) && Object.hasOwn(baseProperties, name),
  );
}
