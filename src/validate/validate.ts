import * as check from "../generated/check-validators.js";
import * as explain from "../generated/explain-validators.js";
import type { CompiledValidator } from "../generated/check-validators.js";
import type { Coup, Meeting, NewsDocument, NewsEvent, Partnership } from "../generated/types.js";
import { checkDocument, checkStandaloneEvent } from "./document-checks.js";
import { NewsEventsError } from "./error.js";
import { capIssues, type Issue, type ValidationResult } from "./issue.js";
import { issuesFromAjvErrors } from "./schema-issues.js";

function nonEmpty(issues: readonly Issue[]): readonly [Issue, ...Issue[]] | undefined {
  const capped = capIssues(issues);
  return capped.length > 0 ? (capped as [Issue, ...Issue[]]) : undefined;
}

/**
 * The shared safe path: the fast validator (stops at the first error, so hostile input cannot make
 * it explode) decides; only on failure does the explaining validator collect the issues, capped.
 */
function validateWith<T>(
  input: unknown,
  fast: CompiledValidator,
  explainer: CompiledValidator,
  semantic: (value: T) => Issue[],
): ValidationResult<T> {
  try {
    if (!fast(input)) {
      explainer(input);
      const errors = explainer.errors ?? fast.errors ?? [];
      const issues = nonEmpty(issuesFromAjvErrors(errors, input)) ?? [{ code: "schema", pointer: "", message: "does not match the schema" }];
      return { ok: false, issues };
    }
    const issues = nonEmpty(semantic(input as T));
    return issues ? { ok: false, issues } : { ok: true, value: input as T };
  } catch (error) {
    // Deep nesting can exhaust the stack in a validator; a safe API reports it instead of throwing.
    const message = error instanceof RangeError ? "input nests too deeply to validate" : `could not be validated: ${String(error)}`;
    return { ok: false, issues: [{ code: "internal", pointer: "", message }] };
  }
}

/**
 * Validates a news document: its JSON Schema, then the checks JSON Schema cannot express
 * (references resolve, evidence matches the body, dates are real and in order, verifications
 * point at statements). Never throws, whatever it is given, and never changes its input.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ ok: true, value }` with the input typed, or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { validateDocument, formatIssue } from "news-events";
 *
 * const result = validateDocument(JSON.parse(text));
 * if (result.ok) console.log(result.value.headline);
 * else for (const issue of result.issues) console.error(formatIssue(issue));
 * ```
 */
export function validateDocument(input: unknown): ValidationResult<NewsDocument> {
  return validateWith(input, check.check_document, explain.explain_document, checkDocument);
}

/**
 * Validates one event (a Meeting, Coup or Partnership) on its own, as in an NDJSON feed of events.
 * References to entities cannot be resolved outside a document; dates are checked. Never throws.
 *
 * @example
 * ```ts
 * const result = validateEvent({ kind: "Summit" });
 * // result.ok === false; result.issues[0].pointer === "/kind"
 * ```
 */
export function validateEvent(input: unknown): ValidationResult<NewsEvent> {
  return validateWith(input, check.check_event, explain.explain_event, checkStandaloneEvent);
}

/**
 * Like {@link validateDocument}, but returns the typed document or throws a
 * {@link NewsEventsError} carrying every issue.
 *
 * @example
 * ```ts
 * const doc = assertDocument(JSON.parse(text)); // throws NewsEventsError when invalid
 * ```
 */
export function assertDocument(input: unknown): NewsDocument {
  const result = validateDocument(input);
  if (!result.ok) throw new NewsEventsError("document", result.issues);
  return result.value;
}

/**
 * Like {@link validateEvent}, but returns the typed event or throws a {@link NewsEventsError}.
 *
 * @example
 * ```ts
 * const event = assertEvent(record); // throws NewsEventsError when invalid
 * ```
 */
export function assertEvent(input: unknown): NewsEvent {
  const result = validateEvent(input);
  if (!result.ok) throw new NewsEventsError("event", result.issues);
  return result.value;
}

/**
 * True when the input is a valid news document (see {@link validateDocument}).
 *
 * @example
 * ```ts
 * if (isNewsDocument(data)) console.log(data.events.length);
 * ```
 */
export function isNewsDocument(input: unknown): input is NewsDocument {
  return validateDocument(input).ok;
}

/**
 * True when the input is a valid event of any kind (see {@link validateEvent}).
 *
 * @example
 * ```ts
 * if (isNewsEvent(data)) console.log(data.kind);
 * ```
 */
export function isNewsEvent(input: unknown): input is NewsEvent {
  return validateEvent(input).ok;
}

function isKind<K extends NewsEvent["kind"]>(kind: K, fast: CompiledValidator, input: unknown): boolean {
  if (typeof input !== "object" || input === null || (input as { kind?: unknown }).kind !== kind) return false;
  try {
    return fast(input) && checkStandaloneEvent(input as NewsEvent).length === 0;
  } catch {
    return false;
  }
}

/**
 * True when the input is a valid Meeting.
 *
 * @example
 * ```ts
 * const meetings = doc.events.filter(isMeeting); // Meeting[]
 * ```
 */
export function isMeeting(input: unknown): input is Meeting {
  return isKind("Meeting", check.check_meeting, input);
}

/**
 * True when the input is a valid Coup.
 *
 * @example
 * ```ts
 * const coups = doc.events.filter(isCoup); // Coup[]
 * ```
 */
export function isCoup(input: unknown): input is Coup {
  return isKind("Coup", check.check_coup, input);
}

/**
 * True when the input is a valid Partnership.
 *
 * @example
 * ```ts
 * const partnerships = doc.events.filter(isPartnership); // Partnership[]
 * ```
 */
export function isPartnership(input: unknown): input is Partnership {
  return isKind("Partnership", check.check_partnership, input);
}
