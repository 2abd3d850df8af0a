import type { ErrorObject } from "ajv";
import { TooManyErrors, type CompiledValidator } from "../generated/check-validators.js";
import type { Issue } from "../core/issue.js";
import { issuesFromAjvErrors, withKeysListedOnce } from "./schema-issues.js";
import { FOLDING } from "./keyword-issues.js";

/*
 * Every issue of an input the validator refused (issue 25). The validators are compiled with
 * Ajv's allErrors, so one run holds every error; its raw errors restate each other where the
 * schema offers alternatives: an anyOf's branches each fail, then the anyOf itself. Those are
 * folded into one issue: for an open, coded list, the one issue schema-issues.ts words for it;
 * otherwise the first branch's.
 */

/** Keywords whose error only says that the errors just before it (its branches) all failed. */
const COMPOUND = new Set(["anyOf", "oneOf", "if", "not", "then", "else"]);

/** True when `path` is `parent` or under it. */
const within = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);

/**
 * True when `group` is of what the `contains` or `propertyNames` error `folding` looked at: an item
 * checked against its `contains` schema (its schema path under the keyword's), or the key it names.
 */
function looksAt(group: readonly ErrorObject[], folding: ErrorObject): boolean {
  const [first] = group;
  if (first === undefined || !within(first.instancePath, folding.instancePath)) return false;
  if (folding.keyword === "contains") return first.schemaPath.startsWith(`${folding.schemaPath}/`);
  return group.length === 1 && (first as { propertyName?: unknown }).propertyName === folding.params["propertyName"];
}

/**
 * The errors grouped by mistake: an error that stands on its own is a group of one; a compound
 * error is a group of its branches' errors (those just before it, at or under its path) and itself.
 *
 * @example
 * ```ts
 * groupAlternatives([enumError, termError, anyOfError]); // => [[enumError, termError, anyOfError]]
 * ```
 */
export function groupAlternatives(errors: readonly ErrorObject[]): ErrorObject[][] {
  const kept: ErrorObject[][] = [];
  for (const error of errors) {
    if (FOLDING.has(error.keyword)) {
      let start = kept.length;
      while (start > 0 && looksAt(kept[start - 1] as ErrorObject[], error)) start--;
      kept.push([...kept.splice(start).flat(), error]);
      continue;
    }
    if (!COMPOUND.has(error.keyword)) {
      kept.push([error]);
      continue;
    }
    let start = kept.length;
    while (start > 0 && within((kept[start - 1] as ErrorObject[])[0]!.instancePath, error.instancePath)) start--;
    const branches = kept.slice(start).flat();
    kept.length = start;
    kept.push([...branches, error]);
  }
  return kept;
}

/**
 * Runs `validator` on `input`: true when valid, else every error it found (the first thousand,
 * when it stopped at its limit).
 *
 * @example
 * ```ts
 * runValidator(check.check_event, { kind: "Summit" }); // => [{ keyword: "discriminator", … }]
 * ```
 */
export function runValidator(validator: CompiledValidator, input: unknown): true | readonly ErrorObject[] {
  try {
    return validator(input) ? true : (validator.errors ?? []);
  } catch (error) {
    if (error instanceof TooManyErrors) return error.errors;
    throw error;
  }
}

/**
 * The issues of a validator's `errors` on `input`: one per value (a 9 MB language tag is too long
 * and also not a tag, but one mistake), and a misspelt required property once.
 *
 * @example
 * ```ts
 * issuesOfErrors(check.check_document.errors ?? [], input); // => [{ pointer: "/url", code: "required", … }, …]
 * ```
 */
export function issuesOfErrors(errors: readonly ErrorObject[], input: unknown): Issue[] {
  const byPointer = new Map<string, Issue>();
  withKeysListedOnce(() => {
    for (const group of groupAlternatives(errors)) {
      const [issue] = issuesFromAjvErrors(group, input);
      const had = issue === undefined ? undefined : byPointer.get(issue.pointer);
      // One issue per place: the first, unless a later one says more than a bare "schema" (a
      // `not` beside an exclusiveMinimum: `must be greater than 0` is the clearer).
      if (issue !== undefined && (had === undefined || (had.code === "schema" && issue.code !== "schema")))
        byPointer.set(issue.pointer, issue);
    }
  }, errors);
  const issues = [...byPointer.values()];
  // A misspelt required property is one mistake: the missing property's issue names the misspelling.
  const named = issues.filter((i) => i.code === "required").map((i) => i.message);
  return issues.filter(
    (i) =>
      i.code !== "unknown-property" ||
      !named.some((m) => m.includes(`is ${JSON.stringify(String(i.params?.["property"]))} a misspelling`)),
  );
}
