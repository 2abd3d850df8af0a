// What the peers check, read from the published schemas so that every peer has the same shapes,
// vocabularies and patterns as news-events itself. The schemas of the Meeting and the Coup (and
// every definition they reach: FuzzyDate, Quantity, EventRelation, the coded Term union, …) are
// turned into a small tree of shapes; each peer writes that tree in its own library's idiom (one
// builder per shape kind, each named definition built once and reused, as a hand-written model
// would), and the agreement gate (bench/peers/gate.mjs) proves they mean the same as Ajv.
//
// A keyword outside the list below makes building a peer throw, naming it (bench/run.mjs then
// leaves that peer out of the timings and says why): a peer silently checking less than the
// schema would make its time meaningless.
import { readFileSync } from "node:fs";

const schemaDir = new URL("../../schemas/", import.meta.url);
const files = new Map();
const load = (file) => {
  if (!files.has(file)) files.set(file, JSON.parse(readFileSync(new URL(file, schemaDir), "utf8")));
  return files.get(file);
};

/** Keywords that say nothing about validity (annotations), and those the shape tree expresses. */
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "$comment", "examples", "$defs"]);
const EXPRESSED = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "$ref",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "discriminator",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "items",
  "minItems",
  "uniqueItems",
]);

const pointerGet = (root, pointer) =>
  pointer
    .split("/")
    .filter(Boolean)
    .reduce((node, key) => node[key.replace(/~1/g, "/").replace(/~0/g, "~")], root);

/**
 * The shape tree of one schema file. Shapes: `object` (props [{ key, shape, required }], closed),
 * `string` (pattern, minLength, maxLength), `number` (integer, minimum, maximum), `boolean`,
 * `array` (items, minItems, uniqueItems), `literal` (values: an enum or a const), `union` (of;
 * discriminator when the schema names one) and `ref` (name: a named definition in `defs`).
 */
export function shapesOf(file) {
  const defs = new Map();
  const visiting = new Set();
  const refName = (base, ref) => {
    const [target, pointer = ""] = ref.split("#");
    const targetFile = target === "" ? base : target;
    return { targetFile, pointer, name: `${targetFile.replace(/\.json$/, "")}${pointer.replace(/^\/\$defs\//, ".")}` };
  };
  const walk = (schema, base, where) => {
    for (const key of Object.keys(schema))
      if (!ANNOTATIONS.has(key) && !EXPRESSED.has(key))
        throw new Error(`bench peers: the keyword "${key}" at ${where} has no peer equivalent yet`);
    if (schema.$ref !== undefined) {
      const { targetFile, pointer, name } = refName(base, schema.$ref);
      if (visiting.has(name)) throw new Error(`bench peers: ${name} is recursive; the shape tree is not`);
      if (!defs.has(name)) {
        visiting.add(name);
        defs.set(name, walk(pointerGet(load(targetFile), pointer), targetFile, name));
        visiting.delete(name);
      }
      return { kind: "ref", name };
    }
    if (schema.oneOf !== undefined || schema.anyOf !== undefined) {
      const of = (schema.oneOf ?? schema.anyOf).map((branch, i) => walk(branch, base, `${where}/${i}`));
      // A discriminated oneOf's branches are exclusive (each requires its own const), so oneOf and
      // anyOf agree; the outer properties/required only restate the branches (checked below).
      const discriminator = schema.discriminator?.propertyName;
      if (schema.oneOf !== undefined && discriminator === undefined)
        throw new Error(`bench peers: a oneOf without a discriminator at ${where}`);
      return { kind: "union", of, ...(discriminator ? { discriminator } : {}) };
    }
    if (schema.const !== undefined) return { kind: "literal", values: [schema.const] };
    if (schema.enum !== undefined) return { kind: "literal", values: schema.enum };
    switch (schema.type) {
      case "object": {
        if (schema.additionalProperties !== false) throw new Error(`bench peers: an open object at ${where}`);
        const required = new Set(schema.required ?? []);
        const props = Object.entries(schema.properties ?? {}).map(([key, value]) => ({
          key,
          shape: walk(value, base, `${where}/${key}`),
          required: required.has(key),
        }));
        for (const key of required)
          if (!schema.properties?.[key])
            throw new Error(`bench peers: ${where} requires ${key}, which it does not define`);
        return { kind: "object", props };
      }
      case "string":
        return { kind: "string", pattern: schema.pattern, minLength: schema.minLength, maxLength: schema.maxLength };
      case "number":
      case "integer":
        return { kind: "number", integer: schema.type === "integer", minimum: schema.minimum, maximum: schema.maximum };
      case "boolean":
        return { kind: "boolean" };
      case "array":
        return {
          kind: "array",
          items: walk(schema.items, base, `${where}/items`),
          minItems: schema.minItems,
          uniqueItems: schema.uniqueItems === true,
        };
      default:
        throw new Error(`bench peers: no type at ${where}`);
    }
  };
  const root = walk(load(file), file, file.replace(/\.json$/, ""));
  return { root, defs };
}

/** The Meeting's and the Coup's shape trees, sharing one table of named definitions. */
export function eventShapes() {
  const meeting = shapesOf("meeting.json");
  const coup = shapesOf("coup.json");
  const defs = new Map([...meeting.defs, ...coup.defs]);
  return { meeting: meeting.root, coup: coup.root, defs };
}

/**
 * Builds every named definition once, in dependency order, with `build(shape, ref)` (where
 * `ref(name)` returns the built definition), then the two roots.
 */
export function buildPeer(build) {
  const { meeting, coup, defs } = eventShapes();
  const built = new Map();
  const ref = (name) => {
    if (!built.has(name)) built.set(name, build(defs.get(name), ref));
    return built.get(name);
  };
  return { meeting: build(meeting, ref), coup: build(coup, ref) };
}

/** A shape's JSON Schema pattern as a RegExp, with the `u` flag Ajv uses. */
export const regex = (source) => new RegExp(source, "u");

/** Ajv's equality for uniqueItems: by value, key order not mattering. */
export function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

/** True when no two items are equal by value (Ajv's uniqueItems). */
export function uniqueItems(items) {
  for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (deepEqual(items[i], items[j])) return false;
  return true;
}

/** The installed version of a package (read from node_modules: not every package exports its package.json). */
export const versionOf = (name) =>
  JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
