import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { validateDocument, type NewsDocument } from "../../src/index.js";
import { fromNinjs, toNinjs, type NinjsVersion } from "../../src/ninjs/index.js";
import { canonicalDocument, deepFreeze, repoPath } from "../helpers/fixtures.js";
import { validDocument } from "../helpers/arbitraries.js";
import fc from "fast-check";

const vendor = (name: string) =>
  JSON.parse(readFileSync(repoPath(`vendor/iptc-ninjs/${name}`), "utf8")) as Record<string, unknown>;

// IPTC's own schemas, as the IPTC's README says to load them: Ajv 2020, strict off, formats on.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajvFormats.default(ajv);
ajv.addSchema(vendor("GeoJSON-schema.json"), "https://geojson.org/schema/GeoJSON.json");
const validators: Record<NinjsVersion, ReturnType<typeof ajv.compile>> = {
  "3.1": ajv.compile(vendor("ninjs-schema_3.1.json")),
  "2.2": ajv.compile(vendor("ninjs-schema_2.2.json")),
};
const expectNinjs = (item: unknown, version: NinjsVersion) => {
  const ok = validators[version](item);
  expect(ok, JSON.stringify(validators[version].errors?.slice(0, 3))).toBe(true);
};

const canonical = deepFreeze(canonicalDocument());
// An ordinary article with no events: a council vote on bike lanes (Paris, 2021).
const articleOnly: NewsDocument = deepFreeze({
  headline: "Paris votes to make its pop-up bike lanes permanent",
  url: "https://news.example.org/2021/07/01/paris-bike-lanes/",
  published: "2021-07-01T09:30:00+02:00",
  modified: "2021-07-01T11:00:00+02:00",
  language: "fr-FR",
  authors: [
    { type: "person", name: "Jane Doe", url: "https://news.example.org/staff/jane-doe" },
    { type: "person", name: "Ali Ben" },
  ],
  publisher: { name: "Example News", url: "https://news.example.org/" },
  keywords: ["cycling", "Paris"],
  body: "Paris city council voted on Thursday to keep the 50 km of cycle lanes opened during the pandemic.",
  entities: [
    { type: "place", id: "paris", name: "Paris", wikidata: "Q90", latitude: 48.8566, longitude: 2.3522 },
    { type: "organization", id: "paris-council", name: "Conseil de Paris" },
  ],
});

describe("toNinjs output validates against IPTC's own schemas", () => {
  for (const version of ["3.1", "2.2"] as const) {
    test.each([
      ["the canonical document", canonical],
      ["an article-only document", articleOnly],
    ] as const)(`${version}: %s`, (_, doc) => {
      expectNinjs(toNinjs(doc, { version }), version);
    });
    test(`${version}: generated valid documents`, () => {
      fc.assert(
        fc.property(validDocument, (doc) => expectNinjs(toNinjs(doc, { version }), version)),
        { numRuns: 60 },
      );
    });
  }
});

test("the canonical item: metadata, IPTC subjects from the events, entities with Wikidata, events by reference, verifications as a note", () => {
  const item = toNinjs(canonical);
  expect(item).toMatchObject({
    uri: canonical.url,
    type: "text",
    firstCreated: canonical.published,
    language: "en",
    headlines: [{ role: "main", value: canonical.headline }],
    by: "Example Reporter",
  });
  const subjects = item["subjects"] as { uri?: string }[];
  expect(subjects.map((s) => s.uri)).toContain("http://cv.iptc.org/newscodes/mediatopic/20000070"); // coup d'etat
  expect(item["places"]).toContainEqual({
    name: "Burkina Faso",
    rel: "country",
    literal: "burkina-faso",
    uri: "http://www.wikidata.org/entity/Q965",
  });
  expect((item["events"] as unknown[]).length).toBe(canonical.events.length);
  expect(String(item["edNote"]).split("\n").length).toBe(1 + canonical.verifications!.length);
});

test("2.2 uses its lower-case names", () => {
  const item = toNinjs(canonical, { version: "2.2" });
  expect(Object.keys(item)).toEqual(
    expect.arrayContaining(["firstcreated", "versioncreated", "infosources", "ednote"]),
  );
  expect(Object.keys(item)).not.toContain("firstCreated");
});

describe("round trip: fromNinjs(toNinjs(doc)) keeps every field ninjs can carry", () => {
  // The fields ninjs has a place for. Lost, by design (docs/ninjs.md): events' details, quotes,
  // claims, sources, verifications (a note only), evidence spans, entity aliases and positions,
  // country codes (countries come back as places), section, paywall, image captions' roles.
  const CARRIED = [
    "headline",
    "url",
    "published",
    "modified",
    "language",
    "description",
    "body",
    "authors",
    "keywords",
    "images",
  ] as const;
  test.each([
    ["article-only", articleOnly],
    ["canonical", canonical],
  ] as const)("%s", (_, doc) => {
    for (const version of ["3.1", "2.2"] as const) {
      const back = fromNinjs(toNinjs(doc, { version })).document as Record<string, unknown>;
      for (const field of CARRIED)
        expect(back[field], `${version} ${field}`).toEqual((doc as unknown as Record<string, unknown>)[field]);
      expect(back["publisher"]).toEqual({ name: doc.publisher.name, url: doc.publisher.url }); // its logo has no slot
      // Entities: id, name, Wikidata and coordinates; type too, except countries (places in ninjs).
      const entities = (doc.entities ?? []).map((e) => ({
        id: e.id,
        name: e.name,
        wikidata: e.wikidata,
        type: e.type === "country" ? "place" : e.type,
      }));
      expect(
        ((back["entities"] as typeof entities | undefined) ?? []).map((e) => ({
          id: e.id,
          name: e.name,
          wikidata: e.wikidata,
          type: e.type,
        })),
      ).toEqual([
        ...entities.filter((e) => e.type === "person"),
        ...entities.filter((e) => e.type === "organization"),
        ...entities.filter((e) => e.type === "place"),
      ]);
    }
  });

  test("an article-only document comes back valid as it is", () => {
    const { document, missing } = fromNinjs(toNinjs(articleOnly));
    expect(missing).toEqual([]);
    expect(validateDocument(document)).toMatchObject({ ok: true });
  });
});

describe("IPTC's examples import into documents that validate once the user adds what ninjs lacks", () => {
  const examples = readdirSync(repoPath("vendor/iptc-ninjs/examples")).filter((f) => f.endsWith(".json"));
  const texts = examples.filter((f) => (vendor(`examples/${f}`)["type"] ?? "text") === "text");
  test("there are text examples", () => expect(texts.length).toBeGreaterThanOrEqual(3));
  test.each(texts)("%s", (file) => {
    const item = vendor(`examples/${file}`);
    expectNinjs(item, "3.1");
    const { document, missing, unplaced } = fromNinjs(item);
    // What the result says is missing, and only that, is what the user adds.
    const fill: Record<string, unknown> = {
      headline: "Headline added by the user",
      url: "https://news.example.org/added-by-the-user/",
      published: "2024-01-01T00:00:00Z",
      language: "en",
      authors: [{ type: "person", name: "Added Author" }],
      publisher: { name: "Added Publisher", url: "https://publisher.example.org/" },
    };
    const completed = { ...document, ...Object.fromEntries(missing.map((k) => [k, fill[k]])) };
    const result = validateDocument(completed);
    expect(result.ok ? [] : result.issues, JSON.stringify({ missing, unplaced })).toEqual([]);
    for (const u of unplaced) expect(u.pointer).toMatch(/^\//);
  });
});

describe("what fromNinjs cannot place is a problem with a code and the raw values in params", () => {
  const { unplaced } = fromNinjs({
    uri: "javascript:alert(1)",
    headlines: [
      { role: "main", value: "Main" },
      { role: "sub", value: "Sub" },
    ],
    bodies: [{ value: "plain" }, { contentType: "text/html", value: "<p>x</p>" }],
    infoSources: [{ role: "originator", name: "Agency" }],
    subjects: [{ uri: "http://cv.iptc.org/newscodes/mediatopic/11000000", name: "politics" }],
    people: [{ uri: "x" }],
    places: [{ name: "France", rel: "country" }],
    events: [{ name: "Summit" }],
    associations: [{ type: "video", uri: "https://example.org/v" }],
    "a/b~c": 1,
    edNote: "check the figures",
  } as never);
  test.each<[string, string, Record<string, string> | undefined]>([
    ["/uri", "not-a-url", { got: "javascript:alert(1)" }],
    ["/headlines/1", "extra-headline", { role: "sub" }],
    ["/bodies/1", "marked-up-body", { contentType: "text/html" }],
    ["/infoSources/0", "info-source", { role: "originator" }],
    ["/subjects/0", "media-topic", { topic: "11000000", name: "politics" }],
    ["/people/0", "no-name", undefined],
    ["/places/0", "country-place", { name: "France" }],
    ["/events/0", "event-reference", { name: "Summit" }],
    ["/associations/0", "not-a-picture", undefined],
    ["/a~1b~0c", "unknown-property", { key: "a/b~c" }],
    ["/edNote", "editorial-note", undefined],
  ])("%s: %s", (pointer, code, params) => {
    const found = unplaced.find((u) => u.pointer === pointer);
    expect(found?.code).toBe(code);
    expect(found?.params).toEqual(params);
    // The deprecated `reason` is the message, word for word.
    expect(found?.reason).toBe(found?.message);
    // The message is composed from the params (the key of an unknown property is in the pointer).
    if (code !== "unknown-property")
      for (const value of Object.values(params ?? {})) expect(found?.message).toContain(value);
  });
  test("nothing else is reported", () => expect(unplaced).toHaveLength(11));
});
