import { describe, expect, test } from "vitest";
import { checkHtmlPage, checkJsonLd, checkJsonLdBlocks, checkJsonLdText, checkSite } from "../../src/check/index.js";
import { optionProblems, pageOptionProblems, unknownOptionProblems } from "../../src/check/options.js";

/*
 * The checker never throws (README, docs/jsonld-and-seo.md), and no type stops a JavaScript caller.
 * Found by a trial of the packed package: `checkJsonLdText(undefined)` and `checkJsonLdBlocks({})`
 * threw TypeErrors, `checkHtmlPage(5)` rejected, and `canonicalUrl: 42` or `now: "tomorrow"` were
 * ignored without a word. Each is now a finding that says what was expected.
 */

const article = JSON.stringify({ "@context": "https://schema.org", "@type": "Thing", name: "x" });
const rulesOf = (report: { errors: readonly { rule: string; message: string }[] }) =>
  report.errors.map((f) => `${f.rule}: ${f.message}`);

describe("an argument of the wrong type is a finding, never a throw", () => {
  const cases: [string, () => unknown, string[]][] = [
    [
      "checkJsonLdText(undefined)",
      () => checkJsonLdText(undefined as never),
      ["json/not-object: must be JSON-LD text (got undefined)"],
    ],
    [
      "checkJsonLdText(a number)",
      () => checkJsonLdText(5 as never),
      ["json/not-object: must be JSON-LD text (got number)"],
    ],
    [
      "checkJsonLdBlocks({})",
      () => checkJsonLdBlocks({} as never),
      ["json/not-object: must be a list of JSON-LD texts (got object)"],
    ],
    [
      "checkJsonLdBlocks with a block that is no text",
      () => checkJsonLdBlocks([article, 7 as never]),
      ["json/not-object: must be JSON-LD text (got number)"],
    ],
  ];
  test.each(cases)("%s", (_name, run, errors) => {
    expect(rulesOf(run() as never)).toEqual(errors);
  });

  test.each([
    ["a number", 5],
    ["null", null],
    ["an object", {}],
  ])("checkHtmlPage(%s) resolves with a finding", async (_name, page) => {
    expect(rulesOf(await checkHtmlPage(page as never))).toEqual([
      `json/internal: must be the page's text or its chunks (got ${typeof page})`,
    ]);
  });

  test("checkSite with a page that is no page reports it on that page", async () => {
    const site = await checkSite([{ name: "a.html", page: 5 as never }]);
    expect(site.pages.map((p) => [p.name, rulesOf(p.report)])).toEqual([
      ["a.html", ["json/internal: must be the page's text or its chunks (got number)"]],
    ]);
  });
});

// Found by a second trial: checkSite rejected for a glob given as text, an entry that is no page,
// or one page whose stream failed, and every other page's report was lost with it.
describe("checkSite goes on whatever one page or option is", () => {
  const good = { name: "b.html", page: `<script type="application/ld+json">${article}</script>` };
  test("a glob given as one text is one glob", async () => {
    const site = await checkSite([good], { articles: "*.html" as never });
    expect(site.pages.map((p) => p.report.errors.map((f) => f.rule))).toEqual([["google/no-article"]]);
  });
  test("an entry that is no page, and a page whose stream fails, are each a page's finding", async () => {
    async function* failing() {
      yield "<html>";
      throw new Error("EIO");
    }
    const site = await checkSite([null as never, { name: "a.html", page: failing() }, good]);
    expect(site.pages.map((p) => [p.name, rulesOf(p.report)])).toEqual([
      ["page 0", ["json/internal: must be the page's text or its chunks (got undefined)"]],
      ["a.html", ["json/internal: could not be read: Error: EIO"]],
      ["b.html", []],
    ]);
  });
  // Found by a third trial: checkSite(undefined) rejected with a TypeError, and an iterator that
  // threw took every page read before it with it.
  test.each([
    [undefined, "undefined"],
    [null, "null"],
    [5, "5"],
    ["a.html", '"a.html"'],
    [{}, "an object"],
  ])("pages that are no iterable (%j) are a finding, not a rejection", async (pages, got) => {
    const site = await checkSite(pages as never);
    expect(site.pages.map((p) => [p.name, rulesOf(p.report)])).toEqual([
      ["page 0", [`json/internal: the pages must be an iterable of { name, page } (got ${got})`]],
    ]);
  });
  test("pages whose iterator throws keep every page read before it", async () => {
    function* pages() {
      yield good;
      throw new Error("EIO");
    }
    const site = await checkSite(pages());
    expect(site.pages.map((p) => [p.name, rulesOf(p.report)])).toEqual([
      ["b.html", []],
      ["page 1", ["json/internal: the pages could not be read past here: Error: EIO"]],
    ]);
  });
});

describe("an option that is not what it must be is a check/options finding", () => {
  const cases: [string, object, string[]][] = [
    ["canonicalUrl: 42", { canonicalUrl: 42 }, ["options.canonicalUrl is 42: it must be an absolute URL"]],
    ["a relative canonicalUrl", { canonicalUrl: "/a/" }, ['options.canonicalUrl is "/a/": it must be an absolute URL']],
    [
      "now: tomorrow",
      { now: "tomorrow" },
      ['options.now is "tomorrow": it must be a date-time (2024-05-21T18:42:07Z)'],
    ],
    ["requireArticle: yes", { requireArticle: "yes" }, ['options.requireArticle is "yes": it must be true or false']],
    ["maxBytes: -1", { maxBytes: -1 }, ["options.maxBytes is -1: it must be a number of bytes, 0 or more"]],
    [
      "maxJsonLdLength: 1.5",
      { maxJsonLdLength: 1.5 },
      ["options.maxJsonLdLength is 1.5: it must be a whole number of characters, 1 or more"],
    ],
    ["pageUrl: a path", { pageUrl: "a/b.html" }, ['options.pageUrl is "a/b.html": it must be an absolute URL']],
    [
      "an option whose getter throws",
      Object.defineProperty({}, "now", {
        get: () => {
          throw new Error("no");
        },
        enumerable: true,
      }),
      ["options.now could not be read: Error: no"],
    ],
    [
      "options as they must be",
      { canonicalUrl: "https://news.example.org/a/", now: "2024-05-21T18:42:07Z", maxBytes: 0, requireArticle: false },
      [],
    ],
  ];
  test.each(cases)("%s", async (_name, options, messages) => {
    const problems = [...optionProblems(options as never), ...pageOptionProblems(options as never)];
    expect(problems.map(([message]) => message)).toEqual(messages);
    // A page's check names them all; a graph's, those it has (not a page's limit or URL).
    const page = `<script type="application/ld+json">${article}</script>`;
    const onPage = (await checkHtmlPage(page, options as never)).errors;
    expect(onPage.filter((f) => f.rule === "check/options").map((f) => f.message)).toEqual(messages);
    const alone = checkJsonLd(JSON.parse(article), options as never).errors;
    // A page's own option given to checkJsonLd is no option of it.
    const graphs = [...unknownOptionProblems(options as never), ...optionProblems(options as never)];
    expect(alone.filter((f) => f.rule === "check/options").map((f) => f.message)).toEqual(
      graphs.map(([message]) => message),
    );
  });

  test("a misspelt option is named; a Date for now is named and not used", () => {
    const found = checkJsonLd(JSON.parse(article), { canonicalURL: "https://x.example/", now: new Date(0) } as never);
    expect(found.errors.filter((f) => f.rule === "check/options").map((f) => f.message)).toEqual([
      "options.canonicalURL is not an option of the checker (its options: rules, canonicalUrl, baseUrl, requireArticle, now, maxBytes)",
      "options.now is a Date object (give its toISOString()): it must be a date-time (2024-05-21T18:42:07Z)",
    ]);
    expect(found.warnings.filter((f) => f.rule === "google/date-future")).toEqual([]);
  });

  test("a page whose limit is no number is read with the default limit, the option named", async () => {
    const report = await checkHtmlPage(`<script type="application/ld+json">${article}</script>`, {
      maxJsonLdLength: "big" as never,
    });
    expect(rulesOf(report)).toEqual([
      'check/options: options.maxJsonLdLength is "big": it must be a whole number of characters, 1 or more',
    ]);
  });
});
