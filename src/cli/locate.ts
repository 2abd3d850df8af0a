import { parse, type ParseError } from "jsonc-parser";

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// Locating a pointer in a JSON text is the checker's too (checkHtmlPage): it lives there.
export { lineIndex, lineLocator } from "../check/lines.js";

const PARSE_ERRORS: Record<number, string> = {
  1: "invalid symbol",
  2: "invalid number",
  3: "expected a property name",
  4: "expected a value",
  5: "expected a colon",
  6: "expected a comma",
  7: "expected a closing brace",
  8: "expected a closing bracket",
  9: "unexpected end of input",
  10: "comments are not allowed in JSON",
  11: "unexpected end of comment",
  12: "unexpected end of string",
  13: "unexpected end of number",
  14: "invalid unicode escape",
  15: "invalid escape character",
  16: "invalid character",
};

/**
 * Where and why a text is not JSON: the first syntax error's line and column (1-based), found
 * with a strict tokenizer because V8's JSON.parse messages do not always give a position.
 */
export function describeJsonError(error: unknown, text: string): { line: number; message: string } {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // Too deep to scan for a position: fall back to V8's message.
  }
  const first = errors[0];
  if (!first) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return { line: 1, message };
  }
  const line = lineAt(text, first.offset);
  const column = first.offset - text.lastIndexOf("\n", first.offset - 1);
  const found = text.slice(first.offset, first.offset + Math.max(1, Math.min(first.length, 20)));
  const what = PARSE_ERRORS[first.error] ?? "syntax error";
  return {
    line,
    message: `${what} at line ${line}, column ${column}${found.trim() ? ` (found ${JSON.stringify(found)})` : ""}`,
  };
}
