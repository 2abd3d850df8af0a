import { escapeControls, unicodeEscape } from "../core/escape.js";
import { formatIssue, pointerText, type Problem } from "../core/issue.js";
import { EVENT_KINDS } from "../generated/schema-facts.js";
import { INPUT_CODES } from "./records.js";

// Every line and report the CLI prints about a problem is made here, so that the commands agree
// on one layout and one escaping. Lines are escaped here and again (idempotently) by outLine and
// errLine, which also cut an over-long line.

/**
 * `FILE:LINE:`, `FILE:LINE:COLUMN:` (a syntax fault, in the form editors and terminals link), or
 * `FILE:` when the line is not known.
 */
function place(file: string, line: number | undefined, column?: number): string {
  return line === undefined ? `${file}:` : column === undefined ? `${file}:${line}:` : `${file}:${line}:${column}:`;
}

/**
 * One validation problem: `FILE:LINE: /pointer: message`. A record that could not be read at all
 * (its code one of `INPUT_CODES`: not UTF-8, not JSON, too large, empty), or the count of issues
 * not shown, has no pointer: `FILE:LINE: message`; the whole record's pointer, "", is `(root)`.
 *
 * @example
 * ```ts
 * issueLine("feed.ndjson", 7, { code: "required", pointer: "/kind", message: "is required" });
 * // => "feed.ndjson:7: /kind: is required"
 * issueLine("doc.json", undefined, { code: "type", pointer: "", message: "must be an object" });
 * // => "doc.json: (root): must be an object"
 * issueLine("doc.json", 3, { code: "invalid-json", pointer: "", message: "is not valid JSON: a trailing comma before }: remove the comma", column: 9 });
 * // => "doc.json:3:9: is not valid JSON: a trailing comma before }: remove the comma"
 * ```
 */
export function issueLine(file: string, line: number | undefined, problem: Problem & { column?: number }): string {
  // A count of issues not shown is the record's, at no place in it.
  const unplaced = INPUT_CODES.has(problem.code) || problem.code === "too-many-issues";
  const what = unplaced ? problem.message : formatIssue(problem) + kindHint(problem);
  return escapeControls(`${place(file, line, problem.column)} ${what}`);
}

/** The kinds an unknown kind's issue lists without `--kinds DIR` (with it, the user's follow). */
const LIBRARY_KINDS = EVENT_KINDS.join(", ");

/**
 * How to use a kind of one's own, after an event's unknown kind, when the command was not given
 * the kinds (every command that reads documents takes `--kinds DIR`): the library's API says so
 * in its own words (toJsonLd: "pass the kinds your build wrote").
 */
const kindHint = (problem: Problem): string =>
  problem.code === "unknown-kind" &&
  problem.pointer.endsWith("/kind") &&
  String(problem.params?.["expected"]) === LIBRARY_KINDS
    ? "; a kind of your own? give --kinds DIR, built by news-events kinds build"
    : "";

/**
 * A problem under a label: `FILE[:LINE]: LABEL /pointer: message`. The label says what kind of
 * line it is: a checker finding's severity and rule (see {@link findingLine}), or what an import
 * or `rebase` did with a part ("not carried over", "lost", "moved").
 *
 * @example
 * ```ts
 * labelledLine("item.json", undefined, "not carried over", { pointer: "/edNote", message: "an editorial note" });
 * // => "item.json: not carried over /edNote: an editorial note"
 * ```
 */
export function labelledLine(
  file: string,
  line: number | undefined,
  label: string,
  problem: Pick<Problem, "pointer" | "message">,
): string {
  return escapeControls(`${place(file, line)} ${label} ${pointerText(problem.pointer)}: ${problem.message}`);
}

/** What {@link findingLine} needs of a checker finding. */
export interface FindingLike {
  readonly severity: string;
  readonly rule: string;
  readonly pointer: string;
  readonly message: string;
}

/**
 * One checker finding: `FILE[:LINE]: severity rule /pointer: message` (what `check` prints per
 * finding, and `jsonld --check` without a line).
 *
 * @example
 * ```ts
 * findingLine("page.html", 12, { severity: "error", rule: "google/headline", pointer: "/headline", message: "is missing" });
 * // => "page.html:12: error google/headline /headline: is missing"
 * ```
 */
export function findingLine(file: string, line: number | undefined, finding: FindingLike): string {
  return labelledLine(file, line, `${finding.severity} ${finding.rule}`, finding);
}

/**
 * Counts as one summary line: `3 valid, 1 invalid`, `0 errors, 2 warnings, 1 notes`. Words are
 * given as printed (they are not made plural or singular).
 *
 * @example
 * ```ts
 * summaryLine([[3, "valid"], [1, "invalid"]]); // => "3 valid, 1 invalid"
 * ```
 */
export function summaryLine(counts: readonly (readonly [count: number, word: string])[]): string {
  return counts.map(([count, word]) => `${count} ${word}`).join(", ");
}

/**
 * The last line of a command that refused an invalid document.
 *
 * @example
 * ```ts
 * refusedLine("doc.json", 2, "ninjs"); // => "doc.json: not a valid news document (2 issues); no ninjs written"
 * ```
 */
export function refusedLine(file: string, issues: number, instead: string): string {
  return escapeControls(
    `${file}: not a valid news document (${issues} issue${issues === 1 ? "" : "s"}); no ${instead} written`,
  );
}

/**
 * What JSON may carry raw but a terminal, a log or a page embedding the report must not get: DEL,
 * the C1 controls, U+2028 and U+2029, the bidirectional controls. (`JSON.stringify` escapes C0
 * controls and lone surrogates itself.) Outside strings its output is ASCII, so these are in strings.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify(value, null, 2)` with every character of {@link RAW_IN_JSON} written as a `\u`
 * escape: the same JSON value, safe to print or embed (what `--format json` reports are made of).
 *
 * @example
 * ```ts
 * reportJson({ message: "a\u2028b\u0085" }); // => '{\n  "message": "a\\u2028b\\u0085"\n}'
 * ```
 */
export function reportJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, unicodeEscape);
}

/** The lines of {@link reportJson}, each indented by `depth` levels (after the first). */
function indented(value: unknown, depth: number): string {
  return reportJson(value).replaceAll("\n", `\n${"  ".repeat(depth)}`);
}

/**
 * A `--format json` report, written as it goes so that a feed of any size needs no more memory
 * than one problem: `{ "version": 1, "files": [{ ...head, LIST: [...], ...tail }], "totals" }`,
 * byte for byte what `JSON.stringify(report, null, 2)` prints for the same object. `check` lists
 * `findings` per file, `validate` lists `issues`.
 *
 * @example
 * ```ts
 * const report = new JsonReport((text) => process.stdout.write(text), "issues");
 * report.startFile({ file: "feed.ndjson" });
 * report.add({ code: "required", pointer: "/kind", message: "is required", file: "feed.ndjson", line: 7 });
 * report.endFile({ valid: 9, invalid: 1 });
 * report.end({ files: 1, valid: 9, invalid: 1 });
 * ```
 */
export class JsonReport {
  private files = 0;
  private items = 0;
  constructor(
    private readonly write: (text: string) => void,
    private readonly list: string,
  ) {
    write('{\n  "version": 1,\n  "files": [');
  }

  /** Opens a file's entry; `head` holds the properties printed before the list (at least `file`). */
  startFile(head: Readonly<Record<string, unknown>>): void {
    let text = `${this.files++ === 0 ? "\n" : ",\n"}    {`;
    for (const [key, value] of Object.entries(head)) text += `\n      ${JSON.stringify(key)}: ${indented(value, 3)},`;
    this.write(`${text}\n      ${JSON.stringify(this.list)}: [`);
    this.items = 0;
  }

  /** One item of the open file's list. */
  add(item: unknown): void {
    this.write(`${this.items++ === 0 ? "\n" : ",\n"}        ${indented(item, 4)}`);
  }

  /** Closes the open file's entry; `tail` holds the properties printed after the list. */
  endFile(tail: Readonly<Record<string, unknown>> = {}): void {
    let text = this.items === 0 ? "]" : "\n      ]";
    for (const [key, value] of Object.entries(tail)) text += `,\n      ${JSON.stringify(key)}: ${indented(value, 3)}`;
    this.write(`${text}\n    }`);
  }

  /** Closes the report with the totals over all files. */
  end(totals: Readonly<Record<string, unknown>>): void {
    this.write(`${this.files === 0 ? "]" : "\n  ]"},\n  "totals": ${indented(totals, 1)}\n}\n`);
  }
}
