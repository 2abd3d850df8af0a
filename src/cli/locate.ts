import { parse, visit, type ParseError } from "jsonc-parser";
import { parsePointer } from "../core/pointer.js";

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// Locating a pointer in a JSON text is the checker's too (checkHtmlPage): it lives there.
export { lineIndex, lineLocator } from "../check/lines.js";

/** The pointers asked for, as a tree of their segments; `line` is set when the scan reaches the value. */
interface Wanted {
  readonly children: Map<string, Wanted>;
  line?: number;
}

/** An open object or array during the scan: its node of the tree (undefined: nothing wanted inside). */
interface Frame {
  readonly node: Wanted | undefined;
  readonly isArray: boolean;
  index: number;
  key: string;
}

/**
 * The 1-based line where each of `pointers` starts in one JSON text (for a missing member, the
 * line of its nearest existing parent; 1 when the text cannot be scanned). One pass over the text
 * with no tree built, so time is linear in the text and memory in its depth, whatever the number
 * of values: a 9 MB array of a million objects is scanned, not held as a million nodes.
 *
 * @example
 * ```ts
 * linesOf('{\n "a": [\n  1,\n  2\n ]\n}', ["/a/1", "/b"]); // => Map { "/a/1" => 4, "/b" => 1 }
 * ```
 */
export function linesOf(text: string, pointers: readonly string[]): Map<string, number> {
  const root: Wanted = { children: new Map() };
  for (const pointer of pointers) {
    let node = root;
    for (const segment of parsePointer(pointer)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
  }
  const stack: Frame[] = [];
  const enter = (line: number): Wanted | undefined => {
    const parent = stack[stack.length - 1];
    const node = parent ? parent.node?.children.get(parent.isArray ? String(parent.index) : parent.key) : root;
    if (node && node.line === undefined) node.line = line + 1;
    return node;
  };
  const open = (isArray: boolean) => (_o: number, _l: number, line: number) => {
    const node = enter(line);
    stack.push({ node, isArray, index: 0, key: "" });
    // Nothing asked for inside: its members are scanned but not reported.
    return node !== undefined && node.children.size > 0 ? undefined : false;
  };
  try {
    visit(text, {
      onObjectBegin: open(false),
      onArrayBegin: open(true),
      onObjectProperty: (name) => {
        const top = stack[stack.length - 1];
        if (top) top.key = name;
      },
      onSeparator: (char) => {
        const top = stack[stack.length - 1];
        if (char === "," && top?.isArray) top.index++;
      },
      onLiteralValue: (_v, _o, _l, line) => void enter(line),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
    });
  } catch {
    // The scanner recurses: a hostile 10,000-deep text may exhaust the stack. The line number is a
    // convenience; the issue itself is still reported (at the lines found so far, or line 1).
  }
  const lines = new Map<string, number>();
  for (const pointer of pointers) {
    let node: Wanted | undefined = root;
    let line = root.line ?? 1;
    for (const segment of parsePointer(pointer)) {
      node = node?.children.get(segment);
      if (node?.line !== undefined) line = node.line;
      else break;
    }
    lines.set(pointer, line);
  }
  return lines;
}

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
