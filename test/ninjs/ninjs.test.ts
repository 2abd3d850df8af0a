import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { resolvePointer, validateDocument, type NewsDocument } from "../../src/index.js";
import { fromNinjs, toNinjs, toNinjsResult, type NinjsVersion } from "../../src/ninjs/index.js";
import { canonicalDocument, deepFreeze, exampleDocument, repoPath } from "../helpers/fixtures.js";
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

// Found by a trial of the packed package: a general event's own IPTC topics (its `topics`, "for
// ninjs subjects", as the schema says) never reached the item's subjects.
test("a general event's own Media Topics are subjects, each code once, with its label", () => {
  const doc = exampleDocument("france-pension-protest-2023") as NewsDocument;
  const event = doc.events?.[0];
  if (event?.kind !== "Event") throw new Error("the example's event is a general event");
  event.topics = [{ scheme: "iptc", code: "11000000", label: "politics" }];
  expect(validateDocument(doc).ok).toBe(true);
  const twice = { ...doc, events: [event, { ...event, id: `${event.id}-again` }] };
  for (const item of [toNinjs(doc), toNinjs(twice)])
    expect((item["subjects"] as { uri?: string }[]).filter((s) => s.uri?.includes("/mediatopic/"))).toEqual([
      { name: "politics", rel: "about", uri: "http://cv.iptc.org/newscodes/mediatopic/11000000" },
    ]);
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

describe("fromNinjs reads untrusted input (issue 21)", () => {
  test("a __proto__ member never becomes a prototype, and nothing of it reaches the document", () => {
    const item = JSON.parse(
      '{"__proto__": {"uri": "javascript:alert(1)", "headlines": [{"value": "x"}]}, "infoSources": [{"__proto__": {"uri": "javascript:alert(2)"}, "role": "author", "name": "A"}]}',
    );
    const { document, unplaced } = fromNinjs(item);
    expect(document).toEqual({ authors: [{ type: "person", name: "A" }] });
    expect(Object.getPrototypeOf(document.authors[0])).toBe(Object.prototype);
    expect(unplaced.map((u) => [u.code, u.pointer])).toEqual([["unknown-property", "/__proto__"]]);
  });

  test("a role that is an object without a prototype is named, not a TypeError", () => {
    const role = Object.create(null) as Record<string, unknown>;
    role["a"] = 1;
    const { unplaced } = fromNinjs({ infoSources: [{ role }] });
    expect(unplaced[0]).toMatchObject({ code: "info-source", params: { role: '{"a":1}' } });
  });

  test.each([
    ["10,000 levels in an unknown property", () => ({ uri: "https://a.example/", deep: nested(10_000) })],
    ["10,000 levels as the uri", () => ({ uri: nested(10_000) })],
    ["10,000 levels as a headline's role", () => ({ headlines: [{ role: nested(10_000) }] })],
  ])("%s: one listed value, never a RangeError", (_, make) => {
    const { document, missing, unplaced } = fromNinjs(make() as never);
    expect(document).toEqual({ authors: [] });
    expect(missing).toContain("url");
    expect(unplaced).toHaveLength(1);
    expect(unplaced[0]).toMatchObject({ code: "unreadable", params: { maxDepth: 512 } });
  });

  test("15,000 people of one name get ids in linear time", () => {
    const people = Array.from({ length: 15_000 }, () => ({ name: "Ann Lee" }));
    const started = performance.now();
    const { document } = fromNinjs({ people });
    expect(performance.now() - started).toBeLessThan(1_000);
    const ids = (document.entities ?? []).map((e) => e.id);
    expect(ids.slice(0, 3)).toEqual(["ann-lee", "ann-lee-2", "ann-lee-3"]);
    expect(new Set(ids).size).toBe(15_000);
  });

  test("a 1 MB item gives at most 100 unplaced entries, the last saying how many more", () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({ name: `e${i}` }));
    const item = { events };
    const { unplaced } = fromNinjs(item);
    expect(JSON.stringify(item).length).toBeGreaterThan(1_000_000);
    expect(unplaced).toHaveLength(100);
    expect(unplaced[99]).toMatchObject({ code: "too-many-issues", params: { omitted: 99_901 } });
    expect(unplaced[99]?.reason).toBe(unplaced[99]?.message);
    expect(JSON.stringify(unplaced).length).toBeLessThan(40_000);
  });
});

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe("ninjs round trip: what an item carries comes back, and what it cannot carry is listed (issue 21)", () => {
  const base = structuredClone(articleOnly) as NewsDocument;
  test.each<[string, (d: NewsDocument) => void]>([
    ["an author's sameAs", (d) => void (d.authors[0]!.sameAs = ["https://social.example/@jane"])],
    ["a blank caption", (d) => void (d.images = [{ url: "https://news.example.org/a.jpg", caption: " " }])],
  ])("%s comes back", (_, change) => {
    const doc = structuredClone(base);
    change(doc);
    expect(validateDocument(doc)).toMatchObject({ ok: true });
    for (const version of ["3.1", "2.2"] as const) {
      const item = toNinjs(doc, { version });
      expectNinjs(item, version);
      const back = fromNinjs(item).document;
      expect([back.authors, back.images]).toEqual([doc.authors, doc.images]);
      expect(toNinjsResult(doc, { version }).lost).toEqual([]);
    }
  });

  test.each<[string, (d: NewsDocument) => void, string, string]>([
    [
      "an organization author",
      (d) => void d.authors.push({ type: "organization", name: "Desk" }),
      "author-type",
      "/authors/2/type",
    ],
    ["modified equal to published", (d) => void (d.modified = d.published), "modified-at-published", "/modified"],
    [
      "live-blog updates",
      (d) => void (d.updates = [{ id: "u-1", published: "2021-07-01T10:00:00+02:00", headline: "Vote passes" }]),
      "no-place",
      "/updates",
    ],
    ["coverageEnded", (d) => void (d.coverageEnded = "2021-07-01T12:00:00+02:00"), "no-place", "/coverageEnded"],
  ])("%s does not come back, and is listed as lost", (_, change, code, pointer) => {
    const doc = structuredClone(base);
    change(doc);
    expect(validateDocument(doc)).toMatchObject({ ok: true });
    const { item, lost } = toNinjsResult(doc);
    expect(item).toEqual(toNinjs(doc));
    // What the pointer names is not what comes back.
    expect(resolvePointer(fromNinjs(item).document, pointer).value).not.toEqual(resolvePointer(doc, pointer).value);
    expect(lost.map((l) => [l.code, l.pointer])).toEqual([[code, pointer]]);
  });

  test("the canonical document lists its events, verifications and entity details as lost", () => {
    const codes = new Set(toNinjsResult(canonical).lost.map((l) => l.code));
    expect([...codes]).toEqual(expect.arrayContaining(["reference-only", "note-only", "entity-details"]));
  });
});
