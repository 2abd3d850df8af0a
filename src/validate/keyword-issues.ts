import type { ErrorObject } from "ajv";
import { preview, type Issue } from "../core/issue.js";
import { escapePointerSegment, resolvePointer } from "../core/pointer.js";

/*
 * The words for the JSON Schema keywords the library's own schemas do not use and a user's kind
 * may (`news-events kinds build` accepts any draft 2020-12 schema Ajv compiles in strict mode):
 * counts of items and properties, multiples, `contains`, `dependentRequired`, `not`, `oneOf`, a
 * `false` schema. The validators are built without Ajv's messages, so each is said here from the
 * error's params and the value, where a bare keyword ("maxItems") was shown before.
 */

/** How many items (or properties) the value at `pointer` has, or undefined when it has none to count. */
function countAt(input: unknown, pointer: string): number | undefined {
  const { value } = resolvePointer(input, pointer);
  if (Array.isArray(value)) return value.length;
  return value !== null && typeof value === "object" ? Object.keys(value).length : undefined;
}

/** " (got N)" for a count, or nothing when the value could not be counted. */
const gotCount = (count: number | undefined): string => (count === undefined ? "" : ` (got ${count})`);

/**
 * The issue of one Ajv error of a keyword the library's own schemas do not use, or undefined for a
 * keyword it does not know (the caller keeps its raw keyword then).
 *
 * @example
 * ```ts
 * keywordIssue({ keyword: "maxItems", instancePath: "/tags", schemaPath: "", params: { limit: 2 } }, { tags: [1, 2, 3] });
 * // => { code: "too-many-items", pointer: "/tags", message: "must have at most 2 items (got 3)", params: { limit: 2, got: 3 } }
 * ```
 */
export function keywordIssue(error: ErrorObject, input: unknown): Issue | undefined {
  const pointer = error.instancePath;
  const p = error.params as Record<string, unknown>;
  const limit = Number(p["limit"]);
  switch (error.keyword) {
    case "maxItems":
    case "items":
    case "additionalItems":
    case "unevaluatedItems":
      return counted("too-many-items", pointer, "must have at most", limit, "items", input);
    case "maxProperties":
      return counted("too-many-items", pointer, "must have at most", limit, "properties", input);
    case "minProperties":
      return counted("too-few-items", pointer, "must have at least", limit, "properties", input);
    case "multipleOf": {
      const [of, shown] = [Number(p["multipleOf"]), preview(resolvePointer(input, pointer).value)];
      return {
        code: "multiple-of",
        pointer,
        message: `must be a multiple of ${of} (got ${shown})`,
        params: { multipleOf: of, got: shown },
      };
    }
    case "dependentRequired":
    case "dependencies": {
      const [property, missing] = [String(p["property"]), String(p["missingProperty"])];
      return {
        code: "required",
        pointer: `${pointer}/${escapePointerSegment(missing)}`,
        message: `is required when ${JSON.stringify(property)} is given, but missing`,
        params: { property: missing, with: property },
      };
    }
    case "false schema":
      return { code: "schema", pointer, message: "is not allowed here: its schema allows no value" };
    case "not":
      return {
        code: "schema",
        pointer,
        message: `is a value its schema rules out here (got ${preview(resolvePointer(input, pointer).value)})`,
      };
    case "oneOf": {
      const passing = Array.isArray(p["passingSchemas"]) ? (p["passingSchemas"] as number[]) : [];
      if (passing.length < 2) return undefined;
      return {
        code: "schema",
        pointer,
        message: `matches ${passing.length} of its alternatives (${passing.join(" and ")}), where exactly one must match (got ${preview(resolvePointer(input, pointer).value)})`,
        params: { passing: passing.join(",") },
      };
    }
    default:
      return undefined;
  }
}

const UNIT = { items: "item", properties: "property" } as const;

/** A count's issue: `must have at most 2 items (got 3)`. */
function counted(
  code: "too-many-items" | "too-few-items",
  pointer: string,
  words: string,
  limit: number,
  unit: "items" | "properties",
  input: unknown,
): Issue {
  const got = countAt(input, pointer);
  return {
    code,
    pointer,
    message: `${words} ${limit} ${limit === 1 ? UNIT[unit] : unit}${gotCount(got)}`,
    params: got === undefined ? { limit } : { limit, got },
  };
}

/** Keywords whose error follows the errors of the items or keys it looked at (see {@link foldedIssue}). */
export const FOLDING = new Set(["contains", "propertyNames"]);

/**
 * The one issue of a `contains` or a `propertyNames` error and the errors just before it: the
 * items that did not match (which are not mistakes of their own: the list lacks a matching item)
 * or the key that broke the rule (the issue points at that key, in the words of its error).
 * Undefined when the group's last error is neither.
 *
 * @example
 * ```ts
 * foldedIssue([constError, containsError], { tags: ["a"] }, issueFromAjvError);
 * // => { code: "too-few-items", pointer: "/tags", message: "must contain at least 1 matching item (got 0; item 0: must be \"main\" (got \"a\"))", … }
 * ```
 */
export function foldedIssue(
  errors: readonly ErrorObject[],
  input: unknown,
  word: (error: ErrorObject, input: unknown) => Issue,
): Issue | undefined {
  const last = errors.at(-1);
  if (last === undefined || !FOLDING.has(last.keyword)) return undefined;
  const pointer = last.instancePath;
  const before = errors.slice(0, -1);
  if (last.keyword === "propertyNames") {
    const key = String(last.params["propertyName"]);
    const inner = before.find((e) => (e as { propertyName?: unknown }).propertyName === key);
    // The key's error, worded as if the key were the value checked.
    const said = inner === undefined ? undefined : word({ ...inner, instancePath: "" }, key);
    return {
      code: said?.code ?? "schema",
      pointer: `${pointer}/${escapePointerSegment(key)}`,
      message: said === undefined ? "is not an allowed key here" : `the key ${said.message}`,
      params: { ...said?.params, key },
    };
  }
  const min = Number(last.params["minContains"] ?? 1);
  const max = last.params["maxContains"] === undefined ? undefined : Number(last.params["maxContains"]);
  const { value } = resolvePointer(input, pointer);
  const length = Array.isArray(value) ? value.length : 0;
  // Every item that does not match has its errors in the run (allErrors): the others match.
  const failing = new Set(before.map((e) => e.instancePath.slice(pointer.length + 1).split("/")[0]));
  const matching = length - failing.size;
  if (max !== undefined && matching > max)
    return {
      code: "too-many-items",
      pointer,
      message: `must contain at most ${max} matching ${max === 1 ? "item" : "items"} (got ${matching})`,
      params: { limit: max, got: matching },
    };
  const [first] = before;
  const example =
    first === undefined
      ? ""
      : `; item ${first.instancePath.slice(pointer.length + 1).split("/")[0]}: ${word(first, input).message}`;
  return {
    code: "too-few-items",
    pointer,
    message: `must contain at least ${min} matching ${min === 1 ? "item" : "items"} (got ${matching}${example})`,
    params: { limit: min, got: matching },
  };
}
