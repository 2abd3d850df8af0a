// Relative URLs in the JSON-LD resolve against the page's base, as its relative @ids do: schema.org's
// context types image, url, contentUrl and sameAs as IRIs ("@type": "@id"), and Google fetches a
// relative image URL from the page it is on. Found by a trial of the packed package: a relative
// image beside a <base href> was an error while the relative "#article" beside it resolved.
import { describe, expect, test } from "vitest";
import { checkHtmlPage, checkJsonLd, type PageOptions } from "../../src/check/index.js";

const site = "https://www.harbourdaily.example/";
const url = `${site}news/2024/05/ferry-resumes/`;
const article = (extra: Record<string, unknown>) => ({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "@id": "#article",
  headline: "Ferry service resumes after storm",
  datePublished: "2024-05-01T10:00:00+01:00",
  url,
  mainEntityOfPage: url,
  publisher: { "@type": "Organization", name: "Harbour Daily", url: site },
  ...extra,
});
const page = (block: unknown, head: string) =>
  `<!doctype html><html><head>${head}<script type="application/ld+json">${JSON.stringify(block)}</script></head></html>`;
const base = `<base href="${site}"><link rel="canonical" href="${url}">`;
const found = async (block: unknown, head: string, options: PageOptions = {}) => {
  const report = await checkHtmlPage(page(block, head), options);
  return [...report.errors, ...report.warnings]
    .filter((f) => /^google\/(image-|author-url)/.test(f.rule))
    .map((f) => `${f.rule} ${f.pointer}`);
};

describe("an image's relative URL resolves against the page's base", () => {
  const author = { "@type": "Person", name: "Zoë Müller", url: "/authors/zoe-muller/" };
  const cases: [string, Record<string, unknown>, string, PageOptions, string[]][] = [
    ["a path, beside <base href>", { image: "/img/a-16x9.jpg", author }, base, {}, []],
    [
      "an ImageObject's url, beside <base href>",
      { image: { "@type": "ImageObject", url: "/img/a.jpg" } },
      base,
      {},
      [],
    ],
    ["an ImageObject's contentUrl", { image: { "@type": "ImageObject", contentUrl: "img/a.jpg" } }, base, {}, []],
    ["a path, against pageUrl", { image: "/img/a-16x9.jpg", author }, "", { pageUrl: url }, []],
    [
      "a path, against the canonical link of a page on disk",
      { image: "/img/a.jpg" },
      `<link rel="canonical" href="${url}">`,
      {},
      [],
    ],
    ["a scheme-relative URL", { image: "//cdn.harbourdaily.example/a.jpg" }, base, {}, []],
    ["a path with no base at all", { image: "/img/a.jpg" }, "", {}, ["google/image-url /image"]],
    [
      "an ImageObject's path with no base: the finding points at its url",
      { image: [{ "@type": "ImageObject", url: "/img/a.jpg" }] },
      "",
      {},
      ["google/image-url /image/0/url"],
    ],
    ["an author's url with no base", { author }, "", {}, ["google/author-url /author"]],
    [
      "a data: URL, whatever the base",
      { image: "data:image/png;base64,iVBORw0KGgo=" },
      base,
      {},
      ["google/image-url /image"],
    ],
    ["a javascript: URL, whatever the base", { image: "javascript:alert(1)" }, base, {}, ["google/image-url /image"]],
    // Measured once it resolves: a small image is now reported for its size, not its URL.
    [
      "a small image, resolved, is measured",
      { image: { "@type": "ImageObject", url: "/img/a.jpg", width: 100, height: 100 } },
      base,
      {},
      ["google/image-size /image", "google/image-ratios /image"],
    ],
  ];
  test.each(cases)("%s", async (_, extra, head, options, expected) => {
    expect(await found(article(extra), head, options)).toEqual(expected);
  });

  test("with no base, the message says the URL is relative and what would resolve it", async () => {
    const report = await checkHtmlPage(page(article({ image: "/img/a-16x9.jpg" }), ""));
    expect(report.errors.filter((f) => f.rule === "google/image-url").map((f) => f.message)).toEqual([
      `must be an absolute http or https URL, one Google can crawl (got "/img/a-16x9.jpg": relative, with no base URL to resolve it against: the page's <base href>, its URL or its canonical link)`,
    ]);
  });

  test("an image named by reference is reported at the article's image, where its URL is not", async () => {
    const image = { "@id": `${site}#/image/1`, "@type": "ImageObject", url: "/img/a.jpg" };
    const graph = {
      "@context": "https://schema.org",
      "@graph": [{ ...article({ image: { "@id": image["@id"] } }), "@id": `${url}#article` }, image],
    };
    const report = checkJsonLd(graph);
    expect(report.errors.map((f) => `${f.rule} ${f.pointer}`)).toEqual(["google/image-url /@graph/0/image"]);
    expect(checkJsonLd(graph, { baseUrl: url }).errors).toEqual([]);
  });
});
