import { findEvidence, type FindEvidenceOptions } from "../authoring/evidence.js";
import type { Evidence } from "../generated/types.js";
import { readSingleJson } from "./input.js";
import { errLine } from "./output.js";
import { issueLine } from "./report.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** At most this many occurrences are listed when the words are ambiguous. */
const MAX_LISTED = 20;

/** A span as one line of JSON, to paste into an `evidence` or `mentions` list. */
const spanLine = (span: Evidence) => `${JSON.stringify({ start: span.start, end: span.end, text: span.text })}\n`;

/**
 * `news-events find DOC "words" [--occurrence N | --after OFFSET]`: where the words stand in the
 * document's body, as a span to paste (`{"start":…,"end":…,"text":…}` on stdout). Words found
 * several times list every occurrence and exit 1 until one is chosen; words not found say so.
 */
export async function findCommand(
  file: string,
  words: string,
  options: FindEvidenceOptions,
  io: Io,
  maxRecordBytes?: number,
): Promise<number> {
  const { value, display } = await readSingleJson(file, io, { maxRecordBytes, expected: "one news document" });
  const body = value !== null && typeof value === "object" ? (value as { body?: unknown }).body : undefined;
  if (typeof body !== "string") throw new UsageError(`${display}: has no "body" to look in`);
  const found = findEvidence(body, words, options);
  if (found.ok) {
    io.stdout(spanLine(found.value));
    return EXIT.ok;
  }
  io.verdict?.(EXIT.invalid);
  for (const issue of found.issues) errLine(io, issueLine(display, undefined, issue));
  if (found.issues[0]?.code !== "evidence-ambiguous") return EXIT.invalid;
  for (let n = 1; n <= MAX_LISTED; n++) {
    const each = findEvidence(body, words, { occurrence: n });
    if (!each.ok) break;
    io.stdout(spanLine(each.value));
  }
  errLine(io, `news-events: choose one with --occurrence N (1 for the first) or --after OFFSET`);
  return EXIT.invalid;
}
