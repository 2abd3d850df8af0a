// Cases the page corpus (test/pages-corpus) found on real publishers' pages: each reduced to the
// shape that page uses, so the rule's reading of it is pinned here too.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { checkHtmlPage } from "../../src/check/index.js";

const page = (block: unknown, head = "") =>
  `<!doctype html><html lang="en"><head>${head}<script type="application/ld+json">${JSON.stringify(block)}</script></head></html>`;
const article = (extra: Record<string, unknown>) => ({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "Ministers meet",
  datePublished: "2015-07-24T05:36:09+01:00",
  ...extra,
});
const errors = async (html: string, pageUrl?: string) =>
  (await checkHtmlPage(html, pageUrl === undefined ? {} : { pageUrl })).errors.map(
    (f) => `${f.rule} ${f.pointer} ${f.message}`,
  );

describe("JSON-LD list objects are read as their items", () => {
  // BBC News wrote its images as a list object (mozilla/readability test-pages/bbc-1).
  const images = ["https://ichef.example.org/a.jpg", "https://ichef.example.org/b.jpg"];
  test.each([
    ["@list", { "@list": images }],
    ["@set", { "@set": images }],
    ["a plain array", images],
  ])("image as %s: no error", async (_, image) => {
    expect(await errors(page(article({ image })))).toEqual([]);
  });
  test("a list's item that is no URL is still an error", async () => {
    const found = await errors(page(article({ image: { "@list": ["https://ichef.example.org/a.jpg", 42] } })));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^google\/image-url .*got 42/);
  });
});

describe("a mainEntityOfPage that names no page", () => {
  // Tumblr wrote `"mainEntityOfPage": true` (mozilla/readability test-pages/tumblr): the message
  // names what was written, not `undefined`.
  test("true: the error names true", async () => {
    const url = "http://mcupdate.tumblr.com/post/96439224994/minecraft-18-the-bountiful-update";
    const found = await errors(page(article({ mainEntityOfPage: true }), `<link rel="canonical" href="${url}">`), url);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^google\/canonical \/mainEntityOfPage .*\(got true\)$/);
  });
});

describe("terms a block's own @context defines are its own, not unknown schema.org properties", () => {
  // NBC News defines its own terms in the block's context (mozilla/readability
  // test-pages/schema-org-context-object): "articleId" is NBC's term, not a misspelt schema.org one.
  const context = { "@vocab": "https://schema.org/", articleId: { "@id": "https://nbc.example/articleId" } };
  test.each([
    ["an object context", { ...article({ articleId: "rcna183138" }), "@context": context }, []],
    [
      "an array context",
      {
        ...article({ articleId: "rcna183138" }),
        "@context": ["https://schema.org", { articleId: "https://nbc.example/id" }],
      },
      [],
    ],
    [
      "a @graph document's context",
      { "@context": context, "@graph": [{ ...article({ articleId: "r1" }), "@context": undefined }] },
      [],
    ],
    [
      "a term the context does not define is still reported",
      { ...article({ articleId: "rcna183138", wordcount: 3 }), "@context": context },
      ["vocabulary/unknown-property /wordcount"],
    ],
  ])("%s", async (_, block, expected) => {
    const found = (await checkHtmlPage(page(block))).errors.map((f) => `${f.rule} ${f.pointer}`);
    expect(found).toEqual(expected);
  });
});

describe("an article a fact check reviews is another page's, not this page's article", () => {
  // Google's ClaimReview example describes the claim's appearance as an OpinionNewsArticle on
  // another site: the page is a fact check, and Google's Article rules do not apply to that work.
  const review = (appearance: unknown) => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: "https://example.com/news/science/worldisflat.html",
    claimReviewed: "The world is flat",
    itemReviewed: { "@type": "Claim", datePublished: "2024-06-20", appearance },
    reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
  });
  const work = { "@type": "OpinionNewsArticle", url: "https://example.com/news/a122121", headline: "Square Earth" };
  test.each([
    ["nested as the claim's appearance", [review(work)]],
    [
      "referenced by @id",
      [
        review({ "@id": "https://example.com/news/a122121" }),
        { "@context": "https://schema.org", "@id": "https://example.com/news/a122121", ...work },
      ],
    ],
  ])("%s: a fact-check page, no article warnings", async (_, blocks) => {
    const html = `<html><head>${blocks.map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`).join("")}</head></html>`;
    const report = await checkHtmlPage(html);
    expect(report.kind).toBe("fact-check");
    expect([...report.errors, ...report.warnings].map((f) => f.rule)).toEqual([]);
  });
});

describe("speakable's xPath, as Google's documentation spells it", () => {
  // Google's speakable example writes "xPath"; schema.org's property is "xpath". Google reads it,
  // other consumers do not: a warning naming schema.org's spelling, not an error.
  const block = (key: string) => ({
    "@context": "https://schema.org/",
    "@type": "WebPage",
    name: "Quick Brown Fox",
    speakable: { "@type": "SpeakableSpecification", [key]: ["/html/head/title"] },
  });
  test.each([
    ["xpath", [], []],
    ["xPath", [], ["vocabulary/unknown-property /speakable/xPath"]],
    ["XPATH", ["vocabulary/unknown-property /speakable/XPATH"], []],
  ])("%s", async (key, errors, warnings) => {
    const report = await checkHtmlPage(page(block(key)));
    expect(report.errors.map((f) => `${f.rule} ${f.pointer}`)).toEqual(errors);
    expect(report.warnings.map((f) => `${f.rule} ${f.pointer}`)).toEqual(warnings);
  });
});

describe("a name with a character reference in it, as Ghost writes it", () => {
  // Ghost's {{ghost_head}} passes each name through Handlebars' escapeExpression
  // (ghost/core/core/frontend/meta/schema.js), which writes "'" as "&#x27;" and "&" as "&amp;".
  // The corpus's Ghost post (test/pages-corpus/software/ghost-head-post.html) with its author's name
  // as Ghost writes a name with an apostrophe: text/markup says the reference is there; the ";"
  // ending it separates no authors. "&amp;" between two names still joins two people.
  const ghostPost = readFileSync(new URL("../pages-corpus/software/ghost-head-post.html", import.meta.url), "utf8");
  const withAuthor = (name: string) => ghostPost.replace('"name": "name"', `"name": ${JSON.stringify(name)}`);
  test.each([
    ["Siobhan O&#x27;Neil", 1, false],
    ["Siobh&#225;n O&#39;Neil", 1, false],
    ["Jane Doe &amp; John Roe", 1, true],
    ["Jane Doe &#38; John Roe", 1, true],
    ["Jane Doe; John Roe", 0, true],
  ])("%s", async (name, markup, merged) => {
    const html = withAuthor(name);
    expect(html).toContain(JSON.stringify(name));
    const report = await checkHtmlPage(html, { pageUrl: "http://127.0.0.1:2369/post/" });
    const rules = report.warnings.map((f) => `${f.rule} ${f.pointer}`);
    expect(rules.filter((r) => r === "text/markup /author/name")).toHaveLength(markup);
    expect(rules.includes("google/author-name /author")).toBe(merged);
  });
});

describe("a block that stands alone is no orphan", () => {
  // Google's carousel documentation (developers.google.com/search/docs/appearance/structured-data/
  // carousel, "Summary page", code samples Apache 2.0) marks a summary page with one ItemList block
  // of ListItems that point to detail pages; a news section page has it beside its publisher's
  // Organization block. A VideoObject block beside an article is read by Google as a video of its
  // own. Neither has an @id, so nothing could link to it: graph/orphan is for a node a link was
  // meant to reach, as a Person block with an @id nothing names.
  const carousel = {
    "@context": "https://schema.org",
    "@type": "ItemList",
    itemListElement: [
      { "@type": "ListItem", position: 1, url: "https://example.com/peanut-butter-cookies.html" },
      { "@type": "ListItem", position: 2, url: "https://example.com/triple-chocolate-chunk.html" },
      { "@type": "ListItem", position: 3, url: "https://example.com/snickerdoodles.html" },
    ],
  };
  const organization = {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": "https://example.com/#organization",
    name: "Example",
    url: "https://example.com/",
  };
  const video = {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: "Ministers meet",
    thumbnailUrl: "https://example.com/v.jpg",
    uploadDate: "2015-07-24T05:36:09+01:00",
  };
  const person = {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": "https://example.com/#jane",
    name: "Jane",
  };
  const html = (...blocks: unknown[]) =>
    `<html><head>${blocks.map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`).join("")}</head></html>`;
  const orphans = async (...blocks: unknown[]) =>
    (await checkHtmlPage(html(...blocks))).warnings.filter((f) => f.rule === "graph/orphan").map((f) => f.block);
  test.each([
    ["Google's carousel beside an Organization", [organization, carousel], []],
    ["a VideoObject block beside an article", [article({}), video], []],
    ["a Person block with an @id nothing names", [article({}), person], [1]],
    [
      "the same Person inside the article's @graph",
      [{ "@context": "https://schema.org", "@graph": [article({}), { ...person, "@context": undefined }] }],
      [0],
    ],
  ])("%s", async (_, blocks, expected) => {
    expect(await orphans(...blocks)).toEqual(expected);
  });
});
