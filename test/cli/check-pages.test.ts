import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { serializeJsonLd, toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-pages-"));
const doc = canonicalDocument();
const articleBlock = toJsonLdScript(toJsonLd(doc));
const script = (value: object) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
// What sites put beside the article's block: a breadcrumb trail that points at the article's own
// WebPage node across blocks, the WebSite, and the publisher's Organization.
const breadcrumbs = script({
  "@context": "https://schema.org",
  "@type": "BreadcrumbList",
  "@id": `${doc.url}#breadcrumbs`,
  itemListElement: [
    { "@type": "ListItem", position: 1, name: "World", item: "https://news.example.org/world/" },
    { "@type": "ListItem", position: 2, name: doc.headline, item: { "@id": doc.url } },
  ],
});
const website = script({
  "@context": "https://schema.org",
  "@type": "WebSite",
  "@id": "https://news.example.org/#website",
  url: "https://news.example.org/",
  name: "Example News",
});
const page = (head: string) => `<!doctype html>\n<html>\n<head>\n${head}\n</head>\n<body><p>Text</p></body>\n</html>\n`;
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("a page's blocks are read together", () => {
  test("the article's block beside breadcrumb and website blocks passes, references crossing blocks", () => {
    const run = runCli(["check", write("site-page.html", page(`${articleBlock}\n${breadcrumbs}\n${website}`))]);
    expect(
      run.stdout
        .trim()
        .split("\n")
        .filter((l) => / error /.test(l)),
    ).toEqual([]);
    expect(run.code).toBe(0);
  });

  test("a page without an article is checked for what it holds; no article is an error only where one is required", () => {
    const file = write("no-article.html", page(`${breadcrumbs}\n${website}`));
    const run = runCli(["check", file]);
    expect(run.stdout).not.toContain("google/no-article");
    const required = runCli(["check", "--require-article", file]);
    expect(required.code).toBe(1);
    expect(required.stdout).toContain("error google/no-article (root): has no NewsArticle");
    const globbed = runCli(["check", "--articles", "**/no-article.html", file]);
    expect(globbed.stdout).toContain("error google/no-article");
    const excluded = runCli(["check", "--exclude", "**/no-article.html", file, write("x.html", page(website))]);
    expect(excluded.stdout).not.toContain("no-article.html");
  });

  test("a <link rel=canonical> that differs from the article's url is an error naming both", () => {
    const other = "https://news.example.org/another-url/";
    const run = runCli([
      "check",
      write("canonical.html", page(`<link rel="canonical" href="${other}">\n${articleBlock}`)),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `must name the canonical URL ${other}, the page's <link rel="canonical"> (got "${doc.url}")`,
    );
    const same = runCli([
      "check",
      write("canonical-ok.html", page(`<link rel="canonical" href="${doc.url}">\n${articleBlock}`)),
    ]);
    expect(same.code).toBe(0);
  });

  test("a block that is not JSON is one error at its line; the other blocks are still checked together", () => {
    const run = runCli([
      "check",
      write(
        "broken-block.html",
        page(`${breadcrumbs}\n<script type="application/ld+json">{"@type": </script>\n${articleBlock}`),
      ),
    ]);
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((l) => / error /.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/broken-block\.html:5: error json\/syntax \(root\): is not valid JSON/);
  });
});

describe("files, directories and the report", () => {
  const site = join(dir, "dist");
  mkdirSync(join(site, "world", "2023"), { recursive: true });
  writeFileSync(join(site, "index.html"), page(website));
  writeFileSync(join(site, "world", "2023", "article.html"), page(`${articleBlock}\n${breadcrumbs}`));
  writeFileSync(join(site, "world", "style.css"), "body{}");

  test("a directory is searched for *.html, with a summary per file and a total", () => {
    const run = runCli(["check", site]);
    const lines = run.stdout.trim().split("\n");
    expect(lines.filter((l) => /: \d+ errors, \d+ warnings, \d+ notes$/.test(l)).map((l) => l.split(":")[0])).toEqual([
      join(site, "index.html"),
      join(site, "world/2023/article.html"),
    ]);
    // The home page holds no article: it is checked for what it holds, and counted as such.
    expect(lines.filter((l) => / pages: /.test(l)).map((l) => l.split(":")[0])).toEqual([
      "other pages",
      "article pages",
    ]);
    expect(lines.at(-1)).toMatch(/^0 errors, \d+ warnings, \d+ notes in 2 files$/);
    expect(run.code).toBe(0);
  });

  test("pages named after one another are reported in their order, whatever is read ahead: a missing one, a large one, a UTF-16 one", () => {
    // More pages than are read at once (8), the failure among them, one page over the 1 MiB that
    // is read whole (streamed instead), one in UTF-16 with its byte order mark (decoded by it).
    const names = Array.from({ length: 12 }, (_, i) => join(dir, `order-${String(i).padStart(2, "0")}.html`));
    names.forEach((name, i) => {
      if (i === 5) return; // never written: no such file
      const html = page(i % 2 === 0 ? articleBlock : website) + (i === 9 ? `<!-- ${"x".repeat(1_200_000)} -->` : "");
      writeFileSync(name, i === 10 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, "utf16le")]) : html);
    });
    const run = runCli(["check", ...names]);
    const summaries = run.stdout
      .trim()
      .split("\n")
      .filter((l) => /: \d+ errors, \d+ warnings, \d+ notes$/.test(l));
    expect(summaries.map((l) => l.split(":")[0])).toEqual(names.filter((_, i) => i !== 5));
    // Each page was read whole and decoded right: an article on the even pages (the UTF-16 one too).
    expect(run.stdout).toMatch(/^other pages: 5, 0 errors,/m);
    expect(run.stdout).toMatch(/^article pages: 6, 0 errors,/m);
    expect(run.stderr.trim()).toBe(`news-events: ${names[5]}: no such file`);
    expect(run.code).toBe(2);
  });

  test("--format json prints one stable report", () => {
    const run = runCli([
      "check",
      "--format",
      "json",
      "--articles",
      "**/index.html",
      join(site, "world"),
      join(site, "index.html"),
    ]);
    const report = JSON.parse(run.stdout) as {
      version: number;
      files: {
        file: string;
        errors: number;
        findings: {
          file: string;
          line: number;
          block: number;
          severity: string;
          rule: string;
          pointer: string;
          message: string;
        }[];
      }[];
      totals: Record<string, number>;
      site: unknown;
    };
    expect(report.version).toBe(1);
    expect(report.files.map((f) => [f.file, f.errors])).toEqual([
      [join(site, "world/2023/article.html"), 0],
      [join(site, "index.html"), 1],
    ]);
    expect(report.files[1]?.findings[0]).toEqual({
      file: join(site, "index.html"),
      line: 4,
      block: 0,
      severity: "error",
      rule: "google/no-article",
      pointer: "",
      message: "has no NewsArticle (or Article, BlogPosting) node, and this page must hold one",
    });
    expect(report.totals).toMatchObject({ files: 2, errors: 1 });
    expect(report.site).toEqual({
      conflicts: [],
      kinds: {
        article: expect.objectContaining({ pages: 1, errors: 0 }),
        other: expect.objectContaining({ pages: 1, errors: 1 }),
      },
    });
  });

  test("notes show only with --verbose: the canonical JSON-LD gives no finding line", () => {
    const path = write("canonical.jsonld", serializeJsonLd(toJsonLd(doc)));
    const quiet = runCli(["check", path]);
    expect(quiet.stdout).toMatch(/^0 errors, 0 warnings, \d+ notes\n$/);
    const verbose = runCli(["check", "--verbose", path]);
    expect(verbose.stdout.split("\n").filter((l) => / note vocabulary\/pending /.test(l)).length).toBeGreaterThan(0);
  });

  test("--rule ID=LEVEL sets a rule's severity (repeatable); an unknown rule or level is a usage error", () => {
    const path = write("no-article-rule.html", page(breadcrumbs));
    expect(runCli(["check", path]).code).toBe(1);
    const off = runCli(["check", "--rule", "google/no-article=off", "--rule", "graph/dangling-reference=note", path]);
    expect(off.stdout).not.toContain("google/no-article");
    expect(off.code).toBe(0);
    const raised = runCli(["check", "--rule", "json/context=error", write("no-context.jsonld", "{}")]);
    expect(raised.stdout).toContain(": error json/context /@context: ");
    for (const [flag, said] of [
      ["graph/orphans=off", "--rule takes ID=off|note|warning|error with a rule id"],
      ["graph/orphan=fatal", "--rule graph/orphan takes off, note, warning or error"],
      ["graph/orphan", "--rule takes ID=off|note|warning|error"],
    ] as const) {
      const run = runCli(["check", "--rule", flag, path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(said);
    }
  });

  test("an empty directory is a usage error", () => {
    mkdirSync(join(dir, "empty"));
    const run = runCli(["check", join(dir, "empty")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`news-events: no *.html or *.htm files in ${join(dir, "empty")}\n`);
  });
});

// Found by a newsroom trial (round 25): the walk collected `*.html` only, so a site whose pages
// are `.htm` (built on Windows, moved from an old server) was "no *.html files" or half checked.
// The pages are real ones from the corpus (test/pages-corpus/manifest.json: Ghost's ghost_head
// and jekyll-seo-tag, MIT), stored under the names such a site gives them.
test("a directory walk finds .htm pages (in any case) beside .html ones, and leaves other files", () => {
  const site = join(dir, "htm-site");
  mkdirSync(join(site, "blog"), { recursive: true });
  const corpus = (name: string) => readFileSync(repoPath(`test/pages-corpus/software/${name}`), "utf8");
  writeFileSync(join(site, "blog", "post.htm"), corpus("ghost-head-post.html"));
  writeFileSync(join(site, "blog", "OLD.HTM"), corpus("ghost-head-home.html"));
  writeFileSync(join(site, "index.html"), corpus("jekyll-seo-tag-post.html"));
  writeFileSync(join(site, "blog", "notes.txt"), "not a page");
  const run = runCli(["check", site]);
  const summaries = run.stdout.split("\n").filter((l) => /: \d+ errors, \d+ warnings, \d+ notes$/.test(l));
  expect(summaries.map((l) => l.split(":")[0])).toEqual([
    join(site, "blog", "OLD.HTM"),
    join(site, "blog", "post.htm"),
    join(site, "index.html"),
  ]);
  expect(run.stdout.trim().split("\n").at(-1)).toMatch(/ in 3 files$/);
});

describe("a directory walk reports what it cannot search, and goes on", () => {
  /** A site of its own, under a fresh folder: `build(root)` lays it out. */
  const site = (name: string, build: (root: string) => void) => {
    const root = join(dir, name);
    mkdirSync(root);
    build(root);
    return root;
  };
  const broken = page(`<script type="application/ld+json">{"@type": </script>`);
  const good = page(articleBlock);
  // Nested folders whose path passes PATH_MAX (4,096 bytes), made step by step from inside (a
  // path that long cannot be named at once): reading the deepest fails with ENAMETOOLONG.
  const tooLong = (root: string) => {
    const step = `d${"x".repeat(200)}`;
    const made = spawnSync("bash", [
      "-c",
      `cd "$1" && for i in $(seq 25); do mkdir ${step} && cd ${step}; done`,
      "-",
      root,
    ]);
    expect(made.status).toBe(0);
  };

  const cases: [string, (root: string) => void, { files: string[]; stderr: RegExp[]; code: number }][] = [
    [
      "a path too long to read, before a broken page: both reported",
      (root) => {
        mkdirSync(join(root, "a"));
        tooLong(join(root, "a"));
        mkdirSync(join(root, "z"));
        writeFileSync(join(root, "z", "broken.html"), broken);
      },
      { files: ["z/broken.html"], stderr: [/: cannot read \(ENAMETOOLONG\)$/], code: 2 },
    ],
    [
      "a symbolic link to a broken page is followed",
      (root) => {
        writeFileSync(join(root, "good.html"), good);
        mkdirSync(join(root, "real"));
        writeFileSync(join(root, "real", "broken.txt"), broken);
        symlinkSync(join(root, "real", "broken.txt"), join(root, "linked.html"));
      },
      { files: ["good.html", "linked.html"], stderr: [], code: 1 },
    ],
    [
      "a symbolic link to a directory is followed; a loop back up is searched once",
      (root) => {
        mkdirSync(join(root, "pages"));
        writeFileSync(join(root, "pages", "good.html"), good);
        symlinkSync(join(root, "pages"), join(root, "alias"));
        symlinkSync(root, join(root, "pages", "loop"));
      },
      { files: ["alias/good.html"], stderr: [], code: 0 },
    ],
    [
      "a link to nothing, named as a page, is reported",
      (root) => {
        writeFileSync(join(root, "good.html"), good);
        symlinkSync(join(root, "missing.html"), join(root, "gone.html"));
      },
      { files: ["good.html"], stderr: [/gone\.html: cannot read \(ENOENT\)$/], code: 2 },
    ],
    [
      "a directory deeper than 64 is reported, not searched silently",
      (root) => {
        writeFileSync(join(root, "good.html"), good);
        const deep = join(root, ...Array.from({ length: 66 }, () => "d"));
        mkdirSync(deep, { recursive: true });
        writeFileSync(join(deep, "deep.html"), broken);
      },
      { files: ["good.html"], stderr: [/: more than 64 directories deep, not searched$/], code: 2 },
    ],
  ];
  test.each(cases)("%s", (name, build, expected) => {
    const root = site(name.replace(/\W+/g, "-"), build);
    const run = runCli(["check", "--format", "json", root]);
    const report = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file.slice(root.length + 1))).toEqual(expected.files);
    const problems = run.stderr.split("\n").filter((l) => l !== "");
    expect(problems).toHaveLength(expected.stderr.length);
    expected.stderr.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
    expect(run.code).toBe(expected.code);
  });
});

describe("the report is written as the check goes", () => {
  test(
    "what was found is written while the check waits for a slow input, not only at the end",
    { timeout: 30_000 },
    async () => {
      const { run } = await import("../../src/cli/run.js");
      const { Readable } = await import("node:stream");
      const first = join(dir, "written-first.html");
      writeFileSync(
        first,
        `<html><head>${script({ "@context": "https://schema.org", "@type": "NewsArticle" })}</head></html>`,
      );
      // Standard input gives its page only after a pause, as a pipe from a slow program would.
      const stdin = new Readable({ read() {} });
      let seenBeforeInput = "";
      const out = { stdout: "", stderr: "" };
      const done = run(["check", first, "-"], {
        stdout: (text) => void (out.stdout += text),
        stderr: (text) => void (out.stderr += text),
        stderrIsTty: false,
        stdin,
        env: {},
      });
      // Waits (at most 15 s, on a loaded machine) for the first page's line while the input is still open.
      const line = `${first}:1: warning google/headline`;
      for (let waited = 0; !out.stdout.includes(line) && waited < 15_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      seenBeforeInput = out.stdout;
      stdin.push("<html></html>");
      stdin.push(null);
      expect(await done).toBe(0);
      expect(seenBeforeInput).toContain(line);
      expect(out.stdout.startsWith(seenBeforeInput)).toBe(true);
      expect(out.stdout).toMatch(/^-: 0 errors/m);
    },
  );
});
