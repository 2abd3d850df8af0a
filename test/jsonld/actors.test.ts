import { describe, expect, test } from "vitest";
import type { Meeting } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { toNinjsResult } from "../../src/ninjs/index.js";
import { canonicalDocument, mutated } from "../helpers/fixtures.js";

/*
 * Actors as reported (issue 22, part 3) on the way out: a person the article does not name has no
 * node in the SEO graph (Google reads every Person as named), and nothing refers to one; a
 * document the article names is a CreativeWork that a quote attributed to it is based on. ninjs
 * has a place for neither, and says so.
 */

type Node = Record<string, unknown>;
const base = `${canonicalDocument().url.replace(/#.*$/, "")}#/entity/`;

/** The canonical document with "senior officials" who spoke, attended, made a claim and were corrected; and a memo. */
const doc = mutated((d) => {
  d.entities.push(
    {
      type: "person",
      id: "officials",
      description: "senior officials",
      positions: [{ title: "official", of: "russia" }],
    },
    {
      type: "document",
      id: "memo",
      name: "an internal memo",
      genre: "memo",
      leaked: true,
      url: "https://news.example.org/memo",
    },
  );
  d.quotes![0] = { ...d.quotes![0]!, speakers: [...d.quotes![0]!.speakers, "officials"] };
  d.quotes![1] = { ...d.quotes![1]!, speakers: ["officials"], attribution: { source: "memo" } };
  (d.events[0] as Meeting).participants.push({ entity: "officials", role: "participant", represents: "russia" });
  d.claims![0] = { ...d.claims![0]!, claimant: "officials" };
  d.verifications!.push({ id: "who", target: "/entities/10", stated: "senior officials", rating: "unsupported" });
});
const graph = toJsonLd(doc)["@graph"] as unknown as Node[];
const text = JSON.stringify(graph);

describe("an unnamed person stays out of the SEO graph", () => {
  test("no node, and no reference to one, anywhere in the graph", () => {
    expect(graph.filter((n) => n["@type"] === "Person" && n["name"] === undefined)).toEqual([]);
    expect(text).not.toContain(`${base}officials"`);
  });
  test("what else the parts said stays: the other speakers, the other attendees", () => {
    const quote = graph.find((n) => n["@id"] === `${doc.url.replace(/#.*$/, "")}#/quote/${doc.quotes![0]!.id}`);
    expect((quote?.["spokenByCharacter"] as unknown[]).length).toBe(doc.quotes![0]!.speakers.length - 1);
    // A list left empty is left out, not written as [].
    const second = graph.find((n) => n["@id"] === `${doc.url.replace(/#.*$/, "")}#/quote/${doc.quotes![1]!.id}`);
    expect(second).not.toHaveProperty("spokenByCharacter");
    expect(text).not.toContain("[]");
  });
  test("the input is not changed", () => {
    expect(doc.entities[10]).toEqual({
      type: "person",
      id: "officials",
      description: "senior officials",
      positions: [{ title: "official", of: "russia" }],
    });
  });
  test("an unnamed person no part refers to leaves the graph as it was", () => {
    expect(toJsonLd(mutated((d) => d.entities.push(doc.entities[10]!)))).toEqual(toJsonLd(canonicalDocument()));
  });
});

test("a document the article names is a CreativeWork, and a quote attributed to it is based on it", () => {
  expect(graph.find((n) => n["@id"] === `${base}memo`)).toEqual({
    "@type": "CreativeWork",
    "@id": `${base}memo`,
    name: "an internal memo",
    url: "https://news.example.org/memo",
  });
  const quote = graph.find((n) => n["@id"] === `${doc.url.replace(/#.*$/, "")}#/quote/${doc.quotes![1]!.id}`);
  expect(quote?.["isBasedOn"]).toEqual({ "@id": `${base}memo` });
  expect(quote).not.toHaveProperty("publisher");
});

test("ninjs says it has no place for an unnamed person or a document, and writes neither", () => {
  const { item, lost } = toNinjsResult(doc);
  expect(lost.filter((l) => l.pointer === "/entities/10" || l.pointer === "/entities/11")).toEqual([
    expect.objectContaining({
      code: "no-place",
      pointer: "/entities/10",
      message: expect.stringContaining("unnamed person"),
    }),
    expect.objectContaining({
      code: "no-place",
      pointer: "/entities/11",
      message: expect.stringContaining("a document"),
    }),
  ]);
  expect(JSON.stringify(item)).not.toMatch(/"officials"|"memo"/);
});
