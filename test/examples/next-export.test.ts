import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";

// examples/next-export is a directory shaped like a Next.js 15 static export (`out/`), generated
// by scripts/example-next-export.mjs from the real example documents (needs dist/: npx tsup).
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

describe("the Next.js-shaped export", () => {
  const tmp = mkdtempSync(join(tmpdir(), "next-export-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("is what the script writes from the example documents today (regenerated and compared)", () => {
    const made = spawnSync(process.execPath, [repoPath("scripts/example-next-export.mjs"), tmp], { encoding: "utf8" });
    expect(made.status, made.stderr).toBe(0);
    const committed = repoPath("examples/next-export");
    const list = (dir: string) => files(dir).map((f) => relative(dir, f)).sort();
    expect(list(tmp)).toEqual(list(committed));
    for (const file of list(tmp))
      expect(readFileSync(join(tmp, file), "utf8"), `${file}: run node scripts/example-next-export.mjs`).toBe(
        readFileSync(join(committed, file), "utf8"),
      );
  });

  test("has the pages a news site's export has: home, sections, 404 without JSON-LD, _next assets, articles", () => {
    const all = files(repoPath("examples/next-export")).map((f) => relative(repoPath("examples/next-export"), f));
    expect(all).toContain("index.html");
    expect(all).toContain("404.html");
    expect(all).toContain("africa/index.html");
    expect(all.some((f) => f.startsWith("_next/static/chunks/"))).toBe(true);
    expect(readFileSync(repoPath("examples/next-export/404.html"), "utf8")).not.toContain("application/ld+json");
    expect(readFileSync(repoPath("examples/next-export/index.html"), "utf8")).toMatch(/"@type": "WebSite"[\s\S]*"@type": "Organization"/);
    expect(all.filter((f) => /^(live\/)?\d{4}\/.*index\.html$/.test(f)).length).toBeGreaterThanOrEqual(9);
  });

  test("`news-events check examples/next-export` (the default command) exits 0: no error on any page (warnings are the example documents' missing images)", () => {
    const checked = spawnSync(process.execPath, [repoPath("dist/cli.cjs"), "check", "--format", "json", "examples/next-export"], {
      cwd: repoPath("."),
      encoding: "utf8",
    });
    const report = JSON.parse(checked.stdout) as { totals: { files: number; errors: number; warnings: number } };
    // 19 article pages (the examples of the built-in kinds), the home page, 4 section pages and 404.html.
    expect(report.totals.files).toBe(25);
    expect(report.totals.errors, checked.stdout.slice(0, 2000)).toBe(0);
    expect(checked.status).toBe(0);
  });
});
