import { describe, expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

/** The NewsArticle node's author ids and the nodes of the graph, for a document with `authors`. */
function authorsOf(authors: unknown[]) {
  const doc = { ...canonicalDocument(), authors } as ReturnType<typeof canonicalDocument>;
  const graph = toJsonLd(doc)["@graph"] as unknown as Record<string, unknown>[];
  const article = graph.find((n) => n["@type"] === "NewsArticle") ?? {};
  const ids = ([] as { "@id": string }[]).concat((article["author"] ?? []) as never).map((a) => a["@id"]);
  return { ids, nodes: ids.map((id) => graph.find((n) => n["@id"] === id)), publisher: article["publisher"] };
}

describe("a desk byline whose URL is the publisher's home page (#25)", () => {
  const home = canonicalDocument().publisher.url;

  test("is kept as an author of its own, by its name, not merged into the publisher", () => {
    const { ids, nodes, publisher } = authorsOf([{ type: "organization", name: "Africa Desk", url: home }]);
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe((publisher as { "@id": string })["@id"]);
    expect(nodes[0]).toMatchObject({ "@type": "Organization", name: "Africa Desk", url: home });
  });

  test("the publisher itself as author (same page, same name) is still the publisher's node", () => {
    const name = canonicalDocument().publisher.name;
    const { ids, publisher } = authorsOf([{ type: "organization", name, url: home }]);
    expect(ids).toEqual([(publisher as { "@id": string })["@id"]]);
  });
});
