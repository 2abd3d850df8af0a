import { expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import { fromLinkedData, toLinkedData } from "../../src/linked-data/index.js";
import type { Coup } from "../../src/index.js";
import { exampleDocument } from "../helpers/fixtures.js";

/**
 * The graph's nodes of a document with every event as an Event: steps (sub-events), their names and
 * actions, and attendees' roles are what an Event node says; by default a coup or a meeting is a
 * Thing, which has none of them (build.test.ts).
 */
const graphOf = (doc: ReturnType<typeof exampleDocument>) =>
  (toJsonLd(doc, { events: "all" }) as unknown as { "@graph": Record<string, unknown>[] })["@graph"];

test("two steps of one action on one day are two distinguishable nodes: each says what it acted on", () => {
  const doc = exampleDocument("sudan-coup-2021");
  const coup = doc.events![0] as Coup;
  const first = coup.steps![0]!;
  coup.steps!.splice(1, 0, { ...first, id: "burhan-detained", target: "abdel-fattah-al-burhan" });
  const steps = graphOf(doc).filter((node) => String(node["@id"]).includes("step"));
  const names = steps.map((node) => node["name"]);
  expect(names).toContain("Detention: Abdalla Hamdok (2021 Sudanese coup)");
  expect(names).toContain("Detention: Abdel Fattah al-Burhan (2021 Sudanese coup)");
  expect(new Set(names).size).toBe(names.length);
});

test("a coded step action is the step's additionalType, as its IRI", () => {
  const step = graphOf(exampleDocument("sudan-coup-2021")).find((node) =>
    String(node["@id"]).endsWith("state-of-emergency"),
  );
  expect(step).toMatchObject({
    name: "Impose state of emergency or martial law: Sudan (2021 Sudanese coup)",
    additionalType: "https://unpkg.com/news-events@0/docs/vocabulary.md#cameo-1724",
  });
});

test("a coded role is its IRI in the SEO graph", () => {
  const doc = exampleDocument("aukus-2023");
  doc.events![0]!.participants![1]!.role = { scheme: "wikidata", code: "Q45382", label: "coup d'état" };
  const meeting = graphOf(doc).find((node) => node["@type"] === "Event" && Array.isArray(node["attendee"]));
  expect(JSON.stringify(meeting?.["attendee"])).toContain('"roleName":"http://www.wikidata.org/entity/Q45382"');
});

test("in Linked Data a term's node is typed with its IRI, and comes back unchanged", () => {
  const doc = exampleDocument("sudan-coup-2021");
  const data = toLinkedData(doc) as unknown as { events: { steps: { action: unknown }[] }[] };
  expect(data.events[0]?.steps[2]?.action).toEqual({
    "@type": "https://unpkg.com/news-events@0/docs/vocabulary.md#cameo-1724",
    scheme: "cameo",
    code: "1724",
    label: "Impose state of emergency or martial law",
  });
  expect(fromLinkedData(toLinkedData(doc))).toEqual(doc);
});
