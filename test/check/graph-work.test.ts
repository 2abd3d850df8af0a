import fc from "fast-check";
import { afterEach, expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";
import { mergeNodes } from "../../src/check/merge.js";
import type { JsonLdNode } from "../../src/check/nodes.js";

// A page's graph of thousands of nodes (a section front, a sitemap-like page, a live page) was
// checked in time that grew with the square of its nodes: each article's image-ratio rule walked
// every article's images (8,000 articles: 2.5 s), and node objects sharing one @id were merged by
// uniting their types afresh for each one (8,000: 7.5 s). Counted here, not timed.
const { add } = Set.prototype;
afterEach(() => {
  Set.prototype.add = add;
});

test("each article's images are read a few times, not once for every article of the page", () => {
  const n = 400;
  let reads = 0;
  const image = (i: number) =>
    new Proxy(
      { "@type": "ImageObject", url: `https://news.example.org/${i}.jpg`, width: 1200, height: 900 },
      {
        get(target, key, receiver) {
          if (key === "url") reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
  const graph = Array.from({ length: n }, (_, i) => ({
    "@id": `https://news.example.org/${i}#article`,
    "@type": "NewsArticle",
    headline: `Story ${i}`,
    image: image(i),
  }));
  const report = checkJsonLd({ "@context": "https://schema.org", "@graph": graph });
  // Each article's 4:3 image lacks the 16:9 and 1:1 ratios: one warning per article.
  expect(report.warnings.filter((w) => w.rule === "google/image-ratios")).toHaveLength(n);
  expect(reads / n).toBeLessThan(20);
});

test("node objects of one @id are merged with each type added once", () => {
  const n = 3000;
  const graph = Array.from({ length: n }, (_, i) => ({
    "@id": "https://news.example.org/#thing",
    "@type": `Type${i}`,
  }));
  let added = 0;
  Set.prototype.add = function (this: Set<unknown>, value: unknown) {
    added++;
    return add.call(this, value);
  };
  checkJsonLd({ "@context": "https://schema.org", "@graph": graph });
  Set.prototype.add = add;
  expect(added / n).toBeLessThan(20);
});

/** A node object as the checker reads it, for mergeNodes. */
const node = (value: Record<string, unknown>, i: number): JsonLdNode =>
  ({ pointer: `/@graph/${i}`, value, types: [], via: "", topLevel: true, block: undefined }) as unknown as JsonLdNode;

test("merged types are every occurrence's, once each, in order; conflicts as before", () => {
  const type = fc.oneof(fc.constantFrom("A", "B", "C"), fc.array(fc.constantFrom("A", "B", "C"), { maxLength: 3 }));
  const occurrence = fc.record({ "@type": fc.option(type, { nil: undefined }), name: fc.constantFrom("x", "y") });
  fc.assert(
    fc.property(fc.array(occurrence, { minLength: 2, maxLength: 6 }), (occurrences) => {
      const values = occurrences.map((o) => {
        const value: Record<string, unknown> = { "@id": "https://news.example.org/#n", name: o.name };
        if (o["@type"] !== undefined) value["@type"] = o["@type"];
        return value;
      });
      const { byId, conflicts } = mergeNodes(values.map(node), undefined);
      // The types as uniting them two at a time gave them.
      const withType = values.filter((v) => "@type" in v).map((v) => v["@type"]);
      let expected: unknown = withType[0];
      for (const next of withType.slice(1)) {
        const list = [...new Set([expected, next].flatMap((t) => (Array.isArray(t) ? t : t === undefined ? [] : [t])))];
        expected = list.length === 1 ? list[0] : list;
      }
      expect(byId.get("https://news.example.org/#n")?.value["@type"]).toEqual(expected);
      const names = values.map((v) => v["name"]);
      expect(conflicts.map((c) => c.key)).toEqual(
        names
          .slice(1)
          .filter((name) => name !== names[0])
          .map(() => "name"),
      );
    }),
  );
});
