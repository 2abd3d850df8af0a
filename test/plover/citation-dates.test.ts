import { describe, expect, test } from "vitest";
import { validateDocument } from "../../src/index.js";
import { fromPlover, type FromPloverDefaults } from "../../src/plover/index.js";
import { TIME_OF_DAY } from "../../src/plover/dates.js";
import { readFileSync } from "node:fs";
import { repoPath } from "../helpers/fixtures.js";
import { compound, ploverArticle, steinmeier } from "../helpers/plover-2.0-records.js";

// Round 21: what a PLOVER 2.0 record holds beyond 0.8's fields. The manual's "Data Fields" tables:
// cite_info (url, title, language, publication…), time, enddate, endtime, has_event, and an
// entity's identifier_id ("This should be the Wikidata ID for the entity").

const { headline: _h, url: _u, publisher: _p, ...article } = ploverArticle;
const home = { name: "Example News", url: "https://news.example.org/" };

/** Said with its own reason, not as a field the reader does not read (as all of cite_info but its language was). */
const GENERIC = "has no place in a news document";
const reasoned = (unplaced: readonly { pointer: string; message: string }[], generic: string[] = []) =>
  unplaced.filter((u) => !generic.includes(u.pointer)).every((u) => u.message !== GENERIC);

/** What the record's citation gives, and what of it is said: [pointer, code]. */
describe("fromPlover reads cite_info into the article fields", () => {
  const cases: [string, unknown, FromPloverDefaults, Record<string, unknown>, [string, string][]][] = [
    [
      "the manual's names: title, url, publication (an object with its home page)",
      { title: "G-7 to meet", url: "https://news.example.org/g7", publication: home },
      article,
      { headline: "G-7 to meet", url: "https://news.example.org/g7", publisher: home },
      [],
    ],
    [
      "a provider's names: headline and publisher",
      { headline: "G-7 to meet", publisher: home },
      article,
      { headline: "G-7 to meet", url: undefined, publisher: home },
      [],
    ],
    [
      "the record's title before the headline given",
      { title: "G-7 to meet" },
      ploverArticle,
      { headline: "G-7 to meet", url: ploverArticle.url, publisher: ploverArticle.publisher },
      [],
    ],
    [
      "a url that is none: the one given, and it is said",
      { url: "news.example.org/g7" },
      ploverArticle,
      { headline: ploverArticle.headline, url: ploverArticle.url },
      [["/cite_info/url", "no-place"]],
    ],
    ["a blank title is said", { title: " " }, article, { headline: undefined }, [["/cite_info/title", "no-place"]]],
    [
      "a publisher's name alone is no publisher: said",
      { publication: "Reuters" },
      article,
      { publisher: undefined },
      [["/cite_info/publication", "no-place"]],
    ],
    [
      "a publisher's name alone, the one given: that one",
      { publication: "Example News" },
      ploverArticle,
      { publisher: home },
      [],
    ],
    [
      "a publisher's name alone, another than the one given: the one given, and it is said",
      { publication: "Reuters" },
      ploverArticle,
      { publisher: home },
      [["/cite_info/publication", "no-place"]],
    ],
    [
      "a publisher whose home page is none: said",
      { publisher: { name: "Reuters", url: "reuters" } },
      article,
      { publisher: undefined },
      [["/cite_info/publisher", "no-place"]],
    ],
    [
      // The pattern alone took it, and the document made then failed validation at /publisher/url.
      "a publisher whose home page is longer than a document's url may be (2,048): said",
      { publisher: { name: "Reuters", url: `https://www.reuters.com/${"a".repeat(2048)}` } },
      article,
      { publisher: undefined },
      [["/cite_info/publisher", "no-place"]],
    ],
    [
      "a language that is no tag is said; the citation's other fields too",
      { language: "English", corpus: "X" },
      article,
      { language: "en" },
      [
        ["/cite_info/corpus", "no-place"],
        ["/cite_info/language", "not-a-code"],
      ],
    ],
  ];
  test.each(cases)("%s", (_, cite_info, defaults, expected, said) => {
    const { document, missing, unplaced } = fromPlover({ ...compound, cite_info }, defaults);
    for (const [key, value] of Object.entries(expected)) {
      expect(document[key as keyof typeof document], key).toEqual(value);
      expect(missing.includes(key as "headline"), key).toBe(value === undefined);
    }
    expect(unplaced.map((u) => [u.pointer, u.code])).toEqual(said);
    expect(reasoned(unplaced, ["/cite_info/corpus"])).toBe(true);
    if (missing.length === 0) expect(validateDocument(document).ok).toBe(true);
  });
});

describe("fromPlover reads 2.0's time, enddate and endtime into the event's date and endDate", () => {
  test("a time of day is read by the schema's own FuzzyDate.time pattern", () => {
    const defs = JSON.parse(readFileSync(repoPath("schemas/defs.json"), "utf8"));
    expect(TIME_OF_DAY.source).toBe(defs.$defs.FuzzyDate.properties.time.pattern);
  });

  const cases: [string, Record<string, unknown>, unknown, unknown, [string, string][]][] = [
    [
      "an end date",
      { date: "2016-07-24", enddate: "2016-07-26" },
      { value: "2016-07-24", precision: "day", method: "source" },
      { value: "2016-07-26", precision: "day", method: "source" },
      [],
    ],
    [
      "an end on the day it began adds nothing",
      { date: "2016-07-24", enddate: "2016-07-24" },
      { value: "2016-07-24" },
      undefined,
      [],
    ],
    [
      "an end before the start is said",
      { date: "2016-07-24", enddate: "2016-07-20" },
      { value: "2016-07-24" },
      undefined,
      [["/enddate", "not-a-date"]],
    ],
    [
      "an end that is no date is said",
      { date: "2016-07-24", enddate: "26 July" },
      { value: "2016-07-24" },
      undefined,
      [["/enddate", "not-a-date"]],
    ],
    [
      "an end without a start",
      { date: "", enddate: "2016-07" },
      undefined,
      { value: "2016-07", precision: "month" },
      [],
    ],
    [
      "times of day with their offsets",
      { date: "2016-07-24", time: "14:30Z", enddate: "2016-07-25", endtime: "09:00:00+02:00" },
      { value: "2016-07-24", time: "14:30Z" },
      { value: "2016-07-25", time: "09:00:00+02:00" },
      [],
    ],
    [
      "a time without its offset is said",
      { date: "2016-07-24", time: "14:30:00" },
      { value: "2016-07-24", precision: "day", method: "source" },
      undefined,
      [["/time", "not-a-date"]],
    ],
    [
      "a time on a month is said",
      { date: "2016-07", time: "14:30Z" },
      { value: "2016-07", precision: "month", method: "source" },
      undefined,
      [["/time", "no-place"]],
    ],
  ];
  test.each(cases)("%s", (_, fields, date, endDate, said) => {
    const { document, unplaced } = fromPlover({ ...compound, ...fields }, ploverArticle);
    const event = document.events?.[0];
    // Given whole, a date is compared whole (so a time not kept is seen); else by its parts.
    const like = (d: unknown) => (d === undefined || "method" in (d as object) ? d : expect.objectContaining(d));
    expect(event?.date).toEqual(like(date));
    expect(event?.endDate).toEqual(like(endDate));
    expect(unplaced.map((u) => [u.pointer, u.code])).toEqual(said);
    expect(reasoned(unplaced)).toBe(true);
    const result = validateDocument(document);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe("fromPlover reads has_event", () => {
  const cases: [string, unknown, number, [string, string][]][] = [
    ["true: the events as coded", true, 1, []],
    [
      "false: no event coded, none made; what only an event holds is said",
      false,
      0,
      [
        ["/event", "no-place"],
        ["/date", "no-place"],
        ["/event_text", "no-place"],
      ],
    ],
    ["neither true nor false is said", "yes", 1, [["/has_event", "not-a-code"]]],
  ];
  test.each(cases)("%s", (_, has_event, events, said) => {
    const { document, unplaced } = fromPlover({ ...compound, date: "2016-07-24", has_event }, ploverArticle);
    expect(document.events?.length ?? 0).toBe(events);
    expect(unplaced.map((u) => [u.pointer, u.code])).toEqual(said);
  });
});

describe("an entity's Wikidata id is a coder's, not verified: said, never the entity's wikidata", () => {
  const cases: [string, Record<string, unknown>, string, Record<string, unknown> | undefined][] = [
    [
      "the Data Fields table's identifier_id",
      { identifier_id: "Q2429253" },
      "/actor/0/identifier_id",
      { qid: "Q2429253" },
    ],
    [
      "as the manual's note writes it, a page",
      { identifier_id: "https://www.wikidata.org/wiki/Q2429253" },
      "/actor/0/identifier_id",
      { qid: "Q2429253" },
    ],
    ["the example actor block's wikidata_id", { wikidata_id: "Q76658" }, "/actor/0/wikidata_id", { qid: "Q76658" }],
    ["one that is no QID", { identifier_id: "ISIL" }, "/actor/0/identifier_id", undefined],
  ];
  test.each(cases)("%s", (_, id, pointer, params) => {
    const [first, ...rest] = steinmeier.actor;
    const { wikidata_id: _w, ...actor } = first!;
    const { document, unplaced } = fromPlover({ ...steinmeier, actor: [{ ...actor, ...id }, ...rest] });
    const said = unplaced.find((u) => u.pointer === pointer);
    expect([said?.code, said?.params]).toEqual(["unverified", params]);
    expect(document.entities?.some((e) => "wikidata" in e || "sameAs" in e)).toBe(false);
  });
});
