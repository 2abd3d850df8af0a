import { describe, expect, test } from "vitest";
import { validateDocument, type GeneralEvent, type NewsDocument } from "../../src/index.js";
import { fromPlover, toPlover } from "../../src/plover/index.js";
import {
  auxiliary,
  compound,
  ploverArticle as defaults,
  reciprocal,
  simplest,
  steinmeier,
} from "../helpers/plover-2.0-records.js";

// Records in the shape of PLOVER's manual, "DRAFT Version: 2.0", written from its own examples
// and field tables (test/helpers/plover-2.0-records.ts: which section each comes from).

/** The event's participants as [entity name, role, actor code, sector, evidence]. */
function actors(input: unknown): unknown[][] {
  const { document } = fromPlover(input, defaults);
  const names = new Map(document.entities?.map((e) => [e.id, e.name]));
  return ((document.events?.[0] as GeneralEvent | undefined)?.participants ?? []).map((p) => [
    names.get(p.entity),
    p.role,
    p.actorCode,
    p.sector,
    p.evidence?.map((e) => e.text),
  ]);
}

describe("fromPlover reads a record of PLOVER's manual, draft 2.0", () => {
  const cases: [string, unknown, unknown[][]][] = [
    [
      "the simplest record (Data Fields): actors by code alone",
      simplest,
      [
        ["USA", "source", "USA", undefined, undefined],
        ["CAN", "target", "CAN", undefined, undefined],
      ],
    ],
    [
      "a compound actor: every entity on the actor's side",
      compound,
      [
        ["The United States", "source", "USA", undefined, ["The United States"]],
        ["France", "source", "FRA", undefined, ["France"]],
        ["Russia", "target", "RUS", undefined, ["Russia"]],
      ],
    ],
    [
      "a reciprocal meeting: all actors, no recipient",
      reciprocal,
      [
        ["President Obama", "source", "USA", "GOV", ["President Obama"]],
        ["Japanese Prime Minister Abe", "source", "JPN", "GOV", ["Japanese Prime Minister Abe"]],
      ],
    ],
    [
      "the manual's actor block: its canonical name, its words as evidence",
      steinmeier,
      [["Frank-Walter Steinmeier", "source", undefined, "GOV", ["Steinmeier"]]],
    ],
  ];
  test.each(cases)("%s", (_, input, expected) => {
    expect(actors(input)).toEqual(expected);
    const { document, missing } = fromPlover(input, defaults);
    expect(missing).toEqual([]);
    const result = validateDocument(document);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  // Found by a trial: a 2.0 actor's canonical name came back as its actorText, not the coder's words.
  test("the coder's words found in the sentence are a mention of the entity, and come back as actorText", () => {
    const record = {
      ...compound,
      actor: [
        { entity_text: "The United States", identifier_text: "United States of America", code: "USA" },
        compound.actor[1],
      ],
    };
    const { document } = fromPlover(record, defaults);
    expect(validateDocument(document).ok).toBe(true);
    const usa = document.entities?.find((e) => e.name === "United States of America");
    expect(usa?.mentions).toEqual([{ start: 0, end: 17, text: "The United States" }]);
    expect(toPlover(document as NewsDocument)[0]?.source?.map((a) => a.actorText)).toEqual([
      "The United States",
      "France",
    ]);
  });

  test("the simplest record is a CONSULT on its day, nothing left unplaced", () => {
    const { document, unplaced } = fromPlover(simplest);
    expect(unplaced).toEqual([]);
    expect(document.events).toMatchObject([
      { id: "phoxv1-20160724-0042", plover: { code: "CONSULT" }, date: { value: "2016-07-24", precision: "day" } },
    ]);
  });

  test("event_text, event_loc, mode and context lists, cite_info's language and title: where 0.8's go", () => {
    const { document, unplaced } = fromPlover(auxiliary);
    expect(document.language).toBe("en");
    expect(document.events?.[0]).toMatchObject({
      name: "CONSULT",
      mode: { code: "multilateral" },
      contexts: [{ code: "future" }, { code: "diplomatic" }],
      location: "ottawa",
    });
    expect(document.entities?.find((e) => e.type === "place")).toEqual({
      type: "place",
      id: "ottawa",
      name: "Ottawa",
      latitude: 45.41117,
      longitude: -75.69812,
      sameAs: ["https://www.geonames.org/6094817"],
      mentions: [{ start: 32, end: 38, text: "Ottawa" }],
    });
    expect(fromPlover(compound).document.events?.[0]?.name).toBe("ACCUSE: accused");
    expect(fromPlover(reciprocal).document.entities?.at(-1)).toMatchObject({
      name: "the White House",
      mentions: [{ text: "the White House" }],
    });
    // What the document has no place for is listed, field by field, each with its pointer.
    expect(unplaced.map((u) => u.pointer)).toEqual([
      "/text_info/sequence",
      "/text_info/start",
      "/text_info/end",
      "/event_loc/country_code",
      "/event_loc/feature_class",
      "/event_loc/feature_code",
      "/event_loc/resolution",
    ]);
    // The citation's title is the headline (test/plover/citation-dates.test.ts).
    expect(fromPlover(auxiliary).document.headline).toBe("G-7 to meet in Ottawa");
    expect(fromPlover(steinmeier).unplaced.map((u) => [u.code, u.pointer])).toEqual([
      ["unverified", "/actor/0/wikidata_id"],
      ["no-place", "/actor/0/wiki_description"],
      ["no-place", "/actor/0/other_sector_codes"],
      ["not-a-code", "/actor/0/country_name"],
    ]);
  });

  // Data Fields, note 3: "Multiple event categories would be used in a single record if the source
  // and recipient actors are the same".
  test("a list of event types is an event per type, each with the actors; a mode goes to none", () => {
    const { document, unplaced } = fromPlover(
      { ...compound, event: ["ACCUSE", "THREATEN", "DOCUMENT"], mode: ["allege"] },
      defaults,
    );
    expect(
      document.events?.map((e) => [
        e.id,
        (e as GeneralEvent).plover?.code,
        (e as GeneralEvent).participants?.length,
        (e as GeneralEvent).mode,
      ]),
    ).toEqual([
      ["compound-accuse", "ACCUSE", 3, undefined],
      ["compound-threaten", "THREATEN", 3, undefined],
    ]);
    expect(unplaced.map((u) => [u.code, u.pointer])).toEqual([
      ["unknown-type", "/event/2"],
      ["no-place", "/mode/0"],
    ]);
    expect(validateDocument(document).ok).toBe(true);
  });

  test("a 2.0 record without its sentence takes text_info's story as its body", () => {
    const { text: _, ...rest } = compound;
    const story = { ...rest, text_info: { text_story: ["Paris, 24 July.", compound.text] } };
    const { document, unplaced } = fromPlover(story);
    expect(document.body).toBe(`Paris, 24 July. ${compound.text}`);
    expect(unplaced).toEqual([]);
  });

  // Found by a trial: a story given as one text, and coordinates given as text, were dropped unsaid.
  test("a story given as one text is the body too", () => {
    const { text: _, ...rest } = compound;
    const { document, unplaced } = fromPlover({ ...rest, text_info: { text_story: compound.text } });
    expect(document.body).toBe(compound.text);
    expect(unplaced).toEqual([]);
  });
  test.each([
    ["as numbers", { lat: 45.4215, lon: -75.6972 }, [45.4215, -75.6972], []],
    ["as decimal text", { lat: "45.4215", lon: "-75.6972" }, [45.4215, -75.6972], []],
    ["one as words", { lat: "north", lon: -75.6972 }, [undefined, undefined], ["/event_loc/lat", "/event_loc/lon"]],
    ["out of range", { lat: 95, lon: -75.6972 }, [undefined, undefined], ["/event_loc/lat", "/event_loc/lon"]],
    ["one without the other", { lat: 45.4215 }, [undefined, undefined], ["/event_loc/lat"]],
  ])("coordinates %s", (_, coordinates, [latitude, longitude], said) => {
    const { lat: _lat, lon: _lon, ...where } = auxiliary.event_loc;
    const record = { ...auxiliary, event_loc: { ...where, ...coordinates } };
    const { document, unplaced } = fromPlover(record, defaults);
    const place = document.entities?.find((e) => e.type === "place");
    expect([place?.latitude, place?.longitude]).toEqual([latitude, longitude]);
    expect(unplaced.filter((u) => u.code === "not-a-count").map((u) => u.pointer)).toEqual(said);
  });
});
