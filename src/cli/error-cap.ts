/*
 * A bound on the errors one run of a validator collects. Validators compiled with Ajv's allErrors
 * report every error of an input in one run; past MAX_ERRORS the run throws a TooManyErrors
 * holding those found so far, so that hostile input (a million unknown properties) cannot make one
 * run allocate without bound. One rewrite for the library's own validators
 * (scripts/generate/validators.mjs loads this module) and for the kinds a project builds
 * (`news-events kinds build`, kinds-build.ts).
 */

/** Errors after which a run stops: well past what is reported (MAX_ISSUES), far below what hurts. */
export const MAX_ERRORS = 1000;

/** The class a capped run throws, as source: `errors` holds the errors found. */
export const TOO_MANY_ERRORS = [
  `class TooManyErrors extends Error {`,
  `  constructor(errors) {`,
  `    super("too many errors");`,
  `    this.errors = errors;`,
  `  }`,
  `}`,
  ``,
].join("\n");

/** Where Ajv's allErrors code counts: an error added, and a sub-validator's errors appended. */
const SITES: readonly { readonly what: string; readonly site: RegExp; readonly capped: (stop: string) => string }[] = [
  { what: "one error", site: /errors\+\+;/g, capped: (stop) => `if(++errors>${MAX_ERRORS})${stop};` },
  {
    what: "a sub-validator's errors",
    site: /errors = vErrors\.length;/g,
    capped: (stop) => `if((errors = vErrors.length)>${MAX_ERRORS})${stop};`,
  },
];

/**
 * Ajv's allErrors source with every count of errors checked against {@link MAX_ERRORS}: past it,
 * the run throws a TooManyErrors holding the run's errors (the class {@link TOO_MANY_ERRORS}, which
 * the caller declares). Throws when Ajv's output lacks either site: a run left unbounded is not
 * shipped.
 *
 * @example
 * ```ts
 * withErrorCap("vErrors.push(err0);errors++;"); // => "vErrors.push(err0);if(++errors>1000)throw new TooManyErrors(vErrors);"
 * ```
 */
export function withErrorCap(source: string): string {
  let code = source;
  for (const { what, site, capped } of SITES) {
    if (code.search(site) < 0) throw new Error(`Ajv's output counts no errors at "${what}": did Ajv's output change?`);
    code = code.replace(site, capped("throw new TooManyErrors(vErrors)"));
  }
  return code;
}
