import { escapeControls } from "./escape.js";

/**
 * Stable machine-readable codes for every problem the validators report. New codes may be added
 * in minor versions; existing codes never change meaning.
 */
export type IssueCode =
  // JSON Schema
  | "type"
  | "required"
  | "unknown-property"
  | "enum"
  | "const"
  | "format"
  | "pattern"
  | "too-short"
  | "too-few-items"
  | "too-many-items"
  | "multiple-of"
  | "out-of-range"
  | "duplicate-item"
  | "unknown-kind"
  | "schema"
  // document checks
  | "duplicate-id"
  | "dangling-reference"
  | "wrong-reference-type"
  | "evidence-out-of-range"
  | "evidence-mismatch"
  | "evidence-splits-character"
  | "evidence-not-found"
  | "lone-surrogate"
  | "evidence-ambiguous"
  | "invalid-date"
  | "date-order"
  | "precision-mismatch"
  | "missing-anchor"
  | "unresolved-target"
  | "inconsistent"
  | "unknown-term"
  // JSON-LD and Linked Data (toJsonLd, nodeIds, its site options, fromLinkedData)
  | "unsafe-url"
  | "unsafe-id"
  | "unreadable"
  | "circular-reference"
  | "shared-reference"
  // input
  | "invalid-json"
  | "invalid-utf8"
  | "too-large"
  | "empty"
  | "too-many-issues"
  | "too-deep"
  | "too-large"
  | "internal";

/**
 * Raw values a problem's message was composed from (an id, a key, the value received), kept as
 * data so that a program can read them and a formatter can escape them.
 */
export type ProblemParams = Readonly<Record<string, string | number | boolean>>;

/**
 * The one shape of every problem the library reports — a validation issue, a checker finding, a
 * part of an import that found no place — so that one formatter prints them all.
 *
 * @example
 * ```ts
 * const problem: Problem = { code: "enum", pointer: "/events/2/outcome", message: "must be one of …" };
 * ```
 */
export interface Problem<Code extends string = string> {
  /** Stable code: what kind of problem it is. */
  readonly code: Code;
  /**
   * JSON Pointer (RFC 6901) to the offending value in the input; `""` is the whole input. For a
   * missing property it points where the property should be.
   */
  readonly pointer: string;
  /** What is wrong and what was expected, for a person; does not repeat the pointer. */
  readonly message: string;
  /** The raw values the message was composed from, where it names any. */
  readonly params?: ProblemParams;
}

/**
 * One problem found in the input.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "enum",
 *   pointer: "/events/2/outcome",
 *   message: 'must be one of successful, in-control, failed, attempted, plot, alleged (got "sucessful")',
 *   params: { got: "sucessful" },
 * };
 * ```
 */
export interface Issue extends Problem<IssueCode> {}

/** The result of a safe validation: the typed value, or the issues found. Never thrown. */
export type ValidationResult<T> =
  | {
      /** The input is valid. */
      readonly ok: true;
      /** The input itself, typed (not a copy). */
      readonly value: T;
    }
  | {
      /** The input is invalid. */
      readonly ok: false;
      /** What is wrong: at least one issue, at most {@link MAX_ISSUES}. */
      readonly issues: readonly [Issue, ...Issue[]];
    };

/** At most this many issues are reported for one input; the last one says how many were left out. */
export const MAX_ISSUES = 100;

/** Options of {@link formatIssue}. */
export interface FormatIssueOptions {
  /**
   * Show control characters, line separators, bidirectional overrides and lone surrogates in
   * the pointer and message as `\u` escapes, as the CLI prints them: for a terminal, a log line
   * or HTML built from the result. Off by default (the message exactly as composed).
   */
  readonly escape?: boolean;
}

/**
 * Formats a problem as one line: `pointer: message`, with `(root)` standing for the whole input
 * (its pointer is "": `/` would be the member named ""). With
 * `{ escape: true }`, what came from the input can neither break the line nor drive a terminal.
 *
 * @example
 * ```ts
 * formatIssue({ code: "required", pointer: "/events/0/country", message: "is required" });
 * // => "/events/0/country: is required"
 * formatIssue({ code: "enum", pointer: "/kind", message: 'must be one of … (got "x\u001b[2J")' }, { escape: true });
 * // => '/kind: must be one of … (got "x\\u001b[2J")'
 * ```
 */
export function formatIssue(issue: Problem): string;
export function formatIssue(issue: Problem, options: FormatIssueOptions): string;
export function formatIssue(issue: Problem, options?: FormatIssueOptions): string {
  const line = issueText(issue);
  // `issues.map(formatIssue)` passes an index as the second argument: only an object counts.
  return typeof options === "object" && options !== null && options.escape === true ? escapeControls(line) : line;
}

/**
 * A JSON Pointer as a line shows it: the whole input, the empty pointer "", as `(root)`. Shown as
 * `/` before (found by a trial), which in RFC 6901 is the member named "" of the root object.
 *
 * @example
 * ```ts
 * pointerText(""); // => "(root)"
 * pointerText("/"); // => "/"
 * ```
 * @internal
 */
export function pointerText(pointer: string): string {
  return pointer === "" ? "(root)" : pointer;
}

/**
 * `pointer: message`, unescaped: {@link formatIssue} without options. Kept apart so that the error
 * class (in every entry) does not carry the escaping, which only a formatter needs.
 *
 * @internal
 */
export function issueText(issue: Problem): string {
  return `${pointerText(issue.pointer)}: ${issue.message}`;
}

/** Shows a value briefly inside a message: JSON, cut to 60 characters. */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Caps a list of issues at {@link MAX_ISSUES}, saying how many were left out. */
export function capIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const kept = issues.slice(0, MAX_ISSUES - 1);
  kept.push({ code: "too-many-issues", pointer: "", message: `${issues.length - kept.length} more issues not shown` });
  return kept;
}
