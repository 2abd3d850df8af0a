import { expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";
import type { Meeting } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// Issue 22: part-of becomes schema.org superEvent — to the Event node of the document's event, or
// to the series named (a Thing with its Wikidata page: Google reads every Event as a listing).
// Quantities, deadlines and the other relations are not in the SEO graph (docs/modelling-an-article.md).

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
  const graph = toJsonLd(doc);
  expect(nodeOf(graph, second.id)?.["superEvent"]).toEqual([{ "@id": String(nodeOf(graph, first.id)?.["@id"]) }]);
  expect(nodeOf(graph, first.id)?.["superEvent"]).toEqual([
    { "@type": "Thing", name: "Russia–Africa defence talks", sameAs: "https://www.wikidata.org/wiki/Q1637366" },
  ]);
  expect(JSON.stringify(graph)).not.toMatch(/some 30|follows|"number"/);
  expect(checkJsonLd(graph, { canonicalUrl: doc.url }).errors).toEqual([]);
});

test("an approximate clock time gives the day only", () => {
  const doc = canonicalDocument();
  const first = doc.events[0] as Meeting;
  first.date = { ...first.date!, time: "03:00+00:00", qualifier: "shortly-after" };
  expect(nodeOf(toJsonLd(doc), first.id)?.["startDate"]).toBe("2023-11-07");
  delete first.date.qualifier;
  expect(nodeOf(toJsonLd(doc), first.id)?.["startDate"]).toBe("2023-11-07T03:00+00:00");
});
