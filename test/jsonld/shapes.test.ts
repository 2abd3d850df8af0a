import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isNewsEventsError, validateDocument, type Issue, type NewsDocument } from "../../src/index.js";
import { serializeJsonLd, toJsonLd } from "../../src/jsonld/index.js";
import { validDocument } from "../helpers/arbitraries.js";
import { canonicalDocument, exampleDocument, mutated, REAL_EVENT_EXAMPLES } from "../helpers/fixtures.js";
import { locations, setAt, wrongType } from "../helpers/mutations.js";

/*
 * A trial of the packed package: toJsonLd turned a part of the wrong shape into a bare TypeError
 * blaming "/" (an image that was a string), or into wrong JSON-LD (keywords split into letters, a
 * mention of `#/entity/undefined`, a headline that was a number). The guard now checks the shape of
 * every part the builder reads (src/jsonld/shapes.ts), in validateDocument's words, at its place.
 */

type Node = Record<string, unknown>;

/** The issues `toJsonLd` throws for `doc`, or the text of the graph it builds. */
function outcome(doc: unknown, options: Parameters<typeof toJsonLd>[1] = {}): Issue[] | string {
  try {
    return serializeJsonLd(toJsonLd(doc as NewsDocument, options));
  } catch (error) {
    if (!isNewsEventsError(error)) throw error;
    return [...error.issues];
  }
}

/** The issue of a value of the wrong type at `pointer`, in validateDocument's words. */
const typeAt = (pointer: string, expected: string, got: string): Issue => ({
  code: "type",
  pointer,
  message: `must be ${expected} (got ${got})`,
  params: { expected, got },
});

/** The issue of a required property missing at `pointer`. */
const missingAt = (pointer: string): Issue => ({
  code: "required",
  pointer,
  message: "is required but missing",
  params: { property: pointer.slice(pointer.lastIndexOf("/") + 1) },
});

describe("a part of the wrong shape is refused at its place, saying what was expected", () => {
  const cases: [string, (d: Node) => void, Issue[]][] = [
    [
      "an image that is a URL, not an object",
      (d) => void (d["images"] = ["https://x.example/a.jpg"]),
      [typeAt("/images/0", "object", "string")],
    ],
    ["an image that is null", (d) => void (d["images"] = [null]), [typeAt("/images/0", "object", "null")]],
    ["an author that is a name", (d) => void (d["authors"] = ["Jane Doe"]), [typeAt("/authors/0", "object", "string")]],
    [
      "keywords as one text (it was split into its letters)",
      (d) => void (d["keywords"] = "a, b"),
      [typeAt("/keywords", "array", "string")],
    ],
    [
      "an entity that is a text (it became the mention #/entity/undefined)",
      (d) => void (d["entities"] = ["x"]),
      [typeAt("/entities/0", "object", "string")],
    ],
    [
      "a headline that is a number (it went into the graph as one)",
      (d) => void (d["headline"] = 42),
      [typeAt("/headline", "string", "integer")],
    ],
    [
      "a page URL in a list (each URL in it was accepted)",
      (d) => void (d["url"] = ["https://news.example.org/a/"]),
      [typeAt("/url", "string", "array")],
    ],
    [
      "sameAs as one URL (it was split into its letters)",
      (d) => void ((d["entities"] as Node[])[0]!["sameAs"] = "https://www.example.org/x"),
      [typeAt("/entities/0/sameAs", "array", "string")],
    ],
    [
      "a reference that is a number",
      (d) => void ((d["quotes"] as Node[])[0]!["event"] = 7),
      [typeAt("/quotes/0/event", "string", "integer")],
    ],
    [
      "a coordinate JSON cannot hold",
      (d) => void ((d["entities"] as Node[]).find((e) => e["type"] === "place")!["latitude"] = NaN),
      [typeAt("/entities/4/latitude", "number", "NaN")],
    ],
    [
      "an entity without its id (it became #/entity/undefined)",
      (d) => void delete (d["entities"] as Node[])[1]!["id"],
      [missingAt("/entities/1/id")],
    ],
    [
      "a role that is a coded term without its scheme",
      (d) => void (((d["events"] as Node[])[0]!["participants"] as Node[])[0]!["role"] = { code: "x", label: "X" }),
      [missingAt("/events/0/participants/0/role/scheme")],
    ],
    [
      "a coup without its outcome",
      (d) => void delete (d["events"] as Node[])[2]!["outcome"],
      [missingAt("/events/2/outcome")],
    ],
  ];
  test.each(cases)("%s", (_name, edit, issues) => {
    expect(outcome(mutated(edit as (d: NewsDocument & Node) => void))).toEqual(issues);
  });

  test.each(cases.filter(([, , [issue]]) => issue?.code === "type"))(
    "in validateDocument's words: %s",
    (_name, edit, [issue]) => {
      const result = validateDocument(mutated(edit as (d: NewsDocument & Node) => void));
      expect(result.ok ? [] : result.issues).toContainEqual(issue);
    },
  );

  test("every part of the wrong shape is listed, not only the first, in the document's order", () => {
    const issues = outcome({ ...canonicalDocument(), headline: 42, images: ["a.jpg"], keywords: "a" });
    expect(Array.isArray(issues) ? issues.map((i) => i.pointer) : issues).toEqual([
      "/headline",
      "/images/0",
      "/keywords",
    ]);
  });
});

/** Every place in a JSON value, as a pointer ("" for the value itself). */
const places = (value: unknown) => locations(value).map(([pointer]) => pointer);

/**
 * What toJsonLd does with `doc` changed at `pointer`: refuses it with an issue there, or builds
 * the very graph of the document unchanged (`before`): a place the builder does not read.
 * Anything else (an issue elsewhere, "could not become JSON-LD", another graph) is returned.
 */
function unexplained(doc: NewsDocument, before: string, pointer: string, make: (old: unknown) => unknown) {
  const result = outcome(setAt(doc, pointer, make), { events: "all" });
  if (typeof result === "string") return result === before ? undefined : `${pointer}: another graph`;
  return result.some((issue) => issue.pointer === pointer) ? undefined : `${pointer}: ${result[0]?.message}`;
}

const documents: [string, NewsDocument][] = [
  ["burkina-faso-russia", canonicalDocument()],
  ...REAL_EVENT_EXAMPLES.map((name): [string, NewsDocument] => [name, exampleDocument(name)]),
];

describe("every example document, changed at any one place", () => {
  test.each(documents)("%s: a value of another type is refused there, or the graph is the same", (_name, doc) => {
    const before = outcome(doc, { events: "all" });
    expect(typeof before).toBe("string");
    const wrong = places(doc)
      .slice(1)
      .map((pointer) => unexplained(doc, before as string, pointer, wrongType))
      .filter((found) => found !== undefined);
    expect(wrong).toEqual([]);
  });

  test.each(documents)("%s: a property left out is refused there, or the graph has no undefined", (_name, doc) => {
    const wrong: string[] = [];
    for (const pointer of places(doc).filter((p) => !/\/\d+$/.test(p) && p !== "")) {
      const result = outcome(
        setAt(doc, pointer, () => undefined),
        { events: "all" },
      );
      if (typeof result === "string" ? /undefined/.test(result) : !result.some((i) => i.pointer === pointer))
        wrong.push(`${pointer}: ${typeof result === "string" ? "undefined in the graph" : result[0]?.message}`);
    }
    expect(wrong).toEqual([]);
  });
});

test("arbitrary valid documents, a value of another type anywhere: refused there, or the same graph", () => {
  fc.assert(
    fc.property(
      validDocument.chain((doc) => fc.constantFrom(...places(doc).slice(1)).map((pointer) => ({ doc, pointer }))),
      ({ doc, pointer }) => {
        const before = outcome(doc, { events: "all" });
        expect(typeof before).toBe("string");
        expect(unexplained(doc, before as string, pointer, wrongType)).toBeUndefined();
      },
    ),
    { numRuns: 300 },
  );
});
