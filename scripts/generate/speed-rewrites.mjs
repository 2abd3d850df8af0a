// Rewrites of Ajv's standalone output for speed (issue 27), each keeping Ajv's answers, errors
// and their order: simple patterns as code, RegExps without capturing groups, known keys compared
// by name, a coded list's term tried before the list's error is built, each property read once,
// integers by Number.isInteger. generateValidators (validators.mjs) applies them.
import { patternFunction } from "./pattern-code.mjs";

/** A string literal of Ajv's output (a path segment such as "/events/"). */
const LITERAL = String.raw`"(?:[^"\\]|\\.)*"`;

/**
 * Where `const <name> = {…};` of Ajv's output is (from `start` to just past its `;`) and the
 * schema object it embeds.
 */
export function embeddedSchemaAt(code, name) {
  const start = code.indexOf(`const ${name} = {`);
  if (start < 0) throw new Error(`generate: Ajv's output embeds no ${name}`);
  const from = start + `const ${name} = `.length;
  for (let end = code.indexOf("};", from); end >= 0; end = code.indexOf("};", end + 1)) {
    try {
      return { start, end: end + 2, schema: JSON.parse(code.slice(from, end + 1)) };
    } catch {
      // A "};" inside a string of the schema: look further.
    }
  }
  throw new Error(`generate: cannot read ${name} from Ajv's output`);
}

/** The JSON of `const <name> = {…};` in Ajv's output: the schema object it embeds. */
const embeddedSchema = (code, name) => embeddedSchemaAt(code, name).schema;

/**
 * An object with more than eight properties: Ajv tells a known key by hasOwnProperty on the
 * embedded schema's \`properties\`, a lookup per key; compared with each name instead (as Ajv does
 * for eight or fewer), a key costs a few pointer compares (measured: 87 -> 40 ns per meeting).
 */
export function withKnownKeysCompared(source) {
  return source.replace(/func2\.call\((schema\d+)\.properties, (key\d+)\)/g, (_m, schema, key) => {
    const names = Object.keys(embeddedSchema(source, schema).properties);
    return `(${names.map((n) => `${key} === ${JSON.stringify(n)}`).join(" || ")})`;
  });
}

/** One anyOf of Ajv's output: a list of values (enum or const), else one sub-validator's call. */
const choice = () =>
  new RegExp(
    [
      String.raw`const _errs\d+ = errors;let valid\d+ = false;const _errs\d+ = errors;if\(!\(([^{]*)\)\)\{const err\d+ = \{[^}]*\}[^}]*\};`,
      String.raw`if\(vErrors === null\)\{vErrors = \[err\d+\];\}else \{vErrors\.push\(err\d+\);\}if\(\+\+errors>\d+\)throw new TooManyErrors\(vErrors\);\}`,
      String.raw`var _valid\d+ = _errs\d+ === errors;valid\d+ = valid\d+ \|\| _valid\d+;if\(!valid\d+\)\{const _errs\d+ = errors;`,
      String.raw`if\(!\((\(P\[D\+\+\]=${LITERAL},R=validate\d+\(\w+\),D--,R\))\)\)\{[^}]*\}`,
      String.raw`var _valid\d+ = _errs\d+ === errors;valid\d+ = valid\d+ \|\| _valid\d+;\}`,
      String.raw`if\(!valid\d+\)\{const err\d+ = \{[^}]*\}[^}]*\};if\(vErrors === null\)\{vErrors = \[err\d+\];\}else \{vErrors\.push\(err\d+\);\}`,
      String.raw`if\(\+\+errors>\d+\)throw new TooManyErrors\(vErrors\);\}`,
      String.raw`else \{errors = _errs\d+;if\(vErrors !== null\)\{if\(_errs\d+\)\{vErrors\.length = _errs\d+;\}else \{vErrors = null;\}\}\}`,
    ].join(""),
    "g",
  );

/**
 * An open, coded list (`anyOf: [{enum: tokens}, {$ref: Term}]`) holding a term: Ajv's code builds
 * the list's error (an object, its path, its params) before it tries the term, then drops it. Here
 * a listed value passes at once, and else the sub-validator is called first; when it accepts, the
 * anyOf is passed with no error built, as Ajv's code would end; else Ajv's code runs as it was, so
 * the errors and their order are Ajv's. The sub-validator is tried first only while the run is
 * under `maxErrors` (the cap of withErrorCap), where the list's error could not have stopped it before the call.
 */
export function withAcceptedChoiceFirst(source, maxErrors) {
  // Schemas without such a choice (the tests' tiny ones) have nothing to rewrite.
  return source.replace(
    choice(),
    (block, listed, call) => `if(!((${listed})||errors<${maxErrors}&&${call})){${block}}`,
  );
}

/**
 * Each simple pattern (pattern-code.mjs) as an object whose `test` is a loop over char codes, or
 * its length bounds and an open RegExp (a long count), in place of its RegExp; every other RegExp
 * without capturing groups. Ajv's code calls `patternN.test(value)` either way.
 */
export function withPatternCode(source) {
  return source.replace(
    /const (pattern\d+) = \/\* @__PURE__ \*\/ new RegExp\(("(?:[^"\\]|\\.)*"), ""\);/g,
    (whole, name, literal) => {
      const test = patternFunction(JSON.parse(literal));
      if (test) return `/** ${literal.replaceAll("*/", "*\\/")}, as code */\nconst ${name} = {test:${test}};`;
      const bare = withoutCaptures(JSON.parse(literal));
      return bare === undefined ? whole : whole.replace(literal, () => JSON.stringify(bare));
    },
  );
}

/**
 * A pattern with its capturing groups made non-capturing (`(a|b)` as `(?:a|b)`), which match the
 * same strings: `test` reads no group, and a RegExp that records none runs faster (measured on the
 * FuzzyDate patterns: ~3% of a meeting's check). Undefined for a pattern with a back-reference,
 * which needs its groups.
 */
export function withoutCaptures(source) {
  if (/\\[1-9k]/.test(source)) return undefined;
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") out += c + (source[++i] ?? "");
    else if (inClass) ((out += c), (inClass = c !== "]"));
    else if (c === "[") ((out += c), (inClass = true));
    else out += c === "(" && source[i + 1] !== "?" ? "(?:" : c;
  }
  return out;
}

/** The index just past the block whose `{` is at `open`, skipping string literals. */
function blockEnd(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  throw new Error("generate: unbalanced braces in Ajv's output");
}

/**
 * `code` with each block that `opener` opens (its match ends with the block's `{`), from the
 * opener to the block's `}`, replaced by `replace(match, body)`; what is inside a replaced block
 * is left to `replace`.
 */
function replaceBlocks(code, opener, replace) {
  let out = "";
  let from = 0;
  const pattern = new RegExp(opener.source, "g");
  for (let m = pattern.exec(code); m; m = pattern.exec(code)) {
    const open = m.index + m[0].length - 1;
    const end = blockEnd(code, open);
    out += code.slice(from, m.index) + replace(m, code.slice(open + 1, end - 1));
    from = end;
    pattern.lastIndex = end;
  }
  return out + code.slice(from);
}

/** Where Ajv checks that a property is present before validating it: `if(data3.name !== undefined){`. */
const PRESENT = /if\((data\d*)\.([A-Za-z_$][\w$]*) !== undefined\)\{/g;

/**
 * Each property read once: Ajv's code reads `data.name` to see that it is there, then again (and
 * again) to check it; in a feed of events of many shapes every read is a megamorphic lookup
 * (measured: ~5% of a meeting's check). Here `if(data.name !== undefined){let data4 = data.name;…}`
 * becomes `{let data4 = data.name;if(data4 !== undefined){…}}`, and a block that names no value
 * gets a name of its own (`{const p = data.kind;if(p !== undefined){…p…}}`): the same value, read
 * once, the same checks in the same order. Each name stays in a block of its own, so that a
 * minifier gives the same short names in every block (hoisted to the function, they cost 5 KB more of gzip). Fails
 * closed when a presence check is left over.
 */
export function withPropertiesReadOnce(source) {
  const rewriteFrom = (code, depth) =>
    replaceBlocks(code, PRESENT, (m, original) => {
      const read = `${m[1]}.${m[2]}`;
      const named = new RegExp(String.raw`^let (data\d+) = ${read.replace(/[$.]/g, "\\$&")};`).exec(original);
      // Ajv's own name when the block starts with one; else `p` and the depth (no name of Ajv's is).
      const name = named ? named[1] : `p${depth}`;
      const body = named
        ? original.slice(named[0].length)
        : original.replace(new RegExp(String.raw`(?<![\w$.])${read.replace(/[$.]/g, "\\$&")}(?![\w$])`, "g"), name);
      if (!named && new RegExp(String.raw`(?<![\w$.])${name}(?![\w$])`).test(original))
        throw new Error(`generate: a block of Ajv's output already uses the name ${name}`);
      return `{${named ? "let" : "const"} ${name} = ${read};if(${name} !== undefined){${rewriteFrom(body, depth + 1)}}}`;
    });
  const result = rewriteFrom(source, 0);
  if (result === source || /(?<![\w$])data\d*\.[A-Za-z_$][\w$]* !== undefined/.test(result))
    throw new Error("generate: a property's presence check was not rewritten: did Ajv's output change?");
  return result;
}

/** Ajv's integer test, `!(x % 1) && !isNaN(x)` and finite, on a number. */
const INTEGER = /\(\(\(typeof (data\d*) == "number"\) && \(!\(\1 % 1\) && !isNaN\(\1\)\)\) && \(isFinite\(\1\)\)\)/g;

/**
 * Ajv's integer test as `Number.isInteger`, which says the same of every value (a number, finite,
 * without a fraction) in one step the compiler knows, instead of a division and two calls.
 */
export function withIntegerTests(source) {
  const code = source.replace(INTEGER, "Number.isInteger($1)");
  if (/% 1\)/.test(code)) throw new Error("generate: an integer test of Ajv's output was not rewritten");
  return code;
}

/** Where Ajv's code for an object starts: `if(data3 && typeof data3 == "object" && !Array.isArray(data3)){`. */
const OBJECT = /if\((data\d*) && typeof \1 == "object" && !Array\.isArray\(\1\)\)\{/g;

/** A required property's check (after withErrorCalls), as Ajv opens an object's block with them. */
const REQUIRED =
  /^if\((data\d*)\.([A-Za-z_$][\w$]*) === undefined\)\{vErrors=addError\(vErrors,(at\(\)(?:\+"[^"]*")?),"required",(\{missingProperty: "[^"]*"\}),\+\+errors\);\}/;

/**
 * Each required property read once too. Ajv's code for an object starts by reading each required
 * property to see that it is there, then (withPropertiesReadOnce) reads it again in its own block
 * to check it; in a feed of many shapes each read is a megamorphic lookup. Here the property's
 * block says that it is missing (`{let data0 = data.name;if(data0 !== undefined){…}else {…}}`):
 * a meeting's schema check after bench figure 3's gate, 0.259 -> 0.238 of a parse. Its error goes
 * where Ajv's code made it, before the object's other errors (`insertError` at `k`, the count
 * when the object's block began), so the errors and their order stay Ajv's — but for an object
 * with over MAX_ERRORS unknown keys, whose run stops before its properties are read. A required
 * property without a block of its own keeps its check. Fails closed when a required property's
 * block is not found, or nothing is rewritten.
 */
export function withRequiredReadOnce(source) {
  const rewriteFrom = (code) =>
    replaceBlocks(code, OBJECT, (m, body) => {
      if (/(?<![\w$.])k(?![\w$])/.test(body))
        throw new Error("generate: a block of Ajv's output already uses the name k");
      const checks = new Map();
      let at = 0;
      // The required checks open the object's block, one after another.
      for (let r = REQUIRED.exec(body); r && r[1] === m[1]; r = REQUIRED.exec(body.slice(at))) {
        checks.set(r[2], { check: r[0], path: r[3], params: r[4] });
        at += r[0].length;
      }
      let moved = false;
      const read = new RegExp(
        String.raw`\{(?:let|const) ([\w$]+) = ${m[1]}\.([A-Za-z_$][\w$]*);if\(\1 !== undefined\)\{`,
      );
      const rest = replaceBlocks(body.slice(at), read, (b, inner) => {
        const check = checks.get(b[2]);
        if (check === undefined) return `${b[0]}${inner}}`;
        checks.delete(b[2]);
        moved = true;
        return `${b[0]}${inner}}else {vErrors=insertError(vErrors,k++,${check.path},"required",${check.params},++errors);}`;
      });
      for (const key of checks.keys())
        if (rest.includes(` = ${m[1]}.${key};`))
          throw new Error(
            `generate: the block of the required property ${key} was not found: did Ajv's output change?`,
          );
      const head = `${moved ? "let k = errors;" : ""}${[...checks.values()].map((c) => c.check).join("")}`;
      // Objects nested in this one have blocks of their own (and a `k` of their own).
      return `${m[0]}${head}${rewriteFrom(rest)}}`;
    });
  const result = rewriteFrom(source);
  // insertError, declared before addError, counts against addError's cap.
  const cap = /\nfunction addError\([^]*?if \(count > (\d+)\)/.exec(result)?.[1];
  if (!result.includes("insertError(vErrors,k++,") || cap === undefined)
    throw new Error("generate: no required property's check was rewritten: did Ajv's output change?");
  const insert = [
    `/** Adds an error to a run's list at \`index\`, where Ajv's code would have added it; as addError otherwise. */`,
    `function insertError(list, index, instancePath, keyword, params, count) {`,
    `  const error = { instancePath, schemaPath: "", keyword, params };`,
    `  if (list === null) list = [error];`,
    `  else list.splice(index, 0, error);`,
    `  if (count > ${cap}) throw new TooManyErrors(list);`,
    `  return list;`,
    `}`,
    ``,
  ].join("\n");
  return result.replace("\nfunction addError(", `\n${insert}function addError(`);
}
