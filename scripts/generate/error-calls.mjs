// What Ajv's output spells out for errors, made small (issue 27, figure 5). Every start of the CLI
// reads the validators' text and compiles the functions it runs, so their size is paid at every
// `news-events validate`, and in every consumer's bundle.
// - Error sites as calls: Ajv writes, at each of its ~930 error sites, the error object, the push
//   onto the run's list and (withErrorCap) the count against the cap, ~200 KB of the 384 KB file.
//   Here each is one call of a helper that builds the same object, pushes it and counts it: the
//   same errors, in the same order, with the same cap; the valid path builds no error and is
//   unchanged (measured in process, median of 15: import 20.3 -> 16.7 ms, first validateDocument
//   16.5 -> 12.5 ms).
// - Quoted values inline: the values an error quotes are written where it quotes them, not read
//   from ~40 KB of schema objects built at every start (import a further -0.8 ms).
import { embeddedSchemaAt } from "./speed-rewrites.mjs";

/** One error site as withErrorCap leaves it: the object, the push, the count against the cap. */
const SITE =
  /const (err\d+) = \{instancePath:(.*?),schemaPath:"",keyword:("[^"]*"),params:(.*?)\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}if\(\+\+errors>(\d+)\)throw new TooManyErrors\(vErrors\);/g;

/**
 * Each error site of Ajv's output as `vErrors=addError(vErrors,path,keyword,params,++errors);`,
 * with `addError` declared once after TooManyErrors. The arguments are evaluated in the order the
 * site evaluated them (the path, the params, then the count). Fails closed: a site left in Ajv's
 * long form (other than the placeholder `{}` errors of a `not`, which are dropped unread), or a
 * cap other than `maxErrors`, throws.
 */
export function withErrorCalls(source, maxErrors) {
  let sites = 0;
  const code = source.replace(SITE, (_m, _name, path, keyword, params, cap) => {
    if (Number(cap) !== maxErrors) throw new Error(`generate: an error site counts to ${cap}, not ${maxErrors}`);
    sites++;
    return `vErrors=addError(vErrors,${path},${keyword},${params},++errors);`;
  });
  const left = /const err\d+ = \{instancePath/.exec(code);
  if (sites === 0 || left)
    throw new Error(
      `generate: an error site of Ajv's output was not made a call: did Ajv's output change? …${left ? code.slice(left.index, left.index + 160) : ""}…`,
    );
  const helper = [
    `/** Adds an error (Ajv's shape) to a run's list, the list made on the first; stops the run past ${maxErrors} errors. */`,
    `function addError(list, instancePath, keyword, params, count) {`,
    `  const error = { instancePath, schemaPath: "", keyword, params };`,
    `  if (list === null) list = [error];`,
    `  else list.push(error);`,
    `  if (count > ${maxErrors}) throw new TooManyErrors(list);`,
    `  return list;`,
    `}`,
    ``,
  ].join("\n");
  const at = code.search(/^export class TooManyErrors/m);
  const end = at < 0 ? -1 : code.indexOf("\n}\n", at);
  if (end < 0) throw new Error("generate: no TooManyErrors class to declare addError after");
  return `${code.slice(0, end + 3)}${helper}${code.slice(end + 3)}`;
}

/** A read of a value in a schema Ajv's output embeds: `schema69.properties.visit.anyOf[0].enum`. */
const SCHEMA_READ = /\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\[\d+\])+)/g;

/**
 * The values errors quote (an enum's `allowedValues`), written where they are quoted, and the
 * schema objects Ajv embeds to read them from dropped: ~40 KB of object literals that every start
 * built, for errors that most runs never make. Fails closed: a read that finds no value, or a
 * schema object still named after the rewrite, throws.
 */
export function withQuotedValuesInline(source) {
  const names = [...source.matchAll(/const (schema\d+) = \{/g)].map((m) => m[1]);
  const spans = names.map((name) => ({ name, ...embeddedSchemaAt(source, name) }));
  const schemas = new Map(spans.map((s) => [s.name, s.schema]));
  // The declarations out first (from the last, so that the earlier spans stay where they are).
  let code = source;
  for (const { start, end } of [...spans].sort((a, b) => b.start - a.start))
    code = code.slice(0, start) + code.slice(end);
  code = code.replace(SCHEMA_READ, (read, name, path) => {
    let value = schemas.get(name);
    for (const [, key, index] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]/g))
      value = value === undefined ? undefined : value[key ?? Number(index)];
    if (value === undefined) throw new Error(`generate: ${read} reads nothing Ajv's output embeds`);
    return JSON.stringify(value);
  });
  const left = /\bschema\d+\b/.exec(code);
  if (left) throw new Error(`generate: Ajv's output still names ${left[0]} after its values were inlined`);
  return code;
}
