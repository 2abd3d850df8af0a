import { beforeAll, describe, expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";
import {
  functionLengths,
  lineCount,
  MAX_FUNCTION_LINES,
  oversized,
  sourceTexts,
  staleAllowances,
  type SourceText,
} from "./sizes.js";

/**
 * What may be over a limit, each with its written reason: a file by its path under src/, a
 * function as `path#name` (`path#Class.method` for a method). Keep it short; an entry that no
 * longer allows anything fails the test below, so it is removed when its file is split.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // One case per Ajv keyword, each a sentence: a table read top to bottom, which splitting would scatter.
  "validate/schema-issues.ts#issueFromAjvError": "one case per Ajv keyword: a table",
};

describe("files hold one concept each (issue 20): src/ files ≤ 300 lines, functions ≤ 60, as Prettier formats them", () => {
  let texts: SourceText[] = [];
  beforeAll(async () => {
    texts = await sourceTexts(repoPath("src"));
  }, 60_000);

  test("the real files and functions are measured (the check is not vacuous)", () => {
    const paths = texts.map((t) => t.path);
    expect(paths).toContain("jsonld/build.ts");
    expect(paths).toContain("validate/checks/references.ts");
    expect(paths.some((p) => p.startsWith("generated/"))).toBe(false);
    // One of each kind of function: a declaration, a class field holding an arrow function, a
    // const arrow function; the known length of a short one.
    const lengths = texts.flatMap(functionLengths);
    const ids = lengths.map((f) => f.id);
    expect(ids).toContain("jsonld/graph.ts#buildGraph");
    expect(ids).toContain("validate/checks/context.ts#DocumentContext.add");
    expect(ids).toContain("jsonld/nodes/common.ts#heading");
    expect(lengths.find((f) => f.id === "jsonld/nodes/common.ts#ref")?.lines).toBe(1);
    expect(texts.length).toBeGreaterThan(50);
  });

  test("no file or function is over its limit unless allowed by name with a reason", () => {
    expect(oversized(texts, ALLOWED)).toEqual([]);
  });

  test("every allowance allows something, and says why", () => {
    expect(staleAllowances(texts, ALLOWED)).toEqual([]);
    for (const reason of Object.values(ALLOWED)) expect(reason.length).toBeGreaterThan(10);
  });

  test("a planted violation is reported: a 61-line function (a 60-line one is not)", () => {
    const fn = (name: string, lines: number) =>
      [`function ${name}() {`, ...Array.from({ length: lines - 2 }, (_, i) => `  f(${i});`), "}"].join("\n");
    const planted = {
      path: "planted.ts",
      text: `${fn("long", MAX_FUNCTION_LINES + 1)}\n${fn("fits", MAX_FUNCTION_LINES)}\n`,
    };
    expect(lineCount(planted.text)).toBe(2 * MAX_FUNCTION_LINES + 1);
    expect(oversized([planted], {})).toEqual([
      "planted.ts#long (line 1) has 61 lines (at most 60): split it, or allow it with a reason",
    ]);
  });
});
