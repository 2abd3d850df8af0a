import { describe, expect, test } from "vitest";
import { isNewsEventsError, validateDocument, type Issue, type NewsDocument } from "../../src/index.js";
import { toJsonLd, type JsonLdOptions } from "../../src/jsonld/index.js";
import { canonicalDocument, mutated } from "../helpers/fixtures.js";

/*
 * Issue 21: every `@id` of the graph is one node's. The three ways a caller chooses an id — an extra
 * node (`extend.nodes`), a site-wide entity id (`entityIds`), an image URL — either keep it unique
 * or are refused with a NewsEventsError that names the clash.
 */

type Node = Record<string, unknown>;
const doc = canonicalDocument();
const graphOf = (d: NewsDocument, options?: JsonLdOptions) => toJsonLd(d, options)["@graph"] as unknown as Node[];
const ids = graphOf(doc).map((n) => n["@id"] as string);
const eventId = ids.find((id) => id.includes("#/event/")) as string;
const articleId = ids[1] as string;
const publisherId = ids[2] as string;

function clash(run: () => unknown): Pick<Issue, "code" | "pointer" | "params">[] {
  try {
    run();
  } catch (error) {
    if (!isNewsEventsError(error)) throw error;
    return error.issues.map(({ code, pointer, params }) => ({ code, pointer, ...(params ? { params } : {}) }));
  }
  return [];
}

describe("a caller's id that another node has is refused, naming the id and where it comes from", () => {
  const cases: [string, () => unknown, Pick<Issue, "code" | "pointer" | "params">[]][] = [
    [
      "an extra node reusing an event's @id",
      () => toJsonLd(doc, { extend: { nodes: [{ "@type": "Thing", "@id": eventId }] } }),
      [{ code: "duplicate-id", pointer: "/options/extend/nodes/0/@id", params: { id: eventId } }],
    ],
    [
      "an extra node reusing an entity's site-wide @id",
      () =>
        toJsonLd(doc, {
          entityIds: "https://news.example.org/entity/",
          extend: { nodes: [{ "@type": "Thing", "@id": `https://news.example.org/entity/${doc.entities[1]!.id}` }] },
        }),
      [
        {
          code: "duplicate-id",
          pointer: "/options/extend/nodes/0/@id",
          params: { id: `https://news.example.org/entity/${doc.entities[1]!.id}` },
        },
      ],
    ],
    [
      "a site-wide entity id that is the article's",
      () => toJsonLd(doc, { entityIds: (e) => (e.id === doc.entities[2]!.id ? articleId : undefined) }),
      [{ code: "duplicate-id", pointer: "/entities/2", params: { id: articleId } }],
    ],
    [
      "two entities given one site-wide id (the second is named)",
      () =>
        toJsonLd(doc, {
          entityIds: (e) =>
            e.id === doc.entities[0]!.id || e.id === doc.entities[3]!.id ? "https://x.example/e" : undefined,
        }),
      [{ code: "duplicate-id", pointer: "/entities/3", params: { id: "https://x.example/e" } }],
    ],
    [
      "an added node whose @id an image already has (the page's #/image/0)",
      () =>
        toJsonLd(
          mutated((d) => void (d.images = [{ url: "https://news.example.org/#website" }])),
          { extend: { nodes: [{ "@type": "Thing", "@id": `${doc.url}#/image/0` }] } },
        ),
      [{ code: "duplicate-id", pointer: "/options/extend/nodes/0/@id", params: { id: `${doc.url}#/image/0` } }],
    ],
  ];
  test.each(cases)("%s", (_name, run, issues) => {
    expect(clash(run)).toEqual(issues);
  });
});

describe("an image URL that is another node's id gets an id of its own: a valid document always builds", () => {
  const cases: [string, string][] = [
    ["the publisher's", publisherId],
    ["an event's", eventId],
    ["an author's", ids[3] as string],
  ];
  test.each(cases)("an image at %s @id", (_name, url) => {
    const d = mutated((x) => void (x.images = [{ url }, ...(x.images ?? [])]));
    expect(validateDocument(d).ok).toBe(true);
    const graph = graphOf(d);
    const all = graph.map((n) => n["@id"]);
    expect(new Set(all).size).toBe(all.length);
    const image = graph.find((n) => n["@type"] === "ImageObject" && n["url"] === url);
    expect(image?.["@id"]).toBe(`${doc.url}#/image/0`);
  });
});

test("every @id is unique with every site option that adds nodes", () => {
  const graph = graphOf(doc, {
    entityIds: "https://news.example.org/entity/",
    site: { name: "Example News", url: "https://news.example.org/" },
    breadcrumbs: [{ name: "World", url: "https://news.example.org/world/" }],
    extend: { nodes: [{ "@type": "Thing", "@id": "https://news.example.org/#thing" }] },
  });
  const all = graph.map((n) => n["@id"]);
  expect(new Set(all).size).toBe(all.length);
});
