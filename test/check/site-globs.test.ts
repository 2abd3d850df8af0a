// A glob that holds no page to an article is refused, not accepted in silence. Found by a trial of
// the packed package: `check dist/ --articles 'news/**'` exited 0 where 'dist/news/**' exited 1
// (the paths are matched as written, "dist/news/…"), and an invalid '[' was accepted: a CI check
// whose glob matches nothing stops guarding without a word.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkSite } from "../../src/check/index.js";
import { globProblem } from "../../src/check/glob.js";
import { runCli } from "../helpers/cli.js";

describe("what is no glob", () => {
  const table: [string, string | undefined][] = [
    ["dist/news/**", undefined],
    ["**/*.{html,htm}", undefined],
    ["news/[a-z]*.html", undefined],
    ["news/[]]*.html", undefined],
    ["news/[!]]*.html", undefined],
    ["a[[]b", undefined],
    ["", "is empty: it matches no path"],
    ["[", "has a [ without the ] that closes its class (write [[] for the character [)"],
    ["news/[ab.html", "has a [ without the ] that closes its class (write [[] for the character [)"],
    ["news/[]", "has a [ without the ] that closes its class (write [[] for the character [)"],
    ["*.{html", "has a { without the } that closes its alternatives ({a,b})"],
  ];
  test.each(table)("%j: %s", (glob, expected) => {
    expect(globProblem(glob)).toBe(expected);
  });
});

describe("checkSite: an articles glob that matches no page, or a glob that is none, is a check/options error", () => {
  const pages = [
    { name: "dist/index.html", page: "<title>Home</title>" },
    { name: "dist/news/ferry.html", page: "<title>Ferry</title>" },
  ];
  const entries = async (options: Parameters<typeof checkSite>[1]) =>
    (await checkSite(pages, options)).pages
      .filter((p) => p.name === "options")
      .map((p) => p.report.errors.map((f) => `${f.rule}: ${f.message}`))
      .flat();
  test.each([
    ["a glob that matches a page", { articles: ["dist/news/**"] }, []],
    [
      "a glob written from another directory",
      { articles: ["news/**"] },
      [
        'check/options: options.articles "news/**" matches none of the 2 pages checked, so it holds none of them to an article: it is matched against each path as written here, as "dist/index.html"',
      ],
    ],
    [
      "a glob whose pages are all excluded",
      { articles: ["dist/news/**"], exclude: ["dist/news/**"] },
      [
        'check/options: options.articles "dist/news/**" matches none of the 1 pages checked, so it holds none of them to an article: it is matched against each path as written here, as "dist/index.html"',
      ],
    ],
    [
      "an exclude glob that is none",
      { exclude: ["dist/[news"] },
      [
        'check/options: options.exclude "dist/[news" has a [ without the ] that closes its class (write [[] for the character [)',
      ],
    ],
    [
      "an articles glob that is none (said once, as none, not as unmatched)",
      { articles: ["{a,b"] },
      ['check/options: options.articles "{a,b" has a { without the } that closes its alternatives ({a,b})'],
    ],
    ["an exclude glob that matches nothing is no mistake: it excludes nothing", { exclude: ["dist/drafts/**"] }, []],
  ])("%s", async (_, options, expected) => {
    expect(await entries(options)).toEqual(expected);
  });

  test("the pages matched are still held to an article", async () => {
    const site = await checkSite(pages, { articles: ["dist/news/**"] });
    expect(site.pages.map((p) => [p.name, p.report.errors.map((f) => f.rule)])).toEqual([
      ["dist/index.html", []],
      ["dist/news/ferry.html", ["html/no-json-ld"]],
    ]);
  });
});

describe("news-events check --articles: a glob that matches no page checked is a usage error", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-events-globs-"));
  mkdirSync(join(dir, "dist/news"), { recursive: true });
  writeFileSync(join(dir, "dist/index.html"), "<title>Home</title>");
  writeFileSync(join(dir, "dist/news/ferry.html"), "<title>Ferry</title>");
  const check = (...args: string[]) => runCli(["check", "dist/", ...args], { cwd: dir });

  test("a glob written as the paths are guards them: exit 1 for the page without an article", () => {
    const run = check("--articles", "dist/news/**");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("dist/news/ferry.html:1: error html/no-json-ld");
  });
  test.each([
    [
      ["--articles", "news/**"],
      'news-events: --articles "news/**" matches none of the 2 pages checked, so it holds none of them to an article: it is matched against each path as written here, as "dist/index.html"\n',
    ],
    [
      ["--articles", "["],
      'news-events: --articles "[" has a [ without the ] that closes its class (write [[] for the character [)\n',
    ],
    [
      ["--exclude", "dist/{news"],
      'news-events: --exclude "dist/{news" has a { without the } that closes its alternatives ({a,b})\n',
    ],
  ])("%j: exit 2, nothing checked", (args, stderr) => {
    const run = check(...args);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", stderr]);
  });
});
