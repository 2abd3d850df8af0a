/*
 * `news-events kinds build`'s compilers: the kinds' schemas into one ESM module of precompiled,
 * eval-free validators (Ajv standalone code, as the library's own) with their declarations, and
 * into TypeScript types (json-schema-to-typescript). Both tools are the user's development
 * dependencies, handed in by the command: nothing here loads them.
 */
import packageJson from "../../package.json" with { type: "json" };
import type { KindDefinition } from "../core/kinds.js";
import { SCHEMA_BASE, expectedWords, withoutAnnotations, type KindMeta } from "./kinds-schema.js";
import { kindFields } from "./kinds-fields.js";
import { kindPropertyNames } from "./kinds-names.js";
import { requiredBaseNames } from "./kinds-base.js";
import { TOO_MANY_ERRORS, withErrorCap } from "./error-cap.js";
import { withUniqueItemsByKey } from "./unique-items.js";

/** One kind's schema as read, with its declarations. */
export interface KindSource {
  /** The file it was read from, for the banner. */
  readonly file: string;
  /** The file as the user named it, and its text: a mistake found later is said at its line. */
  readonly display: string;
  readonly text: string;
  readonly schema: Record<string, unknown>;
  readonly meta: KindMeta;
}

/** One error of Ajv's check of a schema against the JSON Schema meta-schema. */
export interface AjvSchemaError {
  /** Where in the schema checked, as a JSON Pointer. */
  readonly instancePath: string;
  readonly keyword: string;
  /** Ajv's words (with `messages: true`). */
  readonly message?: string | undefined;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The parts of Ajv the build uses (Ajv2020 and its standalone code generator). */
export interface AjvTools {
  readonly Ajv2020: new (options: Record<string, unknown>) => {
    addSchema(schema: unknown, key?: string): unknown;
    getSchema(key: string): unknown;
    validateSchema(schema: unknown): unknown;
    readonly errors?: readonly AjvSchemaError[] | null | undefined;
  };
  readonly standaloneCode: (ajv: unknown, refs: Record<string, string>) => string;
}

/**
 * The two formats the library's schemas use, as regular expressions (as in its own validators,
 * scripts/generate/validators.mjs): Ajv inlines them, so the module needs no ajv-formats. They are
 * the formats a kind may use (kinds-rules.ts refuses another, naming these).
 *
 * @example
 * ```ts
 * Object.keys(FORMATS); // => ["date-time", "uri"]
 * ```
 */
export const FORMATS = {
  "date-time":
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
  uri: /^[A-Za-z][A-Za-z\d+.-]*:\/\/[^\s/?#\u0000-\u001f\u007f][^\s\u0000-\u001f\u007f]*$/,
};

/** Ajv's run-time helpers, written out so the module needs no Ajv at run time. */
const HELPERS: Readonly<Record<string, string>> = {
  equal: `function runtime_equal(a, b) {
  if (a === b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && runtime_equal(a[k], b[k]));
}`,
  ucs2length: `function runtime_ucs2length(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}`,
};

/** The `$id` a kind is compiled under: its own, or one made from its tag. */
export const kindId = (source: KindSource): string =>
  typeof source.schema["$id"] === "string" ? source.schema["$id"] : `urn:news-events:kind:${source.meta.kind}`;

/**
 * Each exported validator as a function that ends a capped run (withErrorCap) as a failed one:
 * false, `errors` the errors found. The module's TooManyErrors never reaches the library, which
 * reads only `validate(event)` and `validate.errors` (KindValidator).
 */
function withCappedRoots(code: string, roots: number): string {
  let rewritten = 0;
  const out = code.replace(/export const (check_\d+) = (validate\d+);/g, (_m, root: string, inner: string) => {
    rewritten++;
    return (
      `export function ${root}(data){try{const ok=${inner}(data);${root}.errors=${inner}.errors;return ok;}` +
      `catch(error){if(!(error instanceof TooManyErrors))throw error;${root}.errors=error.errors;return false;}}`
    );
  });
  if (rewritten !== roots)
    throw new Error("a kind's validator is not exported as Ajv exports it: did Ajv's output change?");
  return `${TOO_MANY_ERRORS}${out}`;
}

/**
 * A kind's schema with each base property it requires (`"required": ["date"]`) also named in its
 * own `properties`, as `true`: Ajv's strict mode refuses a required property the same schema does
 * not define, and does not look into allOf, where the event base defines it. `true` adds no
 * check (the base's still applies), and the property was already evaluated there.
 */
function withBaseRequired(schema: Record<string, unknown>, library: readonly unknown[]): Record<string, unknown> {
  const added = requiredBaseNames(schema, library);
  const own = (schema["properties"] ?? {}) as Record<string, unknown>;
  return added.length === 0
    ? schema
    : { ...schema, properties: { ...own, ...Object.fromEntries(added.map((n) => [n, true])) } };
}

/** A kind that Ajv did not compile: its place in the list built, and what Ajv threw. */
export interface KindCompileFailure {
  readonly index: number;
  readonly error: unknown;
}

/**
 * The kinds Ajv did not compile, each with what it threw (a $ref that resolves nowhere, strict mode).
 *
 * @example
 * ```ts
 * throw new KindsCompileError([{ index: 0, error: new Error("can't resolve reference #/$defs/Round") }]);
 * ```
 */
export class KindsCompileError extends Error {
  override readonly name = "KindsCompileError";
  constructor(readonly failures: readonly KindCompileFailure[]) {
    super("a kind's schema does not compile");
  }
}

/**
 * Each kind compiled on its own by one Ajv (holding the library's schemas), and those that did not
 * compile. A build whose other kinds have mistakes still compiles these, so that each kind's first
 * compile error is said in the same run as the other mistakes.
 *
 * @example
 * ```ts
 * compiledKinds(tools, library, kinds).failures.map((f) => f.index); // => [1, 3]
 * ```
 */
export function compiledKinds(
  tools: AjvTools,
  library: readonly unknown[],
  kinds: readonly KindSource[],
): { ajv: unknown; refs: Record<string, string>; failures: KindCompileFailure[] } {
  const ajv = new tools.Ajv2020({
    strict: true,
    discriminator: true,
    // Every error of an event in one run, as the library's own validators (a document with many
    // mistakes is fixed in one round); capped at MAX_ERRORS below.
    allErrors: true,
    messages: false,
    inlineRefs: 12,
    unicodeRegExp: false,
    unicode: false,
    logger: false,
    code: { source: true, esm: true },
    formats: FORMATS,
  });
  for (const schema of library) ajv.addSchema(withoutAnnotations(schema));
  const refs: Record<string, string> = {};
  const failures: KindCompileFailure[] = [];
  kinds.forEach((source, i) => {
    const id = kindId(source);
    // Each kind compiled on its own, so that its error is its file's, and every file's is said.
    try {
      ajv.addSchema({
        ...withBaseRequired(withoutAnnotations(source.schema) as Record<string, unknown>, library),
        $id: id,
      });
      ajv.getSchema(id);
    } catch (error) {
      failures.push({ index: i, error });
    }
    refs[`check_${i}`] = id;
  });
  return { ajv, refs, failures };
}

/**
 * The ESM source of the kinds' validators: Ajv 2020-12 standalone code (the kinds use
 * unevaluatedProperties), reporting every error like the library's own (allErrors, a run stopped
 * past MAX_ERRORS), its helpers inlined. Throws a KindsCompileError naming each kind Ajv did not
 * compile.
 */
export function compileValidators(tools: AjvTools, library: readonly unknown[], kinds: readonly KindSource[]): string {
  const { ajv, refs, failures } = compiledKinds(tools, library, kinds);
  if (failures.length > 0) throw new KindsCompileError(failures);
  // A list of coded terms is compared by a key per item past a short list, not pair by pair.
  const ajvCode = tools.standaloneCode(ajv, refs).replace(/^"use strict";/, "");
  let code = withCappedRoots(withErrorCap(withUniqueItemsByKey(ajvCode)), kinds.length);
  const used = new Set<string>();
  code = code.replace(/require\("ajv\/dist\/runtime\/([A-Za-z0-9_]+)"\)(\.default)?/g, (_m, name: string) => {
    if (HELPERS[name] === undefined)
      throw new Error(`the schema needs Ajv's run-time helper "${name}", which kinds build cannot inline`);
    used.add(name);
    return `runtime_${name}`;
  });
  if (code.includes("require(")) throw new Error("Ajv's code still require()s a module");
  return [...[...used].map((name) => HELPERS[name] as string), code].join("\n");
}

/** The library's definitions (defs.json's `$defs`), among its schemas. */
const libraryDefs = (library: readonly unknown[]): Record<string, unknown> =>
  ((library.find((s) => (s as { $id?: unknown }).$id === `${SCHEMA_BASE}defs.json`) as Record<string, unknown>)?.[
    "$defs"
  ] ?? {}) as Record<string, unknown>;

/**
 * A line for each kind whose schema nests deeper than its checked values are looked for (a
 * definition that refers to itself, about ten levels down): the ids, evidence, dates and
 * quantities below that depth are not checked, and the user is told where, not left to find out.
 *
 * @example
 * ```ts
 * depthNotes(library, kinds)[0]; // => "final.schema.json: SportsFinal nests deeper than kinds build follows (at /periods…"
 * ```
 */
export function depthNotes(library: readonly unknown[], kinds: readonly KindSource[]): string[] {
  const defs = libraryDefs(library);
  return kinds.flatMap((source) => {
    let deepest: readonly string[] | undefined;
    kindFields(source.schema, defs, (path) => void (deepest ??= path));
    return deepest === undefined
      ? []
      : [
          `${source.display}: ${source.meta.kind} nests deeper than kinds build follows (at /${deepest.join("/")}, about ten levels of a definition that refers to itself): the ids, evidence, dates and quantities below are not checked, nor its quantities there rows of the tables' quantities`,
        ];
  });
}

/** The module's `kinds` list, each entry naming its validator function. */
function kindsList(library: readonly unknown[], kinds: readonly KindSource[]): string {
  const defs = libraryDefs(library);
  const entries = kinds.map((source, i) => {
    const entry: Omit<KindDefinition, "validate"> = {
      ...source.meta,
      schema: kindId(source),
      fields: kindFields(source.schema, defs),
      expected: expectedWords([source.schema, ...library]),
      properties: kindPropertyNames(source.schema, kindId(source), library),
    };
    return `  { ...${JSON.stringify(entry)}, validate: check_${i} },`;
  });
  return `\n/** The kinds built here, for createValidator({ kinds }) and toJsonLd(doc, { kinds }). */\nexport const kinds = [\n${entries.join("\n")}\n];\n`;
}

/** The text of the module (index.js). */
export function moduleText(validators: string, library: readonly unknown[], kinds: readonly KindSource[]): string {
  const banner = `// GENERATED by news-events kinds build from ${kinds.map((k) => k.file).join(", ")}. Do not edit: build again.\n// @ts-nocheck\n/* eslint-disable */\n`;
  return banner + validators + kindsList(library, kinds) + BUILT_WITH;
}

/**
 * The version that built the module: `validate` and `export --kinds` name a directory another
 * version built, whose validators lack what this one's have (kinds-dir.ts).
 */
const BUILT_WITH = `\n/** The version of news-events that built this module. */\nexport const builtWith = ${JSON.stringify(packageJson.version)};\n`;
