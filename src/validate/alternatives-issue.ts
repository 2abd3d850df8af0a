import type { ErrorObject } from "ajv";
import { preview, type Issue } from "../core/issue.js";
import { resolvePointer } from "../core/pointer.js";

/*
 * The one issue of an `anyOf` or a `oneOf` none of whose alternatives a value matches. Ajv's run
 * holds each alternative's errors, then the compound's: the first alternative's first error alone
 * read as if it were the only way (a detail's value of {} was told `must be string`).
 */

/**
 * The one issue of an `anyOf` or a `oneOf` none of whose alternatives the value matches: a list of
 * types when each alternative is a type; the one alternative its tag chose (each other one fails
 * a `const` or an `enum` on a property of the value: a measure whose `type` is trade-ban is told
 * what a trade ban lacks), or the tag itself when it chose none; else each alternative's first
 * mistake. Undefined when the group is not one, or its errors cannot be told apart by alternative
 * (an alternative that is a `$ref` reports from the schema it refers to): the caller words the
 * first error then.
 *
 * @example
 * ```ts
 * alternativesIssue([stringError, numberError, booleanError, anyOfError], input, word);
 * // => { code: "type", pointer: "/value", message: "must be string, number or boolean (got object)", … }
 * ```
 */
export function alternativesIssue(
  errors: readonly ErrorObject[],
  input: unknown,
  word: (error: ErrorObject) => Issue,
): Issue | undefined {
  const last = errors.at(-1);
  if (last === undefined || (last.keyword !== "anyOf" && last.keyword !== "oneOf")) return undefined;
  // A oneOf two alternatives match: that is the mistake, whatever the others said.
  if (Array.isArray(last.params["passingSchemas"])) return word(last);
  const pointer = last.instancePath;
  const before = errors.slice(0, -1);
  // Each alternative a type: one type error each, told apart without a schema path (the library's
  // own validators are built without them).
  if (before.length > 1 && before.every((e) => e.keyword === "type" && e.instancePath === pointer)) {
    const types = before.map((e) => String(e.params["type"]));
    const issue = word(before[0] as ErrorObject);
    const expected = `${types.slice(0, -1).join(", ")} or ${types.at(-1)}`;
    const got = String(issue.params?.["got"]);
    return { ...issue, message: `must be ${expected} (got ${got})`, params: { expected, got } };
  }
  const branches = errorsOfEach(before, `${last.schemaPath}/`);
  if (branches === undefined || branches.length < 2) return undefined;
  return taggedIssue(branches, pointer, input, word) ?? eachIssue(branches, pointer, word);
}

/** Each alternative's first mistake, in one message. */
function eachIssue(branches: readonly ErrorObject[][], pointer: string, word: (error: ErrorObject) => Issue): Issue {
  const issues = branches.map((b) => word(b[0] as ErrorObject));
  const parts = issues.map((i) =>
    i.pointer === pointer ? i.message : `${i.pointer.slice(pointer.length)} ${i.message}`,
  );
  // One code when every alternative failed alike (each too short, each missing a property).
  const codes = new Set(issues.map((i) => i.code));
  const code = codes.size === 1 ? (issues[0] as Issue).code : "schema";
  return {
    code,
    pointer,
    message: `must match one of its ${branches.length} alternatives: ${parts.join("; or ")}`,
    params: { alternatives: branches.length },
  };
}

/**
 * When the alternatives are told apart by a tag (a property of the value, text, that two or more
 * of them hold to a `const` or an `enum` of text the value's fails): the mistake of the one
 * alternative whose tag the value has, or, when it has none of theirs, the tag's own issue.
 * Undefined when no tag tells them apart.
 */
function taggedIssue(
  branches: readonly ErrorObject[][],
  pointer: string,
  input: unknown,
  word: (error: ErrorObject) => Issue,
): Issue | undefined {
  // A tag is text, as a discriminator's is: a const of true in one alternative is that one's mistake.
  const isTag = (e: ErrorObject) =>
    (e.keyword === "const"
      ? typeof e.params["allowedValue"] === "string"
      : e.keyword === "enum" && (e.params["allowedValues"] as unknown[]).every((v) => typeof v === "string")) &&
    e.instancePath.startsWith(`${pointer}/`) &&
    !e.instancePath.slice(pointer.length + 1).includes("/") &&
    typeof resolvePointer(input, e.instancePath).value === "string";
  // Two alternatives or more refusing the same property's text make it a tag. One alone may be a
  // value of that alternative's (a currency of EUR), where the value meant the other alternative.
  const counts = new Map<string, number>();
  for (const errors of branches)
    for (const at of new Set(errors.filter(isTag).map((e) => e.instancePath)))
      counts.set(at, (counts.get(at) ?? 0) + 1);
  const at = [...counts].find(([, n]) => n >= 2)?.[0];
  if (at === undefined) return undefined;
  const tags = branches.map((errors) => errors.find((e) => isTag(e) && e.instancePath === at));
  const meant = branches.filter((_, i) => tags[i] === undefined);
  if (meant.length === 1) return word((meant[0] as ErrorObject[])[0] as ErrorObject);
  if (meant.length > 0) return undefined;
  const allowed = tags.flatMap((t) =>
    t?.keyword === "const" ? [t.params["allowedValue"]] : ((t?.params["allowedValues"] as unknown[]) ?? []),
  );
  const expected = allowed.map((v) => (typeof v === "string" ? v : preview(v))).join(", ");
  const got = preview(resolvePointer(input, at).value);
  return { code: "enum", pointer: at, message: `must be one of ${expected} (got ${got})`, params: { expected, got } };
}

/**
 * The errors of each alternative, told by the schema path under the compound's (`…/anyOf/1/…`);
 * undefined when an error's path is not under it.
 */
function errorsOfEach(errors: readonly ErrorObject[], prefix: string): ErrorObject[][] | undefined {
  const each = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (prefix === "/" || !error.schemaPath.startsWith(prefix)) return undefined;
    const branch = error.schemaPath.slice(prefix.length).split("/")[0] as string;
    const list = each.get(branch);
    if (list === undefined) each.set(branch, [error]);
    else list.push(error);
  }
  return [...each.values()];
}
