import { readFileSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import type { KindDefinition } from "../../src/core/kinds.js";
import type { NewsDocument } from "../../src/index.js";
import { repoPath } from "../helpers/fixtures.js";
import { buildElection, electionDocument } from "./helpers.js";

let kinds: readonly KindDefinition[];
beforeAll(async () => {
  ({ kinds } = await buildElection());
});

const eventNodeOf = (doc: Record<string, any>, options: object) =>
  toJsonLd(doc as NewsDocument, options)["@graph"].find((n) =>
    String((n as { "@id"?: string })["@id"]).includes("#/event/"),
  ) as Record<string, any>;

// By default only a public general event on a day at a place with a postal address is an Event node
// (test/jsonld/build.test.ts): an election in a country is a Thing with its declared class as an IRI.
// What the declared class's Event node says is asked for with `events: "all"`.
test.each([
  [
    "with a start day and a country: a Thing with the class as an IRI, by default",
    (_e: any) => {},
    {},
    "Thing",
    ["https://schema.org/Event", "http://www.wikidata.org/entity/Q40231"],
    false,
  ],
  [
    "with a start day and a place, every event asked for as an Event: the declared class",
    (_e: any) => {},
    { events: "all" },
    "Event",
    ["http://www.wikidata.org/entity/Q40231"],
    true,
  ],
  [
    "with a month only: a Thing with the class as an IRI",
    (e: any) => (e.date = { ...e.date, value: "2024-03", precision: "month" }),
    {},
    "Thing",
    ["https://schema.org/Event", "http://www.wikidata.org/entity/Q40231"],
    false,
  ],
  [
    "with classes of its own, as an Event: those too",
    (e: any) => (e.classes = ["Q858439"]),
    { events: "all" },
    "Event",
    ["http://www.wikidata.org/entity/Q40231", "http://www.wikidata.org/entity/Q858439"],
    true,
  ],
])("an event of a user kind %s", (_name, edit, options, type, additionalType, dated) => {
  const doc = electionDocument();
  edit(doc["events"][0]);
  const node = eventNodeOf(doc, { kinds, ...options });
  expect(node["@type"]).toBe(type);
  expect(node["additionalType"]).toEqual(additionalType);
  expect(node["name"]).toBe("2024 Senegalese presidential election");
  expect("startDate" in node).toBe(dated);
  if (dated) expect(node["location"]["@id"]).toMatch(/#\/entity\/senegal$/);
});

test("a kind declared as a class outside Event is always that class", () => {
  const node = eventNodeOf(electionDocument(), {
    kinds: [{ ...kinds[0], schemaOrgType: "Legislation", isEvent: false }],
  });
  expect(node["@type"]).toBe("Legislation");
  expect("startDate" in node).toBe(false);
});

test("the event base says what every built-in kind says of the same properties", () => {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value !== null && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([k]) => !["description", "title", "$comment"].includes(k))
              .map(([k, v]) => [k, strip(v)]),
          )
        : value;
  const read = (name: string) => JSON.parse(readFileSync(repoPath(`schemas/${name}.json`), "utf8"));
  const base = read("event-base");
  const kinds = ["meeting", "coup", "partnership"].map(read);
  const shared = Object.keys(kinds[0].properties).filter(
    (p) => p !== "kind" && p !== "participants" && kinds.every((k) => p in k.properties),
  );
  // Every property the built-in kinds share is in the base, defined the same.
  expect(
    Object.keys(base.properties)
      .filter((p) => p !== "kind" && p !== "participants")
      .sort(),
  ).toEqual(shared.sort());
  for (const kind of kinds)
    for (const p of shared) expect(strip(base.properties[p]), `${kind.title}.${p}`).toEqual(strip(kind.properties[p]));
});
