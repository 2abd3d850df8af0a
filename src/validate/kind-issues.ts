import type { ErrorObject } from "ajv";
import type { CompiledValidator } from "../generated/check-validators.js";
import type { Issue } from "../core/issue.js";
import type { KindDefinition } from "../core/kinds.js";
import { resolvePointer } from "../core/pointer.js";
import { issuesOfFailure } from "./explain.js";
import { hintAmong } from "./suggest.js";
import { withKindWords } from "./expected-words.js";

/*
 * A user kind's validator errors as issues, worded as a built-in kind's are: an unevaluated
 * property is an unknown property with its "did you mean" among the kind's own names, a pattern
 * says its `$comment` words, a format the words the library gives it.
 */

/**
 * The words of a kind's `format` (the two kinds build allows), as the library words its own:
 * date-time is the library's DateTime (its words, and what is wrong with a near miss); the
 * library's schemas have no bare `uri` (their Url is an http(s) pattern), so a uri is said alike.
 */
const FORMAT_KEYS: Readonly<Record<string, string>> = { "date-time": "DateTime" };
const URI_WORDS =
  "an absolute URI with a scheme and a host, such as https://news.example.org/, and no spaces or control characters";

/** A kind's Ajv errors in the shape the built-in ones have: unevaluated properties are unknown properties. */
function asBuiltInErrors(errors: readonly ErrorObject[] | null | undefined): ErrorObject[] {
  return (errors ?? []).map((error) => {
    if (error.keyword === "unevaluatedProperties")
      return {
        ...error,
        keyword: "additionalProperties",
        params: { additionalProperty: (error.params as { unevaluatedProperty?: unknown }).unevaluatedProperty },
      };
    const format = error.keyword === "format" ? FORMAT_KEYS[String(error.params["format"])] : undefined;
    return format === undefined ? error : { ...error, params: { format } };
  });
}

/**
 * A kind's validator as the shared safe path takes one, its errors made like the built-in ones.
 *
 * @example
 * ```ts
 * const run = compiled(kinds[0]);
 * run(event); // => false, run.errors holding "additionalProperties" for a misspelt property
 * ```
 */
export function compiled(kind: KindDefinition): CompiledValidator {
  const run = ((data: unknown) => {
    const valid = kind.validate(data);
    run.errors = valid ? null : asBuiltInErrors(kind.validate.errors as ErrorObject[] | null | undefined);
    return valid;
  }) as CompiledValidator;
  return run;
}

/** The kind's property names of the object at `segments` (from the event), an array index matching `*`. */
function namesAt(kind: KindDefinition, segments: readonly string[]): readonly string[] | undefined {
  for (const [path, names] of Object.entries(kind.properties ?? {})) {
    const parts = path === "" ? [] : path.split("/");
    if (
      parts.length === segments.length &&
      parts.every((p, i) => p === segments[i] || (p === "*" && /^\d+$/.test(segments[i] as string)))
    )
      return names;
  }
  return undefined;
}

/** Whether the kind names the unknown property of `issue` at its place. */
function isDeclared(kind: KindDefinition, issue: Issue, prefix: string): boolean {
  // The property as it is, as its names are.
  return namesAt(kind, objectSegments(issue, prefix))?.includes(String(issue.params?.["property"])) ?? false;
}

/** The segments of the object an unknown property's issue is in, below the event: escaped, as the module's paths are. */
const objectSegments = (issue: Issue, prefix: string): string[] =>
  issue.pointer.slice(prefix.length).split("/").slice(1, -1);

/** An unknown property's words: the built-in kinds' "did you mean" among the kind's names, when its module has them. */
function unknownPropertyMessage(kind: KindDefinition, issue: Issue, event: unknown, prefix: string): string {
  const at = issue.pointer.slice(prefix.length);
  const segments = objectSegments(issue, prefix);
  const unknown = String(issue.params?.["property"]);
  const names = namesAt(kind, segments);
  if (names === undefined)
    // A module built before it carried its names: the built-in hint knows the built-in kinds only.
    return segments.length === 0 ? `is not a known property of ${kind.kind}` : "is not a known property here";
  const object = resolvePointer(event, at.slice(0, at.lastIndexOf("/"))).value;
  const keys = object !== null && typeof object === "object" ? Object.keys(object) : [];
  // As the built-in hint: no guess among hundreds of made-up keys, nor for a key of a page's length.
  const hint = keys.length > 200 || unknown.length > 100 ? "" : hintAmong(unknown, keys, names, true);
  return `is not a known property here${hint}`;
}

/**
 * The issues of a failed run of a kind's validator, worded as a built-in kind's.
 *
 * @example
 * ```ts
 * if (!validator(event)) kindIssues(kind, validator, event, "/events/0");
 * ```
 */
export function kindIssues(
  kind: KindDefinition,
  validator: CompiledValidator,
  input: unknown,
  prefix: string,
): Issue[] {
  // Each pattern in the words of its `$comment`, wherever its error is said (schema-issues.ts).
  const issues = withKindWords(kind.expected, () => issuesOfFailure(validator, validator.errors ?? [], input, prefix));
  // A property the kind names at its place is never unknown there: Ajv's unevaluatedProperties
  // calls it so when the subschema that evaluates it failed (a dependentSchemas, an if/then), and a
  // trial's one mistake came with sixteen such issues, `kind` and `id` among them. The mistake is
  // said by the other issues; when there is none, these stay, for the answer is still no.
  const declared = issues.filter((i) => i.code === "unknown-property" && isDeclared(kind, i, prefix));
  const kept = declared.length < issues.length ? issues.filter((i) => !declared.includes(i)) : issues;
  return kept.map((issue) => {
    if (issue.code === "unknown-property")
      return { ...issue, message: unknownPropertyMessage(kind, issue, input, prefix) };
    if (issue.code === "format" && issue.params?.["format"] === "uri")
      return { ...issue, message: `must be ${URI_WORDS} (got ${String(issue.params["got"])})` };
    return issue;
  });
}
