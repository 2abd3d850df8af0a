import { describe, expect, test } from "vitest";
import { formatIssue, type Problem } from "../../src/index.js";
import { formatIssue as fromValidateEntry } from "../../src/validate/index.js";

const issue = (pointer: string, message: string): Problem => ({ code: "enum", pointer, message });

describe("formatIssue", () => {
  test.each<[string, Problem, string, string]>([
    // "/" would be the member named "" (RFC 6901), which it was shown as (found by a trial).
    [
      "the whole input as (root)",
      issue("", "must be an object"),
      "(root): must be an object",
      "(root): must be an object",
    ],
    ['the member named "" as /', issue("/", "must be a string"), "/: must be a string", "/: must be a string"],
    ["plain text unchanged", issue("/a", "café – 日本 😀"), "/a: café – 日本 😀", "/a: café – 日本 😀"],
    ["a newline forging a line", issue("/a", "x\nb.json:1: ok"), "/a: x\nb.json:1: ok", "/a: x\\u000ab.json:1: ok"],
    ["an ANSI escape", issue("/a", "got \u001b[2J"), "/a: got \u001b[2J", "/a: got \\u001b[2J"],
    ["DEL and a C1 control", issue("/a", "\u007f\u009b"), "/a: \u007f\u009b", "/a: \\u007f\\u009b"],
    ["line and paragraph separators", issue("/a", "\u2028\u2029"), "/a: \u2028\u2029", "/a: \\u2028\\u2029"],
    ["a right-to-left override", issue("/a", "abc\u202edef"), "/a: abc\u202edef", "/a: abc\\u202edef"],
    ["bidi isolates", issue("/a", "\u2066x\u2069"), "/a: \u2066x\u2069", "/a: \\u2066x\\u2069"],
    ["a lone high surrogate", issue("/a", "x\ud83dy"), "/a: x\ud83dy", "/a: x\\ud83dy"],
    ["a lone low surrogate", issue("/a", "x\ude00"), "/a: x\ude00", "/a: x\\ude00"],
    [
      "control characters in the pointer",
      issue("/a\u001b~1b", "is unknown"),
      "/a\u001b~1b: is unknown",
      "/a\\u001b~1b: is unknown",
    ],
  ])("%s", (_, problem, plain, escaped) => {
    expect(formatIssue(problem)).toBe(plain);
    expect(formatIssue(problem, { escape: false })).toBe(plain);
    expect(formatIssue(problem, { escape: true })).toBe(escaped);
    // Escaping is idempotent: an escaped line escapes to itself.
    expect(formatIssue({ ...problem, pointer: "", message: escaped }, { escape: true })).toBe(`(root): ${escaped}`);
  });

  test("is the same function from the root and the validate entry", () => {
    expect(fromValidateEntry).toBe(formatIssue);
  });

  test("as a map callback, the index is not taken for options", () => {
    const problems = [issue("/a", "x\ny"), issue("/b", "z\u001b")];
    expect(problems.map(formatIssue)).toEqual(["/a: x\ny", "/b: z\u001b"]);
  });
});
