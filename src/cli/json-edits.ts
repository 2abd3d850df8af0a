/*
 * Edits of a user's JSON file that change only what they must (issue 25): a value replaced in
 * place, an array item removed with its comma, every other byte (indentation, line endings, key
 * order, escapes) as it was. jsonc-parser finds each value's offsets in the text.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type Edit, type Node } from "jsonc-parser";
import { parsePointer } from "../core/pointer.js";

/**
 * A JSON Pointer as jsonc-parser's path, read against the tree where it has one: a segment is an
 * index (a number) in an array and a key (a string, "0" too) in an object; past the tree, a
 * segment of digits is taken for an index.
 *
 * @example
 * ```ts
 * pathOf("/events/0/0", parseTree('{"events": [{"0": 1}]}')); // => ["events", 0, "0"]
 * ```
 */
export function pathOf(pointer: string, root?: Node): (string | number)[] {
  let node = root;
  return parsePointer(pointer).map((segment) => {
    const isIndex = node ? node.type === "array" : /^(0|[1-9][0-9]*)$/.test(segment);
    const step = isIndex && /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment;
    node = node && findNodeAtLocation(node, [step]);
    return step;
  });
}

/** `text` with the value at `pointer` replaced by `value`, written as compact JSON; nothing else changes. */
export function replaceValue(text: string, pointer: string, value: unknown): string {
  return applyEdits(text, modify(text, pathOf(pointer, parseTree(text)), value, {}));
}

/**
 * `text` with the value at each pointer of `replacements` replaced (written as compact JSON, as
 * {@link replaceValue} writes it) and the array items at `removals` removed with one comma beside
 * each: one parse of the text and one copy of it, however many edits (made one at a time, each
 * parsed and copied the whole text again: a rebase of 800 spans in a 0.8 MB document took 20 s).
 * A pointer to a member that does not exist yet is added as {@link replaceValue} adds it.
 */
export function editJson(
  text: string,
  replacements: readonly (readonly [pointer: string, value: unknown])[],
  removals: readonly string[] = [],
): string {
  let root = parseTree(text);
  const missing = replacements.filter(([pointer]) => !root || !findNodeAtLocation(root, pathOf(pointer, root)));
  if (missing.length > 0) {
    // A new member (a document without a body yet): added first, then the text read again.
    for (const [pointer, value] of missing) text = replaceValue(text, pointer, value);
    root = parseTree(text);
  }
  const added = new Set(missing.map(([pointer]) => pointer));
  // Removals first: sorted stably, a removed item wins over a replacement of the same text.
  const edits: Edit[] = root ? removalEdits(root, removals) : [];
  for (const [pointer, value] of replacements) {
    const node = root && !added.has(pointer) ? findNodeAtLocation(root, pathOf(pointer, root)) : undefined;
    if (node) edits.push({ offset: node.offset, length: node.length, content: JSON.stringify(value) });
  }
  return spliced(text, edits);
}

/**
 * The edits that remove the array items at `pointers`, as removing them one at a time from the
 * last would: a run of removed items goes with the comma after it, or, at the array's end, with
 * the comma before it.
 */
function removalEdits(root: Node, pointers: readonly string[]): Edit[] {
  const byArray = new Map<Node, Set<number>>();
  for (const pointer of pointers) {
    const path = pathOf(pointer, root);
    const index = path[path.length - 1];
    const array = findNodeAtLocation(root, path.slice(0, -1));
    if (array?.type !== "array" || typeof index !== "number" || index >= (array.children ?? []).length) continue;
    const indexes = byArray.get(array) ?? new Set<number>();
    byArray.set(array, indexes.add(index));
  }
  const edits: Edit[] = [];
  for (const [array, indexes] of byArray) {
    const items = array.children ?? [];
    for (let a = 0; a < items.length; a++) {
      if (!indexes.has(a)) continue;
      let b = a;
      while (indexes.has(b + 1)) b++;
      const [first, last] = [items[a] as Node, items[b] as Node];
      const next = items[b + 1];
      const previous = items[a - 1];
      // Every item removed: the array is written empty, `[]`, with no line of blanks left inside.
      const all = !next && !previous;
      const from = all ? array.offset + 1 : next || !previous ? first.offset : previous.offset + previous.length;
      const to = all ? array.offset + array.length - 1 : next ? next.offset : last.offset + last.length;
      edits.push({ offset: from, length: to - from, content: "" });
      a = b;
    }
  }
  return edits;
}

/** `text` with `edits` made, in one pass; an edit inside another (a value in a removed item) is left out. */
function spliced(text: string, edits: Edit[]): string {
  edits.sort((x, y) => x.offset - y.offset || y.length - x.length);
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.offset < at) continue;
    parts.push(text.slice(at, edit.offset), edit.content);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
