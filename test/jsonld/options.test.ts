import { describe, expect, test } from "vitest";
import { isNewsEventsError, type Issue } from "../../src/index.js";
import { toJsonLd, toJsonLdScript, type JsonLdOptions } from "../../src/jsonld/index.js";
import { OPTION_NAMES } from "../../src/jsonld/options-check.js";
import { canonicalDocument } from "../helpers/fixtures.js";

/*
 * toJsonLd's options, as a JavaScript caller may hand them. Found by a trial of the packed package:
 * `extend` put `javascript:` URLs into the graph and shared the caller's arrays with it, a circular
 * or BigInt value failed later in toJsonLdScript with a bare TypeError, and `entityId` (for
 * `entityIds`), `corrections: "yes"` or `articleType: "BlogPosting"` were taken without a word.
 */

type Node = Record<string, unknown>;
const doc = canonicalDocument();

/** The issues toJsonLd throws for `options` (code and pointer), or [] when it builds a graph. */
function refused(options: unknown, d = doc): Pick<Issue, "code" | "pointer">[] {
  try {
    toJsonLd(d, options as JsonLdOptions);
  } catch (error) {
    if (!isNewsEventsError(error)) throw error;
    return error.issues.map(({ code, pointer }) => ({ code, pointer }));
  }
  return [];
}

const refusedFor = (d: typeof doc) => refused({}, d);

const cyclic: Node = { "@type": "Thing", name: "x" };
cyclic["subjectOf"] = cyclic;

describe("an option that is not what it must be is refused, naming where", () => {
  const cases: [string, unknown, Pick<Issue, "code" | "pointer">[]][] = [
    [
      "extend.article url",
      { extend: { article: { url: "javascript:alert(1)" } } },
      [{ code: "unsafe-url", pointer: "/options/extend/article/url" }],
    ],
    [
      "extend.article image",
      { extend: { article: { image: "javascript:alert(1)" } } },
      [{ code: "unsafe-url", pointer: "/options/extend/article/image" }],
    ],
    [
      "extend.article sameAs in a list",
      { extend: { article: { sameAs: ["https://a.example/", "javascript:y"] } } },
      [{ code: "unsafe-url", pointer: "/options/extend/article/sameAs/1" }],
    ],
    [
      "a nested node's url",
      { extend: { article: { author: { "@type": "Person", name: "A", url: "http://user:pw@x.example/" } } } },
      [{ code: "unsafe-url", pointer: "/options/extend/article/author/url" }],
    ],
    [
      "an extra node's url",
      { extend: { nodes: [{ "@type": "Thing", "@id": "https://news.example.org/#t", url: "javascript:alert(1)" }] } },
      [{ code: "unsafe-url", pointer: "/options/extend/nodes/0/url" }],
    ],
    [
      "an extra node's @id, named once",
      { extend: { nodes: [{ "@type": "Thing", "@id": "javascript:alert(1)" }] } },
      [{ code: "unsafe-url", pointer: "/options/extend/nodes/0/@id" }],
    ],
    [
      "an extra node without an @id",
      { extend: { nodes: [{ "@type": "Thing", name: "x" }] } },
      [{ code: "unsafe-url", pointer: "/options/extend/nodes/0/@id" }],
    ],
    [
      "a value that contains itself",
      { extend: { article: { citation: cyclic } } },
      [{ code: "circular-reference", pointer: "/options/extend/article/citation/subjectOf" }],
    ],
    [
      "a BigInt",
      { extend: { article: { wordCount: 10n } } },
      [{ code: "type", pointer: "/options/extend/article/wordCount" }],
    ],
    [
      "an infinite number",
      { extend: { article: { wordCount: Infinity } } },
      [{ code: "type", pointer: "/options/extend/article/wordCount" }],
    ],
    [
      "a class instance",
      { extend: { article: { dateCreated: new Date(0) } } },
      [{ code: "type", pointer: "/options/extend/article/dateCreated" }],
    ],
    [
      "a misspelt option",
      { entityId: "https://news.example.org/entity/" },
      [{ code: "unknown-property", pointer: "/options/entityId" }],
    ],
    ["corrections that are no boolean", { corrections: "yes" }, [{ code: "enum", pointer: "/options/corrections" }]],
    [
      "an article type Google does not read as news",
      { articleType: "BlogPosting" },
      [{ code: "enum", pointer: "/options/articleType" }],
    ],
    ["events that are neither eligible nor all", { events: "some" }, [{ code: "enum", pointer: "/options/events" }]],
    // Found by the second trial: each was split, dropped, or a bare TypeError blaming the document.
    [
      "speakable.cssSelector as one text",
      { speakable: { cssSelector: ".headline" } },
      [{ code: "type", pointer: "/options/speakable/cssSelector" }],
    ],
    ["a site without its url", { site: { name: "X" } }, [{ code: "type", pointer: "/options/site/url" }]],
    [
      "a breadcrumb without its name",
      { breadcrumbs: [{ url: "https://news.example.org/" }] },
      [{ code: "type", pointer: "/options/breadcrumbs/0/name" }],
    ],
    [
      "breadcrumbs that are no list",
      { breadcrumbs: { name: "x" } },
      [{ code: "type", pointer: "/options/breadcrumbs" }],
    ],
    ["a blank dateline", { dateline: " " }, [{ code: "type", pointer: "/options/dateline" }]],
    // ratingWords (round 26): a misspelt rating would leave the real one without its words.
    [
      "rating words for no rating",
      { ratingWords: { false: "Faux", wrong: "Faux" } },
      [{ code: "unknown-property", pointer: "/options/ratingWords/false" }],
    ],
    ["a blank rating word", { ratingWords: { wrong: "" } }, [{ code: "type", pointer: "/options/ratingWords/wrong" }]],
    ["rating words as one text", { ratingWords: "Faux" }, [{ code: "type", pointer: "/options/ratingWords" }]],
    ["options that are null", null, [{ code: "type", pointer: "/options" }]],
    ["kinds that are no list", { kinds: "x" }, [{ code: "type", pointer: "/options/kinds" }]],
    [
      "a kind whose class and QID are no names",
      { kinds: [{ kind: "Election", schemaOrgType: "Event Foo", isEvent: true, wikidata: "</script>" }] },
      [
        { code: "type", pointer: "/options/kinds/0/schemaOrgType" },
        { code: "type", pointer: "/options/kinds/0/wikidata" },
      ],
    ],
    [
      "authorDetails' sameAs as one text",
      { authorDetails: () => ({ sameAs: "https://x.org/" }) },
      [{ code: "type", pointer: "/options/authorDetails/sameAs" }],
    ],
    [
      "authorDetails' jobTitle as a number",
      { authorDetails: () => ({ jobTitle: 5 }) },
      [{ code: "type", pointer: "/options/authorDetails/jobTitle" }],
    ],
    [
      "authorDetails that throws",
      {
        authorDetails: () => {
          throw new Error("cms down");
        },
      },
      [{ code: "unreadable", pointer: "/options/authorDetails" }],
    ],
    [
      "entityIds that throws",
      {
        entityIds: () => {
          throw new Error("cms down");
        },
      },
      [{ code: "unreadable", pointer: "/options/entityIds" }],
    ],
    [
      "extend.article changing the headline",
      { extend: { article: { headline: "Other" } } },
      [{ code: "const", pointer: "/options/extend/article/headline" }],
    ],
    [
      "extend.article changing mainEntityOfPage",
      { extend: { article: { mainEntityOfPage: "https://evil.example/" } } },
      [{ code: "const", pointer: "/options/extend/article/mainEntityOfPage" }],
    ],
    [
      "a dateline on a live blog (a NewsArticle's)",
      { articleType: "LiveBlogPosting", dateline: "KYIV —" },
      [{ code: "const", pointer: "/options/dateline" }],
    ],
    [
      "an entityIds base that ends inside a segment",
      { entityIds: "https://news.example.org/entity" },
      [{ code: "unsafe-url", pointer: "/options/entityIds" }],
    ],
    [
      "options as they must be (a search template's placeholder, a nested ImageObject)",
      {
        corrections: false,
        events: "all",
        articleType: "ReportageNewsArticle",
        extend: {
          article: {
            associatedMedia: { "@type": "ImageObject", url: "https://news.example.org/a.jpg" },
            wordCount: 800,
          },
          nodes: [
            {
              "@type": "Thing",
              "@id": "https://news.example.org/#t",
              potentialAction: { urlTemplate: "https://news.example.org/?q={q}" },
            },
          ],
        },
      },
      [],
    ],
  ];
  test.each(cases)("%s", (_name, options, issues) => {
    expect(refused(options)).toEqual(issues);
  });

  test("a misspelt option is named with the options there are", () => {
    try {
      toJsonLd(doc, { entityId: "x" } as never);
      expect.unreachable();
    } catch (error) {
      expect(isNewsEventsError(error) && error.issues[0]?.message).toBe(
        `is not an option of toJsonLd (its options: ${OPTION_NAMES.join(", ")})`,
      );
    }
  });
});

test("a job title for an organization's byline is refused (schema.org's is a Person's)", () => {
  const wire = { ...doc, authors: [{ type: "organization", name: "Wire Service", url: "https://wire.example/" }] };
  expect(refused({ authorDetails: () => ({ jobTitle: "Wire" }) }, wire as typeof doc)).toEqual([
    { code: "const", pointer: "/options/authorDetails/jobTitle" },
  ]);
  expect(refused({ authorDetails: () => ({ jobTitle: "Reporter" }) })).toEqual([]);
});

test("authorDetails and entityIds are given copies: what they do cannot change the document", () => {
  const d = canonicalDocument();
  const before = JSON.stringify(d);
  toJsonLd(d, {
    authorDetails: (author) => {
      (author as { name: string }).name = "Changed";
      return undefined;
    },
    entityIds: (entity) => {
      (entity as { name?: string }).name = "Changed";
      return undefined;
    },
  });
  expect(JSON.stringify(d)).toBe(before);
});

test("an event of a project's own kind without the kinds option is named, not a TypeError", () => {
  const d = canonicalDocument();
  (d.events[0] as { kind: string }).kind = "Election";
  expect(refusedFor(d)).toEqual([{ code: "unknown-kind", pointer: "/events/0/kind" }]);
});

test("extend's values are copied: the graph shares no array or object with them", () => {
  const about = [{ "@type": "CreativeWork", name: "Sahel" }];
  const node = {
    "@type": "Thing" as const,
    "@id": "https://news.example.org/#t",
    sameAs: ["https://www.wikidata.org/wiki/Q1"],
  };
  const graph = toJsonLd(doc, { extend: { article: { citation: about } as never, nodes: [node] } })[
    "@graph"
  ] as unknown as Node[];
  const article = graph.find((n) => n["@type"] === "NewsArticle") as Node;
  const extra = graph.find((n) => n["@id"] === node["@id"]) as Node;
  expect(article["citation"]).toEqual(about);
  expect(article["citation"]).not.toBe(about);
  expect((article["citation"] as unknown[])[0]).not.toBe(about[0]);
  expect(extra).toEqual(node);
  expect(extra).not.toBe(node);
  expect(extra["sameAs"]).not.toBe(node.sameAs);
  // What the graph holds is what its script says.
  expect(toJsonLdScript(toJsonLd(doc, { extend: { article: { citation: about } as never } }))).toContain('"Sahel"');
});

// Found by a trial of the packed package: a property given as undefined (`{ backstory:
// section }` with no section, which TypeScript's optional properties allow) refused the graph.
test("extend.article's property given as undefined is not given, as nested ones are not", () => {
  const section: string | undefined = undefined;
  const extend = { article: { backstory: section, headline: undefined, citation: { name: "x", url: undefined } } };
  const graph = toJsonLd(doc, { extend } as never)["@graph"] as unknown as Node[];
  const article = graph.find((n) => n["@type"] === "NewsArticle") as Node;
  expect("backstory" in article).toBe(false);
  expect(article["headline"]).toBe(doc.headline);
  expect(article["citation"]).toEqual({ name: "x" });
});

test("every option of JsonLdOptions is named in OPTION_NAMES, and no other", () => {
  // The type side: OPTION_NAMES satisfies keyof JsonLdOptions; here, that none is missing.
  type Missing = Exclude<keyof JsonLdOptions, (typeof OPTION_NAMES)[number]>;
  const none: [Missing] extends [never] ? true : false = true;
  expect(none).toBe(true);
  expect(new Set(OPTION_NAMES).size).toBe(OPTION_NAMES.length);
});
