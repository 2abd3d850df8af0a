import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineLocator, strictLineLocator } from "../../src/check/lines.js";
import { escapePointerSegment } from "../../src/core/pointer.js";

/** Every pointer into a value, and one missing member below each container. */
function pointersOf(value: unknown, pointer = ""): string[] {
  const out = [pointer];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...pointersOf(item, `${pointer}/${i}`)));
    out.push(`${pointer}/${value.length}`, `${pointer}/x`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      out.push(...pointersOf(item, `${pointer}/${escapePointerSegment(key)}`));
    out.push(`${pointer}/missing/0`, `${pointer}/0`);
  } else out.push(`${pointer}/0`);
  return out;
}

describe("strictLineLocator", () => {
  // jsonc-parser's tree is the reference: the pointer-following locator must give its lines.
  it.each([
    ["a member after a nested one", '{\n "a": {"b": [1,\n 2]},\n "c": {\n  "d": "x"\n }\n}', "/c/d", 5],
    ["an escaped key", '{\n "a\\u0062": 1,\n "a~b/c":\n 2\n}', "/a~0b~1c", 4],
    ["a key with an escaped quote", '{"a\\"": 1,\n"b": 2}', "/b", 2],
    ["the first of duplicate keys", '{"a": 1,\n"a": 2}', "/a", 1],
    ["an index into an object", '{\n"0": 1}', "/0", 1],
    ["a missing member: its parent", '{\n"a":\n {"b": 1}}', "/a/c/d", 3],
    ["an index past the end", "[\n1,\n2]", "/2", 1],
    ["the whole text after white space", '\n\n  {"a": 1}', "", 3],
  ])("%s", (_name, text, pointer, line) => {
    expect(lineLocator(text)(pointer)).toBe(line);
    expect(strictLineLocator(text)(pointer)).toBe(line);
  });

  it("gives jsonc-parser's line for every pointer into any JSON text", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 1, 2, "\t"), (value, indent) => {
        const text = `\n${JSON.stringify(value, null, indent)}\n`;
        const [strict, tree] = [strictLineLocator(text), lineLocator(text)];
        const pointers = pointersOf(value);
        for (const pointer of pointers) expect(strict(pointer)).toBe(tree(pointer));
        // Backwards too: what one pointer learnt of an array must not mislead an earlier one.
        const backwards = strictLineLocator(text);
        for (const pointer of pointers.reverse()) expect(backwards(pointer)).toBe(tree(pointer));
      }),
    );
  });
});
