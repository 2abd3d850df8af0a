import { describe, expect, test } from "vitest";
import type { Issue, NewsDocument } from "../../src/index.js";
import { toJsonLd, type JsonLdOptions } from "../../src/jsonld/index.js";
import { fromLinkedData } from "../../src/linked-data/index.js";
import { canonicalDocument, mutated, thrownIssues } from "../helpers/fixtures.js";
import { answeringTwice } from "../helpers/hostile.js";

type Node = Record<string, unknown>;

/** The issues of the NewsEventsError that `run` throws, as code, pointer and params. */
const thrown = (run: () => unknown): Pick<Issue, "code" | "pointer" | "params">[] =>
  thrownIssues(run).map(({ code, pointer, params }) => ({ code, pointer, ...(params ? { params } : {}) }));

describe("what cannot become JSON-LD is reported with its own code and the raw value in params", () => {
  const doc = canonicalDocument();
  const cases: [string, () => unknown, Pick<Issue, "code" | "pointer" | "params">[]][] = [
    [
      "a url that is not http(s)",
      () => toJsonLd(mutated((d) => void (d.url = "javascript:alert(1)"))),
      [{ code: "unsafe-url", pointer: "/url", params: { got: "javascript:alert(1)" } }],
    ],
    [
      "an id that would break out of the IRI",
      () => toJsonLd(mutated((d) => void ((d.events[0] as unknown as Node)["places"] = ["a/b"]))),
      [{ code: "unsafe-id", pointer: "/events/0/places/0", params: { got: "a/b" } }],
    ],
    [
      "a class that is no QID",
      () => toJsonLd(mutated((d) => void ((d.events[0] as unknown as Node)["classes"] = ["Q1", "x"]))),
      [{ code: "unsafe-id", pointer: "/events/0/classes/1", params: { got: "x" } }],
    ],
    [
      "a url that is not text (no params: there is no text to show)",
      () => toJsonLd(mutated((d) => void ((d as unknown as Node)["url"] = 5))),
      [{ code: "unsafe-url", pointer: "/url" }],
    ],
    [
      "a part of the wrong shape",
      () => toJsonLd(mutated((d) => void ((d as unknown as Node)["authors"] = {}))),
      [{ code: "type", pointer: "/authors", params: { expected: "array", got: "object" } }],
    ],
    [
      "a document whose getter throws",
      () =>
        toJsonLd(
          new Proxy(doc, {
            ownKeys: () => {
              throw new Error("no keys");
            },
          }) as NewsDocument,
        ),
      [{ code: "unreadable", pointer: "", params: { error: "Error: no keys" } }],
    ],
    [
      "a value the guard read as one shape and the builder as another",
      () => {
        const changing = canonicalDocument();
        answeringTwice(changing.events[2]!, "outcome", "successful", 5);
        return toJsonLd(changing);
      },
      [
        {
          code: "unreadable",
          pointer: "",
          params: { error: expect.stringMatching(/^TypeError: /) as unknown as string },
        },
      ],
    ],
    [
      "an entity IRI that is not http(s)",
      () => toJsonLd(doc, { entityIds: () => "javascript:alert(1)" }),
      [
        {
          code: "unsafe-url",
          pointer: "/entities/0",
          params: { id: doc.entities?.[0]?.id ?? "", got: "javascript:alert(1)" },
        },
      ],
    ],
    [
      "site options: a URL, a duplicate @id, a reserved key",
      () =>
        toJsonLd(doc, {
          site: { name: "x", url: "ftp://x" },
          extend: {
            article: { "@type": "BlogPosting" } as never,
            nodes: [{ "@type": "Thing", "@id": `${doc.url}#article` }],
          },
        } as JsonLdOptions),
      [
        { code: "unsafe-url", pointer: "/options/site/url", params: { got: "ftp://x" } },
        { code: "const", pointer: "/options/extend/article/@type", params: { key: "@type" } },
        { code: "duplicate-id", pointer: "/options/extend/nodes/0/@id", params: { id: `${doc.url}#article` } },
      ],
    ],
    [
      "site options: free but paywalled",
      () =>
        toJsonLd(
          mutated((d) => void (d.paywall = { cssSelector: ".p" })),
          { isAccessibleForFree: true },
        ),
      [{ code: "const", pointer: "/options/isAccessibleForFree", params: { got: true } }],
    ],
    [
      "Linked Data: a reference to nothing",
      () => fromLinkedData({ "@type": "NewsDocument", publisher: { "@id": "_:missing" } }),
      [{ code: "dangling-reference", pointer: "/publisher", params: { id: "_:missing" } }],
    ],
    [
      "Linked Data: a cycle",
      () =>
        fromLinkedData({
          "@graph": [
            { "@type": "NewsDocument", publisher: { "@id": "_:a" } },
            { "@id": "_:a", logo: { "@id": "_:a" } },
          ],
        }),
      [{ code: "circular-reference", pointer: "/publisher/logo" }],
    ],
    [
      "Linked Data: two document nodes",
      () => fromLinkedData({ "@graph": [{ "@type": "NewsDocument" }, { "@type": "NewsDocument" }] }),
      [{ code: "type", pointer: "", params: { found: 2 } }],
    ],
  ];
  test.each(cases)("%s", (_, run, expected) => {
    expect(thrown(run)).toEqual(expected);
  });
});
