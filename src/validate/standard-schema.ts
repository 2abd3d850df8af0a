import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Coup, Meeting, NewsDocument, NewsEvent, Partnership } from "../generated/types.js";
import type { ValidationResult } from "../core/issue.js";
import { parsePointer } from "../core/pointer.js";
import { describeThrown } from "../core/error.js";
import { EVENT_KINDS } from "../generated/schema-facts.js";
import { validateDocument, validateEvent } from "./validate.js";

/** A JSON Pointer as a Standard Schema path: array indexes as numbers, keys as strings. */
function pathOf(pointer: string): (string | number)[] {
  return parsePointer(pointer).map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

/**
 * A Standard Schema v1 over a safe validation function: its issues with `path` from their pointers.
 *
 * @example
 * ```ts
 * const schema = standardSchema(validateEvent);
 * ```
 */
export function standardSchema<T>(validate: (input: unknown) => ValidationResult<T>): StandardSchemaV1<T, T> {
  return {
    "~standard": {
      version: 1,
      vendor: "news-events",
      validate(value) {
        const result = validate(value);
        return result.ok
          ? { value: result.value }
          : { issues: result.issues.map((issue) => ({ message: issue.message, path: pathOf(issue.pointer) })) };
      },
    },
  };
}

/** The `kind` of an object, read once; undefined when it has none or reading it throws. */
function kindOf(input: unknown): unknown {
  try {
    return input !== null && typeof input === "object" ? (input as { kind?: unknown }).kind : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The validation of one kind. Another known kind is the only issue (issue 25): "this is a Coup,
 * not a Meeting", not the Meeting's fields a Coup lacks.
 */
function ofKind<K extends NewsEvent["kind"]>(kind: K) {
  return (input: unknown): ValidationResult<Extract<NewsEvent, { kind: K }>> => {
    const before = kindOf(input);
    if (typeof before === "string" && before !== kind && (EVENT_KINDS as readonly string[]).includes(before))
      return {
        ok: false,
        issues: [
          {
            code: "const",
            pointer: "/kind",
            message: `this is a ${before}, not a ${kind}: validate it with ${before.toLowerCase()}Schema or eventSchema`,
            params: { expected: kind, got: before },
          },
        ],
      };
    const result = validateEvent(input);
    if (!result.ok) return result;
    // The kind is read once more, outside the validator's own guard: a getter may throw now, or
    // answer differently than it did to the validator.
    let got: unknown;
    try {
      got = result.value.kind;
    } catch (error) {
      return {
        ok: false,
        issues: [{ code: "internal", pointer: "/kind", message: `could not be read (${describeThrown(error)})` }],
      };
    }
    if (got === kind) return { ok: true, value: result.value as Extract<NewsEvent, { kind: K }> };
    const shown = typeof got === "string" ? got : describeThrown(got);
    return {
      ok: false,
      issues: [
        { code: "const", pointer: "/kind", message: `must be ${kind} (got "${shown}")`, params: { got: shown } },
      ],
    };
  };
}

/**
 * A news document as a [Standard Schema](https://standardschema.dev) v1: for any library that
 * accepts one (tRPC, TanStack Form, Hono…). Its issues are {@link validateDocument}'s, every one,
 * with `path` from their JSON Pointers.
 *
 * @example
 * ```ts
 * import { documentSchema } from "news-events";
 *
 * const result = await documentSchema["~standard"].validate({});
 * // result.issues: 6 issues, the first { message: "is required but missing", path: ["headline"] }
 * ```
 */
export const documentSchema: StandardSchemaV1<NewsDocument> = /* @__PURE__ */ standardSchema(validateDocument);

/**
 * One event of any kind as a Standard Schema v1 (see {@link documentSchema}).
 *
 * @example
 * ```ts
 * eventSchema["~standard"].validate({ kind: "Summit" }); // { issues: [{ message: "must be one of Meeting, Coup, Partnership…", path: ["kind"] }] }
 * ```
 */
export const eventSchema: StandardSchemaV1<NewsEvent> = /* @__PURE__ */ standardSchema(validateEvent);

/**
 * A Meeting as a Standard Schema v1: any other kind is an issue at `kind`.
 *
 * @example
 * ```ts
 * meetingSchema["~standard"].validate(coup); // { issues: [{ message: "this is a Coup, not a Meeting: …", path: ["kind"] }] }
 * ```
 */
export const meetingSchema: StandardSchemaV1<Meeting> = /* @__PURE__ */ standardSchema(
  /* @__PURE__ */ ofKind("Meeting"),
);

/**
 * A Coup as a Standard Schema v1: any other kind is an issue at `kind`.
 *
 * @example
 * ```ts
 * coupSchema["~standard"].validate(coup); // { value: coup }
 * ```
 */
export const coupSchema: StandardSchemaV1<Coup> = /* @__PURE__ */ standardSchema(/* @__PURE__ */ ofKind("Coup"));

/**
 * A Partnership as a Standard Schema v1: any other kind is an issue at `kind`.
 *
 * @example
 * ```ts
 * partnershipSchema["~standard"].validate(partnership); // { value: partnership }
 * ```
 */
export const partnershipSchema: StandardSchemaV1<Partnership> = /* @__PURE__ */ standardSchema(
  /* @__PURE__ */ ofKind("Partnership"),
);
