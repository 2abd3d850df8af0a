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

/** The modes and contexts PLOVER's gold-standard records (PLOVER 0.5b1) use. */
const gold = (JSON.parse(readFileSync(repoPath("test/plover-gold-standard/PLOVER_GSR_CAMEO.txt"), "utf8")) as unknown[])
  .map((r) => r as { event?: unknown; mode?: unknown; context?: unknown })
  .filter((r) => r.event !== "DOCUMENT");
const words = (v: unknown) => (typeof v === "string" ? v.split(",").map((w) => w.trim()) : []).filter(Boolean);

/** The manual's draft 2.0 (vocabularies/plover/plover-2.0-codes.json, read from its tables). */
const manual = JSON.parse(readFileSync(repoPath("vocabularies/plover/plover-2.0-codes.json"), "utf8")) as {
  eventTypes: string[];
  modes: Record<string, string[]>;
  contexts: string[];
  auxiliaryContexts: string[];
};

test("the module's CAMEO codes, modes and contexts are the shipped table's, gold standard's and manual's (no drift)", () => {
  expect(table.length).toBeGreaterThan(250);
  expect(CAMEO_CODES.split(" ")).toEqual(sorted(table.map((row) => row.code)));
  // The gold standard (PLOVER 0.5b1) codes real events with modes and contexts the 0.8 table lacks,
  // and the manual's draft 2.0 adds its own (allege, strike, pro_democracy, migration…).
  expect(PLOVER_MODES.split(" ")).toEqual(
    sorted([
      ...table.map((row) => row.mode).filter(Boolean),
      ...gold.flatMap((r) => words(r.mode)),
      ...Object.values(manual.modes).flat(),
    ]),
  );
  expect(PLOVER_CONTEXTS.split(" ")).toEqual(
    sorted([
      ...table.flatMap((row) => row.contexts),
      ...gold.flatMap((r) => words(r.context)),
      ...manual.contexts,
      ...manual.auxiliaryContexts,
    ]),
  );
  expect(manual.contexts).toHaveLength(37);
});

test("the schema's PLOVER types are the gold standard's 18 and the manual's 16, no other", () => {
  const defs = JSON.parse(readFileSync(repoPath("schemas/defs.json"), "utf8")) as {
    $defs: { PloverTerm: { properties: { code: { enum: string[] } } } };
  };
  const types = sorted(gold.map((r) => String(r.event)));
  expect(types).toHaveLength(18);
  expect(manual.eventTypes).toHaveLength(16);
  expect(sorted(defs.$defs.PloverTerm.properties.code.enum)).toEqual(sorted([...types, ...manual.eventTypes]));
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
