import type { Issue, Problem } from "../core/issue.js";
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

/** A problem found in an input, at its line: what `validate` reports, as a line or in JSON. */
export interface RecordProblem extends Problem {
  /** 1-based line in the input. */
  readonly line: number;
}

/** The problems, at their lines, of one input record: one verdict per document or event (an array holds several). */
export function* judge(record: InputRecord): Generator<[boolean, RecordProblem[]]> {
  if (!record.ok) {
    const { ok: _, ...problem } = record;
    yield [false, [problem]];
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
    const problems = issues.map((issue) => {
      const pointer = `${prefix}${issue.pointer}`;
      return { ...issue, pointer, line: lineOf(pointer) };
    });
    yield [issues.length === 0, problems];
  }
}

/** The verdicts on a run of records: how many were valid and invalid, and their problems. */
export interface BatchVerdicts {
  /** Valid records (documents and events; an array counts each item). */
  valid: number;
  /** Invalid records. */
  invalid: number;
  /** The problems found, in input order. */
  readonly problems: RecordProblem[];
}

/**
 * Judges records in order and sums up: what the main thread does with each batch it reads, and
 * a worker of `validate --jobs` with each batch it is sent.
 */
export function judgeAll(records: Iterable<InputRecord>): BatchVerdicts {
  const verdicts: BatchVerdicts = { valid: 0, invalid: 0, problems: [] };
  for (const record of records) {
    for (const [ok, problems] of judge(record)) {
      if (ok) verdicts.valid++;
      else verdicts.invalid++;
      verdicts.problems.push(...problems);
    }
  }
  return verdicts;
}
