import * as check from "../generated/check-validators.js";
import type { CompiledValidator } from "../generated/check-validators.js";
import type { ErrorObject } from "ajv";
import type { Coup, Meeting, NewsDocument, NewsEvent, Partnership } from "../generated/types.js";
import { checkDocument, checkStandaloneEvent } from "./document-checks.js";
import { describeThrown, isStackOverflow, NewsEventsError } from "../core/error.js";
import { capIssues, type Issue, type ValidationResult } from "../core/issue.js";
import { issuesFromAjvErrors } from "./schema-issues.js";
import { lastPlainRun, plainDataIssues, type PlainRun } from "./plain-data.js";
import { issuesOfErrors, runValidator } from "./all-issues.js";
import { eventCertainlyValid } from "./fast-path.js";

/**
 * Explains why the validator refused an input: every issue of its run (the first thousand errors
 * of hostile input, then capped at MAX_ISSUES), from the errors the run already holds.
 */
const explainErrors = (input: unknown, errors: readonly ErrorObject[]): Issue[] => issuesOfErrors(errors, input);

/**
 * The shared safe path: the validator decides (one run, every error up to its limit); on failure
 * the input is explained from that run's errors, and the issues capped. Whatever happens inside,
 * the caller gets a result. (Also the path of the validators `createValidator` makes for
 * user-defined kinds, in kinds.ts.) `plainRun`, for a generated validator, says what its run saw
 * of the input (plain-data.ts's `lastPlainRun`): a valid input it found plain is not walked again.
 *
 * @example
 * ```ts
 * validateWith(input, check.check_event, explainErrors, checkStandaloneEvent, lastPlainRun);
 * ```
 */
export function validateWith<T>(
  input: unknown,
  fast: CompiledValidator,
  explain: (input: unknown, fastErrors: readonly ErrorObject[]) => Issue[],
  semantic: (value: T, termsKnown: boolean) => Issue[],
  plainRun?: () => PlainRun,
): ValidationResult<T> {
  // The validators, the plain-data walk and the checks keep state between the calls they make: a
  // getter of the input that validates another input mid-run is answered without touching it.
  if (validating) return { ok: false, issues: [REENTERED] };
  validating = true;
  try {
    // Past its error limit the validator stops with the errors found so far: a no, explained by them.
    let run: true | readonly ErrorObject[];
    let seen: PlainRun | undefined;
    try {
      run = runValidator(fast, input);
    } finally {
      // What the run saw of the input, read (and the run's hold on the input let go) whatever happened.
      seen = plainRun?.();
    }
    const valid = run === true;
    const fastErrors = run === true ? [] : run;
    // The schema's code reads inherited properties: an object JSON text cannot make is refused,
    // whatever the schema said. Text that UTF-8 cannot encode is listed with whatever else is found.
    const data = plainDataIssues(input, valid, 100, seen);
    if (!data.plain) return { ok: false, issues: data.issues as [Issue, ...Issue[]] };
    // The plain-data walk has looked at every coded term: if all are known, the checks skip that walk.
    const found = valid ? semantic(input as T, data.termsKnown) : explain(input, fastErrors);
    let issues = capIssues(data.issues.length === 0 ? found : [...found, ...data.issues]);
    // The schema said no: whatever the explanation found, the answer stays no.
    if (!valid && issues.length === 0) {
      issues = issuesFromAjvErrors(fastErrors, input);
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
  } finally {
    validating = false;
  }
}

/** Whether {@link validateWith} is under way. */
let validating = false;
const REENTERED: Issue = Object.freeze({
  code: "internal",
  pointer: "",
  message: "could not be validated: asked for by a getter or proxy of an input being validated",
});

/**
 * Validates a news document: its JSON Schema, then the checks JSON Schema cannot express
 * (references resolve, evidence matches the body, dates are real and in order, verifications
 * point at statements). Never throws, whatever it is given, and never changes its input.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ ok: true, value }` with the input typed, or `{ ok: false, issues }`: every schema
 *   issue when the schema fails (an input with over a thousand errors: those of the first thousand), else
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
  return validateWith(input, check.check_document, explainErrors, checkDocument, lastPlainRun);
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
  // Most events are valid: one pass says so; any other answer is the full path's.
  if (eventCertainlyValid(input)) return { ok: true, value: input };
  return validateWith(input, check.check_event, explainErrors, checkStandaloneEvent, lastPlainRun);
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
