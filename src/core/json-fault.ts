/*
 * Why a text is not JSON, in words an author can act on (the CLI's reader for files, `check` for a
 * page's blocks): where the first fault is (line and column, 1-based, as editors count them) and
 * what to do. jsonc-parser's strict scan finds the fault's offset and kind; the neighbouring
 * characters tell a trailing comma from `,,`.
 */
import { parse, type ParseError } from "jsonc-parser";
import { unicodeEscape } from "./escape.js";

/**
 * Characters that show as nothing or as a blank: controls, format characters (a byte order mark
 * where it does not belong, a zero-width space, a bidi mark), spaces other than U+0020, line and
 * paragraph separators, private-use code points and lone surrogates. A fault is often one of
 * them (text pasted from a word processor), and printed as it is the message read `unexpected ""`.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/** Each invisible character of `text` as `\u` escapes (one per UTF-16 unit: a private-use character may take two). */
const escapeInvisible = (text: string) => text.replace(INVISIBLE, (c) => c.split("").map(unicodeEscape).join(""));

/** Text from the input as the message quotes it: in double quotes, each invisible character escaped. */
const shown = (text: string) => escapeInvisible(JSON.stringify(text));

/** The first fault of a text that is not JSON. */
export interface JsonFault {
  /** 1-based line of the fault. */
  readonly line: number;
  /** 1-based column of the fault (in UTF-16 code units, as editors count them). */
  readonly column: number;
  /** What is wrong and what to do, e.g. "a trailing comma before }: remove the comma". */
  readonly message: string;
}

/** The last character before `offset` that is not white space, and its offset (-1: none). */
function previousMark(text: string, offset: number): { char: string; at: number } {
  let at = offset - 1;
  while (at >= 0 && /\s/.test(text.charAt(at))) at--;
  return { char: at >= 0 ? text.charAt(at) : "", at };
}

/** The words for a token found where a value or a property name was expected. */
function unexpectedToken(found: string, expected: "value" | "name"): string {
  if (found.startsWith("'")) return "a string in single quotes: JSON strings take double quotes";
  if (expected === "name" && /^[A-Za-z_$][\w$]*$/.test(found))
    return `a property name without quotes (${found}): write it in double quotes, "${found}"`;
  if (/^(True|False|None|NULL|Null|undefined|NaN|Infinity)$/.test(found))
    return `${found} is not a JSON value: use true, false, null, or a number`;
  if (expected === "name") return `unexpected ${shown(found)}: expected a property name in double quotes`;
  return `unexpected ${shown(found)}: expected a value (a string in double quotes, a number, true, false, null, an object or an array)`;
}

/** The fault where a value or a property name was expected (jsonc-parser's errors 3 and 4). */
function missingValue(text: string, error: ParseError, found: string): { at: number; message: string } {
  const before = previousMark(text, error.offset);
  if (before.char === "," && (found === "}" || found === "]"))
    return { at: before.at, message: `a trailing comma before ${found}: remove the comma` };
  if (before.char === "," && found === ",")
    return { at: error.offset, message: "two commas in a row (,,): remove one, or put the missing value between them" };
  if ((before.char === "{" || before.char === "[") && found === ",")
    return { at: error.offset, message: `a comma right after ${before.char}: remove it` };
  if (found.trim() === "")
    return { at: error.offset, message: "the text ends where a value was expected: it is cut short" };
  return { at: error.offset, message: unexpectedToken(found, error.error === 3 ? "name" : "value") };
}

/** Text found where the fault is, quoted once: a string token (`"b"`) already has its quotes. */
const quoted = (found: string) => (/^"[^"\\]*"$/.test(found) ? escapeInvisible(found) : shown(found));

/** The words for jsonc-parser's other errors, by code. */
const FAULT_WORDS: Readonly<Record<number, (found: string) => string>> = {
  5: (found) => `expected a colon after the property name (found ${quoted(found)})`,
  6: (found) => `a missing comma before ${quoted(found)}: add a comma between the two values`,
  9: (found) =>
    `more text after the end of the JSON value (found ${quoted(found)}): a document is one value; for several records, write one per line (NDJSON)`,
  10: () => "a comment (// or /* */): JSON has no comments; remove it",
  11: () => "a comment that is never closed (/* without */); JSON has no comments: remove it",
  12: () =>
    'a string that is not closed: add the closing " (a string cannot run past the end of its line; write a line break as \\n)',
  14: (found) => `an invalid \\u escape (${shown(found)}): write \\u and four hex digits`,
  15: (found) => `an invalid escape (${shown(found)}): a backslash in a string is written \\\\`,
  16: () => "a control character (a tab or a line break) inside a string: write it as \\t or \\n",
};

/** The fault an error of jsonc-parser stands for, at the offset to report. */
function explain(text: string, error: ParseError): { at: number; message: string } {
  const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 20)));
  if (error.error === 3 || error.error === 4) return missingValue(text, error, found);
  if (error.error === 1) {
    // InvalidSymbol: a bare word before a colon is a property name without quotes.
    const token = text.slice(error.offset, error.offset + error.length);
    const before = previousMark(text, error.offset).char;
    const isName = (before === "{" || before === ",") && /^\s*:/.test(text.slice(error.offset + error.length));
    return { at: error.offset, message: unexpectedToken(token, isName ? "name" : "value") };
  }
  if (error.error === 7 || error.error === 8) {
    const close = error.error === 7 ? "}" : "]";
    const message =
      error.offset >= text.trimEnd().length
        ? `the text ends before its closing ${close}: it is cut short, or a ${close} is missing`
        : `expected , or ${close} (found ${shown(found)})`;
    return { at: error.offset, message };
  }
  const words = FAULT_WORDS[error.error];
  return {
    at: error.offset,
    message: words ? words(found) : `an invalid number or symbol (found ${shown(found)})`,
  };
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The first fault of a text that is not JSON, or undefined when the strict scan finds none (the
 * text is JSON, or too deep to scan: the caller then falls back to its own message).
 *
 * @example
 * ```ts
 * jsonFault('{\n  "a": 1,\n}'); // => { line: 2, column: 9, message: "a trailing comma before }: remove the comma" }
 * ```
 */
export function jsonFault(text: string): JsonFault | undefined {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    return undefined; // the scanner recurses: a hostile, very deep text may exhaust the stack
  }
  const first = errors[0];
  if (!first) return undefined;
  const { at, message } = explain(text, first);
  return { ...lineAndColumn(text, at), message };
}
