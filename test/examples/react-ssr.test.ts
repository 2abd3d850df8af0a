import { parse } from "parse5";
import { describe, expect, test } from "vitest";
import { toJsonLd, toJsonLdScript, toJsonLdScriptProps } from "../../src/jsonld/index.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

/** The text of every <script type="application/ld+json"> element of a page, as an HTML parser reads it. */
function jsonLdScripts(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === "script" && node.attrs?.some((a) => a.name === "type" && a.value === "application/ld+json"))
      out.push((node.childNodes ?? []).map((c) => c.value ?? "").join(""));
    (node.childNodes ?? []).forEach(walk);
  };
  walk(parse(html) as unknown as Node);
  return out;
}

describe("toJsonLdScriptProps: a React <script> element with toJsonLdScript's escaping", () => {
  test("the props carry what the tag string carries", () => {
    const graph = toJsonLd(canonicalDocument());
    const props = toJsonLdScriptProps(graph);
    expect(props.type).toBe("application/ld+json");
    expect(toJsonLdScript(graph)).toBe(`<script type="application/ld+json">${props.dangerouslySetInnerHTML.__html}</script>`);
  });

  test("examples/react-ssr renders the page with react-dom/server, its JSON-LD read back whole", async () => {
    const { renderArticle } = (await import(repoPath("examples/react-ssr/render.mjs"))) as {
      renderArticle: (doc: unknown) => string;
    };
    const doc = canonicalDocument();
    const scripts = jsonLdScripts(renderArticle(doc));
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0] ?? "")).toEqual(toJsonLd(doc));
  });

  test("a headline holding </script> stays inside the script", async () => {
    const { renderArticle } = (await import(repoPath("examples/react-ssr/render.mjs"))) as {
      renderArticle: (doc: unknown) => string;
    };
    const doc = { ...canonicalDocument(), headline: 'Coup</script><script>alert("x")</script> & more' };
    const html = renderArticle(doc);
    const scripts = jsonLdScripts(html);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0] ?? "")).toEqual(toJsonLd(doc));
  });
});
