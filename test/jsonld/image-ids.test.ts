import { describe, expect, test } from "vitest";
import { toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { checkSite } from "../../src/check/index.js";
import { canonicalDocument, exampleDocument } from "../helpers/fixtures.js";
import type { NewsDocument } from "../../src/index.js";

// Found by a newsroom trial: an ImageObject's @id was the image URL, so two articles showing one
// photo under two captions held one @id with two captions, a graph/site-conflict on the library's
// own output. The image node is the page's (Yoast: `<page>#primaryimage`), its id in the page's
// #/image/ namespace. The pages are two real example documents (examples/*/document.json).
describe("a photo two articles show under different captions", () => {
  const first = canonicalDocument();
  const photo = first.images?.[0];
  const second = exampleDocument("niger-coup-2023");
  second.images = [{ url: photo?.url ?? "", caption: "A file photo of Russia’s Defense Minister, Sergey Shoigu." }];
  const html = (doc: NewsDocument) => `<!doctype html><html><head>${toJsonLdScript(toJsonLd(doc))}</head></html>`;

  test("is one node per page, each with an id of its page's", () => {
    for (const doc of [first, second]) {
      const image = toJsonLd(doc)["@graph"].find((n) => (n as { "@type": string })["@type"] === "ImageObject");
      expect(image).toMatchObject({ "@id": `${doc.url}#/image/0`, url: photo?.url });
    }
  });

  test("is no graph/site-conflict across the site", async () => {
    const site = await checkSite([
      { name: "out/a.html", page: html(first) },
      { name: "out/b.html", page: html(second) },
    ]);
    expect(site.conflicts).toEqual([]);
  });
});
