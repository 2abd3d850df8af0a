// Ajv's error sites made calls (issue 27, figure 5). Ajv's output spells out, at each of its ~930
// error sites, the error object, the push onto the run's list and (withErrorCap) the count against
// the cap: about 200 KB of the 384 KB file. Every start of the CLI reads that text and compiles
// the functions it runs, so it is paid at every `news-events validate` (measured on the canonical
// document: the import 22.5 -> 15.4 ms, the first validateDocument 21.6 -> 12.0 ms). Here each
// site is one call of a helper that builds the same object, pushes it and counts it: the same
// errors, in the same order, with the same cap; the valid path, which builds no error, is unchanged.

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
