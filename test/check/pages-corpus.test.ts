import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { checkHtmlPage } from "../../src/check/index.js";
import { repoPath } from "../helpers/fixtures.js";

interface CorpusPage {
  readonly file: string;
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
});
