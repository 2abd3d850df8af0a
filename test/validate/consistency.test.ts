import { expect, test } from "vitest";
import type { FullDocument } from "../../src/examples/index.js";
import { validateDocument, validateEvent, type Coup, type Meeting, type Partnership } from "../../src/index.js";
import { mutated } from "../helpers/fixtures.js";

type Doc = FullDocument & Record<string, unknown>;
const meeting = (d: Doc) => d.events[0] as Meeting;
const traore = (d: Doc) => d.events[2] as Coup;
const partnership = (d: Doc) => d.events[4] as Partnership;
const day = (value: string) => ({ text: value, value, precision: "day" as const, method: "explicit" as const });

// Each contradiction a real report could contain, made in the canonical document: one issue,
// at the field that states the later or the summary fact.
const cases: { name: string; edit: (d: Doc) => void; issue: [string, string, RegExp] }[] = [
  { name: "an end before the start", edit: (d) => { meeting(d).endDate = day("2023-11-06"); }, issue: ["date-order", "/events/0/endDate/value", /before the event's date \(2023-11-07/] },
  { name: "an outcome as of a day before the coup", edit: (d) => { traore(d).outcomeAsOf = "2022-09-01"; }, issue: ["date-order", "/events/2/outcomeAsOf", /before the coup's date/] },
  { name: "a reaction before the coup", edit: (d) => { traore(d).reactions = [{ actor: "russia", stance: "support", date: "2022-09-15" }]; }, issue: ["date-order", "/events/2/reactions/0/date", /before the coup's date \(2022-10/] },
  {
    name: "a stage history out of order",
    edit: (d) => { partnership(d).stageHistory = [{ stage: "proposed", date: day("2023-11-07") }, { stage: "negotiating", date: day("2023-10-01") }]; },
    issue: ["date-order", "/events/4/stageHistory/1/date/value", /before the stage change before it/],
  },
  { name: "a stage the history contradicts", edit: (d) => { partnership(d).stage = "signed"; }, issue: ["inconsistent", "/events/4/stage", /is "signed", but the last stage change \(stageHistory\/0\) is "negotiating"/] },
  {
    name: "a bilateral partnership of three parties",
    edit: (d) => { partnership(d).participants.push({ entity: "niger", role: "party" }); },
    issue: ["inconsistent", "/events/4/scale", /bilateral, but the partnership has 3 parties/],
  },
  {
    name: "a multilateral partnership of two parties",
    edit: (d) => { partnership(d).scale = "multilateral"; },
    issue: ["inconsistent", "/events/4/scale", /multilateral, but the partnership has two parties/],
  },
  {
    name: "the same entity as every party",
    edit: (d) => { partnership(d).participants = [{ entity: "russia", role: "party" }, { entity: "russia", role: "signatory" }]; },
    issue: ["inconsistent", "/events/4/participants", /at least two different parties \(got russia\)/],
  },
  {
    name: "a bilateral meeting of three sides",
    edit: (d) => { meeting(d).participants.push({ entity: "julio-cesar-aviles-castillo", role: "participant", represents: "nicaragua" }); },
    issue: ["inconsistent", "/events/0/scale", /bilateral, but the participants stand for 3 sides/],
  },
  { name: "a third-country venue in the host's own country", edit: (d) => { meeting(d).thirdLocation = true; }, issue: ["inconsistent", "/events/0/thirdLocation", /venue is in russia, one of the sides/] },
  { name: "killed and unharmed", edit: (d) => { traore(d).participants = [{ entity: "ibrahim-traore", role: "leader", fate: ["killed", "unharmed"] }]; }, issue: ["inconsistent", "/events/2/participants/0/fate", /both "unharmed" and "killed"/] },
  { name: "an unknown fate beside a known one", edit: (d) => { traore(d).participants = [{ entity: "ibrahim-traore", role: "leader", fate: ["unknown", "detained"] }]; }, issue: ["inconsistent", "/events/2/participants/0/fate", /"unknown" beside known fates/] },
  {
    name: "a quotation whose words are not in its evidence",
    edit: (d) => { const q = d.quotes?.[1]; if (q) q.text = "another step in the development of our strategic alliance"; },
    issue: ["inconsistent", "/quotes/1/text", /evidence does not hold the words "another step in the development of our strategic alliance"/],
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
