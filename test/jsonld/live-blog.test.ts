import { describe, expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";
import { validateDocument, type NewsDocument } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { deepFreeze, exampleDocument } from "../helpers/fixtures.js";

type Node = Record<string, unknown>;
type Edit = (d: NewsDocument & { updates: NonNullable<NewsDocument["updates"]> }) => void;
const live = deepFreeze(exampleDocument("wagner-mutiny-live"));
const edited = (edit: Edit) => {
  const d = exampleDocument("wagner-mutiny-live") as Parameters<Edit>[0];
  edit(d);
  return deepFreeze(d);
};
const nodes = (doc: NewsDocument, options = {}) => toJsonLd(doc, options)["@graph"] as unknown as Node[];

describe("live coverage in the document", () => {
  test("the Wagner mutiny live blog (a real event, 24 June 2023) validates", () => {
    expect(validateDocument(live)).toMatchObject({ ok: true });
  });

  // One issue each, at the field that is wrong.
  const cases: { name: string; edit: Edit; issue: [string, string] }[] = [
    {
      name: "two updates out of order",
      edit: (d) => {
        d.updates.splice(2, 2, d.updates[3]!, d.updates[2]!);
      },
      issue: ["date-order", "/updates/3/published"],
    },
    {
      name: "an update before the article was published",
      edit: (d) => {
        d.updates[0]!.published = "2023-06-24T07:00:00+03:00";
      },
      issue: ["date-order", "/updates/0/published"],
    },
    {
      name: "modified before the last update",
      edit: (d) => {
        d.modified = "2023-06-24T21:00:00+03:00";
      },
      issue: ["date-order", "/modified"],
    },
    {
      name: "coverage ended before the last update",
      edit: (d) => {
        d.coverageEnded = "2023-06-24T23:00:00+03:00";
      },
      issue: ["date-order", "/coverageEnded"],
    },
    {
      name: "an update on another page",
      edit: (d) => {
        d.updates[1]!.url = "https://news.example.org/live/other/#update-1";
      },
      issue: ["pattern", "/updates/1/url"],
    },
    {
      name: "an update URL without a fragment",
      edit: (d) => {
        d.updates[1]!.url = d.url;
      },
      issue: ["pattern", "/updates/1/url"],
    },
    {
      name: "two updates with one URL",
      edit: (d) => {
        d.updates[2]!.url = d.updates[1]!.url!;
      },
      issue: ["duplicate-item", "/updates/2/url"],
    },
    {
      name: "an update id used twice",
      edit: (d) => {
        d.updates[3]!.id = "rostov";
      },
      issue: ["duplicate-id", "/updates/3/id"],
    },
    {
      name: "an update id that is an entity's",
      edit: (d) => {
        d.updates[3]!.id = "russia";
      },
      issue: ["duplicate-id", "/updates/3/id"],
    },
    {
      name: "a leap second",
      edit: (d) => {
        d.updates[2]!.published = "2023-06-24T23:59:60+03:00";
      },
      issue: ["invalid-date", "/updates/2/published"],
    },
    {
      name: "an update without a headline",
      edit: (d) => {
        delete (d.updates[2] as Partial<(typeof d.updates)[2]>)!.headline;
      },
      issue: ["required", "/updates/2/headline"],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const result = validateDocument(edited(c.edit));
      expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([c.issue]);
    });
  }
});

describe("LiveBlogPosting JSON-LD", () => {
  test("a document with updates becomes a LiveBlogPosting whose updates are dated BlogPostings; the checker finds no error or warning", () => {
    const graph = nodes(live);
    const article = graph[1] as Node;
    expect(article).toMatchObject({
      "@type": "LiveBlogPosting",
      coverageStartTime: live.published,
      coverageEndTime: live.coverageEnded,
    });
    const updates = (article["liveBlogUpdate"] as Node[]).map((ref) => graph.find((n) => n["@id"] === ref["@id"]));
    expect(updates.map((u) => [u?.["@type"], u?.["headline"], u?.["datePublished"]])).toEqual(
      live.updates?.map((u) => ["BlogPosting", u.headline, u.published]),
    );
    expect(updates[0]).toMatchObject({ articleBody: live.updates?.[0]?.text, url: live.updates?.[0]?.url });
    expect(updates[4]).not.toHaveProperty("url");
    const report = checkJsonLd(toJsonLd(live), { canonicalUrl: live.url });
    expect([...report.errors, ...report.warnings]).toEqual([]);
  });

  test("another article type leaves the updates out; a document without updates stays a NewsArticle", () => {
    const graph = nodes(live, { articleType: "NewsArticle" });
    expect(graph[1]).toMatchObject({ "@type": "NewsArticle" });
    expect(graph[1]).not.toHaveProperty("liveBlogUpdate");
    expect(graph.some((n) => n["@type"] === "BlogPosting")).toBe(false);
    const plain = edited((d) => {
      delete (d as Partial<typeof d>).updates;
      delete d.coverageEnded;
    });
    expect(nodes(plain)[1]).toMatchObject({ "@type": "NewsArticle" });
    expect(nodes(plain)[1]).not.toHaveProperty("coverageStartTime");
  });

  test("coverage still going on has a start and no end", () => {
    const ongoing = edited((d) => {
      delete d.coverageEnded;
    });
    expect(nodes(ongoing)[1]).toMatchObject({ coverageStartTime: live.published });
    expect(nodes(ongoing)[1]).not.toHaveProperty("coverageEndTime");
  });
});

describe("checker rule google/live-blog", () => {
  const graphWith = (edit: (article: Node, updates: Node[]) => void) => {
    const graph = structuredClone(toJsonLd(live)) as unknown as { "@graph": Node[] };
    const article = graph["@graph"][1] as Node;
    edit(
      article,
      graph["@graph"].filter((n) => n["@type"] === "BlogPosting"),
    );
    return checkJsonLd(graph, { canonicalUrl: live.url });
  };
  const cases: { name: string; edit: (article: Node, updates: Node[]) => void; finding: [string, string] }[] = [
    {
      name: "no coverage start",
      edit: (a) => {
        delete a["coverageStartTime"];
      },
      finding: ["error", "/@graph/1/coverageStartTime"],
    },
    {
      name: "coverage that ends before it starts",
      edit: (a) => {
        a["coverageEndTime"] = "2023-06-23T00:00:00+03:00";
      },
      finding: ["error", "/@graph/1/coverageEndTime"],
    },
    {
      name: "an update without a headline",
      edit: (_, u) => {
        delete u[1]!["headline"];
      },
      finding: ["error", "/@graph/1/liveBlogUpdate/1"],
    },
    {
      name: "an update published after coverage ended",
      edit: (_, u) => {
        u[4]!["datePublished"] = "2023-06-26T00:00:00+03:00";
      },
      finding: ["error", "/@graph/1/liveBlogUpdate/4"],
    },
    {
      name: "no updates",
      edit: (a) => {
        delete a["liveBlogUpdate"];
      },
      finding: ["warning", "/@graph/1/liveBlogUpdate"],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const report = graphWith(c.edit);
      const findings = [...report.errors, ...report.warnings].filter((f) => f.rule === "google/live-blog");
      expect(findings.map((f) => [f.severity, f.pointer])).toEqual([c.finding]);
    });
  }

  test("updates are parts of the page: the Article rules do not ask them for authors or images", () => {
    const report = graphWith(() => {});
    expect(
      report.errors
        .concat(report.warnings)
        .filter((f) => f.pointer.startsWith("/@graph/") && !f.pointer.startsWith("/@graph/1")),
    ).toEqual([]);
  });
});
