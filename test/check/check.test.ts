import { describe, expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import { checkJsonLd, checkJsonLdBlocks, checkJsonLdText, type CheckReport } from "../../src/check/index.js";
import { canonicalDocument, deepFreeze } from "../helpers/fixtures.js";

type Node = Record<string, unknown>;

/** A minimal hand-written NewsArticle without @graph, as a user might write it. */
const handWritten = (): Node => ({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline: "Ministers meet in Moscow",
  datePublished: "2023-11-08T12:00:00+01:00",
  dateModified: "2023-11-08T13:00:00+01:00",
  image: [
    { "@type": "ImageObject", url: "https://example.org/16x9.jpg", width: 1600, height: 900 },
    { "@type": "ImageObject", url: "https://example.org/4x3.jpg", width: 1200, height: 900 },
    { "@type": "ImageObject", url: "https://example.org/1x1.jpg", width: 900, height: 900 },
  ],
  author: [{ "@type": "Person", name: "Jane Doe", url: "https://example.org/jane" }],
  publisher: { "@type": "Organization", name: "Example", url: "https://example.org/" },
  mainEntityOfPage: "https://example.org/news/1",
});

const rules = (report: CheckReport, severity: "errors" | "warnings" | "notes") =>
  report[severity].map((f) => `${f.rule} ${f.pointer}`);

test("a good hand-written article without @graph has no errors or warnings", () => {
  const report = checkJsonLd(deepFreeze(handWritten()));
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
});

describe("each rule fires on the mistake it is for, at the right place", () => {
  const cases: {
    name: string;
    edit: (n: Node) => void;
    severity: "errors" | "warnings" | "notes";
    expected: string;
  }[] = [
    {
      name: "invented type",
      edit: (n) => {
        n["about"] = { "@type": "Coup", name: "x" };
      },
      severity: "errors",
      expected: "vocabulary/unknown-type /about/@type",
    },
    {
      name: "misspelt property",
      edit: (n) => {
        n["headlinee"] = "x";
      },
      severity: "errors",
      expected: "vocabulary/unknown-property /headlinee",
    },
    {
      name: "enumeration value as a type",
      edit: (n) => {
        n["about"] = { "@type": "EventCancelled" };
      },
      severity: "errors",
      expected: "vocabulary/unknown-type /about/@type",
    },
    {
      name: "property outside its domain",
      edit: (n) => {
        n["startDate"] = "2023-11-07";
      },
      severity: "warnings",
      expected: "vocabulary/domain /startDate",
    },
    {
      name: "pending term",
      edit: (n) => {
        n["backstory"] = "Background.";
      },
      severity: "notes",
      expected: "vocabulary/pending /backstory",
    },
    {
      name: "a country as attendee (issue 12)",
      edit: (n) => {
        n["about"] = { "@type": "Event", name: "Talks", attendee: { "@type": "Country", name: "Russia" } };
      },
      severity: "warnings",
      expected: "vocabulary/range /about/attendee",
    },
    {
      name: "a place in a role's attendee",
      edit: (n) => {
        n["about"] = {
          "@type": "Event",
          name: "Talks",
          attendee: [{ "@type": "Role", roleName: "host", attendee: { "@type": "Place", name: "Moscow" } }],
        };
      },
      severity: "warnings",
      expected: "vocabulary/range /about/attendee/0/attendee",
    },
    {
      name: "no offset",
      edit: (n) => {
        n["datePublished"] = "2023-11-08T12:00:00";
      },
      severity: "warnings",
      expected: "google/date-offset /datePublished",
    },
    {
      name: "date only",
      edit: (n) => {
        n["dateModified"] = "2023-11-09";
      },
      severity: "warnings",
      expected: "google/date-only /dateModified",
    },
    {
      name: "modified before published",
      edit: (n) => {
        n["dateModified"] = "2023-11-07T12:00:00Z";
      },
      severity: "errors",
      expected: "google/date-order /dateModified",
    },
    {
      name: "no datePublished",
      edit: (n) => {
        delete n["datePublished"];
        delete n["dateModified"];
      },
      severity: "warnings",
      expected: "google/date-published /datePublished",
    },
    {
      name: "HTML in the headline",
      edit: (n) => {
        n["headline"] = "Ministers <em>meet</em>";
      },
      severity: "warnings",
      expected: "google/headline /headline",
    },
    {
      name: "empty headline",
      edit: (n) => {
        n["headline"] = "";
      },
      severity: "warnings",
      expected: "google/headline /headline",
    },
    {
      name: "long headline",
      edit: (n) => {
        n["headline"] = "x".repeat(111);
      },
      severity: "warnings",
      expected: "google/headline-length /headline",
    },
    {
      name: "relative image",
      edit: (n) => {
        n["image"] = "/img/a.jpg";
      },
      severity: "errors",
      expected: "google/image-url /image",
    },
    {
      name: "image that names no URL",
      edit: (n) => {
        n["image"] = ["example.org/a.jpg"];
      },
      severity: "errors",
      expected: "google/image-url /image/0",
    },
    {
      name: "one aspect ratio",
      edit: (n) => {
        n["image"] = (n["image"] as Node[]).slice(0, 1);
      },
      severity: "warnings",
      expected: "google/image-ratios /image",
    },
    {
      name: "tiny image",
      edit: (n) => {
        n["image"] = [{ "@type": "ImageObject", url: "https://example.org/a.jpg", width: 100, height: 100 }];
      },
      severity: "warnings",
      expected: "google/image-size /image/0",
    },
    {
      name: "merged author names",
      edit: (n) => {
        n["author"] = [{ "@type": "Person", name: "Willow Lane, Regula Felix", url: "https://example.org/a" }];
      },
      severity: "warnings",
      expected: "google/author-name /author/0",
    },
    {
      name: "byline in the name",
      edit: (n) => {
        n["author"] = { "@type": "Person", name: "By Jane Doe", url: "https://example.org/a" };
      },
      severity: "warnings",
      expected: "google/author-name /author",
    },
    {
      name: "author as text",
      edit: (n) => {
        n["author"] = "Jane Doe";
      },
      severity: "warnings",
      expected: "google/author-type /author",
    },
    {
      name: "author as Thing",
      edit: (n) => {
        n["author"] = [{ "@type": "Thing", name: "Jane", url: "https://example.org/a" }];
      },
      severity: "warnings",
      expected: "google/author-type /author/0",
    },
    {
      name: "author without url",
      edit: (n) => {
        n["author"] = [{ "@type": "Person", name: "Jane Doe" }];
      },
      severity: "notes",
      expected: "google/author-url /author/0",
    },
    {
      name: "paywall without hasPart",
      edit: (n) => {
        n["isAccessibleForFree"] = false;
      },
      severity: "errors",
      expected: "google/paywall /hasPart",
    },
    {
      name: "paywall with a nested selector",
      edit: (n) => {
        n["isAccessibleForFree"] = false;
        n["hasPart"] = { "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: "div .paywall" };
      },
      severity: "errors",
      expected: "google/paywall /hasPart",
    },
    {
      name: "bad language tag",
      edit: (n) => {
        n["inLanguage"] = "English";
      },
      severity: "warnings",
      expected: "google/language /inLanguage",
    },
    {
      name: "online event with a time but no offset",
      edit: (n) => {
        n["about"] = {
          "@type": "Event",
          name: "Talks",
          startDate: "2023-11-07T10:00",
          location: { "@type": "VirtualLocation", url: "https://example.org/live" },
        };
      },
      severity: "errors",
      expected: "event/date-offset /about/startDate",
    },
    {
      name: "event at a place without an address",
      edit: (n) => {
        n["about"] = {
          "@type": "Event",
          name: "Talks",
          startDate: "2023-11-07",
          location: { "@type": "Place", name: "Hall" },
        };
      },
      severity: "errors",
      expected: "google/event /about/location",
    },
    {
      name: "event at a person",
      edit: (n) => {
        n["about"] = { "@type": "Event", name: "Talks", location: { "@type": "Person", name: "x" } };
      },
      severity: "warnings",
      expected: "event/location /about/location",
    },
    {
      name: "stringified object",
      edit: (n) => {
        n["description"] = "[object Object]";
      },
      severity: "warnings",
      expected: "text/suspicious /description",
    },
    {
      name: "entity in a name",
      edit: (n) => {
        n["description"] = "Q&amp;A";
      },
      severity: "warnings",
      expected: "text/markup /description",
    },
    {
      name: "relative @id",
      edit: (n) => {
        n["@id"] = "#article";
      },
      severity: "errors",
      expected: "graph/relative-id /@id",
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const input = handWritten();
      c.edit(input);
      expect(rules(checkJsonLd(deepFreeze(input)), c.severity)).toContain(c.expected);
    });
  }
});

describe("graph integrity", () => {
  const graph = () => structuredClone(toJsonLd(canonicalDocument())) as unknown as { "@graph": Node[] };
  test("a dangling reference is an error", () => {
    const g = graph();
    const article = g["@graph"][1] as Node;
    (article["about"] as Node[]).push({
      "@id": "https://news.example.org/2023/11/08/burkina-faso-russia-military-relationship/#/event/missing",
    });
    expect(rules(checkJsonLd(g), "errors").filter((r) => r.startsWith("graph/"))).toEqual([
      "graph/dangling-reference /@graph/1/about/2/@id",
    ]);
  });
  test("a node repeated with the same values is one node; a property with another value is an error", () => {
    const g = graph();
    g["@graph"].push({ ...(g["@graph"][3] as Node) });
    expect(rules(checkJsonLd(g), "errors")).not.toContain(`graph/duplicate-id /@graph/${g["@graph"].length - 1}/name`);
    g["@graph"].push({ ...(g["@graph"][3] as Node), name: "Other" });
    expect(rules(checkJsonLd(g), "errors")).toContain(`graph/duplicate-id /@graph/${g["@graph"].length - 1}/name`);
  });
  test("one entity under two @ids is a warning", () => {
    const g = graph();
    const russia = g["@graph"].find((n) => String(n["@id"]).endsWith("/entity/russia")) as Node;
    const twin = { ...russia, "@id": "https://news.example.org/#/entity/russian-federation" };
    g["@graph"].push(twin);
    ((g["@graph"][1] as Node)["mentions"] as Node[]).push({ "@id": twin["@id"] });
    expect(rules(checkJsonLd(g), "warnings")).toContain(`graph/duplicate-entity /@graph/${g["@graph"].length - 1}`);
  });
  test("a node nothing reaches is a warning", () => {
    const g = graph();
    g["@graph"].push({ "@type": "Person", "@id": "https://news.example.org/#/person/nobody", name: "Nobody" });
    expect(rules(checkJsonLd(g), "warnings")).toEqual([`graph/orphan /@graph/${g["@graph"].length - 1}`]);
  });
  test("a page's own BreadcrumbList or WebSite block is no orphan; a stray Person block still is", () => {
    const crumbs = {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [{ "@type": "ListItem", position: 1, name: "Home", item: "https://news.example.org/" }],
    };
    const site = {
      "@context": "https://schema.org",
      "@type": "WebSite",
      "@id": "https://news.example.org/#website",
      name: "Example News",
      url: "https://news.example.org/",
    };
    const stray = {
      "@context": "https://schema.org",
      "@type": "Person",
      "@id": "https://news.example.org/#/person/nobody",
      name: "Nobody",
    };
    const blocks = (...values: unknown[]) =>
      checkJsonLdBlocks([JSON.stringify(graph()), ...values.map((v) => JSON.stringify(v))]);
    expect(rules(blocks(crumbs, site), "warnings")).toEqual([]);
    expect(rules(blocks(crumbs, stray), "warnings")).toEqual(["graph/orphan /2"]);
  });
  test("the canonical URL must match, trailing slash included; scheme and host case do not matter", () => {
    const g = graph();
    const url = "https://news.example.org/2023/11/08/burkina-faso-russia-military-relationship";
    const canonical = (canonicalUrl: string) =>
      rules(checkJsonLd(g, { canonicalUrl }), "errors").filter((r) => r.startsWith("google/canonical"));
    expect(canonical(url)).toEqual(["google/canonical /@graph/1/mainEntityOfPage", "google/canonical /@graph/0/url"]);
    expect(canonical(`${url}/`)).toEqual([]);
    expect(canonical(`HTTPS://NEWS.Example.ORG/2023/11/08/burkina-faso-russia-military-relationship/`)).toEqual([]);
  });
  test("the article's url is compared with the canonical URL too, naming both", () => {
    const article = { ...handWritten(), url: "https://example.org/other/" };
    const found = checkJsonLd(article, { canonicalUrl: "https://example.org/a/" }).errors.filter(
      (f) => f.rule === "google/canonical",
    );
    expect(found.map((f) => f.pointer)).toContain("/url");
    expect(found.find((f) => f.pointer === "/url")?.message).toMatch(
      /https:\/\/example\.org\/a\/.*https:\/\/example\.org\/other\//,
    );
  });
});

describe("text input", () => {
  const cases: [string, string, string][] = [
    ["not JSON", "{", "json/syntax"],
    ["not an object", "42", "json/not-object"],
    [
      "</script in the text",
      JSON.stringify(handWritten()).replace("Ministers", "</script>Ministers"),
      "json/unsafe-in-script",
    ],
  ];
  for (const [name, text, rule] of cases) {
    test(name, () => {
      const report = checkJsonLdText(text);
      expect([...report.errors, ...report.warnings].map((f) => f.rule)).toContain(rule);
    });
  }
  test("never throws, even on hostile values", () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { "@type": "Thing", about: deep };
    for (const input of [
      null,
      undefined,
      "x",
      [],
      [null],
      { "@graph": "x" },
      deep,
      { "@type": 5, headline: Number.NaN },
    ]) {
      expect(() => checkJsonLd(input)).not.toThrow();
    }
  });
});
