import { describe, expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";
import { Vocabulary, vocabulary } from "../../src/check/vocabulary.js";

// The vocabulary is shared by every check of a process (a CMS server, a build): what it remembers
// must stay as small as schema.org itself, whatever names pages give as types. It remembered the
// lineage of every @type string asked about: 100,000 distinct types grew the heap by 117 MiB.
const sizes = (v: Vocabulary) => {
  const seen = v as unknown as { ancestry: Map<string, unknown>; takes: Map<string, Map<string, boolean>> };
  return { ancestry: seen.ancestry.size, takes: seen.takes.size };
};

describe("the shared vocabulary remembers only its own names", () => {
  test("types no schema.org class has are answered, and not remembered", () => {
    const v = new Vocabulary();
    expect(v.isA("NewsArticle", "CreativeWork")).toBe(true);
    expect(v.inDomain("headline", ["NewsArticle"])).toBe(true);
    const known = sizes(v);
    expect(known.ancestry).toBeGreaterThan(0);
    for (let i = 0; i < 2000; i++) {
      const type = `Made${i}${"x".repeat(500)}`;
      expect(v.isA(type, "Thing")).toBe(false);
      expect(v.isA(type, type)).toBe(true);
      expect(v.inDomain("headline", [type])).toBe(false);
    }
    expect(sizes(v)).toEqual(known);
  });

  test("pages with made-up types leave the process's vocabulary as it was", () => {
    const shared = vocabulary();
    checkJsonLd({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "x" });
    const before = sizes(shared);
    for (let i = 0; i < 200; i++)
      checkJsonLd({ "@context": "https://schema.org", "@type": `Invented${i}`, name: "x", headline: "y" });
    expect(sizes(shared)).toEqual(before);
  });
});
