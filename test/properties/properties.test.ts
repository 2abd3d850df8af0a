import fc from "fast-check";
import { parse } from "parse5";
import { describe, expect, test } from "vitest";
import { resolvePointer, validateDocument, validateEvent, type NewsDocument } from "../../src/index.js";
import { toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { checkJsonLd } from "../../src/check/index.js";
import { validDocument } from "../helpers/arbitraries.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { PAGE_ELEMENTS, pageWith } from "../helpers/hostile.js";
import { REQUIRED_DOCUMENT_FIELDS } from "../../src/generated/schema-facts.js";
import { fromNinjs } from "../../src/ninjs/index.js";
import { fromLinkedData } from "../../src/linked-data/index.js";
import { locations, setAt, wrongType } from "../helpers/mutations.js";

const runs = { numRuns: 150 };

describe("arbitrary valid documents, generated from the model", () => {
  test("validate", () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const result = validateDocument(deepFreeze(doc));
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
      runs,
    );
  });

  test("give JSON-LD with no checker errors", () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        expect(checkJsonLd(toJsonLd(deepFreeze(doc)), { canonicalUrl: doc.url }).errors).toEqual([]);
      }),
      runs,
    );
  });

  test("whatever validation accepts gives 0 checker errors, also for the mistakes the checker knows", () => {
    // Each perturbation is something Google's rules (and so the checker) call an error, or that
    // once made our own graph fail it. Validation must reject it first, or the graph must pass.
    const perturbations: ((d: NewsDocument) => void)[] = [
      (d) => {
        d.authors[0]!.name = `By ${d.authors[0]!.name}`;
      },
      (d) => {
        d.authors[0] = { type: "person", name: "Jane Doe and John Roe" };
      },
      (d) => {
        d.images = [{ url: "http://a.example.org/a.jpg" }];
      },
      (d) => {
        d.headline = `${d.headline} <b>live</b>`;
      },
      (d) => {
        d.headline = `${d.headline} &amp; more`;
      },
      (d) => {
        d.headline = ` ${d.headline}`;
      },
      (d) => {
        d.authors.push({ type: "organization", name: d.publisher.name, url: d.publisher.url });
      },
      (d) => {
        d.images = [...(d.images ?? []), ...(d.images ?? [])];
      },
      (d) => {
        d.url = `${d.url}#article`;
      },
      (d) => {
        d.events = [];
        d.entities = [];
      },
    ];
    let rejected = 0;
    fc.assert(
      fc.property(validDocument, fc.nat(perturbations.length - 1), (doc, which) => {
        const copy = structuredClone(doc);
        perturbations[which]!(copy);
        if (!validateDocument(deepFreeze(copy)).ok) {
          rejected++;
          return;
        }
        expect(checkJsonLd(toJsonLd(copy), { canonicalUrl: copy.url }).errors).toEqual([]);
      }),
      runs,
    );
    expect(rejected).toBeGreaterThan(0);
  });

  test("whatever validation accepts becomes JSON-LD, also with lone surrogates put into its text (issue 21)", () => {
    // A lone surrogate put into any string of a valid document: validation refuses it (at its
    // pointer, or as an evidence span that no longer matches the body); and where that is all validation says (the surrogate broke no enum or pattern),
    // toJsonLd still builds the document, its ids encoding the surrogate safely.
    const surrogate = fc.constantFrom("\uD800", "\uDBFF", "\uDC00", "\uDFFF");
    let built = 0;
    fc.assert(
      fc.property(validDocument, fc.nat(), surrogate, fc.nat(), (doc, which, half, where) => {
        const strings = locations(doc).filter(([, v]) => typeof v === "string");
        const [pointer, text] = strings[which % strings.length] as [string, string];
        const at = where % (text.length + 1);
        const copy = setAt(doc, pointer, () => `${text.slice(0, at)}${half}${text.slice(at)}`) as NewsDocument;
        const result = validateDocument(deepFreeze(copy));
        expect(result.ok).toBe(false);
        const codes = result.ok ? [] : result.issues.map((i) => i.code);
        // In an evidence span, the span no longer matches the body: that is its issue.
        if (!/\/(evidence|mentions)\//.test(pointer)) expect(codes).toContain("lone-surrogate");
        if (codes.every((code) => code === "lone-surrogate")) {
          built++;
          expect(() => toJsonLd(copy)).not.toThrow();
        }
      }),
      runs,
    );
    expect(built).toBeGreaterThan(0);
  });

  test("round-trip exactly through the script tag and an HTML parse", () => {
    type N = { tagName?: string; childNodes?: N[]; value?: string };
    fc.assert(
      fc.property(validDocument, (doc) => {
        const graph = toJsonLd(deepFreeze(doc));
        const tags: N[] = [];
        const walk = (n: N) => {
          if (n.tagName) tags.push(n);
          n.childNodes?.forEach(walk);
        };
        walk(parse(pageWith(toJsonLdScript(graph))) as unknown as N);
        expect(tags.map((t) => t.tagName)).toEqual(PAGE_ELEMENTS);
        const script = tags.find((t) => t.tagName === "script");
        expect(JSON.parse((script?.childNodes ?? []).map((c) => c.value ?? "").join(""))).toEqual(graph);
      }),
      runs,
    );
  });
});

describe("arbitrary mutations of valid documents are rejected with issues, and the safe API never throws", () => {
  const mutation = (doc: NewsDocument) =>
    fc.oneof(
      // a value of the wrong JSON type anywhere below the root
      // (a detail's value may be text, a number or true/false: another scalar is no wrong type there)
      fc
        .constantFrom(
          ...locations(doc)
            .filter(([p]) => p !== "" && !/\/details\/\d+\/value$/.test(p))
            .map(([p]) => p),
        )
        .map((p) => ({ what: `wrong type at ${p}`, input: setAt(doc, p, wrongType), near: p })),
      // an unknown property on any object
      fc
        .constantFrom(
          ...locations(doc)
            .filter(([, v]) => v !== null && typeof v === "object" && !Array.isArray(v))
            .map(([p]) => p),
        )
        .map((p) => ({
          what: `unknown property under ${p || "/"}`,
          input: p === "" ? { ...doc, zzUnknown: 1 } : setAt(doc, p, (old) => ({ ...(old as object), zzUnknown: 1 })),
          near: p,
        })),
      // a required property removed from the document
      fc
        .constantFrom(...REQUIRED_DOCUMENT_FIELDS)
        .map((k) => ({ what: `no ${k}`, input: setAt(doc, `/${k}`, () => undefined), near: "" })),
    );
  test("rejected, with an issue at or around the mutation", () => {
    fc.assert(
      fc.property(
        validDocument.chain((doc) => mutation(doc)),
        ({ input, near }) => {
          const result = validateDocument(deepFreeze(input));
          expect(result.ok).toBe(false);
          if (result.ok) return;
          // Each issue points into the input (or where a missing property belongs).
          for (const issue of result.issues) {
            const parent = issue.pointer.slice(0, issue.pointer.lastIndexOf("/"));
            expect(resolvePointer(input, issue.pointer).found || resolvePointer(input, parent).found).toBe(true);
          }
          expect(
            result.issues.some(
              (i) =>
                i.pointer.startsWith(near) ||
                near.startsWith(i.pointer) ||
                i.code.includes("reference") ||
                i.code.includes("evidence"),
            ),
          ).toBe(true);
        },
      ),
      runs,
    );
  });

  test("anything at all: a result, never an exception", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (input) => {
          expect(validateDocument(input).ok).toBe(false);
          expect(validateEvent(input).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("imports of arbitrary JSON (issue 21): never a throw, nothing inherited, no unsafe URL, output linear in input", () => {
  const hostileJson = fc.oneof(
    fc.json().map((text) => JSON.parse(text) as unknown),
    fc.dictionary(
      fc.constantFrom("__proto__", "uri", "@graph", "@type", "@id", "url", "people", "infoSources", "constructor"),
      fc.jsonValue(),
    ),
    fc.constant(
      JSON.parse('{"@type": "NewsDocument", "__proto__": {"url": "javascript:alert(1)"}, "uri": "https://a.example/"}'),
    ),
  );
  /** True when some object in the value (or the value itself) has a prototype other than Object's or Array's. */
  const strangePrototype = (value: unknown): boolean => {
    const stack = [value];
    for (let v = stack.pop(); v !== undefined || stack.length > 0; v = stack.pop()) {
      if (v === null || typeof v !== "object") continue;
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== Array.prototype) return true;
      stack.push(...Object.values(v));
    }
    return false;
  };
  /** Every `@id` and `url` in a JSON-LD graph is http(s). */
  const onlyHttpUrls = (graph: unknown): boolean => {
    const text = JSON.stringify(graph);
    return [...text.matchAll(/"(?:@id|url)":"([^"]*)"/g)].every((m) => /^https?:\/\//.test(m[1] ?? ""));
  };
  const asJsonLd = (doc: unknown) => {
    try {
      return toJsonLd(doc as NewsDocument);
    } catch (error) {
      expect((error as Error).name).toBe("NewsEventsError");
      return undefined;
    }
  };

  test("fromNinjs", () => {
    fc.assert(
      fc.property(hostileJson, (input) => {
        const result = fromNinjs(input as never);
        expect(strangePrototype(result)).toBe(false);
        expect(JSON.stringify(result).length).toBeLessThanOrEqual(10 * JSON.stringify(input).length + 30_000);
        const graph = asJsonLd(result.document);
        if (graph !== undefined) expect(onlyHttpUrls(graph)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("fromLinkedData", () => {
    fc.assert(
      fc.property(hostileJson, (input) => {
        let doc: unknown;
        try {
          doc = fromLinkedData(input);
        } catch (error) {
          expect((error as Error).name).toBe("NewsEventsError");
          return;
        }
        expect(strangePrototype(doc)).toBe(false);
        expect(JSON.stringify(doc).length).toBeLessThanOrEqual(JSON.stringify(input).length);
        const graph = asJsonLd(doc);
        if (graph !== undefined) expect(onlyHttpUrls(graph)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
