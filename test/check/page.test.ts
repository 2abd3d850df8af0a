import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { checkHtmlPage } from "../../src/check/index.js";
import { toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

const doc = canonicalDocument();
const article = toJsonLdScript(toJsonLd(doc));
const crumbs = `<script type="application/ld+json">${JSON.stringify({
  "@context": "https://schema.org",
  "@type": "BreadcrumbList",
  itemListElement: [{ "@type": "ListItem", position: 1, name: "World", item: { "@id": doc.url } }],
})}</script>`;
const page = (head: string) => `<!doctype html>\n<html>\n<head>\n${head}\n</head>\n<body><p>Text</p></body>\n</html>\n`;
const lines = (report: Awaited<ReturnType<typeof checkHtmlPage>>) =>
  [...report.errors, ...report.warnings].map((f) => `${f.line} ${f.block} ${f.rule} ${f.pointer || "/"}`);

describe("checkHtmlPage", () => {
  test("a page's blocks are one graph: the article beside its breadcrumbs passes", async () => {
    expect(lines(await checkHtmlPage(page(`<link rel="canonical" href="${doc.url}">\n${article}\n${crumbs}`)))).toEqual(
      [],
    );
  });

  test("the page's <link rel=canonical> is the canonical URL, named in the message; findings say block and line", async () => {
    const other = "https://news.example.org/other/";
    const text = page(`<link rel="canonical" href="${other}">\n${crumbs}\n${article}`);
    // Where the values are in the page, found without the checker: the first line holding each key.
    const lineOf = (key: string) => text.split("\n").findIndex((l) => l.includes(`"${key}"`)) + 1;
    const report = await checkHtmlPage(text);
    expect(lines(report)).toEqual([
      `${lineOf("mainEntityOfPage")} 1 google/canonical /@graph/1/mainEntityOfPage`,
      `${lineOf("url")} 1 google/canonical /@graph/0/url`,
    ]);
    expect(report.errors[0]?.message).toBe(
      `must be the canonical URL exactly, ${other} (got "${doc.url}"), the page's <link rel="canonical">`,
    );
    expect(report.errors[0]?.params).toMatchObject({ canonical: other, got: doc.url, source: "link" });
  });

  test("bytes in chunks (a character split between two) read as the same text", async () => {
    const bytes = new TextEncoder().encode(page(`${article.replace("Burkina", "Burkína")}\n${crumbs}`));
    const split = bytes.indexOf(0xc3) + 1;
    const chunks = Readable.from([bytes.subarray(0, split), bytes.subarray(split)]);
    const report = await checkHtmlPage(chunks);
    expect(report.errors).toEqual([]);
  });

  const cases: [string, string, object, string[]][] = [
    ["a page without JSON-LD", page("<title>x</title>"), {}, ["1 0 html/no-json-ld /"]],
    ["a page over the limit", page(article), { maxJsonLdLength: 100 }, ["1 0 json/too-large /"]],
    ["a JSON-LD file (no markup) is one block", "{", {}, ["1 0 json/syntax /"]],
    ["a rule turned off", page("<title>x</title>"), { rules: { "html/no-json-ld": "off" } }, []],
  ];
  test.each(cases)("%s", async (_, text, options, expected) => {
    expect(lines(await checkHtmlPage(text, options))).toEqual(expected);
  });

  test("the limit's message names how to raise it", async () => {
    const report = await checkHtmlPage(page(article), { maxJsonLdLength: 100, limitName: "--max-record-bytes" });
    expect(report.errors[0]?.message).toBe(
      "is more than 100 characters of JSON-LD, the limit (--max-record-bytes raises it)",
    );
  });
});
