import { readFileSync } from "node:fs";
import fc from "fast-check";
import jsonld from "jsonld";
import { describe, expect, test } from "vitest";
import { validateDocument, type NewsDocument } from "../../src/index.js";
import {
  fromLinkedData,
  LINKED_DATA_CONTEXT,
  termFromIri,
  termIri,
  toLinkedData,
} from "../../src/linked-data/index.js";
import { CAMEO_CODES, PLOVER_CONTEXTS, PLOVER_MODES } from "../../src/model/plover-codes.js";
import { PLOVER_TYPES } from "../../src/plover/index.js";
import { validDocument } from "../helpers/arbitraries.js";
import { canonicalDocument, deepFreeze, exampleDocument, REAL_EVENT_EXAMPLES, repoPath } from "../helpers/fixtures.js";

// The document context, loaded from the repository: nothing is fetched.
const context = JSON.parse(readFileSync(repoPath("schemas/context.jsonld"), "utf8")) as {
  "@context": Record<string, unknown>;
};
const documentLoader = async (url: string) => {
  if (url === LINKED_DATA_CONTEXT) return { contextUrl: undefined, documentUrl: url, document: context };
  throw new Error(`offline: refused to load ${url}`);
};
// `safe` (jsonld 9) makes any term the context does not define an error instead of a silent drop.
const options = { documentLoader, safe: true } as unknown as jsonld.Options.ToRdf;

/** The issue's round trip: to RDF quads, back to JSON-LD, compacted with the context, read back. */
async function throughRdf(doc: NewsDocument): Promise<NewsDocument> {
  const quads = await jsonld.toRDF(toLinkedData(doc) as unknown as jsonld.JsonLdDocument, options);
  const expanded = await jsonld.fromRDF(quads as never);
  const compacted = await jsonld.compact(expanded, context as never, { documentLoader } as never);
  return fromLinkedData(compacted);
}

describe("a document survives Linked Data and RDF unchanged", () => {
  test("the canonical document, all 13 imprecisions and every evidence offset included", async () => {
    const doc = deepFreeze(canonicalDocument());
    expect(await throughRdf(doc)).toEqual(doc);
  });

  for (const name of REAL_EVENT_EXAMPLES) {
    test(`the real-event example ${name}`, async () => {
      const doc = deepFreeze(exampleDocument(name));
      expect(await throughRdf(doc)).toEqual(doc);
    });
  }

  test("generated valid documents", async () => {
    await fc.assert(
      fc.asyncProperty(validDocument, async (doc) => {
        expect(validateDocument(doc).ok).toBe(true);
        expect(await throughRdf(deepFreeze(doc))).toEqual(doc);
      }),
      { numRuns: 60 },
    );
  });

  // issue 21: RDF writes a bare double with 15 significant digits, which is not lossless.
  test.each([0.30000000000000004, 12.345678901234567, -89.99999999999999, 5e-324, 1e-7])(
    "a coordinate keeps every digit through RDF (%s)",
    async (latitude) => {
      const doc = canonicalDocument();
      const entity = doc.entities?.find((e) => "latitude" in e);
      if (!entity) throw new Error("the canonical document has no coordinates");
      (entity as { latitude: number }).latitude = latitude;
      const back = await throughRdf(deepFreeze(doc));
      const place = back.entities?.find((e) => e.id === entity.id);
      expect(place && "latitude" in place ? place.latitude : undefined).toBe(latitude);
      expect(back).toEqual(doc);
    },
  );

  test("and without RDF: fromLinkedData reads toLinkedData's output directly", () => {
    const doc = deepFreeze(canonicalDocument());
    expect(fromLinkedData(toLinkedData(doc))).toEqual(doc);
  });
});

test("every field becomes an IRI: schema.org where it means the same, the own vocabulary otherwise", async () => {
  const expanded = (await jsonld.expand(
    toLinkedData(canonicalDocument()) as never,
    options as never,
  )) as unknown as Record<string, unknown>[];
  const root = expanded[0] ?? {};
  expect(root["@id"]).toBe(canonicalDocument().url);
  expect(root["@type"]).toEqual(["https://unpkg.com/news-events@0/docs/vocabulary.md#NewsDocument"]);
  expect(Object.keys(root)).toEqual(
    expect.arrayContaining([
      "https://schema.org/headline",
      "https://schema.org/author",
      "https://unpkg.com/news-events@0/docs/vocabulary.md#verifications",
    ]),
  );
  const iris = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, child] of Object.entries(v)) {
        if (!k.startsWith("@")) iris.add(k);
        walk(child);
      }
  };
  walk(expanded);
  expect(
    [...iris].filter(
      (iri) =>
        !/^(https:\/\/schema\.org\/|http:\/\/www\.wikidata\.org\/prop\/direct\/P29[78]$|https:\/\/unpkg\.com\/news-events@0\/docs\/vocabulary\.md#)/.test(
          iri,
        ),
    ),
  ).toEqual([]);
});

test("every own term is documented in docs/vocabulary.md", () => {
  const doc = readFileSync(repoPath("docs/vocabulary.md"), "utf8");
  for (const value of Object.values(context["@context"])) {
    const id = typeof value === "string" ? value : (value as { "@id"?: string })["@id"];
    if (id?.startsWith("nev:") && id !== "nev:NewsDocument") expect(doc).toContain(`### ${id.slice(4)}\n`);
  }
});

test("toLinkedData shares nothing with its input", () => {
  const doc = canonicalDocument();
  const data = toLinkedData(doc) as unknown as { events: { participants: unknown[] }[] };
  expect(data.events[0]?.participants).not.toBe(doc.events[0]?.participants);
  expect(data.events[0]?.participants).toEqual(doc.events[0]?.participants);
});

describe("fromLinkedData says what is wrong with what it cannot read", () => {
  const cases: [string, unknown, RegExp][] = [
    ["no document node", { "@graph": [{ "@id": "_:b0", name: "x" }] }, /exactly one NewsDocument node \(found 0\)/],
    ["two document nodes", { "@graph": [{ "@type": "NewsDocument" }, { "@type": "NewsDocument" }] }, /found 2/],
    [
      "a reference to nothing",
      { "@type": "NewsDocument", publisher: { "@id": "_:missing" } },
      /\/publisher: refers to "_:missing", which is no node/,
    ],
    [
      "a cycle",
      {
        "@graph": [
          { "@type": "NewsDocument", publisher: { "@id": "_:a" } },
          { "@id": "_:a", logo: { "@id": "_:a" } },
        ],
      },
      /\/publisher\/logo: refers back/,
    ],
    ["not an object", "text", /found 0/],
  ];
  for (const [name, input, message] of cases) {
    test(name, () => {
      expect(() => fromLinkedData(input)).toThrow(message);
    });
  }
});

/** A graph whose document leads to a chain of `links` blank nodes, each referencing the next. */
function chain(links: number, fanOut = 1): unknown {
  const graph: Record<string, unknown>[] = [{ "@type": "NewsDocument", publisher: { "@id": "_:b0" } }];
  for (let i = 0; i < links; i++) {
    const next = { "@id": `_:b${i + 1}` };
    graph.push({ "@id": `_:b${i}`, logo: fanOut === 1 ? next : Array.from({ length: fanOut }, () => next) });
  }
  graph.push({ "@id": `_:b${links}`, name: "end" });
  return { "@graph": graph };
}

/** The NewsEventsError thrown by `run`, or a description of what happened instead. */
function thrown(run: () => unknown): { name: string; codes: string[] } | string {
  try {
    run();
    return "returned";
  } catch (error) {
    const issues = (error as { issues?: { code: string }[] }).issues;
    return { name: (error as Error).name, codes: (issues ?? []).map((i) => i.code) };
  }
}

describe("fromLinkedData reads untrusted input (issue 21)", () => {
  test("a __proto__ member never becomes a prototype: the key is an issue, and nothing is inherited", () => {
    const input = JSON.parse(
      '{"@type": "NewsDocument", "headline": "h", "publisher": {"__proto__": {"url": "javascript:alert(document.domain)//"}, "name": "P"}}',
    );
    expect(thrown(() => fromLinkedData(input))).toEqual({ name: "NewsEventsError", codes: ["unknown-property"] });
    expect(() => fromLinkedData(input)).toThrow(/\/publisher\/__proto__: is no property/);
  });

  test("what it returns is ordinary objects holding own keys only, also for an input with a poisoned prototype", () => {
    const node = Object.create({ headline: "inherited", url: "javascript:alert(1)" }) as Record<string, unknown>;
    Object.assign(node, { "@type": "NewsDocument", publisher: { name: "P" } });
    const doc = fromLinkedData(node) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(doc["publisher"])).toBe(Object.prototype);
    expect(doc["url"]).toBeUndefined();
    expect(doc).toEqual({ publisher: { name: "P" } });
  });

  test.each([
    ["20,000 links in a chain", () => chain(20_000), "too-deep"],
    ["nodes that each reference the next twice (2^18 copies if expanded)", () => chain(18, 2), "shared-reference"],
    ["a node referenced from two places", () => chain(1, 2), "shared-reference"],
    ["20,000 levels of JSON nesting", () => deeplyNested(20_000), "too-deep"],
    [
      "a getter that throws",
      () => ({
        get "@graph"() {
          throw new Error("boom");
        },
      }),
      "type",
    ],
  ])("%s: the documented NewsEventsError, never a RangeError, at once", (_, make, code) => {
    const input = make();
    const started = performance.now();
    const outcome = thrown(() => fromLinkedData(input));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(outcome).toMatchObject({ name: "NewsEventsError" });
    expect((outcome as { codes: string[] }).codes).toContain(code);
  });

  test("a chain within the limit is read", () => {
    const doc = fromLinkedData(chain(100)) as unknown as { publisher: unknown };
    let depth = 0;
    for (let v = doc.publisher as { logo?: unknown } | undefined; v?.logo !== undefined; v = v.logo as typeof v)
      depth++;
    expect(depth).toBe(100);
  });

  test("an unreadable literal is an issue, not NaN or a TypeError", () => {
    const input = {
      "@type": "NewsDocument",
      a: { "@value": "abc", "@type": "xsd:double" },
      b: { "@value": Object.create(null), "@type": "xsd:integer" },
    };
    expect(thrown(() => fromLinkedData(input))).toEqual({ name: "NewsEventsError", codes: ["type", "type"] });
  });
});

/** `depth` levels of arrays around a document, built without recursion. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return { "@type": "NewsDocument", headline: value };
}

// Found by a third trial: the `nev:` IRIs of PLOVER and CAMEO codes led to anchors
// docs/vocabulary.md did not have, and `termIri`, named in docs/fields.md, was not exported.
describe("every coded term's IRI leads to its anchor in docs/vocabulary.md", () => {
  const anchors = new Set(
    [...readFileSync(repoPath("docs/vocabulary.md"), "utf8").matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]),
  );
  const fragment = (iri: string) => iri.slice(iri.indexOf("#") + 1);
  test.each([
    ["plover", PLOVER_TYPES],
    ["plover-mode", PLOVER_MODES.split(" ")],
    ["plover-context", PLOVER_CONTEXTS.split(" ")],
    ["cameo", CAMEO_CODES.split(" ")],
  ] as const)("%s: every code the library knows", (scheme, codes) => {
    const missing = codes.filter((code) => !anchors.has(fragment(termIri({ scheme, code }))));
    expect(missing).toEqual([]);
    expect(codes.length).toBeGreaterThan(15);
  });
  test.each([undefined, ...REAL_EVENT_EXAMPLES])("the coded terms of %s (or the canonical document)", (name) => {
    const doc = name === undefined ? canonicalDocument() : exampleDocument(name);
    const iris = JSON.stringify(toLinkedData(doc)).match(
      /"https:\/\/unpkg\.com\/news-events@0\/docs\/vocabulary\.md#[^"]+"/g,
    );
    const coded = (iris ?? []).map((iri) => JSON.parse(iri) as string).filter((iri) => termFromIri(iri) !== undefined);
    expect(coded.filter((iri) => !anchors.has(fragment(iri)))).toEqual([]);
  });
});
