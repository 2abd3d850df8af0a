// What a page is read as: an HTML page is one whatever its text begins with. Found by a trial of
// the packed package: an empty dist/news/empty.html was "json/syntax ... is not valid JSON" (exit
// 1), and checkHtmlPage("") a page of kind "other" with that error, where the docs promise a page
// without JSON-LD (a 404.html) an html/no-json-ld note.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkHtmlPage, checkSite, type PageReport } from "../../src/check/index.js";
import { formatOfName, type PageFormat } from "../../src/check/page-read.js";
import { serializeJsonLd, toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const graph = serializeJsonLd(toJsonLd(canonicalDocument()));
const summary = (report: PageReport) => ({
  kind: report.kind,
  findings: [...report.errors, ...report.warnings, ...report.notes].map((f) => `${f.severity} ${f.rule}`),
});
const NONE = { kind: "none", findings: ["note html/no-json-ld"] };

describe("checkHtmlPage reads HTML, whatever the text begins with", () => {
  test.each([
    ["an empty page", ""],
    ["white space only", " \n\t\n"],
    ["a byte order mark only", "\uFEFF"],
    ["JSON where the page should be", '{"@context": "https://schema.org", "@type": "NewsArticle"}'],
    ["a lone {", "{"],
    ["text with no markup", 'x{"@type": "Thing"}'],
  ])("%s: no JSON-LD, a note", async (_, text) => {
    expect(summary(await checkHtmlPage(text))).toEqual(NONE);
  });

  test("a page that holds JSON says so in its note, and where JSON-LD files are read", async () => {
    const report = await checkHtmlPage(` ${graph}`);
    expect(report.notes.map((f) => f.message)).toEqual([
      'no <script type="application/ld+json"> element: its text is JSON, which is read as JSON-LD only from a file named .json or .jsonld',
    ]);
  });

  test("an empty page that must hold an article is an error for that, not a JSON fault", async () => {
    const report = await checkHtmlPage("", { requireArticle: true });
    expect(report.errors.map((f) => f.rule)).toEqual(["html/no-json-ld"]);
  });
});

describe("a file's name says how it is read", () => {
  const table: [string, PageFormat, PageFormat][] = [
    ["dist/news/empty.html", "sniff", "html"],
    ["dist/NEWS/OLD.HTM", "sniff", "html"],
    ["graph.jsonld", "html", "json-ld"],
    ["graph.JSON", "html", "json-ld"],
    ["-", "sniff", "sniff"],
    ["/dev/stdin", "sniff", "sniff"],
    ["https://www.harbourdaily.example/news/ferry/", "html", "html"],
    ["notes.html.txt", "sniff", "sniff"],
  ];
  test.each(table)("%s (else %s): %s", (name, otherwise, expected) => {
    expect(formatOfName(name, otherwise)).toBe(expected);
  });

  test("checkSite reads a page named .json or .jsonld as JSON-LD, any other name as HTML", async () => {
    const site = await checkSite([
      { name: "out/404.html", page: "" },
      { name: "https://www.harbourdaily.example/news/ferry/", page: "" },
      { name: "out/graph.jsonld", page: graph },
      { name: "out/broken.json", page: "" },
    ]);
    expect(site.pages.map((p) => [p.name, summary(p.report)])).toEqual([
      ["out/404.html", NONE],
      ["https://www.harbourdaily.example/news/ferry/", NONE],
      ["out/graph.jsonld", expect.objectContaining({ kind: "article" })],
      ["out/broken.json", { kind: "other", findings: ["error json/syntax"] }],
    ]);
  });
});

describe("news-events check: .html and .htm files are pages, .json and .jsonld files JSON-LD", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-events-format-"));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  test("an empty .html file in a directory is a page without JSON-LD: exit 0", () => {
    const news = join(dir, "news");
    mkdirSync(news);
    writeFileSync(join(news, "empty.html"), "");
    const run = runCli(["check", `${news}/`, "--verbose"]);
    expect([run.code, run.stdout]).toEqual([
      0,
      `${join(news, "empty.html")}:1: note html/no-json-ld (root): no <script type="application/ld+json"> element\n0 errors, 0 warnings, 1 notes\n`,
    ]);
  });
  test.each([
    ["an .htm file holding JSON", "page.htm", "{", 0, "note html/no-json-ld"],
    ["an empty .jsonld file", "empty.jsonld", "", 1, "error json/syntax"],
    ["a .json file", "graph.json", graph, 0, "0 errors"],
  ])("%s", (_, name, text, code, shown) => {
    const run = runCli(["check", "--verbose", file(name, text)]);
    expect(run.code).toBe(code);
    expect(run.stdout).toContain(shown);
  });
  test("standard input is read by its first characters", () => {
    expect(runCli(["check", "-"], { input: "{" }).code).toBe(1);
    // A slip before the object: still JSON-LD (no markup follows), its fault named.
    expect(runCli(["check", "-"], { input: 'x{"@type": "Thing"}' }).stdout).toContain("error json/syntax");
    expect(runCli(["check", "-"], { input: graph }).code).toBe(0);
    expect(runCli(["check", "--verbose", "-"], { input: "<p>no JSON-LD</p>" }).stdout).toContain("html/no-json-ld");
  });
});
