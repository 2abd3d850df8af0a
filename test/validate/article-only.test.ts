import { expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";
import { formatIssue, validateDocument, type NewsDocument } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { deepFreeze } from "../helpers/fixtures.js";

// A real, ordinary article that reports no meeting, coup or partnership: a city council's vote on
// protected bike lanes (Paris, 2021). Metadata are example values.
const bikeLanes: NewsDocument = deepFreeze({
  headline: "Paris votes to make its pop-up bike lanes permanent",
  url: "https://news.example.org/2021/07/01/paris-bike-lanes/",
  published: "2021-07-01T09:30:00+02:00",
  language: "en",
  authors: [{ type: "person", name: "Jane Doe", url: "https://news.example.org/staff/jane-doe" }],
  publisher: { name: "Example News", url: "https://news.example.org/" },
});

test("a document with only headline, url, published, language, authors and publisher validates", () => {
  expect(validateDocument(bikeLanes)).toEqual({ ok: true, value: bikeLanes });
});

test("its graph is a NewsArticle with no Event node, and the checker finds no error", () => {
  const graph = toJsonLd(bikeLanes);
  const types = (graph["@graph"] as unknown as { "@type": string }[]).map((n) => n["@type"]);
  expect(types).toEqual(["WebPage", "NewsArticle", "Organization", "Person"]);
  expect(checkJsonLd(graph, { canonicalUrl: bikeLanes.url }).errors).toEqual([]);
});

test("empty events and entities lists are the same as none", () => {
  const empty = deepFreeze({ ...bikeLanes, events: [], entities: [], body: "" });
  expect(validateDocument(empty).ok).toBe(true);
  expect(toJsonLd(empty)["@graph"]).toHaveLength(4);
});

test("the body stays required once anything holds evidence, with one issue that says where", () => {
  const withEvidence = deepFreeze({
    ...bikeLanes,
    entities: [
      {
        type: "place",
        id: "paris",
        name: "Paris",
        mentions: [
          { start: 0, end: 5, text: "Paris" },
          { start: 0, end: 5, text: "Paris" },
        ],
      },
    ],
  } as NewsDocument);
  const result = validateDocument(withEvidence);
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
    "/body: is required when evidence points into the text (first at /entities/0/mentions/0)",
  ]);
});

test("a document started from {} hears of every missing property in one run", () => {
  const result = validateDocument({});
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(
    ["headline", "url", "published", "language", "authors", "publisher"].map((k) => `/${k}: is required but missing`),
  );
});
