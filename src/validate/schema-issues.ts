import type { ErrorObject } from "ajv";
import { preview, type Issue } from "../core/issue.js";
import { missingPropertyHint, unknownPropertyHint } from "./suggest.js";
import { escapePointerSegment, resolvePointer } from "../core/pointer.js";

/** What each schema pattern means, for messages (keyed by the pattern source in schemas/). */
const PATTERN_MEANINGS: Readonly<Record<string, string>> = {
  "^[a-z0-9][a-z0-9-]{0,99}$": "an id of lower-case letters, digits and hyphens (at most 100)",
  "\\S": "text that is not blank",
  "^https://": "an https URL (Google shows only https images)",
  "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$": "a date as YYYY, YYYY-MM or YYYY-MM-DD",
  "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?(/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$":
    "a date (YYYY, YYYY-MM, YYYY-MM-DD) or an interval of two joined by /",
  "^Q[1-9][0-9]*$": "a Wikidata QID such as Q965",
  "^[A-Z]{2}$": "an ISO 3166-1 alpha-2 code such as BF",
  "^[A-Z]{3}$": "an ISO 3166-1 alpha-3 code such as BFA",
  "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$": "a BCP 47 language tag such as en or fr-BF",
  "^(/([^~/]|~[01])*)+$": "a JSON Pointer such as /events/0/date",
  "^\\.[A-Za-z_][A-Za-z0-9_-]*$": "a single class selector such as .paywall",
  "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$":
    "a time of day with its UTC offset, such as 22:30+01:00",
  "^P([0-9]+[YMWD])*(T([0-9]+[HMS])+)?$": "an ISO 8601 duration such as PT30M or P2D",
  "^[a-z][A-Za-z0-9]*$": "a name in lower camelCase, such as troopsDeployed",
};

const FORMAT_MEANINGS: Record<string, string> = {
  "date-time": "a date-time with a UTC offset, like 2023-11-08T10:00:00+00:00",
  uri: "an absolute URL",
};

/** What a schema pattern asks for, in words; the Url pattern is known by its start (it is long). */
export function patternMeaning(pattern: string): string {
  if (pattern.startsWith("^https?://(?:"))
    return "an absolute http(s) URL with a host name such as news.example.org, and no spaces, quotes, backslashes, credentials or broken %-escapes";
  return Object.hasOwn(PATTERN_MEANINGS, pattern) ? (PATTERN_MEANINGS[pattern] as string) : `text matching ${pattern}`;
}

/** How each range keyword's limit reads. */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  minimum: "must be at least",
  maximum: "must be at most",
  exclusiveMinimum: "must be greater than",
  exclusiveMaximum: "must be less than",
  maxLength: "must have at most",
};

/** The values a discriminator tag may take, per tag name. */
const TAG_VALUES: Record<string, readonly string[]> = {
  kind: ["Meeting", "Coup", "Partnership"],
  type: ["person", "country", "organization", "place"],
};

/** A "did you mean" for an unknown property, from the other keys of its object. */
function hint(unknown: string, object: unknown): string {
  if (object === null || typeof object !== "object" || unknown.length > 100) return "";
  return unknownPropertyHint(unknown, Object.keys(object));
}

/** A "misspelt?" note for a missing property, from the other keys of its object. */
function missingHint(missing: string, object: unknown): string {
  return object !== null && typeof object === "object" ? missingPropertyHint(missing, Object.keys(object)) : "";
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isInteger(value)) return "integer";
  return typeof value;
}

/**
 * Turns one Ajv error into an issue with a JSON Pointer and a message a person understands.
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
      };
    case "additionalProperties":
      return {
        code: "unknown-property",
        pointer: `${pointer}/${escapePointerSegment(String(p["additionalProperty"]))}`,
        message: `is not a known property here${hint(String(p["additionalProperty"]), resolvePointer(input, pointer).value)}`,
      };
    case "enum": {
      const allowed = p["allowedValues"] as unknown[];
      // The tag of a tagged union (an event's kind, an entity's type) gets its own code.
      const tag = pointer.slice(pointer.lastIndexOf("/") + 1);
      const isTag = TAG_VALUES[tag]?.join() === allowed.join();
      return {
        code: isTag ? "unknown-kind" : "enum",
        pointer,
        message: `must be one of ${allowed.join(", ")} (got ${got()})`,
      };
    }
    case "const":
      return { code: "const", pointer, message: `must be ${preview(p["allowedValue"])} (got ${got()})` };
    case "type":
      return {
        code: "type",
        pointer,
        message: `must be ${String(p["type"])} (got ${describeType(resolvePointer(input, pointer).value)})`,
      };
    case "format": {
      const format = String(p["format"]);
      return { code: "format", pointer, message: `must be ${FORMAT_MEANINGS[format] ?? format} (got ${got()})` };
    }
    case "pattern": {
      const pattern = String(p["pattern"]);
      return { code: "pattern", pointer, message: `must be ${patternMeaning(pattern)} (got ${got()})` };
    }
    case "minLength":
      return {
        code: "too-short",
        pointer,
        message: p["limit"] === 1 ? "must not be empty" : `must have at least ${String(p["limit"])} characters`,
      };
    case "minItems": {
      const value = resolvePointer(input, pointer).value;
      const count = Array.isArray(value) ? value.length : 0;
      return {
        code: "too-few-items",
        pointer,
        message: `must have at least ${String(p["limit"])} items (got ${count})`,
      };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "maxLength":
      // The standalone validators are built without Ajv's messages: say the limit in words here.
      return {
        code: "out-of-range",
        pointer,
        message: `${RANGE_WORDS[error.keyword]} ${String(p["limit"])}${error.keyword === "maxLength" ? " characters" : ""} (got ${got()})`,
      };
    case "uniqueItems":
      return {
        code: "duplicate-item",
        pointer,
        message: `must not repeat items (items ${String(p["j"])} and ${String(p["i"])} are equal)`,
      };
    case "discriminator": {
      const tag = String(p["tag"]);
      const allowed = TAG_VALUES[tag]?.join(", ") ?? "a known value";
      if (p["error"] === "tag" && resolvePointer(input, `${pointer}/${tag}`).found === false) {
        return {
          code: "required",
          pointer: `${pointer}/${tag}`,
          message: `is required but missing (one of ${allowed})`,
        };
      }
      return {
        code: "unknown-kind",
        pointer: `${pointer}/${tag}`,
        message: `must be one of ${allowed} (got ${preview(p["tagValue"])})`,
      };
    }
    default:
      return { code: "schema", pointer, message: String(error.message ?? error.keyword) };
  }
}

/**
 * The issue for a failed validator. The validators stop at their first error
 * (`allErrors: false`), so Ajv reports one; anything after it would only restate it.
 */
export function issuesFromAjvErrors(errors: readonly ErrorObject[], input: unknown): Issue[] {
  const [first] = errors;
  return first ? [issueFromAjvError(first, input)] : [];
}
