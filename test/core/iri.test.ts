import { expect, test } from "vitest";
import { termFromIri, termIri, type TermCode } from "../../src/core/iri.js";

const terms: [TermCode, string][] = [
  [{ scheme: "wikidata", code: "Q164128" }, "http://www.wikidata.org/entity/Q164128"],
  [{ scheme: "iptc", code: "20000070" }, "http://cv.iptc.org/newscodes/mediatopic/20000070"],
  [{ scheme: "plover", code: "PROTEST" }, "https://unpkg.com/news-events@0/docs/vocabulary.md#plover-PROTEST"],
  [{ scheme: "plover-mode", code: "visit" }, "https://unpkg.com/news-events@0/docs/vocabulary.md#plover-mode-visit"],
  [
    { scheme: "plover-context", code: "pro_autocracy" },
    "https://unpkg.com/news-events@0/docs/vocabulary.md#plover-context-pro_autocracy",
  ],
  [{ scheme: "cameo", code: "042" }, "https://unpkg.com/news-events@0/docs/vocabulary.md#cameo-042"],
];

test.each(terms)("%o has the IRI %s, and the IRI gives back the term", (term, iri) => {
  expect(termIri(term)).toBe(iri);
  expect(termFromIri(iri)).toEqual(term);
});

test.each([
  "https://example.org/",
  "http://www.wikidata.org/entity/",
  "https://unpkg.com/news-events@0/docs/vocabulary.md#about",
])("%s is no term's IRI", (iri) => expect(termFromIri(iri)).toBeUndefined());
