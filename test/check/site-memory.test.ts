import { describe, expect, test } from "vitest";
import { lineLocator } from "../../src/check/lines.js";
import { inspectPage } from "../../src/check/page.js";
import { PageLines, SiteIndex } from "../../src/check/site.js";

// The site index keeps a page's JSON-LD (as UTF-8) only when the page has a node no earlier page
// had: a later page may repeat it and need its text again. A page that repeats only known nodes is
// let go of, and none of its bytes may stay alive through a kept page (its blocks once shared
// 1 MiB buffers with the kept ones: a site of small new pages between large repeated ones held
// the large ones' bytes to the end, 200 MiB for 400 pages).
const block = (value: object) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const small = (i: number) =>
  block({ "@context": "https://schema.org", "@type": "WebPage", "@id": `https://example.com/p${i}#page`, name: "p" });
const large = block({
  "@context": "https://schema.org",
  "@type": "Organization",
  "@id": "https://example.com/#org",
  name: "Example",
  description: "é".repeat(300_000),
});

describe("the site index keeps what a later page may need, and nothing else", () => {
  test("large pages that repeat a known node hold no memory after they are added", async () => {
    const index = new SiteIndex();
    const add = async (name: string, html: string) => {
      const { report, graph, blocks } = await inspectPage(`<html><head>${html}</head></html>`, {}, () => true);
      index.add(name, report, graph, new PageLines(blocks, lineLocator));
    };
    await add("first.html", large); // kept: the organization is new
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 40; i++) {
      await add(`small-${i}.html`, small(i)); // kept: a new page node
      await add(`large-${i}.html`, large); // let go of: only the organization again
    }
    const grown = process.memoryUsage().arrayBuffers - before;
    // 40 small pages' bytes (about 150 B each) and at most one shared 1 MiB buffer: the 40 large
    // pages' 24 MB of UTF-8 are not among them.
    expect(grown).toBeLessThan(2 * 2 ** 20);
    expect(index.conflicts).toEqual([]);
  });
});
