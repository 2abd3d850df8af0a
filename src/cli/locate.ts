import { visit } from "jsonc-parser";
import { parsePointer, toPointer } from "../core/pointer.js";
import type { Place } from "./duplicate-note.js";

// Locating a pointer in a JSON text is the checker's too (checkHtmlPage): it lives there.
export { lineIndex, lineLocator, memberLocator } from "../check/lines.js";

/** The pointers asked for, as a tree of their segments; `line` is set when the scan reaches the value. */
interface Wanted {
  readonly children: Map<string, Wanted>;
  line?: number;
  /** A member given twice (or more): the line of its first; `line` is its last, which JSON.parse keeps. */
  earlier?: number;
}

/** Forgets the lines found inside a member given again: they were in the value JSON.parse drops. */
function forget(node: Wanted): void {
  for (const child of node.children.values()) {
    delete child.line;
    delete child.earlier;
    forget(child);
  }
}

/**
 * {@link placesOf}' lines only.
 *
 * @example
 * ```ts
 * linesOf('{\n "a": [\n  1,\n  2\n ]\n}', ["/a/1", "/b"]); // => Map { "/a/1" => 4, "/b" => 1 }
 * ```
 */
export function linesOf(text: string, pointers: readonly string[]): Map<string, number> {
  return new Map([...placesOf(text, pointers)].map(([pointer, place]) => [pointer, place.line]));
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
 * line of its nearest existing parent; 1 when the text cannot be scanned). A member given twice is
 * found at its last, the one JSON.parse keeps and validation judged (found by a trial: the first
 * was named), with the line of the first. One pass over the text with no tree built, so time is
 * linear in the text and memory in its depth, whatever the number of values: a 9 MB array of a
 * million objects is scanned, not held as a million nodes.
 *
 * @example
 * ```ts
 * placesOf('{\n "a": 1,\n "a": 2\n}', ["/a"]).get("/a"); // => { line: 3, duplicate: { pointer: "/a", line: 2 } }
 * ```
 */
export function placesOf(text: string, pointers: readonly string[]): Map<string, Place> {
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
    if (node?.line !== undefined) {
      node.earlier ??= node.line;
      forget(node);
    }
    if (node) node.line = line + 1;
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
  return new Map(pointers.map((pointer) => [pointer, placeOf(root, pointer)]));
}

/** Where the scan found a pointer's value, or its nearest parent's, with the first member given twice on its way. */
function placeOf(root: Wanted, pointer: string): Place {
  let node: Wanted | undefined = root;
  let line = root.line ?? 1;
  let duplicate: Place["duplicate"];
  const path: string[] = [];
  for (const segment of parsePointer(pointer)) {
    node = node?.children.get(segment);
    path.push(segment);
    if (node?.line === undefined) break;
    line = node.line;
    if (node.earlier !== undefined) duplicate ??= { pointer: toPointer(path), line: node.earlier };
  }
  return duplicate ? { line, duplicate } : { line };
}
