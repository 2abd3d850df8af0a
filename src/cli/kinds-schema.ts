/*
 * Reading a user-defined kind's schema (`news-events kinds build`): what it must declare, where its
 * own ids, evidence and dates are, and its patterns in words. Pure functions over parsed JSON; a
 * mistake is a KindSchemaError naming the JSON Pointer, never a stack trace.
 */
import { CLASSES } from "../generated/schemaorg-vocabulary.js";
import { EVENT_KINDS } from "../generated/schema-facts.js";
import { escapePointerSegment } from "../core/pointer.js";

/** Where the library's schemas are published: a kind's `$ref`s into them start with this. */
export const SCHEMA_BASE = "https://unpkg.com/news-events@0/schemas/";
/** The shared event base every kind extends. */
export const EVENT_BASE = `${SCHEMA_BASE}event-base.json`;

/** A mistake in a kind's schema, at a JSON Pointer in it. */
export class KindSchemaError extends Error {
  override readonly name = "KindSchemaError";
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a kind declares in `x-news-events`, checked. */
export interface KindMeta {
  readonly kind: string;
  readonly schemaOrgType: string;
  readonly isEvent: boolean;
  readonly wikidata?: string;
}

/** A JSON object of a schema. */
export type Json = Record<string, unknown>;

/**
 * Whether a schema value is a JSON object (not null, not an array).
 *
 * @example
 * ```ts
 * isObject({ type: "string" }); // => true
 * ```
 */
export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** schema.org's classes with their parents (the vocabulary the checker ships). */
function schemaOrgParents(): Map<string, string[]> {
  return new Map(
    CLASSES.split("|").map((entry) => {
      const [name = "", parents = ""] = entry.replace(/^~/, "").split(":");
      return [name, parents === "" ? [] : parents.split(",")];
    }),
  );
}

/** True when `type` is schema.org's Event or a subclass of it. */
function isEventType(type: string, parents: Map<string, string[]>): boolean {
  const seen = new Set<string>();
  const walk = (name: string): boolean =>
    name === "Event" || (!seen.has(name) && (seen.add(name), (parents.get(name) ?? []).some(walk)));
  return walk(type);
}

/** A kind's declarations, when they are right, and every mistake in them. */
export interface KindDeclarations {
  /** What the kind declares; undefined when a mistake leaves it unknown. */
  readonly meta: KindMeta | undefined;
  /** Each mistake at its pointer, in the order of the checks: a file's are all said in one run. */
  readonly mistakes: readonly KindSchemaError[];
}

/**
 * The declarations of a kind's schema and every mistake in them: `x-news-events: { kind,
 * schemaOrgType, wikidata }`, a kind tag that is no built-in kind's, `properties.kind` narrowed to
 * it, the event base extended and the object closed. Each check runs whatever the others found, so
 * that a schema with five mistakes is fixed in one round, not five builds.
 *
 * @example
 * ```ts
 * kindDeclarations(schema).mistakes.map((m) => m.pointer); // => ["/x-news-events/wikidata", "/unevaluatedProperties"]
 * ```
 */
export function kindDeclarations(schema: unknown): KindDeclarations {
  if (!isObject(schema))
    return { meta: undefined, mistakes: [new KindSchemaError("", "must be a JSON Schema object")] };
  const mistakes: KindSchemaError[] = [];
  const mistake = (pointer: string, message: string) => void mistakes.push(new KindSchemaError(pointer, message));
  const meta = isObject(schema["x-news-events"]) ? schema["x-news-events"] : undefined;
  if (meta === undefined)
    mistake("/x-news-events", 'is required: { "kind": "Election", "schemaOrgType": "Event", "wikidata": "Q40231" }');
  const { kind, schemaOrgType = "Event", wikidata } = meta ?? {};
  const tagged = typeof kind === "string" && /^[A-Z][A-Za-z0-9]{0,63}$/.test(kind);
  if (meta !== undefined && !tagged)
    mistake(
      "/x-news-events/kind",
      `must be a kind name in UpperCamelCase, such as Election (got ${JSON.stringify(kind)})`,
    );
  if (tagged && (EVENT_KINDS as readonly string[]).includes(kind))
    mistake("/x-news-events/kind", `must not be a built-in kind (${EVENT_KINDS.join(", ")})`);
  const parents = schemaOrgParents();
  const classed = typeof schemaOrgType === "string" && parents.has(schemaOrgType);
  if (!classed)
    mistake(
      "/x-news-events/schemaOrgType",
      `must be a schema.org class such as Event or SportsEvent (got ${JSON.stringify(schemaOrgType)})`,
    );
  if (wikidata !== undefined && (typeof wikidata !== "string" || !/^Q[1-9][0-9]*$/.test(wikidata)))
    mistake("/x-news-events/wikidata", `must be a Wikidata QID such as Q40231 (got ${JSON.stringify(wikidata)})`);
  for (const key of Object.keys(meta ?? {}))
    if (!["kind", "schemaOrgType", "wikidata"].includes(key))
      mistake(
        `/x-news-events/${escapePointerSegment(key)}`,
        "is not a known property here (kind, schemaOrgType, wikidata)",
      );
  const tag = isObject(schema["properties"]) ? schema["properties"]["kind"] : undefined;
  const narrowed = isObject(tag) && (tagged ? tag["const"] === kind : typeof tag["const"] === "string");
  if (!narrowed) mistake("/properties/kind", `must be { "const": "${tagged ? kind : "<the kind>"}" }, the kind's tag`);
  const allOf = schema["allOf"];
  if (!Array.isArray(allOf) || !allOf.some((part) => isObject(part) && part["$ref"] === EVENT_BASE))
    mistake("/allOf", `must include { "$ref": "${EVENT_BASE}" }: a kind extends the event base`);
  // additionalProperties is the usual way to close an object, but it does not see the properties
  // the event base (in allOf) evaluates, and would refuse them all: it is named where it is.
  if (schema["unevaluatedProperties"] === undefined && schema["additionalProperties"] === false)
    mistake(
      "/additionalProperties",
      'refuses the event base\'s properties too (it does not see those of allOf): write "unevaluatedProperties": false in its place',
    );
  else if (schema["unevaluatedProperties"] !== false)
    mistake("/unevaluatedProperties", "must be false, so that a misspelt property is an error");
  for (const [pointer, words] of conditionsAtRoot(schema)) mistake(pointer, words);
  if (mistakes.length > 0 || !tagged || !classed) return { meta: undefined, mistakes };
  const declared = {
    kind,
    schemaOrgType,
    isEvent: isEventType(schemaOrgType, parents),
    ...(typeof wikidata === "string" && { wikidata }),
  };
  return { meta: declared, mistakes };
}

/**
 * The conditions at a kind's root, each with what to do: beside the root's unevaluatedProperties,
 * Ajv 8 refuses a valid event whose condition is not met, each property of the event base unknown
 * (found by a trial, round 29); in an item of allOf it does not.
 */
function conditionsAtRoot(schema: Record<string, unknown>): [string, string][] {
  return ["if", "dependentSchemas"].flatMap((key): [string, string][] =>
    schema[key] === undefined
      ? []
      : [
          [
            `/${key}`,
            `${CONDITION_WORDS}: put ${key === "if" ? "the if and its then and else" : "it"} in an item of allOf`,
          ],
        ],
  );
}

/** What a condition at a kind's root does beside its `unevaluatedProperties` (see kindDeclarations). */
const CONDITION_WORDS =
  'beside "unevaluatedProperties": false makes Ajv refuse a valid event whose condition is not met (each property of the event base "not a known property")';

/**
 * The declarations of a kind's schema (see {@link kindDeclarations}), or its first mistake thrown
 * as a KindSchemaError.
 *
 * @example
 * ```ts
 * kindMeta(schema); // => { kind: "Election", schemaOrgType: "Event", isEvent: true, wikidata: "Q40231" }
 * ```
 */
export function kindMeta(schema: unknown): KindMeta {
  const { meta, mistakes } = kindDeclarations(schema);
  if (meta === undefined) throw mistakes[0] ?? new KindSchemaError("", "must be a kind's JSON Schema");
  return meta;
}

/**
 * What each pattern asks for, in words, by the pattern's source: the `$comment: "expected: …"`
 * beside it, in the kind's schema and the library's.
 *
 * @example
 * ```ts
 * expectedWords([election]); // => { "^[A-Z]{2}$": "a two-letter code such as FR" }
 * ```
 */
export function expectedWords(schemas: readonly unknown[]): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObject(node)) return;
    const [pattern, comment] = [node["pattern"], node["$comment"]];
    if (typeof pattern === "string" && typeof comment === "string" && comment.startsWith("expected: "))
      out[pattern] = comment.slice("expected: ".length);
    Object.values(node).forEach(walk);
  };
  schemas.forEach(walk);
  return out;
}

/**
 * A schema without what validates nothing (descriptions, titles, comments, examples, the kind's
 * declarations): the standalone code embeds the schema objects it refers to. `properties` and
 * `$defs` are maps of names, kept whole.
 *
 * @example
 * ```ts
 * withoutAnnotations({ type: "string", description: "A name." }); // => { type: "string" }
 * ```
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (["description", "title", "$comment", "examples", "x-news-events"].includes(key)) continue;
    out[key] =
      key === "properties" || key === "$defs"
        ? Object.fromEntries(Object.entries(value as Json).map(([name, sub]) => [name, withoutAnnotations(sub)]))
        : withoutAnnotations(value);
  }
  return out;
}
