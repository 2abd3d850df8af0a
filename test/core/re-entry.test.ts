import { expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import { toNinjs } from "../../src/ninjs/index.js";
import { validateDocument } from "../../src/validate/validate.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// A getter of the input runs the caller's code in the middle of a call: that code may call the
// same function on another input. Each entry point that keeps state between the values it reads
// (validation's validators and walk; the JSON-LD guard's path and the builder's id map; the ninjs
// writer) must answer the outer call as it would without the getter. validateEvent's one pass and
// full path have tests of their own (test/validate/one-pass.test.ts).

type Doc = ReturnType<typeof canonicalDocument> & Record<string, unknown>;

/** The canonical document with `change` made, and its first event's name read through a getter that runs `inner`. */
function withGetter(change: (d: Doc) => void, inner: () => void): Doc {
  const doc = canonicalDocument() as Doc;
  change(doc);
  const event = doc.events[0] as unknown as Record<string, unknown>;
  const name = event["name"];
  Object.defineProperty(event, "name", { get: () => (inner(), name), enumerable: true });
  return doc;
}

/** The answer of `f`, or the message it threw. */
const answer = (f: () => unknown): unknown => {
  try {
    return f();
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
};

const unsafe = (d: Doc) => void (d["url"] = "javascript:alert(1)//");
// A lone surrogate is found by validation's plain-data state, which a call from inside once reset.
const loneSurrogate = (d: Doc) => void (d["headline"] = "Talks \uD800");
const ENTRY_POINTS: [string, (doc: unknown) => unknown][] = [
  ["toJsonLd", (doc) => toJsonLd(doc as Doc)],
  ["toNinjs", (doc) => toNinjs(doc as Doc)],
  ["validateDocument", (doc) => validateDocument(doc)],
];

test.each(ENTRY_POINTS)("%s answers a document as without a getter that calls it on another document", (_, f) => {
  for (const [outer, inner] of [
    [() => {}, unsafe],
    [unsafe, () => {}],
    [loneSurrogate, unsafe],
  ] as const) {
    const plain = canonicalDocument() as Doc;
    outer(plain);
    const other = canonicalDocument() as Doc;
    inner(other);
    const expected = answer(() => f(plain));
    const got = answer(() => f(withGetter(outer, () => answer(() => f(other)))));
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  }
});
