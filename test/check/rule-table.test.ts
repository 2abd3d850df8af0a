import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { RULES } from "../../src/check/index.js";
import { repoPath } from "../helpers/fixtures.js";
// @ts-expect-error -- a plain .mjs script without types
import { DOC, ruleTable, withTable } from "../../scripts/rule-table.mjs";

type Table = { DOC: string; ruleTable: (rules: typeof RULES) => string; withTable: (md: string, t: string) => string };
const script = { DOC, ruleTable, withTable } as Table;

test("the rule table in docs/jsonld-and-seo.md is the registry's (node scripts/rule-table.mjs rewrites it)", () => {
  const markdown = readFileSync(repoPath(script.DOC), "utf8");
  expect(script.withTable(markdown, script.ruleTable(RULES))).toBe(markdown);
});

test("the drift check can fail: a changed summary changes the table", () => {
  const markdown = readFileSync(repoPath(script.DOC), "utf8");
  const changed = RULES.map((r, i) => (i === 0 ? { ...r, summary: "something else" } : r));
  expect(script.withTable(markdown, script.ruleTable(changed as unknown as typeof RULES))).not.toBe(markdown);
});
