import { describe, expect, test } from "vitest";
import { classifyEvent, iptcMediaTopicIri, wikidataIri, type Meeting, type Partnership } from "../../src/index.js";
import { canonicalDocument, exampleDocument } from "../helpers/fixtures.js";

const doc = canonicalDocument();
const byId = (id: string) => {
  const event = doc.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};

describe("classifyEvent on the canonical events", () => {
  const cases = [
    {
      id: "coulibaly-shoigu-meeting",
      cameo: ["042", "043"],
      plover: "CONSULT",
      mode: "visit",
      iptc: ["20000639"],
      wikidata: ["Q2761147"],
    },
    {
      id: "shoigu-aviles-meeting",
      cameo: ["040"],
      plover: "CONSULT",
      mode: undefined,
      iptc: ["20000639"],
      wikidata: ["Q2761147"],
    },
    // CAMEO has no coup code; PLOVER codes the seizure of power as COERCE, mode seize (as toPlover writes it).
    {
      id: "burkina-faso-coup-2022",
      cameo: [],
      plover: "COERCE",
      mode: "seize",
      iptc: ["20000070"],
      wikidata: ["Q45382"],
    },
    { id: "niger-coup-2023", cameo: [], plover: "COERCE", mode: "seize", iptc: ["20000070"], wikidata: ["Q45382"] },
    {
      id: "burkina-faso-russia-defence-partnership",
      // CAMEO 046, "Engage in negotiation": CONSULT in the CAMEO→PLOVER table (vocabularies/plover).
      cameo: ["046"],
      plover: "CONSULT",
      mode: undefined,
      iptc: ["20000638", "20000598"],
      wikidata: [],
    },
  ];
  for (const c of cases) {
    test(c.id, () => {
      const codes = classifyEvent(byId(c.id));
      expect(codes.cameo).toEqual(c.cameo);
      expect(codes.ploverCategory).toBe(c.plover);
      expect(codes.ploverMode).toBe(c.mode);
      expect(codes.iptcMediaTopics).toEqual(c.iptc);
      expect(codes.wikidataClasses).toEqual(c.wikidata);
    });
  }
});

// Found by a trial of the packed package: NATO's Vilnius summit (examples/nato-vilnius-summit-2023),
// hosted by Lithuania for the allies, was coded as one side's visit. PLOVER's codebook has a
// multilateral mode for a meeting of many; a visit stays a visit between two sides.
test("a host-led multilateral summit is PLOVER's multilateral meeting; a bilateral visit stays a visit", () => {
  const summit = (exampleDocument("nato-vilnius-summit-2023").events ?? []).find(
    (e) => e.id === "vilnius-summit-2023",
  ) as Meeting;
  expect(summit.scale).toBe("multilateral");
  expect(summit.participants.map((p) => p.role)).toContain("host");
  expect(classifyEvent(summit)).toMatchObject({
    cameo: ["042", "043"],
    ploverCategory: "CONSULT",
    ploverMode: "multilateral",
  });
  expect(classifyEvent({ ...summit, scale: "bilateral" }).ploverMode).toBe("visit");
});

describe("classifyEvent follows an event's details", () => {
  const meeting = byId("coulibaly-shoigu-meeting") as Meeting;
  const partnership = byId("burkina-faso-russia-defence-partnership") as Partnership;
  const cases: { name: string; event: Meeting | Partnership; cameo: string[]; plover?: string; mode?: string }[] = [
    {
      name: "a phone call is CAMEO 041, PLOVER phone",
      event: { ...meeting, attendance: "remote" },
      cameo: ["041"],
      plover: "CONSULT",
      mode: "phone",
    },
    {
      name: "a summit at a third location is 044",
      event: { ...meeting, thirdLocation: true, scale: "multilateral" },
      cameo: ["044"],
      plover: "CONSULT",
      mode: "third-party",
    },
    {
      name: "a planned meeting is 036, PLOVER AGREE",
      event: { ...meeting, status: "planned" },
      cameo: ["036"],
      plover: "AGREE",
    },
    {
      name: "a cancelled meeting has no CAMEO or PLOVER code: it did not take place",
      event: { ...meeting, status: "cancelled" },
      cameo: [],
    },
    {
      name: "a mediated meeting adds 045",
      event: { ...meeting, participants: [...meeting.participants, { entity: "x", role: "mediator" }] },
      cameo: ["042", "043", "045"],
      plover: "CONSULT",
      mode: "visit",
    },
    {
      name: "a signed partnership is 057, PLOVER SUPPORT",
      event: { ...partnership, stage: "signed" },
      cameo: ["057"],
      plover: "SUPPORT",
    },
    {
      name: "military cooperation in force is 062 and 061",
      event: { ...partnership, stage: "in-force" },
      cameo: ["062", "061"],
      plover: "COOPERATE",
    },
    {
      name: "one-way military aid is 072, PLOVER AID",
      event: { ...partnership, stage: "in-force", symmetry: "one-way", domains: ["defence"] },
      cameo: ["072"],
      plover: "AID",
    },
    {
      name: "a proposed defence pact is 0312",
      event: { ...partnership, stage: "proposed", domains: ["defence"] },
      cameo: ["0312"],
      plover: "AGREE",
    },
    {
      name: "an ended partnership is 160, PLOVER SANCTION discontinue",
      event: { ...partnership, stage: "ended" },
      cameo: ["160"],
      plover: "SANCTION",
      mode: "discontinue",
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const codes = classifyEvent(c.event);
      expect(codes.cameo).toEqual(c.cameo);
      expect(codes.ploverCategory).toBe(c.plover);
      expect(codes.ploverMode).toBe(c.mode);
    });
  }
  // IPTC's treaty (medtop:20000641) is a binding written instrument between states; its Wikidata
  // exactMatch Q131569 is the class of such documents, so no event is an instance of it.
  const instruments = [
    ["treaty", true],
    ["agreement", false],
    ["memorandum", false],
    ["joint-declaration", false],
    ["contract", false],
    ["roadmap", false],
  ] as const;
  for (const [type, treaty] of instruments) {
    test(`a ${type} instrument ${treaty ? "adds" : "does not add"} IPTC treaty, and never a Wikidata class`, () => {
      const codes = classifyEvent({ ...partnership, instrument: { name: "An instrument", type } });
      expect(codes.iptcMediaTopics.includes("20000641")).toBe(treaty);
      expect(codes.wikidataClasses).toEqual([]);
    });
  }
});

test("IRIs", () => {
  expect(iptcMediaTopicIri("20000070")).toBe("http://cv.iptc.org/newscodes/mediatopic/20000070");
  expect(wikidataIri("Q45382")).toBe("http://www.wikidata.org/entity/Q45382");
});
