import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockBytes } from "../../src/check/block-bytes.js";
import { sameKey, valueKey } from "../../src/check/merge.js";

const decoder = new TextDecoder();
/** The text a kept block gives back. */
const back = (kept: string | Uint8Array): string => (typeof kept === "string" ? kept : decoder.decode(kept));

/** Text of any code units, lone surrogates among them. */
const text = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.constantFrom("\ud800", "\udc00", "\ufffd")), {
    maxLength: 8,
  })
  .map((parts) => parts.join(""));

describe("blockBytes keeps a block's text so that it reads back the same", () => {
  it.each([
    ["ASCII", '{"name": "Ouagadougou"}', "bytes"],
    ["accents and an emoji", '{"name": "Capitão Ibrahim Traoré 😀"}', "bytes"],
    ["a real U+FFFD (what a lone surrogate becomes in UTF-8)", '{"name": "a\ufffdb"}', "bytes"],
    ["a lone high surrogate", '{"name": "a\ud800b"}', "text"],
    ["a lone low surrogate after U+FFFD", '{"name": "\ufffd\udc00"}', "text"],
    ["a block larger than a third of a buffer", `"${"é".repeat(400_000)}"`, "bytes"],
    ["a large block with a lone surrogate", `"${"é".repeat(400_000)}\ud800"`, "text"],
  ])("%s", (_name, text, kept) => {
    const got = blockBytes(text);
    expect(typeof got === "string" ? "text" : "bytes").toBe(kept);
    expect(back(got)).toBe(text);
  });

  it("keeps every block of many, across buffers, unchanged by the ones written after it", () => {
    const texts = Array.from({ length: 300 }, (_, i) => `{"i": ${i}, "t": "${"ü".repeat(1000 + i * 7)}"}`);
    const kept = texts.map(blockBytes);
    expect(kept.map(back)).toEqual(texts);
  });

  it("gives any text back (property)", () => {
    fc.assert(
      // fc.string's units never make a lone surrogate alone: some are mixed in.
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (texts) => {
        const kept = texts.map(blockBytes);
        kept.forEach((k, i) => expect(back(k)).toBe(texts[i]));
      }),
    );
  });
});

describe("sameKey says only what valueKey would say", () => {
  it.each([
    [
      "the same absolute @id",
      { "@id": "https://a.example/#o", name: "A" },
      { "@id": "https://a.example/#o", name: "A" },
      true,
    ],
    ["a relative @id (the pages' bases may differ)", { "@id": "#o" }, { "@id": "#o" }, false],
    ["a nested relative @id", { logo: { "@id": "/logo" } }, { logo: { "@id": "/logo" } }, false],
    ["a blank node", { "@id": "_:b0", name: "A" }, { "@id": "_:b0", name: "A" }, true],
    ["keys in another order", { a: 1, b: 2 }, { b: 2, a: 1 }, false],
    ["another value", { a: [1, 2] }, { a: [1, 3] }, false],
    ["an array against an object", [1], { 0: 1 }, false],
  ])("%s", (_name, a, b, same) => {
    expect(sameKey(a, b)).toBe(same);
    if (same) expect(valueKey(a, "https://one.example/x/")).toBe(valueKey(b, "https://two.example/y/"));
  });

  it("never says the same where the keys differ (property)", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom(1, "a", null, true, "#x", "https://a.example/", "_:b"),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom("@id", "a", "b"), tie("value"), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      // b is a copy of a, or a value of its own (then sameKey must say false unless they agree).
      fc.property(
        json,
        json,
        fc.boolean(),
        fc.constantFrom("https://one.example/x/", undefined),
        (a, other, copy, base) => {
          const b = copy ? structuredClone(a) : other;
          if (sameKey(a, b)) expect(valueKey(a, base)).toBe(valueKey(b, "https://two.example/y/z"));
        },
      ),
    );
  });
});
