// Runs of plain text: characters that the tokenizer's text states emit as they are, taken in one
// step by the page reader's tokenizer (html-tokens.ts) instead of one state call per character.
import { Tokenizer, type TokenHandler } from "parse5";

/**
 * The length of the run of text at `from` in which the text states below read every character as
 * itself: no `<` (nor `&` when `ampersand`), no NUL, no CR (read as LF), no surrogate (read in
 * pairs), stopping short of the input's last character (which may be half a pair or a CR).
 */
export function plainRun(html: string, from: number, ampersand: boolean): number {
  const last = html.length - 1;
  let at = from;
  for (; at < last; at++) {
    const c = html.charCodeAt(at);
    if (c === 0x3c || c === 0 || c === 0x0d || (c & 0xf800) === 0xd800 || (ampersand && c === 0x26)) break;
  }
  return at - from;
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
  for (let at = input.pos; at < end; at++)
    if (html.charCodeAt(at) === 0x0a) {
      line++;
      lineStart = at + 1;
    }
  input.pos = end;
  input.line = line;
  input.lineStartPos = lineStart;
  input.isEol = html.charCodeAt(end) === 0x0a;
  input.skipNextNewLine = false;
}
