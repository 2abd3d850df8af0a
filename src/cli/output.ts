import { escapeControls } from "../core/escape.js";
import type { Io } from "./usage.js";

/** The longest report line printed; the rest is said in a count (a 100,000-character key stays one short line). */
export const MAX_LINE_LENGTH = 2000;

/**
 * One line of a report as it is safe to print: every control character from the input (newlines,
 * escape sequences, C1 controls, bidirectional overrides, lone surrogates) is shown as a `\u`
 * escape by the library's own escaping (`formatIssue(issue, { escape: true })` uses the same), so
 * input can neither forge result lines nor drive the terminal, and an over-long line is cut with
 * a count of what was left out.
 *
 * @example
 * ```ts
 * printable('x\nforged.ndjson:7: \u001b[2J'); // => "x\\u000aforged.ndjson:7: \\u001b[2J"
 * ```
 */
export function printable(line: string): string {
  const escaped = escapeControls(line);
  if (escaped.length <= MAX_LINE_LENGTH) return escaped;
  // Never cut a surrogate pair in two.
  let cut = MAX_LINE_LENGTH - 40;
  if (/[\ud800-\udbff]/.test(escaped.charAt(cut - 1))) cut--;
  return `${escaped.slice(0, cut)}… (${(escaped.length - cut).toLocaleString("en")} more characters)`;
}

/** Writes one report line to standard output, made printable. */
export function outLine(io: Io, line: string): void {
  io.stdout(`${printable(line)}\n`);
}

/** Writes one report line to standard error, made printable. */
export function errLine(io: Io, line: string): void {
  io.stderr(`${printable(line)}\n`);
}
