import { expect, test } from "vitest";
import type { Quantity, Verification } from "../../src/generated/types.js";
import { fromLinkedData, toLinkedData } from "../../src/linked-data/index.js";
import { rowsOf } from "../../src/tables/index.js";
import { validateDocument } from "../../src/validate/index.js";
import type { Issue } from "../../src/core/issue.js";
import { mutated } from "../helpers/fixtures.js";

/*
 * Figures a trial of real events could not hold (trial 25): measurements that are not counts or
 * money, and a verification's corrected number. The facts are real; the words quoted as `text`
 * are ours unless said otherwise.
 * - The 2023 Kahramanmaraş (Pazarcık) earthquake: USGS event us6000jllz,
 *   https://earthquake.usgs.gov/earthquakes/eventpage/us6000jllz — "Magnitude 7.8 mww",
 *   "Depth 10.0 km" (reviewed origin); the first reports, from USGS's preliminary origin, gave a
 *   depth of 17.9 km. USGS-authored information is a U.S. Government work, in the public domain.
 * - State of Minnesota v. Derek Chauvin (Hennepin County District Court): sentenced on 25 June
 *   2021 to 22 and a half years (270 months) in prison, as the court's sentencing was reported.
 * - The Grenfell Tower fire, London, 14 June 2017: the Metropolitan Police said on 28 June 2017
 *   that about 80 people were presumed dead, and on 16 November 2017 that 71 people died.
 * STAND_IN is a QID no Wikidata item has: these tests are about units and figures, not about what
 * a term names. Look up (and verify) the real item before storing one in a document.
 */
const STAND_IN = "Q999999999";
const term = (label: string) => ({ scheme: "wikidata" as const, code: STAND_IN, label });

const magnitude: Quantity = {
  counts: term("earthquake magnitude"),
  precision: "exact",
  value: 7.8,
  unit: STAND_IN,
  text: "magnitude 7.8",
};
const depth: Quantity = {
  counts: term("hypocentral depth"),
  precision: "exact",
  value: 17.9,
  unit: "km",
  text: "17.9 km deep",
};
const sentence: Quantity = {
  counts: term("prison sentence"),
  precision: "exact",
  value: 22.5,
  unit: "a",
  text: "22 and a half years",
};
const presumedDead: Quantity = {
  counts: "killed",
  precision: "about",
  value: 80,
  asOf: "2017-06-28",
  text: "about 80",
};

/** What validation says of a document: its issues, none when it is valid. */
function issuesOf(doc: unknown): readonly Issue[] {
  const result = validateDocument(doc);
  return result.ok ? [] : result.issues;
}

/** The canonical document with `quantities` on its first event and `verifications` added after its own. */
function withFigures(quantities: Quantity[], verifications: Verification[] = []) {
  return mutated((doc) => {
    (doc.events[0] as { quantities?: Quantity[] }).quantities = quantities;
    doc.verifications = [...(doc.verifications ?? []), ...verifications];
  });
}

/** A verification of the first event's quantity `index`, with its verified figure. */
const verifying = (index: number, stated: string, text: string, quantity: Quantity): Verification => ({
  id: `figure-check-${index}`,
  target: `/events/0/quantities/${index}`,
  stated,
  rating: "wrong",
  verified: { text, quantity },
});

const corrections = () => [
  verifying(1, "17.9 km deep", "USGS's reviewed origin puts the hypocentre 10.0 km deep.", {
    ...depth,
    value: 10,
    text: "10.0 km",
  }),
  verifying(3, "about 80", "The Metropolitan Police said on 16 November 2017 that 71 people died.", {
    counts: "killed",
    precision: "exact",
    value: 71,
    asOf: "2017-11-16",
    text: "71",
  }),
];

test("an earthquake's magnitude and depth and a prison sentence's length are quantities: a coded term, a UCUM or Wikidata unit", () => {
  // Each was refused: unit was an ISO 4217 currency or percent, nothing else.
  expect(validateDocument(withFigures([magnitude, depth, sentence]))).toMatchObject({ ok: true });
  // A month (UCUM mo) and km/h are codes too; a magnitude needs no unit at all.
  const months = { ...sentence, value: 270, unit: "mo", text: "270 months" };
  const { unit: _unit, ...unitless } = magnitude;
  expect(validateDocument(withFigures([months, unitless]))).toMatchObject({ ok: true });
});

test("a unit that is no currency, percent, UCUM code or QID is refused where it is, with what is expected", () => {
  for (const unit of ["°C", "km h", "kilometres per hour", "km/", "mph "]) {
    expect(issuesOf(withFigures([{ ...depth, unit }]))).toContainEqual(
      expect.objectContaining({
        pointer: "/events/0/quantities/0/unit",
        message: expect.stringContaining("a UCUM unit code such as km or km/h, or a Wikidata QID"),
      }),
    );
  }
});

test("a unit of measure is for a measurement: not on a count of people, and money needs its currency", () => {
  expect(issuesOf(withFigures([{ ...presumedDead, unit: "km" }]))).toEqual([
    expect.objectContaining({
      code: "inconsistent",
      pointer: "/events/0/quantities/0/unit",
      message: expect.stringContaining("is a unit of measure (km), which a count of killed does not have"),
    }),
  ]);
  const money = withFigures([{ counts: "money", precision: "exact", value: 5, unit: "a", text: "5" }]);
  expect(issuesOf(money)).toEqual([
    expect.objectContaining({
      code: "required",
      pointer: "/events/0/quantities/0/unit",
      message: "is required for money: its ISO 4217 currency code, such as USD (got a)",
    }),
  ]);
});

// A vote share written "45%" is the natural slip: "%" is UCUM's percent, a unit of measure, and the
// message said only that a count of votes-for has no unit of measure (round 26).
test('a vote share with the unit "%" is told to write "percent"', () => {
  const share: Quantity = { counts: "votes-for", precision: "exact", value: 45, unit: "%", text: "45%" };
  expect(issuesOf(withFigures([share]))).toEqual([
    expect.objectContaining({
      code: "inconsistent",
      pointer: "/events/0/quantities/0/unit",
      message: 'is UCUM\'s percent, a unit of measure: a share of votes-for is written "percent"',
    }),
  ]);
  expect(issuesOf(withFigures([{ ...share, unit: "percent" }]))).toEqual([]);
  // On a count that is no share, "%" is what any unit of measure is there.
  expect(issuesOf(withFigures([{ ...presumedDead, unit: "%" }]))).toEqual([
    expect.objectContaining({ message: expect.stringContaining("is a unit of measure (%), which a count of killed") }),
  ]);
});

test("a verification corrects a stated figure with the verified number: a corrected depth and a corrected death toll", () => {
  const doc = withFigures([magnitude, depth, sentence, presumedDead], corrections());
  expect(validateDocument(doc)).toMatchObject({ ok: true });
});

test("a verified figure is only for a figure, counts what it counts, has no id and holds as a quantity", () => {
  const [depthCheck, tollCheck] = corrections() as [Verification, Verification];
  const n = mutated(() => {}).verifications?.length ?? 0;
  const wrong: Verification[] = [
    { ...depthCheck, target: "/events/0/date" },
    {
      ...tollCheck,
      id: "toll-as-injured",
      verified: { ...tollCheck.verified!, quantity: { ...tollCheck.verified!.quantity!, counts: "injured" } },
    },
    {
      ...tollCheck,
      id: "toll-with-id",
      verified: { ...tollCheck.verified!, quantity: { ...tollCheck.verified!.quantity!, id: "toll-71" } },
    },
    {
      ...tollCheck,
      id: "toll-range",
      verified: {
        ...tollCheck.verified!,
        quantity: { counts: "killed", precision: "range", min: 71, max: 70, text: "70 or 71" },
      },
    },
  ];
  const issues = issuesOf(withFigures([magnitude, depth, sentence, presumedDead], wrong));
  expect(issues.map(({ code, pointer }) => `${code} ${pointer}`)).toEqual([
    `inconsistent /verifications/${n}/verified/quantity`,
    `inconsistent /verifications/${n + 1}/verified/quantity/counts`,
    `inconsistent /verifications/${n + 2}/verified/quantity/id`,
    `inconsistent /verifications/${n + 3}/verified/quantity/max`,
  ]);
  expect(issues[0]?.message).toBe(
    "is only for a verification of a figure: its target is a quantity, such as /events/0/quantities/0 (got /events/0/date)",
  );
  expect(issues[1]?.message).toBe("must count what the stated figure counts (killed; got injured)");
});

test("the verified figure is a row of the quantities table, and Linked Data keeps it and every unit", () => {
  const doc = withFigures([magnitude, depth, sentence, presumedDead], corrections());
  const rows = rowsOf(doc).filter((r) => r.table === "quantities");
  // The event's four and the two verified; the verified ones are the verifications' children.
  expect(rows.map((r) => [r.values["field"], r.values["value"], r.values["unit"] ?? null])).toEqual([
    ["quantities", 7.8, STAND_IN],
    ["quantities", 17.9, "km"],
    ["quantities", 22.5, "a"],
    ["quantities", 80, null],
    ["verified/quantity", 10, "km"],
    ["verified/quantity", 71, null],
  ]);
  expect(fromLinkedData(toLinkedData(doc))).toEqual(doc);
});
