import { parse } from "parse5";
import { describe, expect, test } from "vitest";
import { validateDocument } from "../../src/index.js";
import { serializeJsonLd, toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { documentWithHostileText, HOSTILE_STRINGS, PAGE_ELEMENTS, pageWith } from "../helpers/hostile.js";

describe("serializeJsonLd escapes what can break out of a script element, and nothing else", () => {
  const cases: [string, string][] = [
    ["</script>", "\\u003c/script\\u003e"],
    ["<!--", "\\u003c!--"],
    ["-->", "--\\u003e"],
    ["a & b", "a \\u0026 b"],
    ["\u2028\u2029", "\\u2028\\u2029"],
    ["&amp;", "\\u0026amp;"],
    ["“quotes” ’ é 🇧🇫", "“quotes” ’ é 🇧🇫"],
    ['"\\', '\\"\\\\'],
  ];
  for (const [input, escaped] of cases) {
    test(JSON.stringify(input), () => {
      const text = serializeJsonLd({ name: input }, { compact: true });
      expect(text).toBe(`{"name":"${escaped}"}`);
      expect(JSON.parse(text)).toEqual({ name: input });
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    });
  }
});

type P5Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  value?: string;
};

function elements(node: P5Node, out: P5Node[] = []): P5Node[] {
  if (node.tagName) out.push(node);
  for (const child of node.childNodes ?? []) elements(child, out);
  return out;
}

describe("hostile text in every field survives the script tag and a spec-conformant HTML parse (parse5)", () => {
  for (const hostile of HOSTILE_STRINGS) {
    test(JSON.stringify(hostile), () => {
      const doc = documentWithHostileText(hostile);
      // Validation rejects what Google's rules call errors (markup or outer white space in the
      // headline; several names in one author name; outer white space in an author's or the
      // publisher's name), markup in the description (our checker warns of it), quotations whose
      // words are no longer in their evidence, and nothing else here; the script tag must hold
      // the text safely either way.
      const result = validateDocument(doc);
      const expected = (p: string) =>
        p === "/headline" ||
        p === "/description" ||
        p === "/authors/0/name" ||
        p === "/publisher/name" ||
        /^\/quotes\/\d+\/text$/.test(p);
      expect(result.ok ? [] : result.issues.map((i) => i.pointer).filter((p) => !expected(p))).toEqual([]);
      const graph = toJsonLd(doc);
      expect(JSON.stringify(graph)).toContain(JSON.stringify(hostile).slice(1, -1)); // the hostile text is really in the graph
      const tree = parse(pageWith(toJsonLdScript(graph))) as unknown as P5Node;
      const all = elements(tree);
      expect(all.map((e) => e.tagName)).toEqual(PAGE_ELEMENTS);
      const scripts = all.filter((e) => e.tagName === "script");
      expect(scripts).toHaveLength(1);
      expect(scripts[0]?.attrs).toEqual([{ name: "type", value: "application/ld+json" }]);
      const text = (scripts[0]?.childNodes ?? []).map((c) => c.value ?? "").join("");
      expect(JSON.parse(text)).toEqual(graph);
    });
  }
});
