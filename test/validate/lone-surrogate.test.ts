import { describe, expect, test } from "vitest";
import { validateDocument, validateEvent, type NewsDocument } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, mutated } from "../helpers/fixtures.js";

/*
 * Issue 21: text holding a lone surrogate (half of a UTF-16 pair, which `"\ud800"` in JSON text
 * makes) cannot be written as UTF-8 on a page. Validation lists it; the JSON-LD builder, given an
 * unvalidated document, still never throws on it.
 */

type Node = Record<string, unknown>;

describe("text with a lone surrogate is a validation issue at its pointer", () => {
  const cases: [string, (d: NewsDocument & Node) => void, string][] = [
    ["a high surrogate in an author's name", (d) => void (d.authors[0]!.name = "Ana \uD800 Lee"), "/authors/0/name"],
    ["a low surrogate in the headline", (d) => void (d.headline = "Talks \uDC00 in Moscow"), "/headline"],
    ["a high surrogate at the end of a keyword", (d) => void (d.keywords = ["Sahel\uD83D"]), "/keywords/0"],
    ["a lone surrogate in the body", (d) => void (d.body = `${d.body}\uDFFF`), "/body"],
  ];
  test.each(cases)("%s", (_name, edit, pointer) => {
    const result = validateDocument(mutated(edit));
    expect(result.ok ? [] : result.issues).toContainEqual({
      code: "lone-surrogate",
      pointer,
      message: "holds a lone surrogate (half of a UTF-16 pair), which UTF-8 cannot encode",
    });
  });

  test("a surrogate pair (an emoji) is text like any other", () => {
    expect(validateDocument(mutated((d) => void (d.authors[0]!.name = "Ana 😀 Lee"))).ok).toBe(true);
  });

  test("an event on its own is held to the same rule", () => {
    const event = structuredClone(canonicalDocument().events[0]!) as unknown as Node;
    event["name"] = "Meeting \uD800";
    const result = validateEvent(event);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toContainEqual(["lone-surrogate", "/name"]);
  });
});

test("toJsonLd never throws on a lone surrogate in a name that becomes an id: it is U+FFFD in the IRI", () => {
  const doc = mutated((d) => {
    d.authors = [{ type: "person", name: "Ana \uD800 Lee" }];
  });
  const author = (toJsonLd(doc)["@graph"] as unknown as Node[]).find((n) => n["name"] === "Ana \uD800 Lee");
  expect(author?.["@id"]).toMatch(/#\/author\/ana-%EF%BF%BD-lee$/);
});
