// src/generated/check-validators.js (+ .d.ts): Ajv standalone validators, with no eval or new
// Function, compiled with allErrors: one run says every error of a document (issue 25), so that a
// document with nine mistakes is fixed in one round, not nine. One set serves both the answer and
// the issues (a second, first-error set doubled the validator code in every bundle); measured, it
// is no slower on a valid document. Each
// stops after MAX_ERRORS errors by throwing a TooManyErrors holding those found, so that hostile
// input (a million invalid items) cannot make one run allocate without bound.
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { BANNER } from "./schemas.mjs";
import { rewrite } from "./rewrite.mjs";
import { withErrorCalls, withQuotedValuesInline } from "./error-calls.mjs";
import { documentParts } from "./parts.mjs";
import { duplicateItems, uniqueItemsHelpers, withUniqueItemsByKey } from "./unique-items.mjs";
import { expectations } from "./expected.mjs";
import {
  withAcceptedChoiceFirst,
  withIntegerTests,
  withKnownKeysCompared,
  withPatternCode,
  withPropertiesReadOnce,
  withRequiredReadOnce,
} from "./speed-rewrites.mjs";
import { addPlainDataKeywords, assertEveryValueMarked, PLAIN_STATE, withPlainDataMarks } from "./plain-keywords.mjs";
import { importTs } from "./ts-module.mjs";

const errorCap = await importTs("src/cli/error-cap.ts");

/**
 * The roots the library calls, as `check_<name>`: the document, and each of its parts that has a
 * validator of its own (see parts.mjs). Each root exported costs bytes in every bundle.
 */
export function validatorRoots(schemas) {
  const roots = { document: "document.json" };
  // Whole files first, then definitions: the order Ajv compiles (and numbers) the functions in.
  const parts = documentParts(schemas);
  for (const part of [...parts.filter((p) => !p.ref.includes("#")), ...parts.filter((p) => p.ref.includes("#"))])
    roots[part.validator] = part.ref;
  return roots;
}

/**
 * The two formats the schemas use, as regular expressions: Ajv inlines a RegExp format into the
 * standalone code, where ajv-formats' functions would pull in its whole module. What a regular
 * expression cannot say (that 2023-02-30 does not exist) the document checks say.
 */
export const FORMATS = {
  // RFC 3339 date-time with a required offset.
  "date-time":
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
  // An absolute URI with an authority and no white space or control characters (RFC 3986 shape).
  uri: /^[A-Za-z][A-Za-z\d+.-]*:\/\/[^\s/?#\u0000-\u001f\u007f]+[^\s\u0000-\u001f\u007f]*$/,
};

/**
 * The schemas without their annotations: standalone code embeds every schema object it refers to,
 * and descriptions are most of those bytes while validating nothing. `properties` and `$defs` are
 * maps of names, so a property that is *called* "description" is kept.
 */
export function withoutAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (!schema || typeof schema !== "object") return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "description" || key === "title" || key === "$comment" || key === "examples" || key === "$schema")
      continue;
    out[key] =
      key === "properties" || key === "$defs"
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]))
        : withoutAnnotations(value);
  }
  return out;
}

const SHARED_DEF = /^defs\.json#\/\$defs\/([A-Za-z0-9]+)$/;
const LOCAL_DEF = /^#\/\$defs\/([A-Za-z0-9]+)$/;

/**
 * The schemas with every definition of defs.json as a schema of its own (`defs-Name.json`, refs
 * rewritten to it). Ajv compiles a `file#/$defs/Name` fragment once per file that refers to it, so
 * a definition the three kinds share was compiled three times; a resource of its own is compiled
 * once. Measured on the schemas of issue 22: 26.6 KB → 20.1 KB gzip of Ajv's output, same results.
 * Roots that name a definition are rewritten alike.
 */
export function withSharedDefinitions(schemas, roots) {
  const defs = schemas["defs.json"];
  if (!defs?.$defs) return { schemas, roots };
  const base = defs.$id.slice(0, defs.$id.lastIndexOf("/") + 1);
  const rewrite = (node, inDefs) => {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, inDefs));
    if (!node || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      const def =
        key === "$ref" && typeof value === "string" && (SHARED_DEF.exec(value) ?? (inDefs && LOCAL_DEF.exec(value)));
      out[key] = def ? `defs-${def[1]}.json` : rewrite(value, inDefs);
    }
    return out;
  };
  const out = {};
  for (const [file, schema] of Object.entries(schemas)) {
    if (file !== "defs.json") out[file] = rewrite(schema, false);
    else
      for (const [name, def] of Object.entries(schema.$defs))
        out[`defs-${name}.json`] = { $id: `${base}defs-${name}.json`, ...rewrite(def, true) };
  }
  const rootsOut = {};
  for (const [name, ref] of Object.entries(roots)) {
    const def = SHARED_DEF.exec(ref);
    rootsOut[name] = def ? `defs-${def[1]}.json` : ref;
  }
  return { schemas: out, roots: rootsOut };
}

/**
 * The schemas as the validators are compiled from them (after {@link withSharedDefinitions}):
 * without annotations, with the plain-data marks (plain-keywords.mjs).
 */
export function markedSchemas(schemas, roots) {
  const bare = Object.fromEntries(Object.entries(schemas).map(([file, s]) => [file, withoutAnnotations(s)]));
  const textSchemas = assertEveryValueMarked(bare, roots);
  return Object.fromEntries(
    Object.entries(bare).map(([file, s]) => [file, withPlainDataMarks(s, FORMATS, textSchemas)]),
  );
}

/** Errors after which a run stops: well past what is reported (MAX_ISSUES), far below what hurts. */
export const MAX_ERRORS = errorCap.MAX_ERRORS;

/** Ajv's standalone ESM source for `roots` ({ exportName: schema $id }), before our rewrites. */
export function compileValidators(original, originalRoots) {
  const { schemas, roots } = withSharedDefinitions(original, originalRoots);
  // The schemas use no keyword beyond draft-07's (no unevaluated*, prefixItems or $dynamicRef), so
  // the draft-07 engine compiles them without the evaluated-properties bookkeeping Ajv2020 emits.
  // The published files keep their 2020-12 $schema; the test suite checks them with Ajv2020.
  const ajv = new Ajv({
    strict: true,
    discriminator: true,
    // Every error in one run; capped at MAX_ERRORS by generateValidators' rewrite.
    allErrors: true,
    // Inline small definitions (Id, Url, Evidence…: at most 12 keywords) where they are used, which
    // saves a call and an options object per value; larger ones (FuzzyDate, Entity) stay functions.
    // Measured: 13.7 KB gzip and ~1.75 µs per typical event, against 16.3 KB / 1.70 µs inlining
    // everything and 14.2 KB / 3.0 µs inlining nothing.
    inlineRefs: 12,
    // Issues get their messages from src/validate/schema-issues.ts, not from Ajv.
    messages: false,
    // Every pattern in the schemas is ASCII, so the "u" flag changes no result, only speed.
    unicodeRegExp: false,
    // String lengths in UTF-16 code units, as JavaScript counts them, instead of walking every
    // string for code points: identical for the schemas' minLength 1; a URL's 2048 limit is met
    // sooner only by a URL full of astral characters.
    unicode: false,
    // Ajv 8 calls `unicode` deprecated but honours it (the generated code has no ucs2length): keep
    // every other warning.
    logger: {
      log: console.log,
      warn: (message, ...rest) => String(message).includes("option unicode") || console.warn(message, ...rest),
      error: console.error,
    },
    code: { source: true, esm: true },
    formats: FORMATS,
  });
  addPlainDataKeywords(ajv);
  for (const s of Object.values(markedSchemas(schemas, roots))) ajv.addSchema(s);
  const refs = {};
  for (const [name, ref] of Object.entries(roots)) {
    // A root is "file.json" or "file.json#/$defs/Name": Ajv knows each file by its absolute $id.
    const [file, fragment] = ref.split("#");
    refs[`check_${name}`] = schemas[file].$id + (fragment === undefined ? "" : `#${fragment}`);
  }
  return standaloneCode(ajv, refs);
}

/** The text of src/generated/check-validators.js. */
export function generateValidators(schemas) {
  let code = postProcessValidators(compileValidators(schemas, validatorRoots(schemas)), expectations(schemas));
  // The marks of plain-keywords.mjs are code now: the schema objects Ajv embeds (for the values an
  // error quotes) need not spell them again.
  code = rewrite(
    "drop the plain-data marks from embedded schemas",
    code,
    /,"x-(?:obj|term|arr|str)":(?:true|\d+)/g,
    "",
  );
  code = withLazyPaths(withErrorCap(withPatternCode(withUniqueItemsByKey(code))));
  code = withKnownKeysCompared(withAcceptedChoiceFirst(code, MAX_ERRORS));
  code = withRequiredReadOnce(
    withQuotedValuesInline(withErrorCalls(withIntegerTests(withPropertiesReadOnce(code)), MAX_ERRORS)),
  );
  // The one pass (fast-path.mjs) tests uniqueItems with the same function, here even where no
  // list of the schemas needed it.
  if (!code.includes(`function ${duplicateItems.name}(`)) code += uniqueItemsHelpers;
  const name = duplicateItems.name;
  return `${code}export { ${name === "duplicateItems" ? name : `${name} as duplicateItems`} };\n`;
}

/**
 * Validators that throw a TooManyErrors (holding the errors found so far) once a run has found
 * more than MAX_ERRORS: counted where an error is added and where a sub-validator's are appended
 * (src/cli/error-cap.ts, the rewrite `kinds build` makes too).
 */
export function withErrorCap(source) {
  const marker = [
    `/** Thrown by a validator of this file after ${MAX_ERRORS} errors; \`errors\` holds them. */`,
    `export ${errorCap.TOO_MANY_ERRORS}`,
  ].join("\n");
  return rewrite(
    "declare TooManyErrors",
    errorCap.withErrorCap(source),
    /\/\* eslint-disable \*\/\n/,
    `/* eslint-disable */\n${marker}`,
  );
}

/** A string literal of Ajv's output (a path segment such as "/events/"). */
const LITERAL = String.raw`"(?:[^"\\]|\\.)*"`;

/**
 * Validators that build no path on the valid path. Ajv hands each sub-validator an options object
 * with its instancePath concatenated (\`{instancePath:instancePath+"/events/" + i4, parentData, …}\`):
 * an object and a string per call, ~20 KiB per canonical document, read only when an error is
 * made. Here the segments of the current path are kept on one module-level stack (P, depth D: a
 * literal and an index per level, written into slots that stay allocated) and joined by at() only
 * where an error object is built. A root resets the depth, so a run cut short by TooManyErrors
 * (or a stack overflow) leaves nothing behind for the next.
 */
export function withLazyPaths(source) {
  // A small schema set may have no sub-validator called at an indexed or a named path, so these
  // three call rewrites may find nothing; the check for a path left over below still fails closed
  // when Ajv's output changes.
  let code = source.replace(
    new RegExp(
      String.raw`(validate\d+)\(([^{}]+?), \{instancePath:instancePath\+(${LITERAL}) \+ (i\d+),parentData:[\w$]+,parentDataProperty:i\d+,rootData\}\)`,
      "g",
    ),
    "(P[D++]=$3,P[D++]=$4,R=$1($2),D-=2,R)",
  );
  code = code.replace(
    new RegExp(
      String.raw`(validate\d+)\(([^{}]+?), \{instancePath:instancePath\+(${LITERAL}),parentData:[\w$]+,parentDataProperty:${LITERAL},rootData\}\)`,
      "g",
    ),
    "(P[D++]=$3,R=$1($2),D--,R)",
  );
  code = code.replace(/(validate\d+)\(([^{}]+?), \{instancePath,parentData,parentDataProperty,rootData\}\)/g, "$1($2)");
  code = rewrite(
    "validators take the data alone",
    code,
    /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)/g,
    "function $1(data)",
  );
  code = rewrite("an error at the current path", code, /\{instancePath,schemaPath:/g, "{instancePath:at(),schemaPath:");
  code = rewrite("an error under the current path", code, /instancePath:instancePath\+/g, "instancePath:at()+");
  const left = /instancePath(?!:)|(?<![{,])instancePath|parentData|rootData/.exec(code);
  if (left)
    throw new Error(
      `generate: Ajv's output uses a path where the lazy-path rewrite did not expect it: …${code.slice(left.index - 60, left.index + 60)}…`,
    );
  code = rewrite(
    "each root resets the path",
    code,
    /export const (check_\w+) = (validate\d+);/g,
    "export function $1(data){D=0;S=false;V=0;T=0;const ok=$2(data);$1.errors=$2.errors;return ok;}",
  );
  const stack = [
    `/** The current instancePath as its segments (P[0..D)); R holds a sub-validator's answer while D is restored. */`,
    `const P = [];`,
    `let D = 0, R = true;`,
    `/** The current instancePath, built only for an error. */`,
    `function at() { let s = ""; for (let k = 0; k < D; k++) s += P[k]; return s; }`,
    ``,
  ].join("\n");
  return rewrite("declare the path stack", code, /(\nexport class TooManyErrors)/, `\n${stack}${PLAIN_STATE}$1`);
}

/**
 * Ajv's standalone output made into what the library ships: real ESM, no schema paths, each
 * pattern named by its key instead of spelt out, RegExps marked pure. Every rewrite must match.
 */
export function postProcessValidators(source, expected) {
  let code = rewrite("drop Ajv's 'use strict'", source, /^"use strict";/, "");
  // Issues are built from keyword, params and instancePath (src/validate/schema-issues.ts); the
  // schema paths, one long string per check (~24 KB raw, ~1 KB gzipped), are never read.
  code = rewrite("empty the schema paths", code, /schemaPath:"[^"]*"/g, 'schemaPath:""');
  // Each error names its pattern (or format) by key, which src/generated/schema-facts.ts's
  // EXPECTED puts in words: the regular expressions (the Url one is 1.5 KB) are not spelt out again
  // in every error object.
  const keyOf = new Map(expected.map((e) => [`${e.keyword}:${e.value}`, e.key]));
  const named = (keyword) => (_match, literal) => {
    const key = keyOf.get(`${keyword}:${JSON.parse(literal)}`);
    if (key === undefined) throw new Error(`generate: Ajv reports a ${keyword} the schemas do not have: ${literal}`);
    return `params:{${keyword}: ${JSON.stringify(key)}}`;
  };
  for (const keyword of ["pattern", "format"]) {
    const params = new RegExp(`params:\\{${keyword}: ("(?:[^"\\\\]|\\\\.)*")\\}`, "g");
    // A keyword the schemas do not use appears in no error object (and if one did, named() throws).
    code = expected.some((e) => e.keyword === keyword)
      ? rewrite(`name each ${keyword} by its key`, code, params, named(keyword))
      : code.replace(params, named(keyword));
  }
  // Ajv's ESM output still require()s its runtime helpers (ajv#1976): turn them into imports so
  // the file is real ESM, and let the bundler inline them.
  // Schemas that need no helper (no uniqueItems, no unicode lengths) get no require() at all.
  const helpers = new Map();
  if (code.includes("require("))
    code = rewrite(
      "require() the runtime helpers as imports",
      code,
      /require\("([^"]+)"\)(\.default)?/g,
      (_m, spec, dflt) => {
        const name = "runtime_" + spec.replace(/\W+/g, "_");
        helpers.set(name, { spec, dflt: Boolean(dflt) });
        return name;
      },
    );
  if (code.includes("require(")) throw new Error("generate: Ajv's output still require()s something after the rewrite");
  const imports = [];
  for (const [name, { spec, dflt }] of helpers) {
    const path = spec.endsWith(".js") ? spec : spec + ".js";
    // Under Node's ESM semantics the default import of a CJS module is module.exports, under
    // esbuild's CJS interop it is exports.default: accept both.
    imports.push(
      dflt
        ? `import ${name}_module from "${path}";\nconst ${name} = ${name}_module.default ?? ${name}_module;`
        : `import * as ${name} from "${path}";`,
    );
  }
  // A RegExp is built once at load; marked pure, a bundler drops those of validators not imported.
  if (expected.length > 0)
    code = rewrite("mark the RegExps pure", code, /= new RegExp\(/g, "= /* @__PURE__ */ new RegExp(");
  return `${BANNER}// @ts-nocheck\n/* eslint-disable */\n${imports.join("\n")}\n${code}`;
}

/** The text of src/generated/check-validators.d.ts. */
export function validatorDeclarations(schemas) {
  const lines = [
    BANNER,
    `/** A compiled Ajv validator: returns true when valid; otherwise \`errors\` holds Ajv's error objects. */`,
    `export interface CompiledValidator {`,
    `  (data: unknown): boolean;`,
    `  /** Errors of the last failed call, or null. */`,
    `  errors?: import("ajv").ErrorObject[] | null;`,
    `}`,
    `/** Thrown by a validator of this file after ${MAX_ERRORS} errors; \`errors\` holds them. */`,
    `export declare class TooManyErrors extends Error {`,
    `  constructor(errors: import("ajv").ErrorObject[]);`,
    `  /** The first ${MAX_ERRORS} errors of the run. */`,
    `  readonly errors: import("ajv").ErrorObject[];`,
    `}`,
    `/**`,
    ` * What the last run of a check_ function saw of its input (scripts/generate/plain-keywords.mjs):`,
    ` * "suspect" when a walk for non-plain objects and lone surrogates may find something (or the run met`,
    ` * maxValues values or more), else "unknown-term" when isUnknownTerm holds for a coded term it met, else`,
    ` * "plain". Lets go of the terms the run kept.`,
    ` */`,
    `/** The keys under which a plain-data walk reports no lone surrogate: evidence spans quote the body, where it is reported. */`,
    `export declare const SPAN_KEYS: readonly string[];`,
    `export declare function plainRun(`,
    `  maxValues: number,`,
    `  isUnknownTerm: (term: Record<string, unknown>) => boolean,`,
    `): "suspect" | "plain" | "unknown-term";`,
    `/** The pair of equal items uniqueItems reports (\`[i, j]\`, j < i), found by a key per item, or undefined. */`,
    `export declare function duplicateItems(items: readonly unknown[]): [number, number] | undefined;`,
  ];
  for (const name of Object.keys(validatorRoots(schemas))) {
    lines.push(
      `/** Validates a ${name} against its JSON Schema; \`errors\` holds every error (up to ${MAX_ERRORS}). */`,
    );
    lines.push(`export declare const check_${name}: CompiledValidator;`);
  }
  return lines.join("\n") + "\n";
}
