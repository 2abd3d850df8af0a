import type { Evidence, NewsDocument } from "../generated/types.js";
import type { Issue, Problem, ValidationResult } from "../core/issue.js";
import { toPointer } from "../core/pointer.js";
import { throwIssues } from "../core/error.js";
import { isRecord } from "../core/json.js";
import { nearestOf, occurrencesAround, occurrencesOf, splitsSurrogatePair } from "../core/utf16.js";

/** Which occurrence {@link findEvidence} should take when the words occur more than once. */
export interface FindEvidenceOptions {
  /** Take the nth occurrence, counting from 1. */
  readonly occurrence?: number;
  /** Take the first occurrence that starts at or after this UTF-16 offset. */
  readonly after?: number;
}

/** The result of {@link findEvidence}: the span, or why there is none. */
export type FindEvidenceResult = ValidationResult<Evidence>;

/**
 * Finds the words of an evidence span in an article's body and returns the span with its UTF-16
 * offsets, ready to put in a document. It never guesses: words that occur several times need
 * `occurrence` or `after`, and absent words are an issue. Never throws.
 *
 * @param body - The document's `body`.
 * @param text - The exact words, as they stand in the body.
 * @param options - Which occurrence, when there are several.
 * @returns `{ ok: true, value: { start, end, text } }`, or `{ ok: false, issues }` with code
 *   `evidence-not-found` or `evidence-ambiguous` (which lists the offsets found).
 *
 * @example
 * ```ts
 * import { findEvidence } from "news-events";
 *
 * const body = "Shoigu met Coulibaly on Tuesday. On Tuesday evening they signed.";
 * findEvidence(body, "on Tuesday");
 * // => { ok: true, value: { start: 21, end: 31, text: "on Tuesday" } }
 * findEvidence(body, "Tuesday", { occurrence: 2 });
 * // => { ok: true, value: { start: 36, end: 43, text: "Tuesday" } }
 * ```
 */
export function findEvidence(body: string, text: string, options: FindEvidenceOptions = {}): FindEvidenceResult {
  const fail = (code: Issue["code"], message: string): FindEvidenceResult => ({
    ok: false,
    issues: [{ code, pointer: "/body", message }],
  });
  if (typeof body !== "string" || typeof text !== "string" || text === "")
    return fail("evidence-not-found", "needs a body and non-empty text to look for");
  const all = occurrencesOf(body, text).filter((at) => !splitsSurrogatePair(body, at, at + text.length));
  if (all.length === 0) return fail("evidence-not-found", `is not in the body: ${JSON.stringify(shorten(text))}`);
  let start: number | undefined;
  if (options.occurrence !== undefined) {
    start = all[options.occurrence - 1];
    if (start === undefined)
      return fail(
        "evidence-not-found",
        `occurs ${all.length} time${all.length === 1 ? "" : "s"}, so there is no occurrence ${options.occurrence}: ${JSON.stringify(shorten(text))}`,
      );
  } else if (options.after !== undefined) {
    const after = options.after;
    start = all.find((at) => at >= after);
    if (start === undefined)
      return fail("evidence-not-found", `does not occur at or after ${after}: ${JSON.stringify(shorten(text))}`);
  } else if (all.length > 1) {
    return fail(
      "evidence-ambiguous",
      `occurs ${all.length} times (at ${all.slice(0, 5).join(", ")}${all.length > 5 ? ", …" : ""}): pass { occurrence } or { after } to choose`,
    );
  } else start = all[0] as number;
  return { ok: true, value: { start, end: start + text.length, text } };
}

/** A span re-placed by {@link rebaseEvidence}. */
export interface MovedSpan {
  /** JSON Pointer to the evidence object in the document. */
  readonly pointer: string;
  /** Its start in the old body. */
  readonly from: number;
  /** Its start in the new body. */
  readonly to: number;
}

/**
 * A span {@link rebaseEvidence} could not re-place: a problem with the code validation gives the
 * same trouble (`evidence-not-found`, `evidence-ambiguous`) and the words in `params.text`.
 *
 * @example
 * ```ts
 * const lost: LostSpan = {
 *   code: "evidence-not-found",
 *   pointer: "/events/0/evidence/0",
 *   message: '"in Moscow" is not in the new body',
 *   params: { text: "in Moscow" },
 *   text: "in Moscow",
 *   reason: "not-found",
 * };
 * ```
 */
export interface LostSpan extends Problem<"evidence-not-found" | "evidence-ambiguous"> {
  /** JSON Pointer to the evidence object in the document. */
  readonly pointer: string;
  /** The raw values the message names. */
  readonly params: {
    /** The words that were looked for. */
    readonly text: string;
  };
  /** The words that were looked for. */
  readonly text: string;
  /**
   * Why: not in the new body, or several occurrences equally near the old place.
   *
   * @deprecated Read `code` (`evidence-not-found`, `evidence-ambiguous`).
   */
  readonly reason: "not-found" | "ambiguous";
}

/** A lost span, its message composed from its words. */
function lostSpan(pointer: string, text: string, reason: LostSpan["reason"]): LostSpan {
  const why = reason === "ambiguous" ? "occurs twice, equally near its old place" : "is not in the new body";
  return {
    code: `evidence-${reason}`,
    pointer,
    message: `${JSON.stringify(text)} ${why}`,
    params: { text },
    text,
    reason,
  };
}

/** The result of {@link rebaseEvidence}. */
export interface RebaseResult {
  /** A new document: the new body, and every span that could be re-placed at its new offsets. */
  readonly document: NewsDocument;
  /** Spans whose offsets changed. */
  readonly moved: readonly MovedSpan[];
  /** Spans left as they were, because their words are not in the new body or are ambiguous there. */
  readonly lost: readonly LostSpan[];
}

/** True for an evidence span: `{ start, end, text }` with numbers and a string. */
function isEvidence(value: unknown): value is Evidence {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v["start"] === "number" && typeof v["end"] === "number" && typeof v["text"] === "string";
}

/**
 * Where an old offset lands in the new body if the edit lies between the two bodies' common start
 * and common end: an offset in the common end moves by the change in length, any other stays.
 * Measuring nearness from there (not from the old offset) keeps a span after an inserted sentence
 * from jumping back to an earlier occurrence of its words.
 */
function shiftThroughEdit(oldBody: string, newBody: string): (at: number) => number {
  const max = Math.min(oldBody.length, newBody.length);
  let prefix = 0;
  while (prefix < max && oldBody.charCodeAt(prefix) === newBody.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldBody.charCodeAt(oldBody.length - 1 - suffix) === newBody.charCodeAt(newBody.length - 1 - suffix)
  )
    suffix++;
  const delta = newBody.length - oldBody.length;
  return (at) => (suffix > 0 && at >= oldBody.length - suffix ? at + delta : at);
}

/**
 * Re-places every evidence span of a document in an edited body: each span's stored words are
 * looked up in `newBody`, and the occurrence nearest to where its old offset lands after the edit
 * is taken (an offset after the changed part moves by the change in length). A span whose words
 * are gone, or that has two occurrences equally near that place, is left as it was and listed in
 * `lost` (validation will then point at it). Pure: the input document is not changed.
 *
 * @example
 * ```ts
 * import { rebaseEvidence, validateDocument } from "news-events";
 *
 * const edited = (doc.body ?? "").replace("Moscow", "Moscow, Russia");
 * const { document, moved, lost } = rebaseEvidence(doc, edited);
 * if (lost.length === 0) console.log(validateDocument(document).ok, moved.length);
 * ```
 * @throws {@link NewsEventsError} when `doc` is no object or `newBody` no text.
 */
export function rebaseEvidence(doc: NewsDocument, newBody: string): RebaseResult {
  // No type stops a JavaScript caller: what was expected, in the one error class, not a TypeError.
  throwIssues("input to rebaseEvidence", [
    ...(isRecord(doc) ? [] : [wrongInput("", "a news document (an object)", doc)]),
    ...(typeof newBody === "string" ? [] : [wrongInput("/body", "the edited article text", newBody)]),
  ]);
  const document = structuredClone(doc) as NewsDocument & { body?: string };
  const oldBody = typeof doc.body === "string" ? doc.body : "";
  const moved: MovedSpan[] = [];
  const lost: LostSpan[] = [];
  const shift = shiftThroughEdit(oldBody, newBody);
  const rebase = (span: Evidence, path: readonly (string | number)[]) => {
    const expected = shift(span.start);
    // Unchanged around the span, and not moved by the edit: keep it (most spans before an edit).
    // A span the edit moved is looked for where it went, even when its words also stand at its
    // old offset (a kicker as long as the distance to an earlier occurrence of the same words).
    if (
      expected === span.start &&
      newBody.slice(span.start, span.end) === span.text &&
      oldBody.slice(span.start, span.end) === span.text
    )
      return;
    // The nearest occurrence on each side of where the edit moved the span: two at one distance
    // are ambiguous. Searched outwards, not listed: a transcript's thousand spans of common words.
    const around = occurrencesAround(newBody, span.text, expected);
    const [before, after] = around;
    const best = nearestOf(around, expected);
    const pointer = toPointer(path);
    if (best === undefined) lost.push(lostSpan(pointer, span.text, "not-found"));
    else if (before !== -1 && after !== -1 && expected - before === after - expected)
      lost.push(lostSpan(pointer, span.text, "ambiguous"));
    else {
      if (best !== span.start) moved.push({ pointer, from: span.start, to: best });
      const target = span as { start: number; end: number };
      target.start = best;
      target.end = best + span.text.length;
    }
  };
  const visit = (value: unknown, path: (string | number)[]) => {
    if (isEvidence(value)) rebase(value, path);
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) if (key !== "body") visit(child, [...path, key]);
    }
  };
  visit(document, []);
  document.body = newBody;
  return { document, moved, lost };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The issue of an argument that is not what {@link rebaseEvidence} takes. */
function wrongInput(pointer: string, expected: string, got: unknown): Issue {
  const what = got === null ? "null" : Array.isArray(got) ? "an array" : typeof got;
  return { code: "type", pointer, message: `must be ${expected} (got ${what})` };
}
