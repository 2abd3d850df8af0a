import { expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";
import type { Meeting } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// Issue 22: part-of becomes schema.org superEvent — to the Event node of the document's event, or
// to the series named (a Thing with its Wikidata page: Google reads every Event as a listing).
// Quantities, deadlines and the other relations are not in the SEO graph (docs/modelling-an-article.md).
// superEvent and startDate are an Event's properties: by default a meeting is a Thing (only a public
// event at an address is an Event, build.test.ts), so these build with `events: "all"`.

type Node = Record<string, unknown>;
const nodeOf = (graph: unknown, id: string) =>
  (graph as { "@graph": Node[] })["@graph"].find((n) => String(n["@id"]).endsWith(`/event/${id}`));

test("part-of a document's event and part-of a named series become superEvent; the rest stays out", () => {
  const doc = canonicalDocument();
  const first = doc.events[0] as Meeting;
  const second = doc.events[1] as Meeting;
  second.location = first.location!;
  second.relations = [
    { relation: "part-of", target: first.id },
    { relation: "follows", target: first.id },
  ];
  first.relations = [{ relation: "part-of", name: "Russia–Africa defence talks", wikidata: "Q1637366", number: 2 }];
  first.quantities = [{ counts: "participants", precision: "about", value: 30, text: "some 30" }];
  const graph = toJsonLd(doc, { events: "all" });
  expect(nodeOf(graph, second.id)?.["superEvent"]).toEqual([{ "@id": String(nodeOf(graph, first.id)?.["@id"]) }]);
  // The first meeting also advanced the partnership, an Event too with `events: "all"`.
  expect(nodeOf(graph, first.id)?.["superEvent"]).toEqual([
    { "@id": String(nodeOf(graph, "burkina-faso-russia-defence-partnership")?.["@id"]) },
    { "@type": "Thing", name: "Russia–Africa defence talks", sameAs: "https://www.wikidata.org/wiki/Q1637366" },
  ]);
  expect(JSON.stringify(graph)).not.toMatch(/some 30|follows|"number"/);
  // By default both meetings are Things, which have no superEvent: the link is in Linked Data only.
  const seo = toJsonLd(doc);
  expect([nodeOf(seo, first.id), nodeOf(seo, second.id)].map((n) => [n?.["@type"], n?.["superEvent"]])).toEqual([
    ["Thing", undefined],
    ["Thing", undefined],
  ]);
  expect(checkJsonLd(seo, { canonicalUrl: doc.url }).errors).toEqual([]);
});

test("an approximate clock time gives the day only", () => {
  const doc = canonicalDocument();
  const first = doc.events[0] as Meeting;
  first.date = { ...first.date!, time: "03:00+00:00", qualifier: "shortly-after" };
  expect(nodeOf(toJsonLd(doc, { events: "all" }), first.id)?.["startDate"]).toBe("2023-11-07");
  delete first.date.qualifier;
  expect(nodeOf(toJsonLd(doc, { events: "all" }), first.id)?.["startDate"]).toBe("2023-11-07T03:00+00:00");
});
