/*
 * Ajv's words about a kind's schema, at a JSON Pointer in the kind file. The build compiles with
 * `messages: false` (the generated code carries no words), so Ajv's own error then read
 * `data/properties/workers/type undefined`, three times: the schema is first checked against the
 * meta-schema by an Ajv that has its words, one line per place. A compile error names no place
 * for some faults (an unknown keyword, a $ref that resolves nowhere): the place is found in the
 * schema.
 */
import { escapePointerSegment, resolvePointer } from "../core/pointer.js";
import { isRecord } from "../core/json.js";
import { kindId, type AjvSchemaError, type AjvTools, type KindsCompileError, type KindSource } from "./kinds-build.js";
import { mistakeLines } from "./kinds-read.js";
import { KindSchemaError } from "./kinds-schema.js";
import { ownPointer, subschemas } from "./kinds-walk.js";

/** The JSON Schema dialect of a kind, the one Ajv 2020 compiles. */
const DIALECT = "https://json-schema.org/draft/2020-12/schema";

/** Ajv's words for one error, with the values it allows when it lists them. */
function words(error: AjvSchemaError): string {
  const message = error.message ?? `fails ${error.keyword}`;
  const allowed = error.params["allowedValues"];
  return Array.isArray(allowed) ? `${message} (${allowed.map((v) => JSON.stringify(v)).join(", ")})` : message;
}

/**
 * Each place where a kind's schema is not JSON Schema 2020-12, in Ajv's words at its pointer, one
 * line a place: Ajv's branches of a choice that all fail come as one line (its "must match a
 * schema in anyOf" left out beside what each branch wanted), a message said twice once.
 *
 * @example
 * ```ts
 * metaSchemaMistakes(ajv, { properties: { workers: { type: "strng" } } });
 * // => [KindSchemaError("/properties/workers/type", 'must be equal to one of the allowed values ("array", …) or must be array')]
 * ```
 */
export function metaSchemaMistakes(tools: AjvTools, schema: Record<string, unknown>): KindSchemaError[] {
  const dialect = schema["$schema"];
  // Ajv 2020 knows its own meta-schema only: another dialect is one line here, not Ajv's throw.
  if (dialect !== undefined && dialect !== DIALECT)
    return [
      new KindSchemaError(
        "/$schema",
        `must be "${DIALECT}" (got ${JSON.stringify(dialect)}): a kind is JSON Schema 2020-12`,
      ),
    ];
  const ajv = new tools.Ajv2020({ allErrors: true, strict: false, logger: false, messages: true });
  if (ajv.validateSchema(schema) === true) return [];
  const errors = ajv.errors ?? [];
  // A branch that failed deeper says more than the choice that failed at its parent: the places
  // with an error below them are left out (found once per error, not by comparing every pair).
  const above = new Set<string>();
  for (const { instancePath } of errors)
    for (let at = instancePath.lastIndexOf("/"); at >= 0; at = instancePath.lastIndexOf("/", at - 1)) {
      above.add(instancePath.slice(0, at));
      if (at === 0) break;
    }
  const byPlace = new Map<string, AjvSchemaError[]>();
  for (const error of errors)
    if (!above.has(error.instancePath))
      byPlace.set(error.instancePath, [...(byPlace.get(error.instancePath) ?? []), error]);
  return [...byPlace].map(([pointer, found]) => {
    const branches = found.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf");
    const said = [...new Set((branches.length > 0 ? branches : found).map(words))];
    return new KindSchemaError(pointer, said.join(" or "));
  });
}

/** The pointer of the first subschema of `schema` for which `holds` is true of it, with `key` after it. */
function firstWhere(schema: unknown, key: string, holds: (node: Record<string, unknown>) => boolean) {
  const found = subschemas(schema).find(({ node }) => holds(node));
  return found === undefined ? undefined : `${found.pointer}/${escapePointerSegment(key)}`;
}

/**
 * A named property that a pattern of `patternProperties` beside it also matches, which Ajv's strict
 * mode refuses (it names neither the place nor what to do): at that property, with the way out.
 */
function matchingProperty(schema: unknown, name: string, pattern: string, message: string) {
  const found = subschemas(schema).find(({ node }) => {
    const [properties, patterns] = [node["properties"], node["patternProperties"]];
    return (
      isRecord(properties) && Object.hasOwn(properties, name) && isRecord(patterns) && Object.hasOwn(patterns, pattern)
    );
  });
  const said = `${message}: the property ${JSON.stringify(name)} is also a key the pattern ${JSON.stringify(pattern)} of patternProperties takes; narrow the pattern so that it takes no named property`;
  return found === undefined
    ? { message: said }
    : { pointer: `${found.pointer}/properties/${escapePointerSegment(name)}`, message: said };
}

/**
 * The place in the kind's schema of what Ajv's message speaks of (the keyword, or the required
 * name), `place` being where Ajv says: that subschema when it holds it, else the one subschema
 * whose pointer ends with `place` that does (Ajv says a place inside a `$defs` entry from that
 * entry: `#/properties/sector` for `/$defs/Listing/properties/sector`), else `place`.
 */
function spokenOf(schema: unknown, place: string, keyword: string | undefined, required: string | undefined): string {
  const holds = (node: unknown): node is Record<string, unknown> =>
    isRecord(node) &&
    (keyword !== undefined
      ? Object.hasOwn(node, keyword)
      : Array.isArray(node["required"]) && node["required"].includes(required));
  let found = holds(resolvePointer(schema, place).value) ? place : undefined;
  if (found === undefined && (keyword !== undefined || required !== undefined)) {
    const candidates = subschemas(schema).filter(({ node, pointer }) => pointer.endsWith(place) && holds(node));
    if (candidates.length === 1) found = candidates[0]?.pointer;
  }
  if (found === undefined) return place;
  if (keyword !== undefined) return `${found}/${escapePointerSegment(keyword)}`;
  const list = (resolvePointer(schema, found).value as Record<string, unknown>)["required"] as unknown[];
  return `${found}/required/${list.indexOf(required)}`;
}

/**
 * Where in the kind's schema Ajv's compile error is, and Ajv's words without the place it gave:
 * its `at "…#/properties/x"` when it gives one in the kind's own schema (narrowed to the keyword
 * or the required name it speaks of), else the subschema that holds the unknown keyword, or the
 * $ref that resolves nowhere. A stack that overflows is said in words.
 *
 * @example
 * ```ts
 * compileMistake(new Error('strict mode: unknown keyword: "minLenght"'), schema, id);
 * // => { pointer: "/properties/office/minLenght", message: 'strict mode: unknown keyword: "minLenght"' }
 * ```
 */
export function compileMistake(error: unknown, schema: unknown, id: string): { pointer?: string; message: string } {
  if (error instanceof RangeError || !(error instanceof Error))
    return { message: `it is nested too deeply for Ajv (${error instanceof Error ? error.message : String(error)})` };
  const message = error.message;
  const at = / at (?:path )?"([^"#]*)#([^"]*)"/.exec(message);
  const place = at !== null && (at[1] === "" || at[1] === id) ? ownPointer(`#${at[2] ?? ""}`, undefined) : undefined;
  if (at !== null && place !== undefined) {
    const keyword = /for keyword "([^"]*)"/.exec(message)?.[1];
    const required = /required property "([^"]*)"/.exec(message)?.[1];
    const pointer = spokenOf(schema, place, keyword, required);
    const said = message.replace(at[0], "");
    // Ajv wants a required name among the properties of the same subschema, where JSON Schema
    // lets an if's then, a dependentSchemas or a branch require what the object defines.
    const fix =
      required === undefined || !said.includes("(strictRequired)")
        ? ""
        : `: name it in this subschema's properties too, as "properties": { "${required}": true } beside the required`;
    return { pointer, message: `${said}${fix}` };
  }
  const keyword = /unknown keyword: "([^"]*)"/.exec(message)?.[1];
  const missing = /can't resolve reference (\S+) from id/.exec(message)?.[1];
  // `strict mode: property NAME matches pattern PATTERN (use allowMatchingProperties)`, read by
  // position: a pattern with two (.*) around literal words is not linear.
  const [named, matches, use] = [
    message.indexOf("property "),
    message.lastIndexOf(" matches pattern "),
    message.lastIndexOf(" (use allowMatchingProperties)"),
  ];
  if (named >= 0 && matches > named && use > matches)
    return matchingProperty(schema, message.slice(named + 9, matches), message.slice(matches + 17, use), message);
  const pointer =
    keyword !== undefined
      ? firstWhere(schema, keyword, (node) => Object.hasOwn(node, keyword))
      : missing !== undefined
        ? firstWhere(schema, "$ref", (node) => node["$ref"] === missing)
        : undefined;
  return pointer === undefined ? { message } : { pointer, message };
}

/**
 * The lines for the kinds Ajv did not compile: each at its file's line and pointer when the place
 * is known, else naming the file.
 *
 * @example
 * ```ts
 * compileErrorLines(error, kinds); // => ['k.json:12: /properties/office/minLenght: the schema does not compile: strict mode: unknown keyword: "minLenght"']
 * ```
 */
export function compileErrorLines(error: KindsCompileError, kinds: readonly KindSource[]): string[] {
  return error.failures.flatMap(({ index, error: thrown }) => {
    const kind = kinds[index] as KindSource;
    const { pointer, message } = compileMistake(thrown, kind.schema, kindId(kind));
    const said = `the schema does not compile: ${message}`;
    return pointer === undefined
      ? [`${kind.display}: ${said}`]
      : mistakeLines(kind.display, kind.text, [new KindSchemaError(pointer, said)]);
  });
}
