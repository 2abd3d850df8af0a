// Messages about a page name what a reader of the page can find. Found by a trial of the packed
// package: graph/duplicate-id named the other node "at /0/@graph/1" (a block's index and a pointer,
// no line), and a block holding "Ferry <!-- <script> resumes" was 'unexpected "<": expected a
// value', where the cause is how a browser's tokenizer reads that text.
import { describe, expect, test } from "vitest";
import { checkHtmlPage, checkJsonLdBlocks } from "../../src/check/index.js";

const script = (json: string) => `<script type="application/ld+json">\n${json}\n</script>`;
const page = (...blocks: string[]) =>
  `<!doctype html>\n<html>\n<head>\n${blocks.join("\n")}\n</head>\n<body><p>Text</p></body>\n</html>\n`;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("a finding that names another node names its line on the page", () => {
  const org = (name: string) =>
    JSON.stringify(
      {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": "https://x.example/#org",
        name,
        sameAs: "https://x.example/",
      },
      null,
      1,
    );
  test("graph/duplicate-id: the other block's node, at its line", async () => {
    const html = page(script(org("Harbour Daily")), script(org("Harbour Daily Ltd")));
    const report = await checkHtmlPage(html);
    // A node is where its object opens: the first block's "{".
    const first = lineOf(html, "{");
    expect(report.errors.map((f) => [f.line, f.message, f.params?.["otherLine"]])).toEqual([
      [
        lineOf(html, '"name": "Harbour Daily Ltd"'),
        `is "Harbour Daily Ltd", but the node with the same @id "https://x.example/#org" at line ${first} (block 0) has name "Harbour Daily": one node cannot have both`,
        first,
      ],
    ]);
  });

  test("graph/duplicate-entity: the node in a @graph, at its line, with its pointer", async () => {
    const graph = JSON.stringify(
      {
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "Person", "@id": "https://x.example/#a", name: "A", sameAs: "https://a.example/" },
          { "@type": "Person", "@id": "https://x.example/#b", name: "B", sameAs: "https://a.example/" },
        ],
      },
      null,
      1,
    );
    const html = page(script(graph));
    const report = await checkHtmlPage(html);
    // The first item's "{", the line above its "@type".
    const other = lineOf(html, '"@type": "Person"') - 1;
    expect(report.warnings.filter((f) => f.rule === "graph/duplicate-entity").map((f) => f.message)).toEqual([
      `describes the same thing as the node at line ${other} (block 0, /@graph/0), under another @id (both have sameAs https://a.example/)`,
    ]);
  });

  test("without a page (checkJsonLdBlocks), the other node is named by its block and pointer", () => {
    const report = checkJsonLdBlocks([org("Harbour Daily"), org("Harbour Daily Ltd")]);
    expect(report.errors.map((f) => f.message)).toEqual([
      'is "Harbour Daily Ltd", but the node with the same @id "https://x.example/#org" at /0 has name "Harbour Daily": one node cannot have both',
    ]);
  });
});

describe('a block that "<!--" and "<script" ran past its </script> says so', () => {
  const article = (headline: string) =>
    JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline }, null, 1);
  const website = JSON.stringify({ "@context": "https://schema.org", "@type": "WebSite", name: "Harbour Daily" });

  test.each([
    ["a comment and a script start tag", "Ferry <!-- <script> resumes"],
    ["in capitals, with an attribute", "Ferry <!-- <SCRIPT type=x> resumes"],
  ])("%s: the block's end, the cause and the remedy are named", async (_, headline) => {
    const html = page(script(article(headline)), script(website));
    const report = await checkHtmlPage(html);
    const syntax = report.errors.filter((f) => f.rule === "json/syntax");
    const end = lineOf(html, "</script>");
    expect(syntax.map((f) => f.message)).toEqual([
      `is not valid JSON at line ${end}, column 1: the block does not end at its </script> on line ${end}: after the "<!--" and "<script" in it (line ${lineOf(html, "<!--")}), a browser reads on to a later </script>, taking in the page's markup; write each "<" in the JSON as \\u003c`,
    ]);
  });

  test("a block broken before that point keeps its own fault", async () => {
    const broken = article("Ferry <!-- <script> resumes").replace('"@type"', '"@type",');
    const html = page(script(broken), script(website));
    const report = await checkHtmlPage(html);
    expect(report.errors.filter((f) => f.rule === "json/syntax").map((f) => f.message)).toEqual([
      expect.stringMatching(/^is not valid JSON at line \d+, column \d+: expected a colon after the property name/),
    ]);
  });

  test("escaped as \\u003c, the same headline is one block that parses", async () => {
    const html = page(script(article("Ferry <!-- <script> resumes").replaceAll("<", "\\u003c")), script(website));
    expect((await checkHtmlPage(html)).errors).toEqual([]);
  });
});
