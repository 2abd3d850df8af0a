import { formatIssue, type Issue } from "../core/issue.js";
import { validateDocument, validateEvent } from "../validate/validate.js";
import { lineLocator } from "./locate.js";
import type { InputRecord } from "./records.js";

/** A record is an event when it says which kind it is; anything else is checked as a document. */
function validateRecord(value: unknown): readonly Issue[] {
  const isEvent =
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.prototype.hasOwnProperty.call(value, "kind");
  const result = isEvent ? validateEvent(value) : validateDocument(value);
  return result.ok ? [] : result.issues;
}

/** The verdicts for one input record: one per document or event (an array holds several). */
export function* judge(record: InputRecord, display: string): Generator<[boolean, string[]]> {
  if (!record.ok) {
    yield [false, [`${display}:${record.line}: ${record.message}`]];
    return;
  }
  const items = Array.isArray(record.value)
    ? record.value.map((v, i) => [v, `/${i}`] as const)
    : [[record.value, ""] as const];
  // One-line records (NDJSON) are their own line; a pretty document is parsed once for line numbers.
  let locate: ((pointer: string) => number) | undefined;
  const lineOf = (pointer: string) => {
    if (!record.text.includes("\n")) return record.line;
    locate ??= lineLocator(record.text);
    return record.line + locate(pointer) - 1;
  };
  for (const [value, prefix] of items) {
    const issues = validateRecord(value);
    const lines = issues.map((issue) => {
      const pointer = `${prefix}${issue.pointer}`;
      const line = lineOf(pointer);
      return `${display}:${line}: ${formatIssue({ ...issue, pointer })}`;
    });
    yield [issues.length === 0, lines];
  }
}

/** The verdicts on a run of records: how many were valid and invalid, and the report lines. */
export interface BatchVerdicts {
  /** Valid records (documents and events; an array counts each item). */
  valid: number;
  /** Invalid records. */
  invalid: number;
  /** Report lines, in input order, not yet made printable. */
  readonly lines: string[];
}

/**
 * Judges records in order and sums up: what the main thread does with each batch it reads, and
 * a worker of `validate --jobs` with each batch it is sent.
 */
export function judgeAll(records: Iterable<InputRecord>, display: string): BatchVerdicts {
  const verdicts: BatchVerdicts = { valid: 0, invalid: 0, lines: [] };
  for (const record of records) {
    for (const [ok, lines] of judge(record, display)) {
      if (ok) verdicts.valid++;
      else verdicts.invalid++;
      verdicts.lines.push(...lines);
    }
  }
  return verdicts;
}
