// Rewrites of Ajv's standalone output for speed (issue 27), each keeping Ajv's answers, errors
// and their order: simple patterns as code, known keys compared by name, and a coded list's term
// tried before the list's error is built. generateValidators (validators.mjs) applies them.
import { patternFunction } from "./pattern-code.mjs";

/** A string literal of Ajv's output (a path segment such as "/events/"). */
const LITERAL = String.raw`"(?:[^"\\]|\\.)*"`;

/** The JSON of `const <name> = {…};` in Ajv's output: the schema object it embeds. */
function embeddedSchema(code, name) {
  const start = code.indexOf(`const ${name} = {`);
  if (start < 0) throw new Error(`generate: Ajv's output embeds no ${name}`);
  const from = start + `const ${name} = `.length;
  for (let end = code.indexOf("};", from); end >= 0; end = code.indexOf("};", end + 1)) {
    try {
      return JSON.parse(code.slice(from, end + 1));
    } catch {
      // A "};" inside a string of the schema: look further.
    }
  }
  throw new Error(`generate: cannot read ${name} from Ajv's output`);
}

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
 * Each simple pattern (pattern-code.mjs) as an object whose `test` is a loop over char codes, in
 * place of its RegExp: Ajv's code calls `patternN.test(value)` either way.
 */
export function withPatternCode(source) {
  return source.replace(
    /const (pattern\d+) = \/\* @__PURE__ \*\/ new RegExp\(("(?:[^"\\]|\\.)*"), ""\);/g,
    (whole, name, literal) => {
      const test = patternFunction(JSON.parse(literal));
      return test ? `/** ${literal.replaceAll("*/", "*\\/")}, as code */\nconst ${name} = {test:${test}};` : whole;
    },
  );
}
