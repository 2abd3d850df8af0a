// The plain-data walk (src/validate/plain-data.ts) folded into the generated validators: the
// schema's own run looks at every object, array and string of a valid document, so it can tell on
// the way whether the walk could find anything — an object JSON text cannot make (a prototype
// other than Object's, Array's or none), a string that may hold a lone surrogate — and which coded
// terms it met. A valid document is then walked once, not twice. The keywords never report an
// error (the errors, their order and their messages stay Ajv's): they only set the module-level
// state that `plainRun()` reads, and when it says "suspect" the library walks as before.
import { _ } from "ajv";

/**
 * The property that makes an object a coded term (src/validate/checks/terms.ts: an object with
 * string scheme, code and label): a schema that lists it records each object it validates, so
 * that the library checks each term's code against its scheme's list without a walk of its own.
 */
const TERM_PROPERTY = "scheme";

/**
 * True when no string a pattern accepts can hold a character beyond ASCII: anchored at both ends,
 * written in ASCII, and without what matches more than it spells (`.`, a negated class, `\s \S \W
 * \D \p`, a `\u`/`\x` escape) or an alternative outside a group. Only a sufficient test: a pattern
 * it refuses is merely checked for lone surrogates.
 */
export function isAsciiOnlyPattern(source) {
  if (!/^\^[\x20-\x7e]*\$$/.test(source) || source.endsWith("\\$")) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < source.length - 1; i++) {
    const c = source[i];
    if (c === "\\") {
      if (/[sSWDpPux]/.test(source[i + 1] ?? "")) return false;
      i++;
    } else if (inClass) inClass = c !== "]";
    else if (c === "[") {
      if (source[i + 1] === "^") return false;
      inClass = true;
    } else if (c === ".") return false;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return false;
  }
  return !inClass && depth === 0;
}

/** True when a string schema admits only strings that are well-formed (ASCII, or a value listed). */
function onlyWellFormed(schema, formats) {
  const listed = schema.enum ?? (schema.const === undefined ? undefined : [schema.const]);
  if (listed?.every((v) => typeof v !== "string" || v.isWellFormed())) return true;
  if (typeof schema.pattern === "string" && isAsciiOnlyPattern(schema.pattern)) return true;
  const format = formats[schema.format];
  return format instanceof RegExp && isAsciiOnlyPattern(format.source);
}

/**
 * The schemas with the marks the keywords below act on: `x-obj`/`x-arr` on every object and array
 * schema, `x-term` where an object lists TERM_PROPERTY, `x-str` on each string schema of
 * `textSchemas` (see {@link assertEveryValueMarked}) whose strings may hold a lone surrogate.
 */
export function withPlainDataMarks(schema, formats, textSchemas) {
  if (Array.isArray(schema)) return schema.map((s) => withPlainDataMarks(s, formats, textSchemas));
  if (!schema || typeof schema !== "object") return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema))
    out[key] =
      key === "properties" || key === "$defs"
        ? Object.fromEntries(
            Object.entries(value).map(([name, sub]) => [name, withPlainDataMarks(sub, formats, textSchemas)]),
          )
        : key === "enum" || key === "const"
          ? value
          : withPlainDataMarks(value, formats, textSchemas);
  const types = [schema.type].flat();
  if (types.includes("object")) out["x-obj"] = Object.keys(schema.properties ?? {}).length;
  if (types.includes("object") && schema.properties?.[TERM_PROPERTY]) out["x-term"] = true;
  if (types.includes("array")) out["x-arr"] = true;
  if (types.includes("string") && textSchemas.has(schema) && !onlyWellFormed(schema, formats)) out["x-str"] = true;
  return out;
}

/**
 * The keywords the marks name. Each writes the state the module declares (PLAIN_STATE): S (the
 * walk may find something), V (an upper bound of the values met: an object counts the properties
 * its schema lists, which bound its keys where the object is closed; an array its length), TM/T
 * (the coded terms met).
 */
export function addPlainDataKeywords(ajv) {
  ajv.addKeyword({
    keyword: "x-obj",
    type: "object",
    schemaType: "number",
    // Written out rather than called: in the largest validators V8 would not inline a helper.
    code: (cxt) => {
      const proto = cxt.gen.const("proto", _`GP(${cxt.data})`);
      cxt.gen.code(_`if(${proto}!==OP&&${proto}!==null)S=true;V+=${cxt.schema}`);
    },
  });
  ajv.addKeyword({
    keyword: "x-term",
    type: "object",
    schemaType: "boolean",
    code: (cxt) => cxt.gen.code(_`TM[T++]=${cxt.data}`),
  });
  ajv.addKeyword({
    keyword: "x-arr",
    type: "array",
    schemaType: "boolean",
    code: (cxt) => cxt.gen.code(_`if(GP(${cxt.data})!==AP)S=true;V+=${cxt.data}.length`),
  });
  ajv.addKeyword({
    keyword: "x-str",
    type: "string",
    schemaType: "boolean",
    code: (cxt) => cxt.gen.code(_`if(hasLoneSurrogate(${cxt.data}))S=true`),
  });
}

/**
 * The keys under which the walk reports no lone surrogate (src/validate/plain-data.ts reads them
 * from the generated file): evidence spans quote the body, where a lone surrogate is reported, and
 * a span that cuts a pair is the evidence checks' own issue.
 */
export const SPAN_KEYS = ["evidence", "mentions"];

/** The module-level state the keywords write, and `plainRun`, which reads it (then forgets the terms). */
export const PLAIN_STATE = [
  `/** The plain-data state of the last run (scripts/generate/plain-keywords.mjs): S the walk may find something, V a bound of the values met, TM[0..T) the coded terms met. */`,
  `let S = false, V = 0, T = 0;`,
  `/** The keys under which a plain-data walk reports no lone surrogate: evidence spans quote the body, where it is reported. */`,
  `export const SPAN_KEYS = ${JSON.stringify(SPAN_KEYS)};`,
  `const TM = [];`,
  `const GP = Object.getPrototypeOf, OP = Object.prototype, AP = Array.prototype;`,
  `/** A lone surrogate: the engine's isWellFormed where it has one, else one pattern made once. */`,
  `const LONE_SURROGATE = /\\p{Cs}/u;`,
  `const hasLoneSurrogate = typeof "".isWellFormed === "function" ? (s) => !s.isWellFormed() : (s) => LONE_SURROGATE.test(s);`,
  `/** What the last run of a check_ function saw: "suspect" when a plain-data walk may find something (or more than \`maxValues\` values), else whether \`isUnknownTerm\` held for a coded term met. Forgets the terms. */`,
  `export function plainRun(maxValues, isUnknownTerm) {`,
  `  let answer = S || V >= maxValues ? "suspect" : "plain";`,
  `  for (let k = 0; k < T; k++) {`,
  `    if (answer === "plain" && isUnknownTerm(TM[k])) answer = "unknown-term";`,
  `    TM[k] = undefined;`,
  `  }`,
  `  T = 0;`,
  `  return answer;`,
  `}`,
  ``,
].join("\n");

/**
 * Fails generation when a valid document could hold a value no marked schema looks at: each value
 * schema reachable from the roots must have a type (objects closed: `additionalProperties: false`,
 * or a oneOf/anyOf of closed ones; arrays with items), list its values (enum, const), or be a
 * choice among such schemas. Otherwise the walk that the marks replace would see values they miss.
 * Returns the schemas reached outside SPAN_KEYS: the only ones whose strings the walk checks.
 */
export function assertEveryValueMarked(schemas, roots) {
  // Each schema once outside a span (`text`) and once inside one (`spanned`).
  const text = new Set();
  const spanned = new Set();
  const resolve = (ref, file) => {
    const [target, fragment] = ref.split("#");
    const at = target ? target : file;
    let node = schemas[at];
    for (const part of (fragment ?? "").split("/").filter(Boolean)) node = node?.[part];
    if (!node) throw new Error(`generate: cannot resolve ${ref} from ${file}`);
    return [node, at];
  };
  const check = (schema, file, where, inSpan) => {
    const seen = inSpan ? spanned : text;
    if (seen.has(schema)) return;
    seen.add(schema);
    const fail = (why) => {
      throw new Error(`generate: the plain-data marks would miss values at ${where} (${file}): ${why}`);
    };
    const choices = schema.oneOf ?? schema.anyOf;
    const refTarget = schema.$ref ? resolve(schema.$ref, file) : undefined;
    if (refTarget) check(refTarget[0], refTarget[1], where, inSpan);
    const types = [schema.type ?? []].flat();
    if (types.length === 0 && !refTarget && !choices) {
      const listed = schema.enum ?? (schema.const === undefined ? undefined : [schema.const]);
      if (!listed || listed.some((v) => v !== null && typeof v === "object")) fail("no type, no $ref, no list");
    }
    // A closed object's oneOf/anyOf only constrains the keys it lists; any other choice is the value's schema.
    if (choices && schema.additionalProperties !== false)
      for (const [i, c] of choices.entries()) check(c, file, `${where}/${i}`, inSpan);
    if (types.includes("object")) {
      if (schema.additionalProperties !== false && !choices && !refTarget) fail("an open object");
      for (const [name, sub] of Object.entries(schema.properties ?? {}))
        check(sub, file, `${where}/${name}`, inSpan || SPAN_KEYS.includes(name));
    }
    if (types.includes("array")) {
      if (!schema.items || Array.isArray(schema.items)) fail("an array without one items schema");
      check(schema.items, file, `${where}/items`, inSpan);
    }
  };
  for (const ref of Object.values(roots)) {
    const [file] = ref.split("#");
    const [node, at] = resolve(ref, file);
    check(node, at, ref, false);
  }
  return text;
}
