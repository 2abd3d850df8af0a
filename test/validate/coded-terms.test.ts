import { expect, test } from "vitest";
import {
  validateDocument,
  type ValidationResult,
  validateEvent,
  type Coup,
  type NewsDocument,
} from "../../src/index.js";
import { exampleDocument } from "../helpers/fixtures.js";

/** The issues of a validation, none when it passed. */
const issuesOf = (result: ValidationResult<unknown>) => (result.ok ? [] : result.issues);

/*
 * Open, coded lists (issue 22): a value is a known token or a coded term. A wrong value is one
 * issue that names both; a term of a scheme the library ships a list for must be in it.
 */

const sudan = () => exampleDocument("sudan-coup-2021");
const coup = (doc: NewsDocument) => doc.events?.[0] as Coup;

const wrong: { name: string; edit: (doc: NewsDocument) => void; issue: [string, string, RegExp] }[] = [
  {
    name: "a step action that is neither a token nor a term",
    edit: (d) => {
      coup(d).steps![3]!.action = "mutiny" as never;
    },
    issue: [
      "enum",
      "/events/0/steps/3/action",
      /known tokens detention, .*internet-shutdown.*or a coded term \{scheme, code, label\}.*\(got "mutiny"\)/,
    ],
  },
  {
    name: "a reaction action given as a number",
    edit: (d) => {
      coup(d).reactions![0]!.actions = [7 as never];
    },
    issue: ["enum", "/events/0/reactions/0/actions/0", /known tokens sanctions, .*ambassador-recall.*\(got 7\)/],
  },
  {
    name: "a term whose CAMEO code has the wrong shape: the term's own error",
    edit: (d) => {
      coup(d).steps![2]!.action = { scheme: "cameo", code: "17x", label: "x" };
    },
    issue: ["pattern", "/events/0/steps/2/action/code", /CAMEO code of two to four digits/],
  },
  {
    name: "a term without its label",
    edit: (d) => {
      coup(d).steps![2]!.action = { scheme: "cameo", code: "1724" } as never;
    },
    issue: ["required", "/events/0/steps/2/action/label", /is required/],
  },
  {
    name: "a CAMEO code of the right shape that CAMEO does not have",
    edit: (d) => {
      coup(d).steps![2]!.action = { scheme: "cameo", code: "1799", label: "made up" };
    },
    issue: ["unknown-term", "/events/0/steps/2/action/code", /CAMEO code of PLOVER's CAMEO→PLOVER table.*got "1799"/],
  },
  {
    name: "a PLOVER mode misspelt",
    edit: (d) => {
      coup(d).steps![2]!.action = { scheme: "plover-mode", code: "martial_law", label: "martial law" };
    },
    issue: ["unknown-term", "/events/0/steps/2/action/code", /a PLOVER mode.*got "martial_law"/],
  },
  {
    name: "a PLOVER context that is not one, in a quantity",
    edit: (d) => {
      // Without its unit: a currency (USD) with counts other than money is its own issue (facts' check).
      const quantity = coup(d).quantities![0]!;
      delete quantity.unit;
      quantity.counts = { scheme: "plover-context", code: "money", label: "money" };
    },
    issue: ["unknown-term", "/events/0/quantities/0/counts/code", /a PLOVER context/],
  },
];

test.each(wrong)("$name: one issue, with pointer and words", ({ edit, issue }) => {
  const doc = sudan();
  edit(doc);
  const issues = issuesOf(validateDocument(doc));
  expect(issues.map((i) => [i.code, i.pointer])).toEqual([[issue[0], issue[1]]]);
  expect(issues[0]?.message).toMatch(issue[2]);
});

test("an event validated alone checks its terms' membership too", () => {
  const event = structuredClone(coup(sudan()));
  event.steps![2]!.action = { scheme: "cameo", code: "1799", label: "made up" };
  const result = validateEvent(event);
  expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([
    ["unknown-term", "/steps/2/action/code"],
  ]);
});

test.each([
  { scheme: "plover-mode", code: "martial-law", label: "martial law" },
  { scheme: "plover-mode", code: "multilateral", label: "multilateral" },
  { scheme: "plover-context", code: "pro_autocracy", label: "pro-autocracy" },
  { scheme: "cameo", code: "042", label: "Make a visit" },
  { scheme: "wikidata", code: "Q45382", label: "coup d'état" },
] as const)("a known $scheme code ($code) is valid", (term) => {
  const doc = sudan();
  coup(doc).steps![2]!.action = term;
  expect(issuesOf(validateDocument(doc)) ?? []).toEqual([]);
});
