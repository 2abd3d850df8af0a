import { describe, expect, test } from "vitest";
import { validateDocument, type NewsDocument } from "../../src/index.js";
import { serializeJsonLd, toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, deepFreeze } from "../helpers/fixtures.js";

/*
 * Issue 27: the input guard remembers a document it accepted only when every object and array it
 * read was frozen — nothing in it can change. Anything else is walked again on every call, so a
 * change made after a first call, or after validation, is always seen.
 */

type Node = Record<string, unknown>;
const XSS = "javascript:alert(1)//";

/** The document's root behind a proxy that counts reads of `authors` (the guard and the builder both read it). */
function counted(doc: NewsDocument): { doc: NewsDocument; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(doc, {
    get(target, key, receiver) {
      if (key === "authors") reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { doc: proxy, reads: () => reads };
}

/** `value` and everything in it frozen, except `spared`. */
function freezeAllBut(value: unknown, spared: unknown): void {
  if (value === null || typeof value !== "object" || value === spared) return;
  Object.freeze(value);
  for (const child of Object.values(value)) freezeAllBut(child, spared);
}

test("a deeply frozen document the guard accepted is not walked again", () => {
  const { doc, reads } = counted(deepFreeze(canonicalDocument()));
  const first = serializeJsonLd(toJsonLd(doc));
  const afterFirst = reads();
  const second = serializeJsonLd(toJsonLd(doc));
  expect(second).toBe(first);
  // The first call: the guard's read and the builder's; later calls: the builder's alone.
  expect(reads() - afterFirst).toBeLessThan(afterFirst);
});

test("a document that is not frozen is walked on every call", () => {
  const { doc, reads } = counted(canonicalDocument());
  toJsonLd(doc);
  const afterFirst = reads();
  toJsonLd(doc);
  expect(reads() - afterFirst).toBe(afterFirst);
});

describe("a change after a first call or after validation is refused, wherever the document is not frozen", () => {
  const cases: [string, (doc: NewsDocument & Node) => void, (doc: NewsDocument & Node) => void, string][] = [
    ["nothing frozen: the page URL", () => {}, (d) => void (d["url"] = XSS), "/url"],
    [
      "the root frozen, an author not",
      (d) => void Object.freeze(d),
      (d) => void ((d.authors[0] as unknown as Node)["url"] = XSS),
      "/authors/0/url",
    ],
    [
      "all frozen but one sameAs list",
      (d) => freezeAllBut(d, d.entities![0]!.sameAs),
      (d) => void (d.entities![0]!.sameAs as string[]).push(XSS),
      "/entities/0/sameAs/1",
    ],
  ];
  test.each(cases)("%s", (_name, freeze, change, pointer) => {
    const doc = canonicalDocument() as NewsDocument & Node;
    doc.entities![0]!.sameAs = ["https://www.example.org/burkina-faso"];
    freeze(doc);
    expect(validateDocument(doc).ok).toBe(true);
    toJsonLd(doc);
    change(doc);
    expect(() => toJsonLd(doc)).toThrow(new RegExp(`${pointer}: must be an absolute http`));
  });
});

test("a frozen document the guard refused is refused on every call", () => {
  const doc = deepFreeze({ ...canonicalDocument(), url: XSS });
  expect(() => toJsonLd(doc)).toThrow(/\/url: must be an absolute http/);
  expect(() => toJsonLd(doc)).toThrow(/\/url: must be an absolute http/);
});
