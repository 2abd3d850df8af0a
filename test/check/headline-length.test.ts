// A headline's length is counted in characters as a reader sees them (grapheme clusters). Found by a
// trial of the packed package: "e\u0301" (e and a combining acute) one hundred times "is 200
// characters", and sixty Japanese flags "is 120".
import { expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";

const lengths = (headline: string) =>
  checkJsonLd({ "@context": "https://schema.org", "@type": "NewsArticle", headline })
    .warnings.filter((f) => f.rule === "google/headline-length")
    .map((f) => f.params?.["length"]);

test.each([
  ["110 ASCII letters", "x".repeat(110), []],
  ["111 ASCII letters", "x".repeat(111), [111]],
  ["100 e's with a combining acute (200 code points)", "e\u0301".repeat(100), []],
  ["111 of them", "e\u0301".repeat(111), [111]],
  ["60 flags (120 code points)", "🇯🇵".repeat(60), []],
  ["111 flags", "🇯🇵".repeat(111), [111]],
  ["60 people at laptops with a skin tone (a ZWJ sequence each)", "👩🏽‍💻".repeat(60), []],
  ["111 precomposed é (one code unit each)", "é".repeat(111), [111]],
])("%s", (_, headline, expected) => {
  expect(lengths(headline)).toEqual(expected);
});
