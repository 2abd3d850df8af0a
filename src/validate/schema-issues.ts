import type { ErrorObject } from "ajv";
import { preview, type Issue } from "../core/issue.js";
import { typeIssue } from "../core/type-issue.js";
import { missingPropertyHint, unknownPropertyHint } from "./suggest.js";
import { escapePointerSegment, resolvePointer } from "../core/pointer.js";
import { TAG_VALUES } from "../generated/schema-facts.js";
import { expectedWords } from "./expected-words.js";
import { dateTimeFault } from "../model/date-time-fault.js";
import { foldedIssue, keywordIssue } from "./keyword-issues.js";
import { alternativesIssue } from "./alternatives-issue.js";

export { expectedWords, withKindWords } from "./expected-words.js";

/** How each range keyword's limit reads. */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  minimum: "must be at least",
  maximum: "must be at most",
  exclusiveMinimum: "must be greater than",
  exclusiveMaximum: "must be less than",
  maxLength: "must have at most",
};

/**
 * Keys an object may have for its issues to say "did you mean": four times the most any schema's
 * object knows. The hints compare every key with the object's schema, once for each unknown or
 * missing property: an object of 20,000 made-up keys took 22 s to explain, for a guess nobody
 * needs among so many.
 */
const MAX_HINT_KEYS = 200;

/**
 * The keys of each object the explanation under way has looked at (see {@link withKeysListedOnce}):
 * listed once, not once per issue. Undefined outside one, where each issue lists them afresh.
 */
let keysOf: WeakMap<object, string[] | undefined> | undefined;

/**
 * The properties the run found missing, by the pointer of their object (see
 * {@link withKeysListedOnce}): the schema that requires them is the one the object was checked
 * against, which its keys alone may not tell (a document holding `id` and `language` looks more
 * like a source than a document).
 */
let missingAt: Map<string, string[]> | undefined;

/**
 * Runs `explain` with each object's keys listed once for all its issues: an object's errors come
 * one after another, and listing 20,000 keys for each of a thousand errors was the cost. The list
 * lives as long as `explain` runs, so an object changed between two validations is read anew.
 *
 * @example
 * ```ts
 * const issues = withKeysListedOnce(() => errors.map((error) => issueFromAjvError(error, input)));
 * ```
 */
export function withKeysListedOnce<T>(explain: () => T, errors: readonly ErrorObject[] = []): T {
  const [outerKeys, outerMissing] = [keysOf, missingAt];
  keysOf = new WeakMap();
  missingAt = new Map();
  // (A schema requires a few properties: an object's list stays short whatever the input.)
  for (const { keyword, instancePath, params } of errors)
    if (keyword === "required")
      missingAt.set(instancePath, [...(missingAt.get(instancePath) ?? []), params["missingProperty"] as string]);
  try {
    return explain();
  } finally {
    [keysOf, missingAt] = [outerKeys, outerMissing];
  }
}

/** The object's keys, or undefined when it is no object or has more than {@link MAX_HINT_KEYS}. */
function hintKeys(object: unknown): string[] | undefined {
  if (object === null || typeof object !== "object") return undefined;
  if (keysOf?.has(object)) return keysOf.get(object);
  const keys = Object.keys(object);
  const kept = keys.length > MAX_HINT_KEYS ? undefined : keys;
  keysOf?.set(object, kept);
  return kept;
}

/** A "did you mean" for an unknown property, from the other keys of its object and what it misses. */
function hint(unknown: string, object: unknown, pointer: string): string {
  const keys = unknown.length > 100 ? undefined : hintKeys(object);
  return keys === undefined ? "" : unknownPropertyHint(unknown, keys, missingAt?.get(pointer));
}

/** A "misspelt?" note for a missing property, from the other keys of its object. */
function missingHint(missing: string, object: unknown): string {
  const keys = hintKeys(object);
  return keys === undefined ? "" : missingPropertyHint(missing, keys);
}

/** A range keyword's issue: the limit in words, with the value got. */
function outOfRange(keyword: string, limit: number, pointer: string, shown: string): Issue {
  // The standalone validators are built without Ajv's messages: say the limit in words here.
  const unit = keyword === "maxLength" ? " characters" : "";
  return {
    code: "out-of-range",
    pointer,
    message: `${RANGE_WORDS[keyword]} ${limit}${unit} (got ${shown})`,
    params: { limit, got: shown },
  };
}

/**
 * Turns one Ajv error into an issue with a JSON Pointer and a message a person understands,
 * composed from `params` (the property, the expected words, the value got, shortened).
 * `input` is what was validated: messages quote the offending value from it.
 */
export function issueFromAjvError(error: ErrorObject, input: unknown): Issue {
  const pointer = error.instancePath;
  const got = () => preview(resolvePointer(input, pointer).value);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return {
        code: "required",
        pointer: `${pointer}/${String(p["missingProperty"])}`,
        message: `is required but missing${missingHint(String(p["missingProperty"]), resolvePointer(input, pointer).value)}`,
        params: { property: String(p["missingProperty"]) },
      };
    case "additionalProperties":
      return {
        code: "unknown-property",
        pointer: `${pointer}/${escapePointerSegment(String(p["additionalProperty"]))}`,
        message: `is not a known property here${hint(String(p["additionalProperty"]), resolvePointer(input, pointer).value, pointer)}`,
        params: { property: String(p["additionalProperty"]) },
      };
    case "enum": {
      const allowed = p["allowedValues"] as unknown[];
      // The tag of a tagged union (an event's kind, an entity's type) gets its own code.
      const tag = pointer.slice(pointer.lastIndexOf("/") + 1);
      const isTag = TAG_VALUES[tag]?.join() === allowed.join();
      const shown = got();
      return {
        code: isTag ? "unknown-kind" : "enum",
        pointer,
        message: `must be one of ${allowed.join(", ")} (got ${shown})`,
        params: { expected: allowed.join(", "), got: shown },
      };
    }
    case "const": {
      const [expected, shown] = [preview(p["allowedValue"]), got()];
      return {
        code: "const",
        pointer,
        message: `must be ${expected} (got ${shown})`,
        params: { expected, got: shown },
      };
    }
    case "type":
      return typeIssue(pointer, String(p["type"]), resolvePointer(input, pointer).value);
    case "format":
    case "pattern": {
      const [key, shown] = [String(p[error.keyword]), got()];
      const value = key === "DateTime" ? resolvePointer(input, pointer).value : undefined;
      const why = typeof value === "string" ? dateTimeFault(value) : undefined;
      const message = `must be ${expectedWords(key)} (got ${shown}${why === undefined ? "" : `: ${why}`})`;
      return { code: error.keyword, pointer, message, params: { [error.keyword]: key, got: shown } };
    }
    case "minLength": {
      const shown = got();
      return {
        code: "too-short",
        pointer,
        message:
          p["limit"] === 1 ? "must not be empty" : `must have at least ${String(p["limit"])} characters (got ${shown})`,
        params: { limit: Number(p["limit"]), got: shown },
      };
    }
    case "minItems": {
      const value = resolvePointer(input, pointer).value;
      const count = Array.isArray(value) ? value.length : 0;
      return {
        code: "too-few-items",
        pointer,
        message:
          p["limit"] === 1
            ? `must not be empty (got ${count} items)`
            : `must have at least ${String(p["limit"])} items (got ${count})`,
        params: { limit: Number(p["limit"]), got: count },
      };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "maxLength":
      return outOfRange(error.keyword, Number(p["limit"]), pointer, got());
    case "uniqueItems": {
      // The earlier item first, whichever order the check found them in.
      const [first, second] = [Number(p["i"]), Number(p["j"])].sort((a, b) => a - b);
      return {
        code: "duplicate-item",
        pointer,
        message: `must not repeat items (items ${first} and ${second} are equal)`,
        params: { first: first as number, second: second as number },
      };
    }
    case "discriminator": {
      const tag = String(p["tag"]);
      const allowed = TAG_VALUES[tag]?.join(", ") ?? "a known value";
      if (p["error"] === "tag" && resolvePointer(input, `${pointer}/${tag}`).found === false) {
        return {
          code: "required",
          pointer: `${pointer}/${tag}`,
          message: `is required but missing (one of ${allowed})`,
          params: { property: tag, expected: allowed },
        };
      }
      const shown = preview(p["tagValue"]);
      return {
        code: "unknown-kind",
        pointer: `${pointer}/${tag}`,
        message: `must be one of ${allowed} (got ${shown})`,
        params: { expected: allowed, got: shown },
      };
    }
    default:
      return keywordIssue(error, input) ?? { code: "schema", pointer, message: String(error.message ?? error.keyword) };
  }
}

/**
 * The one issue for the errors of one mistake: a first-error validator's errors, or one group of
 * an all-errors run (an anyOf's branches and itself, see all-issues.ts): its first error in words,
 * or for an open, coded list the one issue that says both what it may be.
 */
export function issuesFromAjvErrors(errors: readonly ErrorObject[], input: unknown): Issue[] {
  const [first] = errors;
  if (!first) return [];
  const word = (error: ErrorObject) => issueFromAjvError(error, input);
  return [
    foldedIssue(errors, input, issueFromAjvError) ??
      codedListIssue(errors, input) ??
      eitherIssue(errors) ??
      alternativesIssue(errors, input, word) ??
      word(first),
  ];
}

/**
 * The one issue for an anyOf whose branches each require a property (a general event's `plover`
 * or `classes`): the first, with the others named as what may be given instead, where the first
 * branch's error alone named only `plover`.
 */
function eitherIssue(errors: readonly ErrorObject[]): Issue | undefined {
  const missing: string[] = [];
  for (const e of errors) if (e.keyword === "required") missing.push(e.params["missingProperty"] as string);
  const [property = ""] = missing;
  // Only when missing properties are all the branches say: a value out of range in one branch is
  // that branch's mistake (a share of 120 was told that an amount is missing).
  if (missing.length < 2 || missing.length !== errors.length - 1 || errors.at(-1)?.keyword !== "anyOf")
    return undefined;
  const others = missing.slice(1).join(" or ");
  return {
    code: "required",
    pointer: `${errors[0]?.instancePath}/${escapePointerSegment(property)}`,
    message: `is required but missing, unless ${others} is given instead`,
    params: { property, alternatives: others },
  };
}

/**
 * The one issue for a value of an open, coded list (`anyOf: [{enum: tokens}, {$ref: Term}]`)
 * that is neither a known token nor a coded term, instead of Ajv's error per branch: for a term
 * that is wrong inside (a code of the wrong shape, no label) the term's own error, which says
 * where; for anything else, the tokens and the term's shape in one message. Undefined when the
 * errors are not those of a coded list.
 */
function codedListIssue(errors: readonly ErrorObject[], input: unknown): Issue | undefined {
  const [first, second] = errors;
  if (first?.keyword !== "enum" || second === undefined) return undefined;
  const at = first.instancePath;
  if (!errors.some((e) => e.keyword === "anyOf" && e.instancePath === at)) return undefined;
  const value = resolvePointer(input, at).value;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return issueFromAjvError(second, input);
  const [tokens, shown] = [
    ((first.params as { allowedValues: unknown[] }).allowedValues ?? []).join(", "),
    preview(value),
  ];
  return {
    code: "enum",
    pointer: at,
    message: `must be one of the known tokens ${tokens}, or a coded term {scheme, code, label} (PLOVER, CAMEO, Wikidata or IPTC) (got ${shown})`,
    params: { expected: tokens, got: shown },
  };
}
