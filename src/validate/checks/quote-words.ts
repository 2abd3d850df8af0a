import type { Quote } from "../../generated/types.js";
import type { AddIssue, Path } from "./context.js";

/** Quotation marks and spaces as typed differ from those printed; words are what must match. */
const normalize = (text: string) =>
  text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

const ELLIPSIS = /\u2026|\.\.\./;

/** True when the part's words, trimmed, are empty or in one span as written (a loop, no closure). */
function wordsInEvidence(part: string, evidence: readonly { text: string }[]): boolean {
  const words = part.trim();
  if (words === "") return true;
  for (let i = 0; i < evidence.length; i++) if ((evidence[i] as { text: string }).text.includes(words)) return true;
  return false;
}

/**
 * A quote's own words (direct or partial speech) must be in its evidence, each part between
 * ellipses in one span: a quotation the text does not hold is not a quotation.
 *
 * @example
 * ```ts
 * checkQuoteWords(quote, ["quotes", 0], context.add); // "inconsistent" at /quotes/0/text when the words are not in its evidence
 * ```
 */
export function checkQuoteWords(quote: Quote, path: Path, add: AddIssue): void {
  if (quote.speech === "reported" || !quote.evidence?.length) return;
  const evidence = quote.evidence;
  const { text } = quote;
  // Most quotes are copied as printed: words found as written are found after normalizing too
  // (a trimmed part's inner white space runs are whole runs of the span), so look for them first;
  // a quote without an ellipsis is one part, looked for without splitting it.
  const whole = text.indexOf("\u2026") === -1 && text.indexOf("...") === -1;
  if (whole ? wordsInEvidence(text, evidence) : text.split(ELLIPSIS).every((part) => wordsInEvidence(part, evidence)))
    return;
  const parts = text.split(ELLIPSIS);
  const spans = evidence.map((e) => normalize(e.text));
  const missing = parts.map(normalize).filter((part) => part !== "" && !spans.some((span) => span.includes(part)));
  if (missing.length > 0)
    add(
      "inconsistent",
      path.concat("text"),
      `is ${quote.speech} speech, but its evidence does not hold the words ${JSON.stringify(missing[0])}`,
      { words: missing[0] ?? "" },
    );
}
