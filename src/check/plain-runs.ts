// Runs of plain text: characters that the tokenizer's text states emit as they are, taken in one
// step by the page reader's tokenizer (html-tokens.ts) instead of one state call per character.
import { Tokenizer, type TokenHandler } from "parse5";

/** The plain characters of a text state (see {@link plainRun}), with and without `&`: sticky, native scans beat a loop over the characters. */
const PLAIN_NO_AMPERSAND = /[^<&\0\r\ud800-\udfff]*/y;
const PLAIN = /[^<\0\r\ud800-\udfff]*/y;

/**
 * The length of the run of text at `from` in which the text states below read every character as
 * itself: no `<` (nor `&` when `ampersand`), no NUL, no CR (read as LF), no surrogate (read in
 * pairs), stopping short of the input's last character (which may be half a pair or a CR).
 */
export function plainRun(html: string, from: number, ampersand: boolean): number {
  const plain = ampersand ? PLAIN_NO_AMPERSAND : PLAIN;
  plain.lastIndex = from;
  plain.test(html);
  const end = Math.min(plain.lastIndex, html.length - 1);
  return end > from ? end - from : 0;
}

/** The preprocessor's line count (parse5 8.1's private fields; `LINES_HOLD` checks they are there). */
export interface LineCount {
  pos: number;
  html: string;
  line: number;
  lineStartPos: number;
  isEol: boolean;
  skipNextNewLine: boolean;
}

/** parse5's preprocessor keeps its line count in the fields {@link skipPlain} moves; otherwise its own steps are taken. */
export const LINES_HOLD = ((p: object) => ["lineStartPos", "isEol", "skipNextNewLine"].every((f) => f in p))(
  new Tokenizer({ sourceCodeLocationInfo: false }, {} as TokenHandler).preprocessor,
);

/** The input {@link skipPlain} last searched, and its first LF (its length when none) at or after `lfFrom`: none lies between. */
let lfHtml = "";
let lfFrom = 0;
let lfAt = 0;

const nextLf = (html: string, from: number): number => {
  const at = html.indexOf("\n", from);
  return at === -1 ? html.length : at;
};

/**
 * Moves the preprocessor `length` plain characters on (no CR, no surrogate: see {@link plainRun}),
 * as that many `advance()` calls would: a line starts after each LF (counted when the character
 * after it is read, so an LF at the end leaves `isEol` set).
 */
export function skipPlain(input: LineCount, length: number): void {
  const html = input.html;
  const end = input.pos + length;
  let line = input.line;
  let lineStart = input.lineStartPos;
  // The current character (an LF sets isEol) and the run before its last character.
  // The next LF is remembered from the run before: a search past a run's end is not repeated for
  // every run of a line (a minified page is one line of many runs).
  let lf = html === lfHtml && lfFrom <= input.pos && input.pos <= lfAt ? lfAt : nextLf(html, input.pos);
  for (; lf < end; lf = nextLf(html, lf + 1)) {
    line++;
    lineStart = lf + 1;
  }
  lfHtml = html;
  lfFrom = end;
  lfAt = lf;
  input.pos = end;
  input.line = line;
  input.lineStartPos = lineStart;
  input.isEol = html.charCodeAt(end) === 0x0a;
  input.skipNextNewLine = false;
}
