import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { CAMEO_CODES, PLOVER_CONTEXTS, PLOVER_MODES, isKnownCode } from "../../src/model/index.js";
import { repoPath } from "../helpers/fixtures.js";

/** The table as shipped: each line "code: TYPE, mode, context[;context] # label". */
const table = readFileSync(repoPath("vocabularies/plover/CAMEO2PLOVER-2021.txt"), "utf8")
  .split("\n")
  .flatMap((line) => {
    const m = /^(\d{2,4}):([^#]*)/.exec(line);
    if (!m) return [];
    const [, mode = "", context = ""] = (m[2] ?? "").split(",").map((part) => part.trim());
    return [
      {
        code: m[1] as string,
        mode,
        contexts: context
          .split(";")
          .map((c) => c.trim())
          .filter(Boolean),
      },
    ];
  });
const sorted = (words: Iterable<string>) => [...new Set(words)].sort();

test("the module's CAMEO codes, modes and contexts are the shipped table's (no drift)", () => {
  expect(table.length).toBeGreaterThan(250);
  expect(CAMEO_CODES.split(" ")).toEqual(sorted(table.map((row) => row.code)));
  // host and multilateral: CONSULT modes of PLOVER's gold standard that no CAMEO code maps to.
  expect(PLOVER_MODES.split(" ")).toEqual(
    sorted([...table.map((row) => row.mode).filter(Boolean), "host", "multilateral"]),
  );
  expect(PLOVER_CONTEXTS.split(" ")).toEqual(sorted(table.flatMap((row) => row.contexts)));
});

test.each([
  ["cameo", "1724", true],
  ["cameo", "042", true],
  ["cameo", "42", false],
  ["cameo", "172", true],
  ["cameo", "17", true],
  ["cameo", "1799", false],
  ["plover-mode", "martial-law", true],
  ["plover-mode", "martial", false],
  ["plover-mode", "law", false],
  ["plover-context", "pro_autocracy", true],
  ["plover-context", "autocracy", false],
  ["wikidata", "Q45382", undefined],
  ["plover", "AGREE", undefined],
] as const)("isKnownCode(%s, %s) is %s: whole codes only", (scheme, code, known) => {
  expect(isKnownCode(scheme, code)).toBe(known);
});
