import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { checkHtmlPage } from "../../src/check/index.js";
import { repoPath } from "../helpers/fixtures.js";

interface CorpusPage {
  readonly file: string;
  readonly category: "google" | "schema.org" | "publisher" | "software";
  /** For a software page: the software that emits it. */
  readonly software?: string;
  readonly source: string;
  readonly licence: string;
  readonly pageUrl?: string;
  readonly kind: string;
  readonly errors: readonly string[];
  readonly why: string;
}

const manifest = JSON.parse(readFileSync(repoPath("test/pages-corpus/manifest.json"), "utf8")) as {
  pages: CorpusPage[];
};

describe("real pages: the errors expected by reading each against the rules, and no other", () => {
  test.each(manifest.pages.map((p) => [p.file, p] as const))("%s", async (file, page) => {
    expect(page.source.length).toBeGreaterThan(10);
    expect(page.licence.length).toBeGreaterThan(2);
    const text = readFileSync(repoPath(`test/pages-corpus/${file}`), "utf8");
    const report = await checkHtmlPage(text, page.pageUrl !== undefined ? { pageUrl: page.pageUrl } : {});
    expect(report.errors.map((f) => `${f.rule} ${f.pointer}`)).toEqual(page.errors);
    expect(report.kind).toBe(page.kind);
  });

  test("the corpus holds Google's and schema.org's examples of every page kind the checker knows", () => {
    const kinds = new Set(manifest.pages.map((p) => p.kind));
    for (const kind of ["article", "event", "fact-check", "other"]) expect(kinds).toContain(kind);
  });

  test("at least 80 pages: 20 from real publishers, 22 from named software", () => {
    expect(manifest.pages.length).toBeGreaterThanOrEqual(80);
    expect(manifest.pages.filter((p) => p.category === "publisher").length).toBeGreaterThanOrEqual(20);
    expect(manifest.pages.filter((p) => p.category === "software").length).toBeGreaterThanOrEqual(22);
  });

  test("what named publishing software emits, from its own repository or, where that holds none, real sites' saved pages", () => {
    const software = new Set(manifest.pages.filter((p) => p.category === "software").map((p) => p.software));
    // Rank Math, AIOSEO and Drupal's schema_metatag keep no fixture of their output in their own repositories:
    // their pages are real sites' pages saved in another public repository (see the manifest's description).
    const named = ["Yoast SEO", "WordPress AMP plugin", "Ghost", "jekyll-seo-tag", "Hugo", "Astro", "next-seo"];
    const fromSavedPages = ["Rank Math", "All in One SEO", "Drupal schema_metatag"];
    for (const name of [...named, "@unhead/schema-org", ...fromSavedPages]) expect(software).toContain(name);
  });

  test("the @unhead/schema-org page is what its script renders with the installed package", async () => {
    const script = repoPath("test/pages-corpus/software/unhead-schema-org.mjs");
    const { renderUnheadPage } = (await import(pathToFileURL(script).href)) as { renderUnheadPage(): Promise<string> };
    const committed = readFileSync(repoPath("test/pages-corpus/software/unhead-schema-org.html"), "utf8");
    expect(await renderUnheadPage()).toBe(committed);
  });

  test("Google's own example for every type the checker has Google's rules for", () => {
    const google = manifest.pages.filter((p) => p.category === "google");
    const texts = google.map((p) => readFileSync(repoPath(`test/pages-corpus/${p.file}`), "utf8"));
    for (const type of ["NewsArticle", "Event", "BreadcrumbList", "Organization", "ClaimReview", "WebSite"])
      expect(texts.some((t) => t.includes(`"@type": "${type}"`))).toBe(true);
    expect(texts.some((t) => t.includes('"SpeakableSpecification"'))).toBe(true);
  });
});
