import fc from "fast-check";
import { expect, test } from "vitest";
import { resourceKey, termFromIri, termIri, type TermCode } from "../../src/core/iri.js";
import { matchesUrl } from "../../src/generated/patterns.js";

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

test.each([
  [
    "a URL already in its form is itself",
    "https://example.org/Photo.JPG?Size=L#Top",
    "https://example.org/Photo.JPG?Size=L#Top",
  ],
  [
    "the host in lower case, the path as it is",
    "https://Images.Example.ORG/Photo.JPG",
    "https://images.example.org/Photo.JPG",
  ],
  ["https's default port left out", "https://example.org:443/a.jpg", "https://example.org/a.jpg"],
  ["http's default port left out", "http://EXAMPLE.org:80", "http://example.org"],
  ["another port kept", "https://example.org:8443/a.jpg", "https://example.org:8443/a.jpg"],
  ["http's port on https kept", "https://example.org:80/a.jpg", "https://example.org:80/a.jpg"],
  ["a port ending like the default kept", "https://example.org:1443/a.jpg", "https://example.org:1443/a.jpg"],
])("resourceKey: %s", (_, url, key) => expect(resourceKey(url)).toBe(key));

// Property: two spellings of one URL's host (any case, with or without the default port) have one
// key, and the key is still a URL the schema takes.
test("resourceKey: any case of the host and the default port give one key", () => {
  const label = fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/);
  fc.assert(
    fc.property(
      fc.array(label, { minLength: 2, maxLength: 4 }),
      fc.constantFrom("http", "https"),
      fc.boolean(),
      fc.stringMatching(/^(\/[A-Za-z0-9._~-]{0,8}){0,3}$/),
      (labels, scheme, port, path) => {
        const host = labels.join(".");
        const spelled = `${scheme}://${host}${port ? (scheme === "https" ? ":443" : ":80") : ""}${path}`;
        const plain = `${scheme}://${host.toLowerCase()}${path}`;
        expect(resourceKey(spelled)).toBe(resourceKey(plain));
        if (matchesUrl(spelled) && /[a-z]/i.test(labels.at(-1)?.[0] ?? ""))
          expect(matchesUrl(resourceKey(spelled))).toBe(true);
      },
    ),
  );
});
