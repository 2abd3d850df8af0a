import { describe, expect, test } from "vitest";
import { NEWS_ARTICLE_TYPES } from "../../src/jsonld/options-check.js";
import { checkJsonLd } from "../../src/check/index.js";
import { isNewsEventsError } from "../../src/index.js";
import { toJsonLd, type JsonLdOptions } from "../../src/jsonld/index.js";
import { canonicalDocument, deepFreeze, mutated } from "../helpers/fixtures.js";

type Node = Record<string, unknown>;
const doc = deepFreeze(canonicalDocument());
const nodesOf = (options: JsonLdOptions) => toJsonLd(doc, options)["@graph"] as unknown as Node[];
const article = (nodes: Node[]) => nodes[1] as Node;

const everything: JsonLdOptions = {
  articleType: "ReportageNewsArticle",
  speakable: { cssSelector: [".headline", ".summary"] },
  dateline: "MOSCOW, Nov 8 —",
  backstory: "Written from the Russian Defence Ministry's statement and RT's report.",
  authorDetails: (a) =>
    a.name === "Example Reporter"
      ? {
          jobTitle: "Africa correspondent",
          image: "https://news.example.org/staff/reporter.jpg",
          knowsAbout: ["Sahel", "defence"],
          sameAs: ["https://social.example.org/@reporter"],
        }
      : undefined,
  publisherLogo: { url: "https://news.example.org/logo.png", width: 600, height: 60 },
  isAccessibleForFree: true,
  site: {
    name: "Example News",
    url: "https://news.example.org/",
    searchUrlTemplate: "https://news.example.org/search?q={search_term_string}",
  },
  breadcrumbs: [
    { name: "World", url: "https://news.example.org/world/" },
    { name: "Africa", url: "https://news.example.org/world/africa/" },
  ],
  extend: {
    article: { copyrightYear: 2023, sourceOrganization: { "@id": "https://news.example.org/#newsroom" } },
    nodes: [{ "@type": "Organization", "@id": "https://news.example.org/#newsroom", name: "Example News Africa desk" }],
  },
};

test("every site option together: the graph says it all, and the checker finds no error or warning", () => {
  const nodes = nodesOf(everything);
  const report = checkJsonLd({ "@context": "https://schema.org", "@graph": nodes }, { canonicalUrl: doc.url });
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
  expect(article(nodes)).toMatchObject({
    "@type": "ReportageNewsArticle",
    speakable: { "@type": "SpeakableSpecification", cssSelector: [".headline", ".summary"] },
    dateline: "MOSCOW, Nov 8 —",
    isAccessibleForFree: true,
    copyrightYear: 2023,
  });
  const author = nodes.find((n) => n["name"] === "Example Reporter");
  expect(author).toMatchObject({
    jobTitle: "Africa correspondent",
    knowsAbout: ["Sahel", "defence"],
    sameAs: ["https://social.example.org/@reporter"],
  });
  expect(nodes.find((n) => n["@type"] === "Organization" && n["name"] === "Example News")?.["logo"]).toMatchObject({
    "@type": "ImageObject",
    url: "https://news.example.org/logo.png",
  });
  const website = nodes.find((n) => n["@type"] === "WebSite");
  expect(website).toMatchObject({
    "@id": "https://news.example.org/#website",
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: "https://news.example.org/search?q={search_term_string}" },
    },
  });
  const page = nodes[0] as Node;
  expect(page["isPartOf"]).toEqual({ "@id": "https://news.example.org/#website" });
  const trail = nodes.find((n) => n["@type"] === "BreadcrumbList");
  expect(page["breadcrumb"]).toEqual({ "@id": trail?.["@id"] });
  expect((trail?.["itemListElement"] as Node[]).map((i) => [i["position"], i["name"], i["item"]])).toEqual([
    [1, "World", "https://news.example.org/world/"],
    [2, "Africa", "https://news.example.org/world/africa/"],
  ]);
  expect(nodes.map((n) => n["@id"])).toContain("https://news.example.org/#newsroom");
});

test.each(NEWS_ARTICLE_TYPES.filter((t) => t !== "LiveBlogPosting"))(
  "articleType %s is read as an article by the checker",
  (articleType) => {
    const graph = toJsonLd(doc, { articleType });
    expect(article(graph["@graph"] as unknown as Node[])["@type"]).toBe(articleType);
    expect(checkJsonLd(graph).errors).toEqual([]);
  },
);

test("isAccessibleForFree false goes with the document's paywall, and only then", () => {
  const paywalled = mutated((d) => {
    d.paywall = { cssSelector: ".paywall" };
  });
  expect(
    article(toJsonLd(paywalled, { isAccessibleForFree: false })["@graph"] as unknown as Node[])["isAccessibleForFree"],
  ).toBe(false);
  expect(checkJsonLd(toJsonLd(paywalled, { isAccessibleForFree: false })).errors).toEqual([]);
});

describe("options that would give a wrong graph are refused, every problem listed", () => {
  const cases: [string, JsonLdOptions, string[]][] = [
    ["free but paywalled", { isAccessibleForFree: true }, ["/options/isAccessibleForFree"]],
    ["not free without a paywall", { isAccessibleForFree: false }, ["/options/isAccessibleForFree"]],
    [
      "unsafe URLs",
      { site: { name: "x", url: "javascript:alert(1)" }, breadcrumbs: [{ name: "a", url: "/relative" }] },
      ["/options/site/url", "/options/breadcrumbs/0/url"],
    ],
    [
      "an extra node reusing the article's @id, and one with none",
      {
        extend: {
          nodes: [{ "@type": "Thing", "@id": `${doc.url.replace(/\/$/, "/")}#article` }, { "@type": "Thing" } as never],
        },
      },
      ["/options/extend/nodes/0/@id", "/options/extend/nodes/1/@id"],
    ],
    [
      "changing the article's @type through extend",
      { extend: { article: { "@type": "BlogPosting" } as never } },
      ["/options/extend/article/@type"],
    ],
    ["speakable with nothing to speak", { speakable: {} }, ["/options/speakable"]],
  ];
  test.each(cases)("%s", (name, options, pointers) => {
    const target =
      name === "free but paywalled"
        ? mutated((d) => {
            d.paywall = { cssSelector: ".paywall" };
          })
        : doc;
    let caught: unknown;
    try {
      toJsonLd(target, options);
    } catch (error) {
      caught = error;
    }
    expect(isNewsEventsError(caught)).toBe(true);
    expect((caught as { issues: { pointer: string }[] }).issues.map((i) => i.pointer)).toEqual(pointers);
  });
});
