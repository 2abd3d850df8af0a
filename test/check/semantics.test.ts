import { describe, expect, test } from "vitest";
import { checkHtmlPage, checkJsonLd, checkJsonLdBlocks, checkSite, RULES } from "../../src/check/index.js";
import { globMatcher } from "../../src/check/glob.js";

type Node = Record<string, unknown>;
const rules = (report: { errors: readonly { rule: string; pointer: string }[] }) =>
  report.errors.map((f) => `${f.rule} ${f.pointer}`);
const all = (report: {
  errors: readonly { rule: string }[];
  warnings: readonly { rule: string }[];
  notes: readonly { rule: string }[];
}) => [...report.errors, ...report.warnings, ...report.notes].map((f) => f.rule);
const page = (...blocks: unknown[]) =>
  `<!doctype html><html><head>${blocks
    .map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`)
    .join("\n")}</head><body></body></html>`;

const person = "https://news.example.org/#/schema/person/1";
const article = (author: unknown): Node => ({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "@id": "https://news.example.org/a/#article",
  headline: "Ministers meet",
  datePublished: "2023-11-08T12:00:00+01:00",
  author,
});

describe("node objects with one @id are one node (JSON-LD 1.1)", () => {
  // Yoast, Rank Math, AIOSEO and Drupal write the author as a reference with its name, and the
  // full Person elsewhere in the graph.
  const full = {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": person,
    name: "Jane Doe",
    url: "https://news.example.org/jane/",
  };
  const cases: [string, unknown[], string[]][] = [
    [
      "a reference with its name, the Person in the same @graph",
      [
        {
          "@context": "https://schema.org",
          "@graph": [article({ "@id": person, name: "Jane Doe" }), { ...full, "@context": undefined }],
        },
      ],
      [],
    ],
    [
      "a reference with its name, the Person in another block",
      [article({ "@id": person, name: "Jane Doe" }), full],
      [],
    ],
    ["the same Person written twice, alike", [article(full), full], []],
    [
      "the same Person with two names",
      [article({ "@id": person, name: "J. Doe" }), full],
      ["graph/duplicate-id /1/name"],
    ],
  ];
  test.each(cases)("%s", (_, blocks, expected) => {
    const report = checkJsonLdBlocks(blocks.map((b) => JSON.stringify(b)));
    expect(rules(report)).toEqual(expected);
    expect(report.warnings.map((f) => f.rule)).not.toContain("google/author-type");
    expect(report.warnings.map((f) => f.rule)).not.toContain("graph/orphan");
  });
});

describe("relative IRIs resolve against the page", () => {
  const graph = {
    "@context": "https://schema.org",
    "@graph": [
      { ...article({ "@id": "#jane" }), "@id": "#article", "@context": undefined },
      { "@type": "Person", "@id": "#jane", name: "Jane Doe", url: "https://news.example.org/jane/" },
    ],
  };
  test("with the page's URL, relative @ids are its own; without one, an error", async () => {
    expect(rules(await checkHtmlPage(page(graph), { pageUrl: "https://news.example.org/a/" }))).toEqual([]);
    expect(rules(checkJsonLd(graph))).toContain("graph/relative-id /@graph/0/@id");
  });
  test("<base href> and a relative canonical resolve as a browser does", async () => {
    const html = page(graph).replace(
      "<head>",
      '<head><base href="https://NEWS.example.org/a/"><link rel="canonical" href="./">',
    );
    const found = await checkHtmlPage(html);
    expect(rules(found)).toEqual([]);
    expect(all(found)).not.toContain("html/canonical-unresolved");
  });
});

describe("page kinds: a page is checked for what it holds", () => {
  const crumbs = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [{ "@type": "ListItem", position: 1, name: "Books", item: "https://example.com/books" }],
  };
  const cases: [string, string, object, string, string[]][] = [
    ["a breadcrumb trail alone", page(crumbs), {}, "other", []],
    ["no JSON-LD", "<html><head></head></html>", {}, "none", []],
    [
      "no JSON-LD, an article required",
      "<html><head></head></html>",
      { requireArticle: true },
      "none",
      ["html/no-json-ld "],
    ],
    ["a trail, an article required", page(crumbs), { requireArticle: true }, "other", ["google/no-article "]],
    [
      // Google's breadcrumb page lists position, name and item as required ("You must include the
      // required properties…"), the last crumb's item excepted: a crumb without them is an error.
      "a trail whose first crumb has no item",
      page({
        ...crumbs,
        itemListElement: [{ "@type": "ListItem", position: 1, name: "Books" }, crumbs.itemListElement[0]],
      }),
      {},
      "other",
      ["google/breadcrumb /itemListElement/0"],
    ],
  ];
  test.each(cases)("%s", async (_, html, options, kind, expected) => {
    const report = await checkHtmlPage(html, options);
    expect(report.kind).toBe(kind);
    expect(rules(report)).toEqual(expected);
  });
  test("a page without JSON-LD is a note", async () => {
    expect((await checkHtmlPage("<html></html>")).notes.map((f) => f.rule)).toEqual(["html/no-json-ld"]);
  });
});

describe("vocabulary and script hazards", () => {
  const site = {
    "@context": "https://schema.org",
    "@type": "WebSite",
    url: "https://example.com/",
    potentialAction: {
      "@type": "SearchAction",
      target: "https://query.example.com/search?q={search_term_string}",
      "query-input": "required name=search_term_string",
    },
  };
  test("query-input (an action annotation) is known; a made-up hyphenated key is not", () => {
    expect(all(checkJsonLd(site))).not.toContain("vocabulary/unknown-property");
    const typo = { ...site, potentialAction: { ...site.potentialAction, "nothing-input": "x" } };
    expect(rules(checkJsonLd(typo))).toEqual(["vocabulary/unknown-property /potentialAction/nothing-input"]);
  });
  test("a missing @context is an error; & and > in a block are not hazards, </script is", () => {
    expect(rules(checkJsonLd({ "@type": "WebSite", url: "https://example.com/" }))).toEqual(["json/context /@context"]);
    const text = (name: string) => JSON.stringify({ ...site, name });
    expect(all(checkJsonLdBlocks([text("Q&A > all")]))).not.toContain("json/unsafe-in-script");
    expect(all(checkJsonLdBlocks([text("a </SCRIPT> b")]))).toContain("json/unsafe-in-script");
  });
});

describe("a @context makes the terms schema.org's, or it is an error (JSON-LD reads terms through it)", () => {
  const site = { "@type": "WebSite", url: "https://example.com/", name: "Example" };
  const vocab = (v: unknown) => ({ "@vocab": v });
  test.each([
    ["the site", "https://schema.org", []],
    ["the site with a slash, http", "http://schema.org/", []],
    ["schema.org's context file", "https://schema.org/docs/jsonldcontext.json", []],
    ["schema.org's context file, .jsonld", "https://schema.org/docs/jsonldcontext.jsonld", []],
    ["@vocab with the final slash", vocab("http://schema.org/"), []],
    ["a schema: prefix", { schema: "https://schema.org/" }, []],
    ["a list: the site, then terms of the page's own", ["https://schema.org", { pageType: "https://x.example/t" }], []],
    // NBC News's blocks (test/pages-corpus/publishers/readability-schema-org-context-object.html).
    ["@vocab without the final slash", vocab("http://schema.org"), ["json/context /@context/@vocab"]],
    ["@vocab without the slash, https", vocab("https://schema.org"), ["json/context /@context/@vocab"]],
    ["@vocab set to a schema.org page", vocab("https://schema.org/Thing"), ["json/context /@context/@vocab"]],
    [
      "a later @vocab overrides the site's",
      ["https://schema.org", vocab("http://schema.org")],
      ["json/context /@context/1/@vocab"],
    ],
    ["a prefix without the final slash", { schema: "http://schema.org" }, ["json/context /@context"]],
    ["another vocabulary", vocab("https://vocab.example/"), ["json/context /@context"]],
    ["a schema.org page as the context", "https://schema.org/Article", ["json/context /@context"]],
    ["null", null, ["json/context /@context"]],
    ["none", undefined, ["json/context /@context"]],
  ])("%s", (_, context, expected) => {
    const found = rules(checkJsonLd({ ...site, ...(context !== undefined && { "@context": context }) }));
    expect(found).toEqual(expected);
  });

  test("the error says what the terms become", () => {
    const [error] = checkJsonLd({ ...site, "@context": vocab("http://schema.org") }).errors;
    expect(error?.message).toContain('"http://schema.orgheadline"');
  });
});

describe("google/event: Google lists events at a physical place, not online-only ones", () => {
  // Google's Event page (updated 2026-09-08): "Virtual experiences that have no real-world component
  // aren't supported. Events must take place in a physical location." (src/check/rules/sources.ts).
  const place = { "@type": "Place", name: "Hall", address: { "@type": "PostalAddress", addressLocality: "Berlin" } };
  const online = { "@type": "VirtualLocation", url: "https://example.org/live" };
  const event = (location: unknown, mode?: string): Node => ({
    "@context": "https://schema.org",
    "@type": "Event",
    name: "Talks",
    startDate: "2023-11-07T10:00:00+01:00",
    location,
    ...(mode !== undefined && { eventAttendanceMode: `https://schema.org/${mode}` }),
  });
  test.each([
    ["a Place with an address", event(place), []],
    ["a PostalAddress", event(place.address), []],
    ["a Place and a VirtualLocation (a mixed event)", event([place, online], "MixedEventAttendanceMode"), []],
    ["a VirtualLocation alone", event(online, "OnlineEventAttendanceMode"), ["google/event /location"]],
    ["two VirtualLocations", event([online, { ...online, url: "https://example.org/b" }]), ["google/event /location"]],
    ["a Place without an address", event({ "@type": "Place", name: "Hall" }), ["google/event /location"]],
  ])("%s", (_, node, expected) => {
    expect(rules(checkJsonLd(node))).toEqual(expected);
  });

  test("the error on an online-only event quotes Google's sentence and names its page", () => {
    const [error] = checkJsonLd(event(online)).errors;
    expect(error?.message).toContain("Virtual experiences that have no real-world component aren't supported.");
    expect(error?.message).toContain("structured-data/event#content-guidelines");
  });
});

describe("the site check", () => {
  const org = (logo: string) => ({
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": "https://example.com/#org",
    name: "Example",
    logo,
  });
  test("the same @id with another value on another page is named with both pages; kinds are summed", async () => {
    const site = await checkSite(
      [
        { name: "out/index.html", page: page(org("https://example.com/a.png")) },
        { name: "out/about.html", page: page(org("https://example.com/b.png")) },
        { name: "out/404.html", page: "<html></html>" },
        { name: "out/news/x.html", page: "<html></html>" },
      ],
      { exclude: ["**/404.html"], articles: ["out/news/**"] },
    );
    expect(site.pages.map((p) => p.name)).toEqual(["out/index.html", "out/about.html", "out/news/x.html"]);
    expect(site.conflicts.map((c) => [c.rule, c.page, c.otherPage, c.params?.["key"]])).toEqual([
      ["graph/site-conflict", "out/about.html", "out/index.html", "logo"],
    ]);
    expect(site.kinds).toEqual({
      other: { pages: 2, errors: 0, warnings: 0, notes: 0 },
      none: { pages: 1, errors: 1, warnings: 0, notes: 0 },
    });
  });
  // Found by a trial of the packed package: site-wide entity nodes (entityIds) flagged for their aliases.
  test("values that add up across pages (aliases, identifying pages) are no conflict; a name still is", async () => {
    const person = (name: string, alternateName: string[], sameAs: string) => ({
      "@context": "https://schema.org",
      "@type": "Person",
      "@id": "https://news.example.org/entity/xi-jinping",
      name,
      alternateName,
      sameAs,
    });
    const site = await checkSite([
      { name: "a.html", page: page(person("Xi Jinping", ["Xi"], "https://www.wikidata.org/wiki/Q15031")) },
      { name: "b.html", page: page(person("Xi Jinping", ["Chairman Xi"], "https://en.wikipedia.org/wiki/Xi_Jinping")) },
      { name: "c.html", page: page(person("Xi", ["Xi"], "https://www.wikidata.org/wiki/Q15031")) },
    ]);
    expect(site.conflicts.map((c) => [c.page, c.params?.["key"]])).toEqual([["c.html", "name"]]);
  });

  test("graph/site-conflict can be turned off like any rule", async () => {
    const pages = [
      { name: "a.html", page: page(org("https://example.com/a.png")) },
      { name: "b.html", page: page(org("https://example.com/b.png")) },
    ];
    expect((await checkSite(pages, { rules: { "graph/site-conflict": "off" } })).conflicts).toEqual([]);
  });
  // Found by a trial of the packed package: one URL written two ways was a conflict, and two long
  // values that differ after their 57th character read the same in the message.
  test.each([
    ["a URL with and without the slash of its empty path is none", "https://example.com", "https://example.com/", []],
    ["nor with its host in capitals", "https://Example.COM/logo.png", "https://example.com/logo.png", []],
    ["a path that differs in case is one", "https://example.com/Logo.png", "https://example.com/logo.png", ["logo"]],
    ["text that is no URL is compared as it is", "example.com", "example.com/", ["logo"]],
  ])("%s", async (_, first, second, keys) => {
    const site = await checkSite([
      { name: "a.html", page: page(org(first)) },
      { name: "b.html", page: page(org(second)) },
    ]);
    expect(site.conflicts.map((c) => c.params?.["key"])).toEqual(keys);
  });
  test("a conflict's message shows where two long values differ", async () => {
    const logo = `https://example.com/${"assets/".repeat(10)}logo`;
    const site = await checkSite([
      { name: "a.html", page: page(org(`${logo}.png`)) },
      { name: "b.html", page: page(org(`${logo}.svg`)) },
    ]);
    const message = site.conflicts[0]?.message ?? "";
    expect(message).toContain('logo.svg" here');
    expect(message).toContain('logo.png" on a.html');
  });
  // The site keeps an earlier page's text (as UTF-8 where that gives it back) and reads its node again.
  test.each([
    ["the same text with a lone surrogate is no conflict", "a\ud800", "a\ud800", []],
    ["non-ASCII text that differs is one", "Café ’", "Cafe ’", ["name"]],
    ["non-ASCII text that is the same is none", "Café ’😀", "Café ’😀", []],
  ])("%s", async (_, first, second, keys) => {
    const named = (name: string) => ({ ...org("https://example.com/a.png"), name });
    const site = await checkSite([
      // The first page writes the surrogate as it is, not escaped as JSON.stringify writes it.
      { name: "a.html", page: page(named(first)).replace("\\ud800", "\ud800") },
      { name: "b.html", page: page(named(second)) },
    ]);
    expect(site.conflicts.map((c) => c.params?.["key"])).toEqual(keys);
  });
});

describe("rule sources", () => {
  test("every google/ rule names Google's page and a sentence from it", () => {
    for (const rule of RULES.filter((r) => r.id.startsWith("google/") && r.source !== undefined))
      expect(rule.source?.url).toMatch(/^https:\/\/developers\.google\.com\/search\/docs\//);
    expect(RULES.filter((r) => r.source !== undefined).length).toBeGreaterThan(15);
  });
});

describe("globs (picomatch): the flags' patterns", () => {
  const cases: [string, string, boolean][] = [
    ["out/news/**", "out/news/2024/a.html", true],
    ["out/news/**", "out/sport/a.html", false],
    ["**/404.html", "404.html", true],
    ["**/404.html", "out/x/404.html", true],
    ["*.html", "out/index.html", false],
    ["*.html", "index.html", true],
    ["out/?.html", "out/a.html", true],
    ["out/?.html", "out/ab.html", false],
    ["out/(a).html", "out/(a).html", true],
    ["out/a.html", "out/aXhtml", false],
    ["out/**", "out/.well-known/a.html", true],
    ["out/{news,live}/**", "out/live/2023/a.html", true],
    ["out/[ab].html", "out/c.html", false],
    ["out\\news\\*.html", "out\\news\\a.html", true],
    ["", "", false],
  ];
  test.each(cases)("%s matches %s: %s", (pattern, path, expected) => {
    expect(globMatcher(pattern)(path)).toBe(expected);
  });
});
