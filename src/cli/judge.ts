import { duplicateNote } from "./duplicate-note.js";
import { MAX_ISSUES, type Issue, type Problem, type ValidationResult } from "../core/issue.js";
import { validateDocument, validateEvent } from "../validate/validate.js";
import type { InputRecord } from "./records.js";
import type { KindDefinition } from "../core/kinds.js";

/** The validators records are judged with: the library's, or with `validate --kinds DIR` the kinds'. */
let judges: {
  validateDocument: (input: unknown) => ValidationResult<unknown>;
  validateEvent: (input: unknown) => ValidationResult<unknown>;
  kindsDir: string | undefined;
  kinds: readonly KindDefinition[] | undefined;
} = { validateDocument, validateEvent, kindsDir: undefined, kinds: undefined };

/**
 * Judges with `validators` (createValidator's, for the user-defined `kinds` built in `dir`) from
 * now on, on this thread; workers are started with `dir` and load them too. createValidator is
 * imported by the caller (kinds-dir.ts), so that validating without --kinds does not load it.
 *
 * @example
 * ```ts
 * const kinds = await loadKindsDir("src/kinds");
 * judgeWith(createValidator({ kinds }), "src/kinds", kinds);
 * ```
 */
export function judgeWith(
  validators: Pick<typeof judges, "validateDocument" | "validateEvent">,
  dir: string,
  kinds: readonly KindDefinition[],
): void {
  judges = {
    validateDocument: validators.validateDocument,
    validateEvent: validators.validateEvent,
    kindsDir: dir,
    kinds,
  };
}

/**
 * The directory of the kinds judged with, if any: what a worker thread is started with.
 *
 * @example
 * ```ts
 * new Worker(url, { workerData: { kindsDir: kindsDirInUse() } });
 * ```
 */
export const kindsDirInUse = (): string | undefined => judges.kindsDir;

/**
 * The user-defined kinds judged with, if any: what `export` makes their events' rows with.
 *
 * @example
 * ```ts
 * writeRows(document, target, kindsInUse());
 * ```
 */
export const kindsInUse = (): readonly KindDefinition[] | undefined => judges.kinds;

/** A record is an event when it says which kind it is; anything else is checked as a document. */
function validateRecord(value: unknown): readonly Issue[] {
  const isEvent =
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.prototype.hasOwnProperty.call(value, "kind");
  const result = isEvent ? judges.validateEvent(value) : judges.validateDocument(value);
  return result.ok ? [] : result.issues;
}

/** A problem found in an input, at its line: what `validate` reports, as a line or in JSON. */
export interface RecordProblem extends Problem {
  /** 1-based line in the input. */
  readonly line: number;
  /** For input that is not JSON: the 1-based column of the fault. */
  readonly column?: number;
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
 * Finds the lines of pointers in a JSON text (locate.ts, which reads with jsonc-parser): imported
 * the first time a record written over several lines has a problem, so that judging valid input
 * never loads it (issue 27's start-up figure). Worker threads and `export` load it at their start.
 */
let linesOf: typeof import("./locate.js").placesOf | undefined;

/**
 * Loads the line finder: from then on, problems are put on their lines as they are judged.
 *
 * @example
 * ```ts
 * await loadLineFinder(); // a worker thread, which judges its batches synchronously
 * ```
 */
export async function loadLineFinder(): Promise<void> {
  linesOf ??= (await import("./locate.js")).placesOf;
}

/** A multi-line record's problems, `problems[from, to)`, each at the record's first `line` until placed. */
interface Unplaced {
  readonly problems: RecordProblem[];
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly line: number;
}

/** Problems judged before the line finder was loaded, for {@link placed}. */
const unplaced: Unplaced[] = [];

/** Puts each of the problems on its line in the record's text: one scan of the text for all of them. */
function place({ problems, from, to, text, line }: Unplaced, find: NonNullable<typeof linesOf>): void {
  const lines = find(
    text,
    problems.slice(from, to).map((problem) => problem.pointer),
  );
  for (let i = from; i < to; i++) {
    const problem = problems[i] as RecordProblem;
    const found = lines.get(problem.pointer);
    const note = duplicateNote(found);
    problems[i] = { ...problem, line: line + (found?.line ?? 1) - 1, message: problem.message + note };
  }
  // In the order of the text, as a compiler lists its errors (the validators' order among those of
  // one line); the line that counts the issues not shown stays last.
  const end = problems[to - 1]?.code === "too-many-issues" ? to - 1 : to;
  const ordered = problems.slice(from, end).sort((a, b) => a.line - b.line);
  problems.splice(from, ordered.length, ...ordered);
}

/**
 * `verdicts` with every problem on its line: the problems judged before the line finder was
 * loaded are placed now, the finder loaded the first time one needs it.
 *
 * @example
 * ```ts
 * report(await placed(judgeAll(records)));
 * ```
 */
export async function placed(verdicts: BatchVerdicts): Promise<BatchVerdicts> {
  if (unplaced.length === 0) return verdicts;
  await loadLineFinder();
  for (const found of unplaced.splice(0)) place(found, linesOf as NonNullable<typeof linesOf>);
  return verdicts;
}

/** How many issues the library's own last line ("57 more issues not shown") stands for. */
function summarised(issue: Issue): number {
  if (issue.code !== "too-many-issues") return 0;
  return Number(/^(\d+) more issues not shown$/.exec(issue.message)?.[1] ?? 0);
}

/**
 * Judges one input record into `verdicts`: each document or event it holds counts as valid or
 * invalid (an array holds several), and its problems are capped as the library caps one input's,
 * at {@link MAX_ISSUES} lines, the last saying how many were left out. Without that cap a 300 KB
 * line `[{},{},…]` printed 600,000 lines. Only the kept problems are located, in one pass over
 * the record's text.
 */
function judgeRecord(record: InputRecord, verdicts: BatchVerdicts): void {
  if (!record.ok) {
    const { ok: _, ...problem } = record;
    verdicts.invalid++;
    verdicts.problems.push(problem);
    return;
  }
  const isArray = Array.isArray(record.value);
  const items: readonly unknown[] = isArray ? (record.value as unknown[]) : [record.value];
  const kept: Issue[] = [];
  let omitted = 0;
  items.forEach((item, i) => {
    const issues = validateRecord(item);
    if (issues.length === 0) verdicts.valid++;
    else verdicts.invalid++;
    for (const issue of issues) {
      const more = summarised(issue);
      if (more > 0) omitted += more;
      else if (kept.length < MAX_ISSUES) kept.push(isArray ? { ...issue, pointer: `/${i}${issue.pointer}` } : issue);
      else omitted++;
    }
  });
  // The library's rule: up to MAX_ISSUES shown in full, else one fewer and a line for the rest.
  if (omitted > 0 && kept.length === MAX_ISSUES) {
    kept.pop();
    omitted++;
  }
  if (omitted > 0) kept.push({ code: "too-many-issues", pointer: "", message: `${omitted} more issues not shown` });
  // One-line records (NDJSON) are their own line; a pretty document with problems is scanned once
  // for their line numbers (a valid one is not scanned at all: that scan was a fifth of the start-up
  // of `validate document.json`).
  const from = verdicts.problems.length;
  for (const issue of kept) verdicts.problems.push({ ...issue, line: record.line });
  placeOnLines(verdicts.problems, from, record);
}

/**
 * Puts the problems from `from` on, all of one record and given its first line, on the lines of
 * their pointers in its text: now if the line finder is loaded, else when {@link placed} is awaited.
 * A record of one line (NDJSON) is its own line.
 *
 * @example
 * ```ts
 * placeOnLines(problems, problems.length - 1, record); // export's refusal of a repeated url, on its line
 * ```
 */
export function placeOnLines(problems: RecordProblem[], from: number, record: InputRecord & { ok: true }): void {
  if (from === problems.length || !record.text.includes("\n")) return;
  const found: Unplaced = { problems, from, to: problems.length, text: record.text, line: record.line };
  if (linesOf !== undefined) place(found, linesOf);
  else unplaced.push(found);
}

/**
 * Judges records in order and sums up: what the main thread does with each batch it reads, and
 * a worker of `validate --jobs` with each batch it is sent.
 */
export function judgeAll(records: Iterable<InputRecord>): BatchVerdicts {
  const verdicts: BatchVerdicts = { valid: 0, invalid: 0, problems: [] };
  for (const record of records) judgeRecord(record, verdicts);
  return verdicts;
}
