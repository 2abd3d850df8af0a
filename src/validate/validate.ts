import * as check from "../generated/check-validators.js";
import type { CompiledValidator } from "../generated/check-validators.js";
import type { ErrorObject } from "ajv";
import type { Coup, Meeting, NewsDocument, NewsEvent, Partnership } from "../generated/types.js";
import { checkDocument, checkStandaloneEvent } from "./document-checks.js";
import { describeThrown, isStackOverflow, NewsEventsError } from "../core/error.js";
import { capIssues, type Issue, type ValidationResult } from "../core/issue.js";
import { issuesFromAjvErrors } from "./schema-issues.js";
import { documentParts } from "../generated/document-parts.js";
import { firstIssues, issuesOfFailure } from "./explain.js";
import { plainDataIssues } from "./plain-data.js";
import { all_document, all_event } from "../generated/all-error-validators.js";
import { allIssues } from "./all-issues.js";

/**
 * Explains why a document failed the fast validator: every issue, from the all-errors validator
 * (which stops after a thousand errors). On input past that limit, its top level is checked with
 * its item arrays emptied, then every item on its own, each by a validator that stops at its first
 * error: the cost stays linear in the input, and such a document gets one issue per faulty part.
 */
function explainDocument(input: unknown): Issue[] {
  const all = allIssues(all_document, input);
  if (all) return all;
  if (input === null || typeof input !== "object" || Array.isArray(input))
    return firstIssues(check.check_document, input, "");
  const record = input as Record<string, unknown>;
  const shell: Record<string, unknown> = { ...record };
  const issues: Issue[] = [];
  for (const [key, validator] of documentParts()) {
    const items = record[key];
    if (!Array.isArray(items)) continue;
    shell[key] = [];
    items.forEach((item, i) => issues.push(...firstIssues(validator, item, `/${key}/${i}`)));
  }
  return [...firstIssues(check.check_document, shell, ""), ...issues];
}

/**
 * The shared safe path: the fast validator decides; on failure the input is explained, and the
 * issues capped. Whatever happens inside, the caller gets a result. (Also the path of the
 * validators `createValidator` makes for user-defined kinds, in kinds.ts.)
 *
 * @example
 * ```ts
 * validateWith(input, check.check_event, explainEvent, checkStandaloneEvent);
 * ```
 */
export function validateWith<T>(
  input: unknown,
  fast: CompiledValidator,
  explain: (input: unknown, fastErrors: readonly ErrorObject[]) => Issue[],
  semantic: (value: T) => Issue[],
): ValidationResult<T> {
  try {
    const valid = fast(input);
    const fastErrors = fast.errors;
    // The schema's code reads inherited properties: an object JSON text cannot make is refused,
    // whatever the schema said. Text that UTF-8 cannot encode is listed with whatever else is found.
    const data = plainDataIssues(input, valid);
    if (!data.plain) return { ok: false, issues: data.issues as [Issue, ...Issue[]] };
    let issues = capIssues([...(valid ? semantic(input as T) : explain(input, fastErrors ?? [])), ...data.issues]);
    // The schema said no: whatever the explanation found, the answer stays no.
    if (!valid && issues.length === 0) {
      issues = issuesFromAjvErrors(fastErrors ?? [], input);
      if (issues.length === 0) issues = [{ code: "schema", pointer: "", message: "does not match the schema" }];
    }
    if (issues.length === 0) return { ok: true, value: input as T };
    return { ok: false, issues: issues as [Issue, ...Issue[]] };
  } catch (error) {
    // Deep nesting can exhaust the stack, and a hostile proxy can throw: report, never throw.
    const message = isStackOverflow(error)
      ? "input nests too deeply to validate"
      : `could not be validated: ${describeThrown(error)}`;
    return { ok: false, issues: [{ code: "internal", pointer: "", message }] };
  }
}

/**
 * Validates a news document: its JSON Schema, then the checks JSON Schema cannot express
 * (references resolve, evidence matches the body, dates are real and in order, verifications
 * point at statements). Never throws, whatever it is given, and never changes its input.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ ok: true, value }` with the input typed, or `{ ok: false, issues }`: every schema
 *   issue when the schema fails (an input with over a thousand errors: one per faulty part), else
 *   every document-check issue; at most {@link MAX_ISSUES}.
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
  return validateWith(input, check.check_document, explainDocument, checkDocument);
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
  return validateWith(input, check.check_event, explainEvent, checkStandaloneEvent);
}

/**
 * Every issue of an event, from the all-errors validator; past its limit, the fast run's first
 * error (and the other properties missing beside it).
 */
const explainEvent = (input: unknown, fastErrors: readonly ErrorObject[]): Issue[] =>
  allIssues(all_event, input) ?? issuesOfFailure(check.check_event, fastErrors, input, "");

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
 * import { isNewsDocument } from "news-events";
 *
 * const data: unknown = JSON.parse(text);
 * if (isNewsDocument(data)) console.log(data.headline, data.events?.length ?? 0);
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
 * import { isNewsEvent } from "news-events";
 *
 * const data: unknown = JSON.parse(line);
 * if (isNewsEvent(data)) console.log(data.kind);
 * ```
 */
export function isNewsEvent(input: unknown): input is NewsEvent {
  return validateEvent(input).ok;
}

function isKind<K extends NewsEvent["kind"]>(kind: K, input: unknown): boolean {
  try {
    // Reading `kind` runs a getter or a proxy trap on hostile input: a guard answers, never throws.
    if (typeof input !== "object" || input === null || (input as { kind?: unknown }).kind !== kind) return false;
  } catch {
    return false;
  }
  return validateEvent(input).ok;
}

/**
 * True when the input is a valid Meeting.
 *
 * @example
 * ```ts
 * import { isMeeting } from "news-events";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const meetings = burkinaFasoRussia.events.filter(isMeeting); // Meeting[]
 * ```
 */
export function isMeeting(input: unknown): input is Meeting {
  return isKind("Meeting", input);
}

/**
 * True when the input is a valid Coup.
 *
 * @example
 * ```ts
 * import { isCoup } from "news-events";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const coups = burkinaFasoRussia.events.filter(isCoup); // Coup[]
 * ```
 */
export function isCoup(input: unknown): input is Coup {
  return isKind("Coup", input);
}

/**
 * True when the input is a valid Partnership.
 *
 * @example
 * ```ts
 * import { isPartnership } from "news-events";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const partnerships = burkinaFasoRussia.events.filter(isPartnership); // Partnership[]
 * ```
 */
export function isPartnership(input: unknown): input is Partnership {
  return isKind("Partnership", input);
}
