import { expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";
import { resolvePointer } from "../../src/core/pointer.js";
import { validateDocument } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { toNinjs } from "../../src/ninjs/index.js";
import { toPlover } from "../../src/plover/index.js";
import { exampleDocument, REAL_EVENT_EXAMPLES, type RealEventExample } from "../helpers/fixtures.js";

for (const name of REAL_EVENT_EXAMPLES) {
  test(`${name}: a real event's document validates, evidence into its own text, and its JSON-LD checks without errors`, () => {
    const doc = exampleDocument(name);
    expect(validateDocument(doc)).toMatchObject({ ok: true });
    const report = checkJsonLd(toJsonLd(doc), { canonicalUrl: doc.url });
    expect(report.errors).toEqual([]);
  });
}

// Each field added for real coups is held by a real one (issue 12): the value it has there.
const fields: [RealEventExample, string, unknown][] = [
  ["niger-coup-2023", "/events/0/outcome", "in-control"],
  ["niger-coup-2023", "/events/0/steps/0/action", "detention"],
  ["niger-coup-2023", "/events/0/steps/2/action", "constitution-suspension"],
  ["niger-coup-2023", "/events/0/steps/6/action", "self-declaration"],
  ["niger-coup-2023", "/events/0/steps/1/date/partOfDay", "evening"],
  ["niger-coup-2023", "/events/0/steps/3/date/relativeTo", { target: "tv-announcement", relation: "same-time" }],
  ["niger-coup-2023", "/events/0/participants/3/fateHistory/0/location", "presidential-palace-niamey"],
  ["niger-coup-2023", "/events/0/reactions/0/actions", ["sanctions", "threat-of-force"]],
  ["niger-coup-2023", "/events/0/details/0/name", "heldWith"],
  ["niger-coup-2023", "/entities/3/within", "niamey"],
  ["bolivia-coup-attempt-2024", "/events/0/participants/1/role", "target"],
  ["bolivia-coup-attempt-2024", "/events/0/participants/2/role", "loyalist"],
  ["bolivia-coup-attempt-2024", "/events/0/steps/0/action", "assault"],
  ["bolivia-coup-attempt-2024", "/events/0/steps/0/date/time", "15:50-04:00"],
  ["bolivia-coup-attempt-2024", "/events/0/steps/2/date/relativeTo", { target: "palace-door-rammed", relation: "after" }],
  ["gabon-coup-2023", "/events/0/steps/6/date/relativeTo", { target: "gabon-coup-2023", relation: "after", interval: "P5D" }],
  ["bolivia-coup-attempt-2024", "/events/0/steps/3/action", "arrest"],
  ["bolivia-coup-attempt-2024", "/entities/3/within", "plaza-murillo"],
  ["bolivia-coup-attempt-2024", "/claims/0/claimant", "juan-jose-zuniga"],
  ["bolivia-coup-attempt-2024", "/claims/1", expect.objectContaining({ claimant: "bolivia", denies: "self-coup-claim" })],
  ["bolivia-coup-attempt-2024", "/verifications/0/target", "/claims/0"],
  ["gabon-coup-2023", "/events/0/steps/2/action", "election-annulment"],
  ["gabon-coup-2023", "/events/0/steps/3/action", "dissolution"],
  ["gabon-coup-2023", "/events/0/steps/6/action", "swearing-in"],
  ["gabon-coup-2023", "/events/0/participants/2/fateHistory/0/fate", ["house-arrest"]],
  ["gabon-coup-2023", "/events/0/reactions/0/actions", ["suspension"]],
  ["mali-coup-2020", "/events/0/places", ["bamako", "kati"]],
  ["mali-coup-2020", "/events/0/route", true],
  ["mali-coup-2020", "/events/0/steps/2/action", "resignation"],
  // Issue 22: open, coded lists. A mutiny has no token: the PLOVER type holds it (it was "other").
  ["mali-coup-2020", "/events/0/steps/0/action", { scheme: "plover", code: "MOBILIZE", label: "mobilize" }],
  ["gabon-coup-2023", "/events/0/steps/0/action", "announcement"],
  ["sudan-coup-2021", "/events/0/steps/2/action", expect.objectContaining({ scheme: "cameo", code: "1724" })],
  ["sudan-coup-2021", "/events/0/steps/3/action", "internet-shutdown"],
  ["sudan-coup-2021", "/events/0/steps/4/action", "airspace-closure"],
  ["sudan-coup-2021", "/events/0/reactions/0", expect.objectContaining({ stance: "unstated", actions: ["aid-suspension"] })],
  ["eu-ukraine-association-2017", "/events/0/stageHistory/0/stage", "initialled"],
  ["eu-ukraine-association-2017", "/events/0/stageHistory/3/stage", "provisionally-applied"],
  ["mali-coup-2020", "/events/0/participants/1/fateHistory/1/fate", ["resigned"]],
  // … and for real partnerships.
  ["russia-north-korea-treaty-2024", "/events/1/stageHistory/1", expect.objectContaining({ stage: "ratified", party: "russia" })],
  ["russia-north-korea-treaty-2024", "/events/1/stageHistory/2", expect.objectContaining({ stage: "ratified", party: "north-korea" })],
  ["russia-north-korea-treaty-2024", "/events/1/instrument/clauses/0/label", "Article 4"],
  ["russia-north-korea-treaty-2024", "/events/1/milestones/0/description", "Instruments of ratification exchanged in Moscow"],
  ["russia-north-korea-treaty-2024", "/events/0/details/0", expect.objectContaining({ name: "firstVisitInYears", value: 24 })],
  ["russia-north-korea-treaty-2024", "/events/0/visit", "state"],
  ["sahel-states-confederation-2024", "/events/1/instrument/type", "charter"],
  ["sahel-states-confederation-2024", "/events/1/transformations/0", expect.objectContaining({ change: "became", into: "confederation-of-sahel-states" })],
  ["sahel-states-confederation-2024", "/events/1/classes", ["Q1127126"]],
  ["sahel-states-confederation-2024", "/entities/8/members", ["mali", "burkina-faso", "niger"]],
  ["aukus-2023", "/events/1/scale", "multilateral"],
  ["aukus-2023", "/events/1/components/0", expect.objectContaining({ symmetry: "one-way", providers: ["united-states", "united-kingdom"], beneficiaries: ["australia"] })],
  ["aukus-2023", "/events/1/components/1/symmetry", "mutual"],
  // … and for quantities, series, deadlines and dates as written (issue 22).
  ["unga-es-11-1-2022", "/events/0/quantities/0", expect.objectContaining({ counts: "votes-for", value: 141 })],
  ["unga-es-11-1-2022", "/events/0/quantities/2", expect.objectContaining({ counts: "abstentions", value: 35 })],
  ["unga-es-11-1-2022", "/events/0/relations/0", expect.objectContaining({ relation: "part-of", number: 11 })],
  ["eu-ukraine-association-2017", "/events/0/relations/0", expect.objectContaining({ relation: "replaces", name: "EU–Ukraine Partnership and Cooperation Agreement" })],
  ["ecowas-niger-ultimatum-2023", "/events/1/reactions/0/deadline/duration", "P7D"],
  ["ecowas-niger-ultimatum-2023", "/events/1/steps/1/date/qualifier", "late"],
  ["ecowas-niger-ultimatum-2023", "/events/0/relations/0", expect.objectContaining({ relation: "responds-to", target: "niger-coup-2023" })],

  // … and for actors as reported and over time (issue 22).
  ["nato-vilnius-summit-2023", "/entities/10/partOf", "russia"],
  ["nato-vilnius-summit-2023", "/entities/0/nonMembers", ["sweden", "ukraine"]],
  ["nato-vilnius-summit-2023", "/entities/13", expect.objectContaining({ type: "person", description: "the allied heads of state and government" })],
  ["nato-vilnius-summit-2023", "/entities/14", expect.objectContaining({ type: "document", genre: "communique", issuedBy: "nato" })],
  ["nato-vilnius-summit-2023", "/quotes/0/attribution/source", "vilnius-communique"],
  ["nato-vilnius-summit-2023", "/claims/0/attribution/source", "vilnius-communique"],
  ["nato-vilnius-summit-2023", "/quotes/2/represents", "kremlin"],
  ["nato-vilnius-summit-2023", "/events/0/participants/2/days", ["2023-07-12"]],
  ["sudan-coup-2019", "/events/0/steps/0/represents", "sudanese-armed-forces"],
  ["sudan-coup-2019", "/events/0/outcomeHistory/0/outcome", "in-control"],
  ["sudan-coup-2019", "/events/0/outcomeHistory/2", expect.objectContaining({ outcome: "successful", event: "declaration-signing" })],
  ["sudan-coup-2019", "/events/1/participants/0/represents", "transitional-military-council"],
  ["sudan-coup-2019", "/claims/0/attribution/source", "constitutional-declaration"],
  ["russia-north-korea-treaty-2024", "/events/1/milestones/0/location", "moscow"],
];
for (const [name, pointer, value] of fields) {
  test(`${name} holds ${pointer}`, () => {
    expect(resolvePointer(exampleDocument(name), pointer).value).toEqual(value);
  });
}

// The general kind on four real events (issue 23): each its own type, in JSON-LD, ninjs and PLOVER.
const general: [RealEventExample, string, string, string | undefined][] = [
  // A march open to all, on a day, from a square with an address: the one Event node.
  ["france-pension-protest-2023", "Event", "PROTEST", "demo-org"],
  ["manchester-arena-bombing-2017", "Thing", "ASSAULT", "suicide-attack"],
  ["us-russia-sanctions-2024", "Thing", "SANCTION", undefined],
  // Classified by its Wikidata class alone: PLOVER has no type for an election.
  ["brazil-election-2022", "Thing", "", undefined],
];
test.each(general)("%s: a general Event, a schema.org %s, PLOVER %s", (name, type, plover, mode) => {
  const doc = exampleDocument(name);
  const event = doc.events?.[0];
  expect(event?.kind).toBe("Event");
  const node = (toJsonLd(doc)["@graph"] as unknown as Record<string, unknown>[]).find((n) =>
    String(n["@id"]).endsWith(`#/event/${event?.id}`),
  );
  expect(node?.["@type"]).toBe(type);
  expect(toNinjs(doc).events).toEqual([expect.objectContaining({ name: event?.name, rel: "about", literal: event?.id })]);
  const records = toPlover(doc);
  expect(records.map((r) => [r.event, r.mode])).toEqual(plover === "" ? [] : [[plover, mode]]);
});

test("the real events' counts travel to PLOVER: 22 dead and 59 injured in Manchester", () => {
  expect(toPlover(exampleDocument("manchester-arena-bombing-2017"))[0]).toMatchObject({ dead: "22", injured: "59" });
  expect(toPlover(exampleDocument("france-pension-protest-2023"))[0]).toMatchObject({
    size: "1280000",
    // The article's words for the union: the participant's "CGT" inside its mention "the CGT union".
    source: [{ actorText: "CGT", code: "FRA", sector: "LAB" }],
    target: [{ actorText: "Emmanuel Macron", code: "FRA", sector: "GOV" }],
  });
});
