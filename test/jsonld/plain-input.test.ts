import { describe, expect, test } from "vitest";
import { isNewsEventsError, validateDocument, type NewsDocument } from "../../src/index.js";
import { serializeJsonLd, toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

/*
 * Issue 21: an object whose prototype holds values (what `out[key] = value` makes of a
 * `"__proto__"` member) is read by the builder and by the validators' code, but a walk of its own
 * keys never sees them. Validation and the JSON-LD guard both refuse anything JSON text cannot make.
 */

type Node = Record<string, unknown>;
const XSS = "javascript:alert(document.domain)//";

/** A copy of `value` (an object) whose prototype is `proto`, with `drop` left out of its own keys. */
function inheriting<T extends object>(value: T, proto: object, drop?: string): T {
  const copy = Object.create(proto) as Node;
  for (const [key, v] of Object.entries(value)) if (key !== drop) copy[key] = v;
  return copy as T;
}

const cases: [string, () => NewsDocument, string][] = [
  [
    "the document inherits its url",
    () => {
      const doc = canonicalDocument();
      return inheriting(doc, { url: XSS }, "url");
    },
    "",
  ],
  [
    "the publisher inherits its url",
    () => {
      const doc = canonicalDocument();
      return { ...doc, publisher: inheriting(doc.publisher, { url: XSS }, "url") };
    },
    "/publisher",
  ],
  [
    "an author inherits its url (a prototype that is itself a prototype-less object)",
    () => {
      const doc = canonicalDocument();
      const proto = Object.assign(Object.create(null) as object, { url: XSS });
      return { ...doc, authors: [inheriting(doc.authors[0]!, proto, "url")] };
    },
    "/authors/0",
  ],
  [
    "an entity is a class instance",
    () => {
      const doc = canonicalDocument();
      class Entity {
        constructor(fields: object) {
          Object.assign(this, fields);
        }
      }
      const entities = [...(doc.entities ?? [])] as unknown[];
      entities[0] = new Entity(entities[0] as object);
      return { ...doc, entities } as NewsDocument;
    },
    "/entities/0",
  ],
  [
    "a sameAs list inherits its items from an array prototype",
    () => {
      const doc = canonicalDocument();
      const sameAs: string[] = [];
      Object.setPrototypeOf(sameAs, [XSS]);
      sameAs.length = 1;
      const entities = [...(doc.entities ?? [])] as unknown as Node[];
      entities[0] = { ...entities[0], sameAs };
      return { ...doc, entities } as unknown as NewsDocument;
    },
    "/entities/0/sameAs",
  ],
];

describe("an object JSON text cannot make is refused by toJsonLd, never read for its inherited values", () => {
  test.each(cases)("%s", (_name, make, pointer) => {
    const doc = make();
    let caught: unknown;
    let graph: object | undefined;
    try {
      graph = toJsonLd(doc);
    } catch (error) {
      caught = error;
    }
    expect(graph === undefined ? "" : serializeJsonLd(graph)).not.toContain("javascript:");
    expect(isNewsEventsError(caught)).toBe(true);
    const issues = (caught as { issues: { code: string; pointer: string }[] }).issues;
    expect(issues).toContainEqual(expect.objectContaining({ code: "type", pointer }));
  });

  // The guard reads an object's values in a for-in loop when it sees all its names that way; an
  // enumerable name on Object.prototype (a polluted prototype) must not stand in for a hidden own one.
  test.each([
    ["", false],
    [", with an enumerable property on Object.prototype", true],
  ])("an own but non-enumerable url is checked too (the builder reads it)%s", (_name, polluted) => {
    const doc = canonicalDocument() as NewsDocument & Node;
    Object.defineProperty(doc, "url", { value: XSS, enumerable: false });
    const proto = Object.prototype as Node;
    if (polluted) proto["polluted"] = 1;
    try {
      expect(() => toJsonLd(doc)).toThrow(/\/url: must be an absolute http\(s\) URL/);
    } finally {
      delete proto["polluted"];
    }
  });

  test("a prototype-less object (what a hardened import makes) is plain JSON", () => {
    const doc = Object.assign(Object.create(null) as object, canonicalDocument()) as NewsDocument;
    expect(toJsonLd(doc)).toEqual(toJsonLd(canonicalDocument()));
  });
});

describe("validation refuses them too: whatever it accepts becomes JSON-LD", () => {
  test.each(cases)("%s", (_name, make, pointer) => {
    const result = validateDocument(make());
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toContainEqual({
      code: "type",
      pointer,
      message: "must be a plain JSON object or array",
    });
  });

  test("the same document as plain JSON is valid (the refusal is for the prototype alone)", () => {
    expect(validateDocument(JSON.parse(JSON.stringify(canonicalDocument()))).ok).toBe(true);
    expect(validateDocument(Object.assign(Object.create(null) as object, canonicalDocument())).ok).toBe(true);
  });

  test("nesting 100,000 levels deep costs no stack in the pre-check", () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = validateDocument({ ...canonicalDocument(), keywords: deep });
    expect(result.ok).toBe(false);
  });
});
