/*
 * Edits of a user's JSON file that change only what they must (issue 25): a value replaced in
 * place, an array item removed with its comma, every other byte (indentation, line endings, key
 * order, escapes) as it was. jsonc-parser finds each value's offsets in the text.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type Edit, type Node } from "jsonc-parser";
import { parsePointer } from "../core/pointer.js";

/** A JSON Pointer as jsonc-parser's path: array indexes as numbers. */
function pathOf(pointer: string): (string | number)[] {
  return parsePointer(pointer).map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** `text` with the value at `pointer` replaced by `value`, written as compact JSON; nothing else changes. */
export function replaceValue(text: string, pointer: string, value: unknown): string {
  return applyEdits(text, modify(text, pathOf(pointer), value, {}));
}

/** The edit that removes an array item and one comma beside it, leaving the lines around it as they were. */
function removalOf(item: Node, items: readonly Node[], index: number): Edit {
  const next = items[index + 1];
  if (next) return { offset: item.offset, length: next.offset - item.offset, content: "" };
  const previous = items[index - 1];
  if (previous) {
    const from = previous.offset + previous.length;
    return { offset: from, length: item.offset + item.length - from, content: "" };
  }
  return { offset: item.offset, length: item.length, content: "" };
}

/**
 * `text` without the array items at `pointers` (each an item of an array). Items of the same
 * array are removed from the last, so that each pointer still names the item it named.
 */
export function removeItems(text: string, pointers: readonly string[]): string {
  const paths = pointers.map(pathOf).sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const x = a[i] as string | number;
      const y = b[i] as string | number;
      if (x !== y) return typeof x === "number" && typeof y === "number" ? y - x : String(y).localeCompare(String(x));
    }
    return b.length - a.length;
  });
  let out = text;
  for (const path of paths) {
    const root = parseTree(out);
    const index = path[path.length - 1];
    const array = root && findNodeAtLocation(root, path.slice(0, -1));
    const items = array?.type === "array" ? (array.children ?? []) : [];
    const item = typeof index === "number" ? items[index] : undefined;
    if (item === undefined || typeof index !== "number") continue;
    out = applyEdits(out, [removalOf(item, items, index)]);
  }
  return out;
}
