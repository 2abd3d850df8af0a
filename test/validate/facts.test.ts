import { describe, expect, test } from "vitest";
import {
  validateDocument,
  validateEvent,
  type Issue,
  type FuzzyDate,
  type Meeting,
  type NewsDocument,
  type Quantity,
  type EventRelation,
} from "../../src/index.js";
import { canonicalDocument, deepFreeze } from "../helpers/fixtures.js";

// Issue 22: the facts every kind can state — quantities, dates as written, relations between
// events — each rejected with one issue, at its pointer and in words, when it cannot be.

type Row = { name: string; edit: (d: NewsDocument) => void; issues: [string, string, RegExp?][] };
const meeting = (d: NewsDocument) => d.events?.[0] as Meeting;
// `undefined` removes a key of the base figure (a range has no value).
const quantity = (q: { [K in keyof Quantity]?: Quantity[K] | undefined }) => (d: NewsDocument) => {
  const base: Record<string, unknown> = { counts: "participants", precision: "exact", value: 30, text: "30", ...q };
  for (const key of Object.keys(base)) if (base[key] === undefined) delete base[key];
  meeting(d).quantities = [base as unknown as Quantity];
};
const relation =
  (r: Partial<EventRelation>, i = 0) =>
  (d: NewsDocument) =>
    void (d.events![i]!.relations = [{ relation: "part-of", ...r } as EventRelation]);
const date = (more: Partial<FuzzyDate>) => (d: NewsDocument) => Object.assign(meeting(d).date!, more);

const quantities: Row[] = [
  { name: "a count as stated", edit: quantity({ of: "russia", countedBy: "burkina-faso" }), issues: [] },
  {
    name: "a range between two numbers",
    edit: quantity({ precision: "range", value: undefined, min: 20, max: 30 }),
    issues: [],
  },
  {
    name: "money with its currency",
    edit: quantity({ counts: "money", value: 1.2e9, unit: "USD", for: "reconstruction" }),
    issues: [],
  },
  { name: "a turnout in percent", edit: quantity({ counts: "turnout", value: 61.2, unit: "percent" }), issues: [] },
  {
    name: "a range without its max",
    edit: quantity({ precision: "range", value: undefined, min: 20 }),
    issues: [["required", "/events/0/quantities/0/max", /required for a range/]],
  },
  {
    name: "a range whose max is below its min",
    edit: quantity({ precision: "range", value: undefined, min: 30, max: 20 }),
    issues: [["inconsistent", "/events/0/quantities/0/max", /below min \(30; got 20\)/]],
  },
  {
    name: "a range with a value",
    edit: quantity({ precision: "range", min: 20, max: 30 }),
    issues: [["inconsistent", "/events/0/quantities/0/value", /not given for a range/]],
  },
  {
    name: "'at least' without its number",
    edit: quantity({ precision: "at-least", value: undefined }),
    issues: [["required", "/events/0/quantities/0/value", /required for precision at-least/]],
  },
  {
    name: "'about' with a min",
    edit: quantity({ precision: "about", min: 10 }),
    issues: [["inconsistent", "/events/0/quantities/0/min", /only for precision range \(got about\)/]],
  },
  {
    name: "money without a currency",
    edit: quantity({ counts: "money" }),
    issues: [["required", "/events/0/quantities/0/unit", /ISO 4217/]],
  },
  {
    name: "people counted in dollars",
    edit: quantity({ counts: "killed", unit: "USD" }),
    issues: [["inconsistent", "/events/0/quantities/0/unit", /currency \(USD\), which only money has/]],
  },
  {
    name: "the killed in percent",
    edit: quantity({ counts: "killed", unit: "percent" }),
    issues: [["inconsistent", "/events/0/quantities/0/unit", /not of killed/]],
  },
  {
    name: "a share above 100 percent",
    edit: quantity({ counts: "votes-for", value: 130, unit: "percent" }),
    issues: [["inconsistent", "/events/0/quantities/0/value", /above 100/]],
  },
  {
    name: "a figure of an entity the document does not have",
    edit: quantity({ countedBy: "un" }),
    issues: [
      ["dangling-reference", "/events/0/quantities/0/countedBy", /no person, country or organization has id "un"/],
    ],
  },
  {
    name: "a quantity id used by an entity",
    edit: quantity({ id: "russia" }),
    issues: [["duplicate-id", "/events/0/quantities/0/id", /already used at \/entities/]],
  },
];

const relations: Row[] = [
  {
    name: "one of a series, by name and Wikidata",
    edit: relation({ name: "ASEAN Summit", wikidata: "Q1637366", number: 43 }),
    issues: [],
  },
  {
    name: "an event of the document",
    edit: relation({ relation: "results-from", target: "burkina-faso-coup-2022" }),
    issues: [],
  },
  {
    name: "neither target nor name",
    edit: relation({}),
    issues: [["required", "/events/0/relations/0/target", /or name/]],
  },
  {
    name: "both target and name",
    edit: relation({ target: "shoigu-aviles-meeting", name: "Talks" }),
    issues: [["inconsistent", "/events/0/relations/0/name", /give one of them/]],
  },
  {
    name: "a Wikidata item beside a target",
    edit: relation({ target: "shoigu-aviles-meeting", wikidata: "Q1" }),
    issues: [["inconsistent", "/events/0/relations/0/wikidata", /goes with name/]],
  },
  {
    name: "the event itself",
    edit: relation({ relation: "follows", target: "coulibaly-shoigu-meeting" }),
    issues: [["inconsistent", "/events/0/relations/0/target", /names the event itself/]],
  },
  {
    name: "an entity as the other event",
    edit: relation({ target: "russia" }),
    issues: [["wrong-reference-type", "/events/0/relations/0/target", /"russia" is a country/]],
  },
  {
    name: "a number for a relation other than part-of",
    edit: relation({ relation: "replaces", name: "START I", number: 2 }),
    issues: [["inconsistent", "/events/0/relations/0/number", /only part-of has \(got replaces\)/]],
  },
  {
    name: "a cycle of part-of",
    edit: (d) => {
      relation({ target: "shoigu-aviles-meeting" }, 0)(d);
      relation({ target: "coulibaly-shoigu-meeting" }, 1)(d);
    },
    issues: [
      [
        "inconsistent",
        "/events/0/relations/0/target",
        /makes "coulibaly-shoigu-meeting" part of itself \(through "shoigu-aviles-meeting"\)/,
      ],
    ],
  },
];

const dates: Row[] = [
  { name: "around dawn", edit: date({ partOfDay: "dawn", qualifier: "about" }), issues: [] },
  { name: "shortly after 3 a.m.", edit: date({ time: "03:00+00:00", qualifier: "shortly-after" }), issues: [] },
  {
    name: "in the first days of November",
    edit: date({ value: "2023-11", precision: "month", qualifier: "early" }),
    issues: [],
  },
  { name: "no later than 7 November", edit: date({ value: "../2023-11-07", precision: "interval" }), issues: [] },
  { name: "from 7 November on", edit: date({ value: "2023-11-07/..", precision: "interval" }), issues: [] },
  {
    name: "an open bound of a day that does not exist",
    edit: date({ value: "../2023-11-31", precision: "interval" }),
    issues: [["invalid-date", "/events/0/date/value", /not a real calendar date/]],
  },
  {
    name: "an open bound at day precision",
    edit: date({ value: "../2023-11-07" }),
    issues: [["precision-mismatch", "/events/0/date/precision", /must be interval/]],
  },
  {
    name: "shortly after, with nothing to be after",
    edit: date({ qualifier: "shortly-after" }),
    issues: [["inconsistent", "/events/0/date/qualifier", /give time or partOfDay, or state the date relativeTo/]],
  },
  {
    name: "'early' on a clock time",
    edit: date({ time: "03:00+00:00", qualifier: "early" }),
    issues: [["inconsistent", "/events/0/date/qualifier", /not a clock time \(03:00\+00:00\)/]],
  },
  {
    name: "'about' an interval",
    edit: date({ value: "2023-11-01/2023-11-07", precision: "interval", qualifier: "about" }),
    issues: [["inconsistent", "/events/0/date/qualifier", /not an interval/]],
  },
  {
    name: "a part of the day of a month",
    edit: date({ value: "2023-11", precision: "month", partOfDay: "night" }),
    issues: [["inconsistent", "/events/0/date/partOfDay", /precision day/]],
  },
];

describe.each([
  ["quantities", quantities],
  ["relations between events", relations],
  ["dates as written", dates],
])("%s", (_, rows) => {
  test.each(rows.map((row) => [row.name, row] as const))("%s", (_name, row) => {
    const doc = canonicalDocument();
    row.edit(doc);
    const result = validateDocument(deepFreeze(doc));
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => [i.code, i.pointer])).toEqual(row.issues.map(([code, pointer]) => [code, pointer]));
    row.issues.forEach(([, , words], k) => expect(issues[k]?.message).toMatch(words ?? /./));
  });
});

// Found by a trial of the packed package: an event alone (validateEvent, a feed of events) passed a
// range whose max is below its min, an exact figure without its number, a range given as a value.
// A figure's number and unit need no document, so an event alone is told what a document is.
test.each(quantities.map((row) => [row.name, row] as const))(
  "%s: validateEvent of the meeting alone says the same of its number and unit",
  (_name, row) => {
    const doc = canonicalDocument();
    row.edit(doc);
    const inDocument = validateDocument(doc);
    const alone = validateEvent(meeting(doc));
    const said = (issues: readonly Issue[], prefix: string) =>
      issues
        .filter((i) => i.pointer.startsWith(`${prefix}/quantities`))
        .filter((i) => i.code !== "dangling-reference" && i.code !== "duplicate-id")
        .map((i) => [i.code, i.pointer.slice(prefix.length), i.message]);
    const expected = said(inDocument.ok ? [] : inDocument.issues, "/events/0");
    expect(said(alone.ok ? [] : alone.issues, "")).toEqual(expected);
    expect(alone.ok).toBe(expected.length === 0);
  },
);

test("a schema-invalid open interval (both ends open) is said by the schema", () => {
  const doc = canonicalDocument();
  date({ value: "../..", precision: "interval" })(doc);
  const result = validateDocument(doc);
  expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([["pattern", "/events/0/date/value"]]);
});
