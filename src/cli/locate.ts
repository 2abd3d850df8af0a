import { visit } from "jsonc-parser";
import { parsePointer } from "../core/pointer.js";

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
