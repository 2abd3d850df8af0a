import { describe, expect, test } from "vitest";
import { escapePointerSegment, parsePointer, resolvePointer, toPointer } from "../../src/index.js";

describe("resolvePointer", () => {
  const root = { a: [10, 20, { "b/c": 1, "m~n": 2, "": 3 }], zero: 0, nothing: null };
  const cases: [pointer: string, found: boolean, value: unknown][] = [
    ["", true, root],
    ["/a", true, root.a],
    ["/a/0", true, 10],
    ["/a/1", true, 20],
    ["/a/2/b~1c", true, 1],
    ["/a/2/m~0n", true, 2],
    ["/a/2/", true, 3],
    ["/zero", true, 0],
    ["/nothing", true, null],
    ["/a/01", false, undefined], // RFC 6901: no leading zeros in an index
    ["/a/3", false, undefined],
    ["/a/-", false, undefined],
    ["/a/1e0", false, undefined],
    ["/a/", false, undefined],
    ["/missing", false, undefined],
    ["/zero/x", false, undefined],
    ["/nothing/x", false, undefined],
    ["/__proto__", false, undefined],
    ["/constructor", false, undefined],
    ["/a/length", false, undefined],
  ];
  test.each(cases)("%s", (pointer, found, value) => {
    expect(resolvePointer(root, pointer)).toEqual({ found, value });
  });

  test("round trip with toPointer and parsePointer", () => {
    const segments = ["a", "b/c", "m~n", "", "0"];
    expect(parsePointer(toPointer(segments))).toEqual(segments);
    expect(toPointer(segments)).toBe(`/${segments.map(escapePointerSegment).join("/")}`);
  });
});
