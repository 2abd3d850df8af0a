import type { ErrorObject } from "ajv";
import type { CompiledValidator } from "../generated/check-validators.js";
import type { Issue } from "../core/issue.js";
import { parsePointer } from "../core/pointer.js";
import { issuesFromAjvErrors } from "./schema-issues.js";
import { issuesOfErrors, runValidator } from "./all-issues.js";

/*
 * Explaining a failure of a precompiled validator as issues. The library's validators report every
 * error in one run (firstIssues), and so do those `news-events kinds build` writes for user-defined
 * kinds (issuesOfFailure). A kinds module built before they did stops at its first error: when a
 * run reports one missing property, issuesOfFailure also finds the other required properties
 * missing beside it, by asking again with stand-ins.
 */

/**
 * The issues of one run of `validator` (one of the library's, which report every error) on
 * `input`, their pointers under `prefix`; none when it passes.
 *
 * @example
 * ```ts
 * firstIssues(check.check_entity, entity, "/entities/0"); // => [] for a valid entity, else its issues under /entities/0
 * ```
 */
export function firstIssues(validator: CompiledValidator, input: unknown, prefix: string): Issue[] {
  const run = runValidator(validator, input);
  if (run === true) return [];
  return issuesOfErrors(run, input).map((issue) => ({ ...issue, pointer: `${prefix}${issue.pointer}` }));
}

/**
 * The issues of a failed run of `validator` on `input`, whose errors are `errors`: each mistake in
 * words, as {@link firstIssues} words them. A run that reports one missing property alone may be a
 * validator that stops at its first error (a kinds module built before its validators reported
 * every error): every other property missing beside it is looked for.
 *
 * @example
 * ```ts
 * if (!kind.validate(event)) issuesOfFailure(validator, validator.errors ?? [], event, "/events/0");
 * ```
 */
export function issuesOfFailure(
  validator: CompiledValidator,
  errors: readonly ErrorObject[],
  input: unknown,
  prefix: string,
): Issue[] {
  const issues = issuesOfErrors(errors, input);
  const [first] = errors;
  if (errors.length === 1 && first?.keyword === "required")
    issues.push(
      ...otherMissing(
        validator,
        input,
        first.instancePath,
        String((first.params as { missingProperty?: unknown }).missingProperty),
      ),
    );
  return issues.map((issue) => ({ ...issue, pointer: `${prefix}${issue.pointer}` }));
}

/** At most this many further missing properties are looked for in one object. */
const MAX_MISSING = 30;

/**
 * The other required properties missing from the object at `at`, each its own issue, so that a
 * document started from `{}` hears of all of them in one run. The validator stops at the first
 * missing property: fill it with a stand-in (in a copy of the path to it) and ask again, while the
 * answer is another missing property of the same object. Bounded by the object's required list.
 */
function otherMissing(validator: CompiledValidator, input: unknown, at: string, firstMissing: string): Issue[] {
  const issues: Issue[] = [];
  let patched = withStandIn(input, at, firstMissing);
  for (let n = 0; n < MAX_MISSING && patched !== undefined && !validator(patched); n++) {
    const next = validator.errors?.[0];
    if (next?.keyword !== "required" || next.instancePath !== at) break;
    const missing = String((next.params as { missingProperty?: unknown }).missingProperty);
    // Messages quote the input, not the copy with its stand-ins.
    issues.push(...issuesFromAjvErrors([next], input));
    patched = withStandIn(patched, at, missing);
  }
  return issues;
}

/** A copy of `root` in which the object at `pointer` has `key` set to null; the input is not touched. */
function withStandIn(root: unknown, pointer: string, key: string): unknown {
  const copy = (node: unknown, segments: readonly string[]): unknown => {
    if (node === null || typeof node !== "object") return undefined;
    const [head, ...rest] = segments;
    const clone: Record<string, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : { ...(node as Record<string, unknown>) };
    if (head === undefined) {
      (clone as Record<string, unknown>)[key] = null;
      return clone;
    }
    const child = copy((node as Record<string, unknown>)[head], rest);
    if (child === undefined) return undefined;
    (clone as Record<string, unknown>)[head] = child;
    return clone;
  };
  return copy(root, parsePointer(pointer));
}
