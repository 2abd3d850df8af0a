import type { ErrorObject } from "ajv";
import type { CompiledValidator } from "../generated/check-validators.js";
import { TOO_MANY_ERRORS } from "../generated/all-error-validators.js";
import type { Issue } from "../core/issue.js";
import { issueFromAjvError } from "./schema-issues.js";

/*
 * Every issue of an input the fast validator refused (issue 25), from a validator generated with
 * Ajv's allErrors. Its raw errors restate each other where the schema offers alternatives: an
 * anyOf's branches each fail, then the anyOf itself. Those are folded into one issue, the first
 * branch's, which is what the fast validator (stopping at its first error) would have said.
 */

/** Keywords whose error only says that the errors just before it (its branches) all failed. */
const COMPOUND = new Set(["anyOf", "oneOf", "if", "not", "then", "else"]);

/** True when `path` is `parent` or under it. */
const within = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);

/** The errors that stand on their own: each compound error replaced by its first branch's error. */
export function foldAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (!COMPOUND.has(error.keyword)) {
      kept.push(error);
      continue;
    }
    // Its branches are the errors just before it, at or under its path.
    let start = kept.length;
    while (start > 0 && within((kept[start - 1] as ErrorObject).instancePath, error.instancePath)) start--;
    const first = kept[start];
    kept.length = start;
    kept.push(first ?? error);
  }
  return kept;
}

/**
 * Every issue `validator` (an all-errors validator) finds in `input`, one per pointer and code; or
 * undefined when it stopped at its error limit (hostile input: the caller explains as before) or
 * found nothing.
 *
 * @example
 * ```ts
 * allIssues(all_document, { headline: "" }); // => [{ pointer: "/headline", … }, { pointer: "/url", code: "required", … }, …]
 * ```
 */
export function allIssues(validator: CompiledValidator, input: unknown): Issue[] | undefined {
  try {
    if (validator(input)) return undefined;
  } catch (error) {
    if (error === TOO_MANY_ERRORS) return undefined;
    throw error;
  }
  // One issue per value: a 9 MB language tag is too long and also not a tag, but one mistake.
  const byPointer = new Map<string, Issue>();
  for (const error of foldAlternatives(validator.errors ?? [])) {
    const issue = issueFromAjvError(error, input);
    if (!byPointer.has(issue.pointer)) byPointer.set(issue.pointer, issue);
  }
  const issues = [...byPointer.values()];
  // A misspelt required property is one mistake: the missing property's issue names the misspelling.
  const named = issues.filter((i) => i.code === "required").map((i) => i.message);
  const kept = issues.filter(
    (i) =>
      i.code !== "unknown-property" ||
      !named.some((m) => m.includes(`is ${JSON.stringify(String(i.params?.["property"]))} a misspelling`)),
  );
  return kept.length > 0 ? kept : undefined;
}
