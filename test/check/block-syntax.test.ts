import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { checkHtmlPage } from "../../src/check/index.js";
import { runCli } from "../helpers/cli.js";

/*
 * A JSON-LD block that is not JSON (issue 25): `check` names the line and column of the fault in
 * the page, in the words the CLI's reader uses for files (src/core/json-fault.ts), not
 * JSON.parse's "position N" inside the block.
 */

const head = (blocks: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council approves the new tram line</title>
<link rel="canonical" href="https://news.example.org/2024/05/02/tram/">
${blocks}
</head>
<body><h1>Council approves the new tram line</h1></body>
</html>
`;

// The article's block as a CMS template writes it; the trailing comma is on line 12 of the page.
const trailingComma = head(`<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "Council approves the new tram line",
  "datePublished": "2024-05-02T09:00:00+02:00",
}
</script>`);

const good = `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebSite", "name": "Example News", "url": "https://news.example.org/"}</script>`;

describe("a broken block is reported at its line and column in the page, in words", () => {
  test.each([
    ["a trailing comma on line 12", trailingComma, 0, 12, 47, "a trailing comma before }: remove the comma"],
    [
      "a block on one line with the tag (the column counts the tag)",
      head(`<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",}</script>`),
      0,
      7,
      93,
      "a trailing comma before }: remove the comma",
    ],
    [
      "a comment, in the second block",
      head(
        `${good}\n<script type="application/ld+json">\n{\n  "@context": "https://schema.org", // schema.org\n  "@type": "NewsArticle"\n}\n</script>`,
      ),
      1,
      10,
      37,
      "a comment (// or /* */): JSON has no comments; remove it",
    ],
    [
      "an unclosed string",
      head(
        `<script type="application/ld+json">\n{\n  "@context": "https://schema.org",\n  "headline": "Council approves\n}\n</script>`,
      ),
      0,
      10,
      15,
      'a string that is not closed: add the closing " (a string cannot run past the end of its line; write a line break as \\n)',
    ],
    ["CRLF line ends", trailingComma.replace(/\n/g, "\r\n"), 0, 12, 47, "a trailing comma before }: remove the comma"],
  ])("%s", async (_, page, block, line, column, error) => {
    const report = await checkHtmlPage(page);
    const syntax = report.errors.filter((f) => f.rule === "json/syntax");
    expect(syntax).toEqual([
      {
        code: "json/syntax",
        rule: "json/syntax",
        severity: "error",
        pointer: "",
        block,
        line,
        message: `is not valid JSON at line ${line}, column ${column}: ${error}`,
        params: { error, line, column },
      },
    ]);
  });

  test("the line and column point at the fault's character in the page", async () => {
    // Any object block with a trailing comma added after its last member, at any indentation.
    const member = fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.oneof(fc.integer(), fc.boolean(), fc.constant("x")));
    await fc.assert(
      fc.asyncProperty(
        fc.array(member, { minLength: 1, maxLength: 5 }),
        fc.nat(8),
        fc.boolean(),
        async (members, indent, inline) => {
          const pad = " ".repeat(indent);
          const body = members
            .map(([k, v]) => `${pad}${JSON.stringify(k)}: ${JSON.stringify(v)}`)
            .join(inline ? ", " : ",\n");
          const page = head(
            `<script type="application/ld+json">${inline ? "" : "\n"}{${inline ? "" : "\n"}${body},${inline ? "" : "\n"}}</script>`,
          );
          const [finding] = (await checkHtmlPage(page)).errors.filter((f) => f.rule === "json/syntax");
          const lines = page.split("\n");
          const { line, column } = finding?.params as { line: number; column: number };
          expect(lines[line - 1]?.charAt(column - 1)).toBe(",");
          expect(lines[line - 1]?.slice(column).trim()).toBe(inline ? "}</script>" : "");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("news-events check", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-events-block-syntax-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("prints the page's line and column and the fault in words, exit 1, no stack trace", () => {
    const file = join(dir, "tram.html");
    writeFileSync(file, trailingComma);
    const run = runCli(["check", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${file}:12: error json/syntax (root): is not valid JSON at line 12, column 47: a trailing comma before }: remove the comma\n1 errors, 0 warnings, 0 notes\n`,
    );
    expect(run.stdout + run.stderr).not.toMatch(/position \d+/);
  });

  test("a JSON-LD file is located the same way", () => {
    const file = join(dir, "article.jsonld");
    writeFileSync(file, '{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle",,\n  "headline": "x"\n}\n');
    const run = runCli(["check", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:3: error json/syntax (root): is not valid JSON at line 3, column 26: two commas in a row (,,): remove one, or put the missing value between them\n`,
    );
  });
});

// JSON-LD given as text (checkJsonLdText: a .jsonld file, a block's content) names the line and
// column in that text, from the offset JSON.parse names, instead of "at position N".
describe("checkJsonLdText names a syntax fault's line and column in its text", () => {
  const table: [string, string, number, number][] = [
    [
      "a trailing comma before } on line 4",
      '{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle",\n}',
      4,
      1,
    ],
    ["an object never closed", "{", 1, 2],
    ["text after the value", '{"a":1}x', 1, 8],
    // V8 names where the text ended without the closing quote: just past "Tram".
    ["an unclosed string on line 2", '{\n  "headline": "Tram', 2, 20],
  ];
  test.each(table)("%s", async (_what, text, line, column) => {
    const { checkJsonLdText } = await import("../../src/check/index.js");
    const [finding] = checkJsonLdText(text).errors;
    expect(finding?.rule).toBe("json/syntax");
    expect(finding?.params).toMatchObject({ line, column });
    expect(finding?.message).toMatch(new RegExp(`^is not valid JSON at line ${line}, column ${column}: \\S`));
    expect(finding?.message).not.toMatch(/position/);
  });
});
