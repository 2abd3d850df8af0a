import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Length } from "../../src/check/rules/content.js";

describe("utf8Length (text/size's byte count)", () => {
  it.each([
    ["ASCII", "abc", 3],
    ["two-byte", "é", 2],
    ["three-byte", "€", 3],
    ["a surrogate pair", "😀", 4],
    ["a lone high surrogate (U+FFFD)", "\ud800a", 4],
    ["a lone low surrogate", "\udc00", 3],
    ["a high surrogate at the end", "a\ud83d", 4],
  ])("%s", (_, text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });

  it("is the length TextEncoder writes, for any text (lone surrogates included)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.string({ unit: fc.integer({ min: 0xd700, max: 0xe000 }).map((c) => String.fromCharCode(c)) }),
        (a, b) => {
          const text = a + b + a;
          expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
