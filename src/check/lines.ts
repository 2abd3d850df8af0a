import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { jsonFault } from "../core/json-fault.js";
import { parsePointer } from "../core/pointer.js";

/**
 * A function from character offset to 1-based line, built once per text: the offsets where lines
 * start, searched by halves, so that 40,000 findings cost 40,000 short searches rather than 40,000
 * scans from the start.
 */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/**
 * A function from JSON Pointer to the line where that value starts in one JSON text (for a
 * missing member, the line of its nearest existing parent), parsing the text once however many
 * issues it has.
 */
export function lineLocator(text: string): (pointer: string) => number {
  let tree: ReturnType<typeof parseTree>;
  try {
    tree = parseTree(text);
  } catch {
    // The tree builder recurses: a hostile 10,000-deep input may exhaust the stack. The line
    // number is a convenience; the issue itself is still reported.
  }
  let lineOf: ((offset: number) => number) | undefined;
  return (pointer) => {
    if (!tree) return 1;
    lineOf ??= lineIndex(text);
    const path = parsePointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, path.slice(0, n));
      if (node) return lineOf(node.offset);
    }
    return 1;
  };
}

/**
 * Where a block that is not JSON breaks, in the page (the block's text starting at `line`,
 * `column`), and what is wrong in words; undefined when the strict scan finds no fault.
 */
export function blockFault(block: {
  text: string;
  line: number;
  column?: number;
}): { line: number; column: number; message: string } | undefined {
  const fault = jsonFault(block.text);
  if (!fault) return undefined;
  const column = fault.line === 1 ? (block.column ?? 1) + fault.column - 1 : fault.column;
  return { line: block.line + fault.line - 1, column, message: fault.message };
}
