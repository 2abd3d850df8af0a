import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parse } from "parse5";
import { expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, exampleDocument, repoPath } from "../helpers/fixtures.js";

type Element = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Element[]; value?: string };

function elements(node: Element, name: string): Element[] {
  return [...(node.nodeName === name ? [node] : []), ...(node.childNodes ?? []).flatMap((child) => elements(child, name))];
}
const attr = (node: Element, name: string) => node.attrs?.find((a) => a.name === name)?.value;

// A real framework build: npm ci of Astro from the example's lockfile, astro build, then the
// page-level check on its output (issue 13). About a minute, most of it the install.
test("the Astro example builds, and news-events check finds no error or warning in its pages", { timeout: 600_000 }, () => {
  const built = spawnSync(process.execPath, [repoPath("scripts/example-astro.mjs")], { cwd: repoPath("."), encoding: "utf8" });
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);

  const checked = spawnSync(process.execPath, [repoPath("dist/cli.cjs"), "check", "--format", "json", "examples/astro-site/dist"], { cwd: repoPath("."), encoding: "utf8" });
  expect(checked.status, checked.stderr).toBe(0);
  const report = JSON.parse(checked.stdout) as { files: { file: string }[]; totals: { files: number; errors: number; warnings: number } };
  expect(report.totals).toMatchObject({ files: 2, errors: 0, warnings: 0 });

  for (const [slug, doc] of [
    ["burkina-faso-russia-military-relationship", canonicalDocument()],
    ["wagner-mutiny", exampleDocument("wagner-mutiny-live")],
  ] as const) {
    const page = parse(readFileSync(repoPath(`examples/astro-site/dist/${slug}/index.html`), "utf8")) as unknown as Element;
    const canonical = elements(page, "link").find((l) => attr(l, "rel") === "canonical");
    expect(attr(canonical as Element, "href")).toBe(doc.url);
    const blocks = elements(page, "script").filter((s) => attr(s, "type") === "application/ld+json");
    expect(blocks).toHaveLength(2);
    const graph = JSON.parse(blocks[0]?.childNodes?.[0]?.value ?? "") as { "@graph": Record<string, unknown>[] };
    // The page's graph is the library's, built from the same document with the page's options.
    const options = { site: { name: "Example News", url: "https://news.example.org/" }, publisherLogo: { url: "https://news.example.org/logo.png", width: 600, height: 60 } };
    expect(graph).toEqual(toJsonLd(doc, options));
    expect(JSON.parse(blocks[1]?.childNodes?.[0]?.value ?? "")).toMatchObject({ "@type": "BreadcrumbList" });
  }
});
