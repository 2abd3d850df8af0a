import { Readable } from "node:stream";
import { beforeAll, describe, expect, test } from "vitest";
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

  test("a page read again, alone or after another, gives the same lines", async () => {
    const text = page(`<link rel="canonical" href="https://news.example.org/other/">\n${crumbs}\n${article}`);
    const first = lines(await checkHtmlPage(text));
    expect(first.length).toBeGreaterThan(0);
    expect(lines(await checkHtmlPage(text))).toEqual(first);
    await checkHtmlPage(page(article.replaceAll("\n", "")));
    expect(lines(await checkHtmlPage(text))).toEqual(first);
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
      `must name the canonical URL ${other}, the page's <link rel="canonical"> (got "${doc.url}")`,
    );
    expect(report.errors[0]?.params).toMatchObject({ canonical: other, got: doc.url, source: "link" });
  });

  test("an `&` at the end of a line of the page's source moves no finding's line", async () => {
    const other = "https://news.example.org/other/";
    const text = page(
      `<title>Research &\nDevelopment &amp\n</title>\n<link rel="canonical" href="${other}">\n${article}`,
    );
    const lineOf = (key: string) => text.split("\n").findIndex((l) => l.includes(`"${key}"`)) + 1;
    const expected = [`${lineOf("mainEntityOfPage")} 0 google/canonical /@graph/1/mainEntityOfPage`];
    expect(lines(await checkHtmlPage(text)).filter((l) => l.includes("mainEntityOfPage"))).toEqual(expected);
    // Cut just after an `&`, as a stream's chunks may be.
    const cut = text.indexOf("&amp") + 4;
    const chunks = Readable.from([text.slice(0, cut), text.slice(cut)]);
    expect(lines(await checkHtmlPage(chunks)).filter((l) => l.includes("mainEntityOfPage"))).toEqual(expected);
  });

  test("bytes in chunks (a character split between two) read as the same text", async () => {
    const bytes = new TextEncoder().encode(page(`${article.replace("Burkina", "Burkína")}\n${crumbs}`));
    const split = bytes.indexOf(0xc3) + 1;
    const chunks = Readable.from([bytes.subarray(0, split), bytes.subarray(split)]);
    const report = await checkHtmlPage(chunks);
    expect(report.errors).toEqual([]);
  });

  const cases: [string, string, object, string[]][] = [
    ["a page without JSON-LD (a note)", page("<title>x</title>"), {}, []],
    [
      "a page without JSON-LD that must hold an article",
      page("<title>x</title>"),
      { requireArticle: true },
      ["1 0 html/no-json-ld /"],
    ],
    ["a page over the limit", page(article), { maxJsonLdLength: 100 }, ["1 0 json/too-large /"]],
    // Found by a trial of the packed package: a CMS that prints a PHP notice before the page.
    [
      "a page after text (a PHP notice) is a page, its blocks read",
      `Warning: Undefined variable $x in /var/www/header.php on line 3\n${page(`<link rel="canonical" href="${doc.url}">\n${article}`)}`,
      {},
      [],
    ],
    ["a rule turned off", page("<title>x</title>"), { rules: { "html/no-json-ld": "off" } }, []],
  ];
  test.each(cases)("%s", async (_, text, options, expected) => {
    expect(lines(await checkHtmlPage(text, options))).toEqual(expected);
  });

  test("a page after text is a page, its findings at their lines in it", async () => {
    const text = `Notice: x\n${page(article.replace('"NewsArticle"', '"NewsArticle",,'))}`;
    const line = text.slice(0, text.indexOf(",,")).split("\n").length;
    expect(lines(await checkHtmlPage(text))).toEqual([`${line} 0 json/syntax /`]);
  });

  test("the limit's message names how to raise it", async () => {
    const report = await checkHtmlPage(page(article), { maxJsonLdLength: 100, limitName: "--max-record-bytes" });
    expect(report.errors[0]?.message).toBe(
      "is more than 100 characters of JSON-LD, the limit (--max-record-bytes raises it)",
    );
  });
});

describe("checkHtmlPage reads bytes as a browser does", () => {
  const text = page(`<link rel="canonical" href="${doc.url}">\n${article.replace("Burkina", "Burkína")}\n${crumbs}`);
  const utf16be = (s: string) => {
    const le = Buffer.from(s, "utf16le");
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
    return le;
  };
  const encodings: [string, Buffer][] = [
    ["UTF-16LE with its byte order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["UTF-16BE with its byte order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ["UTF-8 with its byte order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ["UTF-8 without one", Buffer.from(text)],
  ];
  test.each(encodings)("%s, in one chunk or byte by byte at first, has no finding", async (_, bytes) => {
    expect(lines(await checkHtmlPage(Readable.from([bytes])))).toEqual([]);
    const chunks = [...Array.from({ length: 5 }, (_, i) => bytes.subarray(i, i + 1)), bytes.subarray(5)];
    expect(lines(await checkHtmlPage(Readable.from(chunks)))).toEqual([]);
  });
});

describe("the page's canonical link is resolved as a browser resolves it, and compared as a URL", () => {
  const url = new URL(doc.url);
  const path = url.pathname;
  const upper = `${url.protocol}//${url.host.toUpperCase()}:443${path}`;
  const cases: [string, string, string | undefined, string[]][] = [
    ["an absolute link", `<link rel="canonical" href="${doc.url}">`, undefined, []],
    ["a host in capitals, with the default port", `<link rel="canonical" href="${upper}">`, undefined, []],
    ["a path, against the page's URL", `<link rel="canonical" href="${path}">`, `${url.origin}/elsewhere/`, []],
    [
      "a relative link, against <base href> (the first one)",
      `<base href="${url.origin}/"><base href="https://other.example/"><link rel="canonical" href="${path.slice(1)}">`,
      undefined,
      [],
    ],
    [
      "a relative <base href>, against the page's URL",
      `<base href="/"><link rel="canonical" href="${path.slice(1)}">`,
      "https://news.example.org/x/y.html",
      [],
    ],
    [
      "a relative link with no URL to resolve it: a note, not an error",
      `<link rel="canonical" href="${path}">`,
      undefined,
      ["note html/canonical-unresolved"],
    ],
    [
      "another page's URL is still an error",
      `<link rel="canonical" href="/another/">`,
      url.origin,
      ["error google/canonical", "error google/canonical"],
    ],
  ];
  test.each(cases)("%s", async (_, head, pageUrl, expected) => {
    const report = await checkHtmlPage(page(`${head}\n${article}`), pageUrl === undefined ? {} : { pageUrl });
    const found = [...report.errors, ...report.warnings, ...report.notes]
      .filter((f) => f.rule.includes("canonical"))
      .map((f) => `${f.severity} ${f.rule}`);
    expect(found).toEqual(expected);
  });
});

describe("the page reader stays bounded and exact whatever a single token holds", () => {
  // Tokens longer than the tokenizer's 64 Ki buffer, so that their input is let go of between chunks.
  const long = "v".repeat(200_000);
  const text = page(
    [
      `<meta name="x" content="${long}\n${long}">`,
      `<!--${long}\n-- <!-- ${long}-->`,
      `<div data-${long}=1 title='${long}&amp;${long}' x=${long}>`,
      `<svg><title>${long}</title><script type="application/ld+json">{"in":"svg"}</script></svg>`,
      article,
      crumbs,
    ].join("\n"),
  );
  let expected: string[] = [];
  beforeAll(async () => {
    expected = lines(await checkHtmlPage(text, { maxJsonLdLength: 1 << 20 }));
  });

  test("the findings are found at their lines after them", () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((l) => Number(l.split(" ")[0]) > 4)).toBe(true);
  });

  test.each([[97], [997], [65_536], [70_001]])("the same findings in chunks of %i characters", async (size) => {
    const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
      text.slice(i * size, (i + 1) * size),
    );
    expect(lines(await checkHtmlPage(Readable.from(chunks), { maxJsonLdLength: 1 << 20 }))).toEqual(expected);
  });
});
