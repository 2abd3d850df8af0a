import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkJsonLdBlocks } from "../../src/check/index.js";
import { utf8Length } from "../../src/check/rules/content.js";

/** The text/size warnings of a page's blocks under a byte budget. */
function sizeFindings(blocks: readonly string[], maxBytes: number): string[] {
  return checkJsonLdBlocks(blocks, { maxBytes })
    .warnings.filter((f) => f.rule === "text/size")
    .map((f) => f.message);
}

/** The size the rule measures: the parsed blocks as one compact JSON array, in UTF-8. */
function compactBytes(blocks: readonly string[]): number {
  return utf8Length(JSON.stringify(blocks.map((b) => JSON.parse(b) as unknown)));
}

/** JSON text written the long way: numbers in exponent form, strings escaped or raw (lone surrogates too), indented. */
function write(value: unknown, style: { exponent: boolean; escape: boolean; indent: string }): string {
  if (typeof value === "number") return style.exponent ? value.toExponential() : String(value);
  if (typeof value === "string")
    return style.escape
      ? `"${[...value].map((c) => [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")).join("")}"`
      : `"${value.replace(/["\\\x00-\x1f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
  if (Array.isArray(value)) return `[${style.indent}${value.map((v) => write(v, style)).join(`,${style.indent}`)}]`;
  if (value !== null && typeof value === "object")
    return `{${style.indent}${Object.entries(value)
      .map(([k, v]) => `${write(k, style)} : ${write(v, style)}`)
      .join(`,${style.indent}`)}}`;
  return JSON.stringify(value);
}

describe("text/size on a page's blocks (bounded from their texts before serialising)", () => {
  it.each([
    ["a number that prints longer than written", ['{"@type":"Thing","n":1e20}']],
    ["numbers in an array", ['{"@type":"Thing","n":[1e7,-5e-7,1.5e300]}', '{"m":1e21}']],
    ["a raw lone surrogate (printed as \\uXXXX)", ['{"@type":"Thing","name":"\ud800\udc00\ud800x"}']],
    ["escapes that print shorter", ['{"@type":"Thing","name":"\\u00e9\\/\\n\\u2028"}']],
    [
      "numbers too deep for the text rules' walk",
      [`{"@type":"Thing","n":${"[".repeat(70)}1e20,1e20${"]".repeat(70)}}`],
    ],
    ["whitespace", ['{ "@type" : "Thing" ,\n  "name" : "x" }', "[ ]"]],
  ])("%s: warns one byte over the compact size, not at it", (_, blocks) => {
    const bytes = compactBytes(blocks);
    expect(sizeFindings(blocks, bytes - 1)).toEqual([`is ${bytes} bytes of JSON, over the ${bytes - 1}-byte budget`]);
    expect(sizeFindings(blocks, bytes)).toEqual([]);
  });

  it("measures the compact JSON of any blocks, however they are written", () => {
    const style = fc.record({ exponent: fc.boolean(), escape: fc.boolean(), indent: fc.constantFrom("", "\n  ") });
    const block = fc.tuple(fc.jsonValue({ stringUnit: "binary" }), style).map(([v, s]) => write({ v }, s));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 3 }), (blocks) => {
        const bytes = compactBytes(blocks);
        expect(sizeFindings(blocks, bytes - 1)).toHaveLength(1);
        expect(sizeFindings(blocks, bytes)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
