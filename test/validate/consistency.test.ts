import { describe, expect, test } from "vitest";
import type { FullDocument } from "../../src/examples/index.js";
import {
  validateDocument,
  validateEvent,
  type Coup,
  type Entity,
  type Meeting,
  type NewsDocument,
  type Partnership,
  type Place,
} from "../../src/index.js";
import { deepFreeze, exampleDocument, mutated, type RealEventExample } from "../helpers/fixtures.js";

type Doc = FullDocument & Record<string, unknown>;
const meeting = (d: Doc) => d.events[0] as Meeting;
const traore = (d: Doc) => d.events[2] as Coup;
const partnership = (d: Doc) => d.events[4] as Partnership;
const day = (value: string) => ({ text: value, value, precision: "day" as const, method: "explicit" as const });

// Each contradiction a real report could contain, made in the canonical document: one issue,
// at the field that states the later or the summary fact.
const cases: { name: string; edit: (d: Doc) => void; issue: [string, string, RegExp] }[] = [
  {
    name: "an end before the start",
    edit: (d) => {
      meeting(d).endDate = day("2023-11-06");
    },
    issue: ["date-order", "/events/0/endDate/value", /before the event's date \(2023-11-07/],
  },
  {
    name: "an outcome as of a day before the coup",
    edit: (d) => {
      traore(d).outcomeAsOf = "2022-09-01";
    },
    issue: ["date-order", "/events/2/outcomeAsOf", /before the coup's date/],
  },
  {
    name: "a reaction before the coup",
    edit: (d) => {
      traore(d).reactions = [{ actor: "russia", stance: "support", date: "2022-09-15" }];
    },
    issue: ["date-order", "/events/2/reactions/0/date", /before the coup's date \(2022-10/],
  },
  {
    name: "a stage history out of order",
    edit: (d) => {
      partnership(d).stageHistory = [
        { stage: "proposed", date: day("2023-11-07") },
        { stage: "negotiating", date: day("2023-10-01") },
      ];
    },
    issue: ["date-order", "/events/4/stageHistory/1/date/value", /before the stage change before it/],
  },
  {
    name: "a stage the history contradicts",
    edit: (d) => {
      partnership(d).stage = "signed";
    },
    issue: [
      "inconsistent",
      "/events/4/stage",
      /is "signed", but the last stage change \(stageHistory\/0\) is "negotiating"/,
    ],
  },
  {
    name: "a bilateral partnership of three parties",
    edit: (d) => {
      partnership(d).participants.push({ entity: "niger", role: "party" });
    },
    issue: ["inconsistent", "/events/4/scale", /bilateral, but the partnership has 3 parties/],
  },
  {
    name: "a multilateral partnership of two parties",
    edit: (d) => {
      partnership(d).scale = "multilateral";
    },
    issue: ["inconsistent", "/events/4/scale", /multilateral, but the partnership has two parties/],
  },
  {
    name: "the same entity as every party",
    edit: (d) => {
      partnership(d).participants = [
        { entity: "russia", role: "party" },
        { entity: "russia", role: "signatory" },
      ];
    },
    issue: ["inconsistent", "/events/4/participants", /at least two different parties \(got russia\)/],
  },
  {
    name: "a bilateral meeting of three sides",
    edit: (d) => {
      meeting(d).participants.push({
        entity: "julio-cesar-aviles-castillo",
        role: "participant",
        represents: "nicaragua",
      });
    },
    issue: ["inconsistent", "/events/0/scale", /bilateral, but the participants stand for 3 sides/],
  },
  {
    name: "a third-country venue in the host's own country",
    edit: (d) => {
      meeting(d).thirdLocation = true;
    },
    issue: ["inconsistent", "/events/0/thirdLocation", /venue is in russia, one of the sides/],
  },
  {
    name: "killed and unharmed",
    edit: (d) => {
      traore(d).participants = [{ entity: "ibrahim-traore", role: "leader", fate: ["killed", "unharmed"] }];
    },
    issue: ["inconsistent", "/events/2/participants/0/fate", /both "unharmed" and "killed"/],
  },
  {
    name: "an unknown fate beside a known one",
    edit: (d) => {
      traore(d).participants = [{ entity: "ibrahim-traore", role: "leader", fate: ["unknown", "detained"] }];
    },
    issue: ["inconsistent", "/events/2/participants/0/fate", /"unknown" beside known fates/],
  },
  {
    name: "a quotation whose words are not in its evidence",
    edit: (d) => {
      const q = d.quotes?.[1];
      if (q) q.text = "another step in the development of our strategic alliance";
    },
    issue: [
      "inconsistent",
      "/quotes/1/text",
      /evidence does not hold the words "another step in the development of our strategic alliance"/,
    ],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const result = validateDocument(mutated(c.edit));
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([[c.issue[0], c.issue[1]]]);
    expect(issues[0]?.message).toMatch(c.issue[2]);
  });
}

test("what is consistent stays valid: an interval end on the start day, a reaction later the same month, a quotation split by an ellipsis", () => {
  const doc = mutated((d) => {
    meeting(d).endDate = day("2023-11-07");
    traore(d).reactions = [{ actor: "russia", stance: "support", date: "2022-10-20" }];
    traore(d).outcomeAsOf = "2022-10";
    const q = d.quotes?.[1];
    if (q) q.text = "another step … of our friendly relations";
  });
  expect(validateDocument(doc)).toMatchObject({ ok: true });
});

test("an event validated alone gets the same checks", () => {
  const event = structuredClone(mutated(() => {}).events[4]) as Partnership;
  event.stage = "in-force";
  const result = validateEvent(event);
  expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([["inconsistent", "/stage"]]);
});

// The fields real coups need (issue 12), contradicted in the real-event examples.
type Example = NewsDocument & { events: Coup[]; entities: Entity[] };
const coupCases: {
  name: string;
  example: RealEventExample;
  edit: (d: Example) => void;
  issue: [string, string, RegExp];
}[] = [
  {
    name: "successful five days after the coup (say in-control)",
    example: "niger-coup-2023",
    edit: (d) => {
      d.events[0]!.outcome = "successful";
    },
    issue: ["inconsistent", "/events/0/outcome", /seven days in power.*2023-07-31, before 2023-08-02: say in-control/],
  },
  {
    name: "a dated fate the participant's fate does not list",
    example: "gabon-coup-2023",
    edit: (d) => {
      d.events[0]!.participants![2]!.fateHistory![0]!.fate = ["detained"];
    },
    issue: [
      "inconsistent",
      "/events/0/participants/2/fateHistory/0/fate",
      /has "detained", which the participant's fate does not list/,
    ],
  },
  {
    name: "a place inside itself",
    example: "bolivia-coup-attempt-2024",
    edit: (d) => {
      (d.entities[1] as Place).within = "palacio-quemado";
    },
    issue: [
      "inconsistent",
      "/entities/1/within",
      /"la-paz" a place inside itself \(through "palacio-quemado", "plaza-murillo"\)/,
    ],
  },
  {
    name: "a place inside a person",
    example: "bolivia-coup-attempt-2024",
    edit: (d) => {
      (d.entities[2] as Place).within = "luis-arce";
    },
    issue: ["wrong-reference-type", "/entities/2/within", /is a person, expected a place or a country/],
  },
  {
    name: "a time of day on a date known only to the month",
    example: "niger-coup-2023",
    edit: (d) => {
      d.events[0]!.date = {
        text: "in July",
        value: "2023-07",
        precision: "month",
        method: "explicit",
        time: "08:00+01:00",
      };
    },
    issue: ["inconsistent", "/events/0/date/time", /needs a date with precision day/],
  },
  {
    name: "a date relative to a step that does not exist",
    example: "gabon-coup-2023",
    edit: (d) => {
      d.events[0]!.steps![1]!.date!.relativeTo = { target: "results-read", relation: "after" };
    },
    issue: ["dangling-reference", "/events/0/steps/1/date/relativeTo/target", /no .*step has id "results-read"/],
  },
  {
    name: "a step id that is an entity's",
    example: "gabon-coup-2023",
    edit: (d) => {
      d.events[0]!.steps![6]!.id = "libreville";
    },
    issue: ["duplicate-id", "/events/0/steps/6/id", /"libreville" is already used at \/entities\/1/],
  },
  {
    name: "a route with nowhere to go",
    example: "mali-coup-2020",
    edit: (d) => {
      delete d.events[0]!.places;
    },
    issue: ["required", "/events/0/places", /is required for a route/],
  },
  {
    name: "a person among the places",
    example: "mali-coup-2020",
    edit: (d) => {
      d.events[0]!.places = ["bamako", "boubou-cisse"];
    },
    issue: ["wrong-reference-type", "/events/0/places/1", /is a person, expected a place or a country/],
  },
  {
    name: "a denial that denies itself",
    example: "bolivia-coup-attempt-2024",
    edit: (d) => {
      d.claims![1]!.denies = "self-coup-denial";
    },
    issue: ["inconsistent", "/claims/1/denies", /names the claim itself/],
  },
  {
    name: "a denial of something that is no claim",
    example: "bolivia-coup-attempt-2024",
    edit: (d) => {
      d.claims![1]!.denies = "bolivia-coup-attempt-2024";
    },
    issue: ["wrong-reference-type", "/claims/1/denies", /is a Coup event, expected a claim/],
  },
  {
    name: "a claimant that is a place",
    example: "bolivia-coup-attempt-2024",
    edit: (d) => {
      d.claims![0]!.claimant = "la-paz";
    },
    issue: ["wrong-reference-type", "/claims/0/claimant", /is a place, expected/],
  },
  {
    name: "a detail whose evidence is not in the text",
    example: "russia-north-korea-treaty-2024",
    edit: (d) => {
      d.events[0]!.details![0]!.evidence[0]!.text = "first visit in 25 years";
    },
    issue: ["evidence-mismatch", "/events/0/details/0/evidence/0/text", /must equal the body text/],
  },
];

// … and the fields real partnerships need.
type PartnershipExample = NewsDocument & { events: Partnership[]; entities: Entity[] };
const partnershipCases: {
  name: string;
  example: RealEventExample;
  edit: (d: PartnershipExample) => void;
  issue: [string, string, RegExp];
}[] = [
  {
    name: "ratified is one party's stage, never the whole treaty's",
    example: "russia-north-korea-treaty-2024",
    edit: (d) => {
      d.events[1]!.stage = "ratified" as never;
    },
    issue: ["enum", "/events/1/stage", /must be one of/],
  },
  {
    name: "signed while the history says in force",
    example: "russia-north-korea-treaty-2024",
    edit: (d) => {
      d.events[1]!.stage = "signed";
    },
    issue: [
      "inconsistent",
      "/events/1/stage",
      /is "signed", but the last stage change \(stageHistory\/3\) is "in-force"/,
    ],
  },
  {
    name: "a ratification without the party that ratified",
    example: "russia-north-korea-treaty-2024",
    edit: (d) => {
      delete d.events[1]!.stageHistory![1]!.party;
    },
    issue: ["required", "/events/1/stageHistory/1/party", /name the party that ratified/],
  },
  {
    name: "a ratification by a country that is no party",
    example: "russia-north-korea-treaty-2024",
    edit: (d) => {
      d.entities.push({ type: "country", id: "belarus", name: "Belarus", iso2: "BY", iso3: "BLR" });
      d.events[1]!.stageHistory![1]!.party = "belarus";
    },
    issue: [
      "inconsistent",
      "/events/1/stageHistory/1/party",
      /"belarus", which is not a party to the partnership \(russia, north-korea\)/,
    ],
  },
  {
    name: "a pillar whose provider is no party",
    example: "aukus-2023",
    edit: (d) => {
      d.entities.push({ type: "country", id: "japan", name: "Japan", iso2: "JP", iso3: "JPN" });
      d.events[1]!.components![0]!.providers = ["japan"];
    },
    issue: ["inconsistent", "/events/1/components/0/providers/0", /"japan", which is not a party/],
  },
  {
    name: "a transformation into a person",
    example: "sahel-states-confederation-2024",
    edit: (d) => {
      d.events[1]!.transformations![0]!.into = "assimi-goita";
    },
    issue: ["wrong-reference-type", "/events/1/transformations/0/into", /is a person, expected/],
  },
  {
    name: "a member that is a place",
    example: "sahel-states-confederation-2024",
    edit: (d) => {
      (d.entities[8] as { members: string[] }).members = ["niamey"];
    },
    issue: ["wrong-reference-type", "/entities/8/members/0", /is a place, expected a country or an organization/],
  },
];

for (const c of [...coupCases, ...partnershipCases] as typeof coupCases) {
  test(`${c.example}: ${c.name}`, () => {
    const doc = exampleDocument(c.example) as Example;
    c.edit(doc);
    const result = validateDocument(deepFreeze(doc));
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([[c.issue[0], c.issue[1]]]);
    expect(issues[0]?.message).toMatch(c.issue[2]);
  });
}

// The seven days in power are counted on the calendar, across month, year and leap-day ends.
describe("successful needs seven days: the week after the start, by the calendar", () => {
  const cases: [start: string, asOf: string, week: string | null][] = [
    ["2023-12-28", "2024-01-03", "2024-01-04"],
    ["2023-12-28", "2024-01-04", null],
    ["2024-02-25", "2024-03-02", "2024-03-03"],
    ["2023-02-25", "2023-03-03", "2023-03-04"],
    ["2023-02-25", "2023-03-04", null],
    ["2023-07-26", "2023-08-01", "2023-08-02"],
    ["2023-07", "2023-07-07", "2023-07-08"],
  ];
  test.each(cases)("a coup on %s, successful as of %s", (start, asOf, week) => {
    const coup = {
      kind: "Coup",
      id: "c",
      name: "A coup",
      salience: "main",
      country: "x",
      outcome: "successful",
      outcomeAsOf: asOf,
      date: { value: start, precision: start.length === 7 ? "month" : "day", method: "explicit" },
    };
    const result = validateEvent(coup);
    if (week === null) expect(result).toMatchObject({ ok: true });
    else
      expect(result.ok ? [] : result.issues.map((i) => [i.pointer, i.message])).toEqual([
        [
          "/outcome",
          `is successful, which needs seven days in power, but the outcome is known as of ${asOf}, before ${week}: say in-control`,
        ],
      ]);
  });
});
