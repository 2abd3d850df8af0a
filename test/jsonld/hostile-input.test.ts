import { describe, expect, test } from "vitest";
import type { NewsDocument } from "../../src/index.js";
import { NewsEventsError as RootError } from "../../src/index.js";
import {
  isNewsEventsError,
  NewsEventsError,
  serializeJsonLd,
  toJsonLd,
  toJsonLdScript,
  toJsonLdScriptProps,
  type Issue,
} from "../../src/jsonld/index.js";
import { canonicalDocument, thrownIssues } from "../helpers/fixtures.js";

/*
 * A trial of the packed package: a cycle in a document was "/: could not be read: RangeError:
 * Maximum call stack size exceeded", a throwing getter "/: could not be read: Error: boom", and the
 * serializers threw bare TypeErrors (no graph at all, a cyclic one) or wrote NaN as null without a
 * word. Each is now a NewsEventsError naming the place.
 */

type Node = Record<string, unknown>;

/** The issues (code, pointer, message) of the NewsEventsError `run` throws. */
const refusal = (run: () => unknown): Pick<Issue, "code" | "pointer" | "message">[] =>
  thrownIssues(run).map(({ code, pointer, message }) => ({ code, pointer, message }));

const boom = () => {
  throw new Error("boom");
};

describe("toJsonLd names where a hostile document cannot be read", () => {
  const cases: [string, (d: Node) => void, Pick<Issue, "code" | "pointer" | "message">[]][] = [
    [
      "a publisher that contains itself",
      (d) => {
        const publisher = d["publisher"] as Node;
        publisher["self"] = publisher;
      },
      [
        {
          code: "circular-reference",
          pointer: "/publisher/self",
          message: "contains itself (it is the object at /publisher): JSON cannot hold a cycle",
        },
      ],
    ],
    [
      "an event whose list of details holds the document",
      (d) => void ((d["events"] as Node[])[1]!["details"] = [d]),
      [
        {
          code: "circular-reference",
          pointer: "/events/1/details/0",
          message: "contains itself (it is the object at (root)): JSON cannot hold a cycle",
        },
      ],
    ],
    [
      "a getter that throws on the publisher's name",
      (d) => void Object.defineProperty(d["publisher"], "name", { get: boom, enumerable: true }),
      [{ code: "unreadable", pointer: "/publisher/name", message: "could not be read: Error: boom" }],
    ],
    [
      "a getter that throws on an image of the list",
      (d) => void Object.defineProperty(d["images"], 1, { get: boom, enumerable: true }),
      [{ code: "unreadable", pointer: "/images/1", message: "could not be read: Error: boom" }],
    ],
    [
      "nesting 100,000 levels deep under a key the builder does not read",
      (d) => {
        let deep: unknown = {};
        for (let i = 0; i < 100_000; i++) deep = { next: deep };
        d["extra"] = deep;
      },
      [
        {
          code: "too-deep",
          pointer: `/extra${"/next".repeat(64)}`,
          message: "is nested more than 64 levels deep: no document nests so deep",
        },
      ],
    ],
  ];
  test.each(cases)("%s", (_name, edit, issues) => {
    const doc = canonicalDocument() as NewsDocument & Node;
    edit(doc);
    expect(refusal(() => toJsonLd(doc))).toEqual(issues);
  });

  test("a proxy whose keys cannot be listed is the document itself", () => {
    const doc = new Proxy(canonicalDocument(), { ownKeys: boom });
    expect(refusal(() => toJsonLd(doc))).toEqual([
      { code: "unreadable", pointer: "", message: "could not be read: Error: boom" },
    ]);
  });
});

describe("the serializers refuse what JSON cannot hold, with a NewsEventsError naming where", () => {
  const cyclic: Node = { "@graph": [{ "@type": "Thing" }] };
  (cyclic["@graph"] as Node[])[0]!["about"] = cyclic;
  const cases: [string, unknown, Pick<Issue, "code" | "pointer" | "message">[]][] = [
    ["no graph at all", undefined, [{ code: "type", pointer: "", message: "must be object (got undefined)" }]],
    ["a symbol", Symbol("graph"), [{ code: "type", pointer: "", message: "must be object (got symbol)" }]],
    ["a function", () => ({}), [{ code: "type", pointer: "", message: "must be object (got function)" }]],
    ["null", null, [{ code: "type", pointer: "", message: "must be object (got null)" }]],
    [
      "a graph that contains itself",
      cyclic,
      [
        {
          code: "circular-reference",
          pointer: "/@graph/0/about",
          message: "contains itself (it is the object at (root)): JSON cannot hold a cycle",
        },
      ],
    ],
    [
      "NaN and Infinity, which JSON.stringify writes as null",
      { x: NaN, "@graph": [{ width: Infinity }] },
      [
        { code: "type", pointer: "/x", message: "must be number (got NaN)" },
        { code: "type", pointer: "/@graph/0/width", message: "must be number (got Infinity, a number out of range)" },
      ],
    ],
    ["a BigInt", { n: 1n }, [{ code: "type", pointer: "/n", message: "must be a JSON value (got bigint)" }]],
    [
      "a getter that throws",
      { "@graph": [Object.defineProperty({}, "name", { get: boom, enumerable: true })] },
      [{ code: "unreadable", pointer: "/@graph/0/name", message: "could not be read: Error: boom" }],
    ],
  ];
  test.each(cases)("%s", (_name, graph, issues) => {
    for (const write of [serializeJsonLd, toJsonLdScript, toJsonLdScriptProps])
      expect(refusal(() => write(graph as object))).toEqual(issues);
  });

  test("a null JSON can hold, or the word in a text, is written as it is", () => {
    const graph = { name: "null and void", value: null, list: [null] };
    expect(serializeJsonLd(graph, { compact: true })).toBe('{"name":"null and void","value":null,"list":[null]}');
  });
});

test("news-events/jsonld exports the error class its functions throw, and its test", () => {
  let caught: unknown;
  try {
    toJsonLd({} as NewsDocument);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(NewsEventsError);
  expect(NewsEventsError).toBe(RootError);
  expect(isNewsEventsError(caught)).toBe(true);
  expect(isNewsEventsError(new Error("Invalid document"))).toBe(false);
});
