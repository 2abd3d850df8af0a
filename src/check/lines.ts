import { parseTree, type Node as JsonNode } from "jsonc-parser";
import { jsonFault } from "../core/json-fault.js";
import { parsePointer, toPointer } from "../core/pointer.js";
import { countAtMost } from "../core/sorted.js";

/**
 * A function from character offset to 1-based line, built once per text: the offsets where lines
 * start, searched by halves, so that 40,000 findings cost 40,000 short searches rather than 40,000
 * scans from the start.
 */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  // The first line starts at 0: an offset before it (none is) still reads as line 1.
  return (offset) => Math.max(1, countAtMost(starts, offset));
}

/**
 * A function from JSON Pointer to the line where that value starts in one JSON text (for a
 * missing member, the line of its nearest existing parent), parsing the text once however many
 * issues it has. A member given twice is found at its last, the one `JSON.parse` keeps.
 */
export function lineLocator(text: string): (pointer: string) => number {
  const locate = memberLocator(text);
  return (pointer) => locate(pointer).line;
}

/**
 * {@link lineLocator} that also says, when a member on the pointer's way is given twice (or more),
 * which (its pointer) and the line of its first: the line found is its last, which `JSON.parse`
 * keeps and validation judged (found by a trial: the first was named, whose value is dropped).
 *
 * @example
 * ```ts
 * memberLocator('{\n "a": 1,\n "a": 2\n}')("/a"); // => { line: 3, duplicate: { pointer: "/a", line: 2 } }
 * ```
 */
export function memberLocator(
  text: string,
): (pointer: string) => { line: number; duplicate?: { pointer: string; line: number } } {
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text);
  } catch {
    // The tree builder recurses: a hostile 10,000-deep input may exhaust the stack. The line
    // number is a convenience; the issue itself is still reported.
  }
  let lineOf: ((offset: number) => number) | undefined;
  return (pointer) => {
    if (!tree) return { line: 1 };
    lineOf ??= lineIndex(text);
    let node = tree;
    let duplicate: { pointer: string; line: number } | undefined;
    const path = parsePointer(pointer);
    for (const [i, segment] of path.entries()) {
      const members = childrenAt(node, segment);
      const last = members.at(-1);
      if (last === undefined) break;
      if (members.length > 1 && members[0])
        duplicate ??= { pointer: toPointer(path.slice(0, i + 1)), line: lineOf(members[0].offset) };
      node = last;
    }
    return duplicate ? { line: lineOf(node.offset), duplicate } : { line: lineOf(node.offset) };
  };
}

/** The values of an object's members named `segment`, in order (several when it is given twice), or an array's item. */
function childrenAt(node: JsonNode, segment: string): JsonNode[] {
  if (node.type === "array") {
    const item = /^(0|[1-9]\d*)$/.test(segment) ? node.children?.[Number(segment)] : undefined;
    return item ? [item] : [];
  }
  if (node.type !== "object") return [];
  const found: JsonNode[] = [];
  for (const member of node.children ?? []) {
    const [key, value] = member.children ?? [];
    if (key?.value === segment && value) found.push(value);
  }
  return found;
}

/** A pointer's segments, array indexes as numbers (how the strict scan tells an item from a member). */
function segmentsOf(pointer: string): (string | number)[] {
  return parsePointer(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/**
 * A function from JSON Pointer to line, like {@link lineLocator}, for a text `JSON.parse`
 * accepted: each pointer is followed through the text, skipping the values beside its path, and
 * no tree of the whole text is built (a page's findings are few; its JSON-LD is most of the
 * checker's input). Anything it does not expect sends it to {@link lineLocator}.
 */
export function strictLineLocator(text: string): (pointer: string) => number {
  let lineOf: ((offset: number) => number) | undefined;
  let fallback: ((pointer: string) => number) | undefined;
  const seen: Followed = { containers: new Map(), escapes: text.includes("\\") };
  return (pointer) => {
    const offset = valueOffset(text, segmentsOf(pointer), seen);
    if (offset < 0) return (fallback ??= lineLocator(text))(pointer);
    return (lineOf ??= lineIndex(text))(offset);
  };
}

/**
 * What following pointers through one text has learnt: for each object or array met (by its
 * offset), where each member or item passed so far starts, and where the scan of it stopped. A
 * page's findings may point at thousands of members of one node (each unknown key) or items of
 * its `@graph`, in any order: each container is scanned once however many pointers go into it.
 * And whether any key may be escaped (else a key is read as the characters between its quotes).
 */
interface Followed {
  readonly containers: Map<number, Container>;
  readonly escapes: boolean;
}

/** One object or array, as far as pointers have scanned it. */
interface Container {
  /** Where each member's value (by key; the last of duplicates, as JSON.parse) or item (by index) starts. */
  readonly starts: Map<string | number, number>;
  /** Where the next member or item starts: the scan resumes here. */
  next: number;
  /** Members or items passed. */
  count: number;
  /** Whether the scan reached the container's end. */
  done: boolean;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The offset after the string that starts (with its quote) at `at`. */
function afterString(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** The offset after the value that starts at `at`. */
function afterValue(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x22) return afterString(text, at);
  let i = at;
  if (c === 0x7b || c === 0x5b) {
    for (let depth = 0; i < text.length;) {
      const d = text.charCodeAt(i);
      if (d === 0x22) {
        i = afterString(text, i);
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if ((d === 0x7d || d === 0x5d) && --depth === 0) return i + 1;
      i++;
    }
    return i;
  }
  while (i < text.length && !isSpace(text.charCodeAt(i)) && !",]}".includes(text.charAt(i))) i++;
  return i;
}

/** The offset of the first character at or after `at` that is not white space. */
function skipSpace(text: string, at: number): number {
  let i = at;
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** What {@link memberStart} returns when the text is not as strict JSON has it. */
const NOT_STRICT = -2;

/**
 * The offset where the value at `path` starts (an object's last member of that name, which
 * JSON.parse keeps; an array's item; for a missing one its nearest parent), or -1 when the
 * text is not as strict JSON has it.
 */
function valueOffset(text: string, path: readonly (string | number)[], seen: Followed): number {
  let at = skipSpace(text, 0);
  if (at >= text.length) return -1;
  for (const segment of path) {
    const open = text.charCodeAt(at);
    if (open !== 0x7b && open !== 0x5b) return at; // a scalar has no members
    // An array has items by index only; an object's member may be named "0" (RFC 6901).
    if (open === 0x5b && typeof segment !== "number") return at;
    const found = memberStart(text, at, open === 0x7b ? String(segment) : segment, seen);
    if (found === NOT_STRICT) return -1;
    if (found < 0) return at;
    at = found;
  }
  return at;
}

/**
 * Where the member `segment` of the object (or item of the array) at `at` starts, -1 when it has
 * none, or {@link NOT_STRICT}. Resumes the container's scan where the last search stopped.
 */
function memberStart(text: string, at: number, segment: string | number, seen: Followed): number {
  let container = seen.containers.get(at);
  if (container === undefined) {
    container = { starts: new Map(), next: skipSpace(text, at + 1), count: 0, done: false };
    seen.containers.set(at, container);
  }
  // The container is scanned to its end: a member given again later is the one JSON.parse kept.
  if (container.done) return container.starts.get(segment) ?? -1;
  const isObject = text.charCodeAt(at) === 0x7b;
  const close = isObject ? 0x7d : 0x5d;
  let i = container.next;
  while (text.charCodeAt(i) !== close) {
    let key: string | number = container.count;
    if (isObject) {
      if (text.charCodeAt(i) !== 0x22) return NOT_STRICT;
      const end = afterString(text, i);
      key = seen.escapes ? (JSON.parse(text.slice(i, end)) as string) : text.slice(i + 1, end - 1);
      i = skipSpace(text, end);
      if (text.charCodeAt(i) !== 0x3a) return NOT_STRICT;
      i = skipSpace(text, i + 1);
    }
    const start = i;
    i = skipSpace(text, afterValue(text, i));
    const next = text.charCodeAt(i);
    if (next === 0x2c) i = skipSpace(text, i + 1);
    else if (next !== close) return NOT_STRICT;
    container.next = i;
    container.count++;
    container.starts.set(key, start);
  }
  container.done = true;
  return container.starts.get(segment) ?? -1;
}

/**
 * Where a block that is not JSON breaks, in the page (the block's text starting at `line`,
 * `column`), and what is wrong in words; undefined when the strict scan finds no fault. A block
 * that ran on past the `</script>` its author wrote says so (see {@link runOn}).
 */
export function blockFault(block: {
  text: string;
  line: number;
  column?: number;
}): { line: number; column: number; message: string } | undefined {
  const fault = jsonFault(block.text);
  if (!fault) return undefined;
  const column = fault.line === 1 ? (block.column ?? 1) + fault.column - 1 : fault.column;
  return { line: block.line + fault.line - 1, column, message: runOn(block, fault) ?? fault.message };
}

// A `</script` that ends a script element; inside a block's text, one that did not (see runOn).
const SCRIPT_END = /<\/script[\t\n\f\r />]/i;

/**
 * Why a block broke where it did, when a browser read it past the `</script>` its author wrote: in
 * a script element, `<!--` and then `<script` put HTML's tokenizer in its "script data double
 * escaped" state, where `</script>` ends only that state, and the element goes on to a later
 * `</script>`, taking the page's markup into the block. A block's text holds a `</script` only
 * then; the fault is the block's when it comes at or after it (else the JSON was broken before).
 */
function runOn(block: { text: string; line: number }, fault: { line: number; column: number }): string | undefined {
  const end = SCRIPT_END.exec(block.text);
  if (end === null) return undefined;
  const before = block.text.slice(0, end.index);
  const endLine = before.split("\n").length;
  const endColumn = end.index - before.lastIndexOf("\n");
  if (fault.line < endLine || (fault.line === endLine && fault.column < endColumn)) return undefined;
  const opened = block.text.indexOf("<!--");
  const openLine = block.line + block.text.slice(0, Math.max(0, opened)).split("\n").length - 1;
  return `the block does not end at its </script> on line ${block.line + endLine - 1}: after the "<!--" and "<script" in it (line ${openLine}), a browser reads on to a later </script>, taking in the page's markup; write each "<" in the JSON as \\u003c`;
}
