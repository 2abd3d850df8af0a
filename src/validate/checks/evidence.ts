import type { Evidence } from "../../generated/types.js";
import { isLowSurrogate, nearestOccurrence } from "../../core/utf16.js";
import { toPointer } from "../../core/pointer.js";
import { shorten, type DocumentContext, type Path } from "./context.js";

/*
 * Evidence spans: each points into the body (UTF-16 offsets, whole characters) and its text is
 * the body's there.
 */

/**
 * The evidence list at `parent` + `key`. Most spans are right, so each is first tested without
 * building its path; a wrong one is then explained at its path.
 *
 * @example
 * ```ts
 * checkEvidenceList(context, event.evidence, ["events", 0], "evidence");
 * ```
 */
export function checkEvidenceList(
  context: DocumentContext,
  list: readonly Evidence[] | undefined,
  parent: Path,
  key: string,
): void {
  if (list === undefined) return;
  const body = context.doc.body;
  for (let i = 0; i < list.length; i++) {
    const evidence = list[i] as Evidence;
    if (body !== undefined && spanHolds(context, body, evidence)) continue;
    checkEvidence(context, evidence, parent.concat(key, i));
  }
}

function checkEvidence(context: DocumentContext, evidence: Evidence, path: Path): void {
  const body = context.doc.body;
  if (body === undefined) {
    // An article-only document may leave the body out, but evidence points into it.
    if (!context.reportedMissingBody)
      context.add("required", ["body"], `is required when evidence points into the text (first at ${toPointer(path)})`);
    context.reportedMissingBody = true;
    return;
  }
  const { start, end, text } = evidence;
  if (end > body.length) {
    context.add(
      "evidence-out-of-range",
      path.concat("end"),
      `must be at most ${body.length}, the body's length in UTF-16 code units (got ${end})${REBASE}`,
    );
    return;
  }
  if (start >= end) {
    context.add("evidence-out-of-range", path.concat("start"), `must be less than end (${end}; got ${start})`);
    return;
  }
  if (isLowSurrogate(body.charCodeAt(start)) || isLowSurrogate(body.charCodeAt(end))) {
    const at = isLowSurrogate(body.charCodeAt(start)) ? "start" : "end";
    context.add("evidence-splits-character", path.concat(at), "splits a character written as a UTF-16 surrogate pair");
    return;
  }
  const actual = body.slice(start, end);
  if (actual !== text) {
    // Only for an issue that is shown: a body edited under thousands of spans is not searched for each.
    const found = context.showsNextIssue ? nearestOccurrence(body, text, start) : undefined;
    const where =
      found === undefined
        ? '; those words are not in the body: news-events find DOC "words" looks for others'
        : `; those words are at ${found}–${found + text.length}${REBASE}`;
    context.add(
      "evidence-mismatch",
      path.concat("text"),
      `must equal the body text at ${start}–${end}: ${JSON.stringify(shorten(actual))} (got ${JSON.stringify(shorten(text))}${where})`,
      { expected: actual, got: text, ...(found !== undefined && { found }) },
    );
  }
}

/** What to do after an edit of the body moved the spans. */
const REBASE = "; after editing the body, news-events rebase DOC --body NEW.txt re-places every span";

/**
 * True when every span of the list (if any) holds in the document's body: what
 * {@link checkEvidenceList} would find nothing wrong with, answered without a path.
 *
 * @example
 * ```ts
 * spansHold(context, date.evidence); // => true when each span quotes the body at its offsets
 * ```
 */
export function spansHold(context: DocumentContext, list: readonly Evidence[] | undefined): boolean {
  if (list === undefined) return true;
  const body = context.doc.body;
  if (body === undefined) return list.length === 0;
  for (let i = 0; i < list.length; i++) if (!spanHolds(context, body, list[i] as Evidence)) return false;
  return true;
}

/**
 * True when the span is inside the body, whole characters at both ends, and its text is the body's
 * there: exactly the spans `checkEvidence` has nothing to say about. Compares in place, no slice:
 * `indexOf` from `start` finds the text there first when it is there, and compares in the engine's
 * own string search (2 to 3 times faster than `startsWith` on a body with non-Latin-1 text, which
 * compares character by character). A span whose text is not there costs a search of the rest of
 * the body: its first and last characters are compared first, which tells nearly every wrong span
 * (a body edited under its spans) without one, and past {@link MAX_SPAN_SEARCHES} such searches
 * in a document the others are compared in place.
 */
function spanHolds(context: DocumentContext, body: string, evidence: Evidence): boolean {
  const { start, end, text } = evidence;
  if (!(
    start < end &&
    end <= body.length &&
    end - start === text.length &&
    !isLowSurrogate(body.charCodeAt(start)) &&
    !isLowSurrogate(body.charCodeAt(end)) &&
    body.charCodeAt(start) === text.charCodeAt(0) &&
    body.charCodeAt(end - 1) === text.charCodeAt(end - start - 1)
  ))
    return false;
  if (context.spanSearches >= MAX_SPAN_SEARCHES) return body.startsWith(text, start);
  if (body.indexOf(text, start) === start) return true;
  context.spanSearches++;
  return false;
}

/** Wrong spans of one document that may cost a search of the rest of its body. */
const MAX_SPAN_SEARCHES = 8;
