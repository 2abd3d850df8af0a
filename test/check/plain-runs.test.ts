import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainRun, skipPlain, type LineCount } from "../../src/check/plain-runs.js";

/** The plain run as the text states read it, one character at a time. */
function plainRunByHand(html: string, from: number, ampersand: boolean): number {
  let at = from;
  for (; at < html.length - 1; at++) {
    const c = html.charCodeAt(at);
    if (c === 0x3c || c === 0 || c === 0x0d || (c & 0xf800) === 0xd800 || (ampersand && c === 0x26)) break;
  }
  return Math.max(0, at - from);
}

/** A line count at `pos`, as the preprocessor keeps it. */
const at = (html: string, pos: number): LineCount => ({
  html,
  pos,
  line: 1 + (html.slice(0, pos).match(/\n/g)?.length ?? 0),
  lineStartPos: html.lastIndexOf("\n", pos - 1) + 1,
  isEol: false,
  skipNextNewLine: false,
});

describe("plain runs of the page reader", () => {
  it("plainRun stops where the text states would, for any text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "<", "&", "\0", "\r", "\n", "\ud800", "\udc00", "é") });
    fc.assert(
      fc.property(text, fc.nat(), fc.boolean(), (html, from, ampersand) => {
        const start = html.length === 0 ? 0 : from % (html.length + 1);
        expect(plainRun(html, start, ampersand)).toBe(plainRunByHand(html, start, ampersand));
      }),
      { numRuns: 2000 },
    );
  });

  it("skipPlain counts the lines of each run, whatever was read before (the same text again, or earlier in it)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "\n") });
    const step = fc.tuple(fc.nat(), fc.nat());
    fc.assert(
      fc.property(text, fc.array(step, { maxLength: 6 }), (html, steps) => {
        for (const [from, length] of steps) {
          const pos = from % (html.length + 1);
          const n = length % (html.length - pos + 1);
          const input = at(html, pos);
          skipPlain(input, n);
          const expected = at(html, pos + n);
          expect([input.pos, input.line, input.lineStartPos]).toEqual([pos + n, expected.line, expected.lineStartPos]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
