// A news article page rendered on the server with React (as Next.js or Remix would), its
// schema.org JSON-LD in a <script type="application/ld+json"> element made from
// toJsonLdScriptProps. Run it: node examples/react-ssr/render.mjs [DOCUMENT.json]
import { readFileSync } from "node:fs";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { toJsonLd, toJsonLdScriptProps } from "news-events/jsonld";
import { burkinaFasoRussia } from "news-events/examples";

/** The page of one article: its JSON-LD in the head, its headline and body in the body. */
export function ArticlePage({ doc }) {
  return h(
    "html",
    { lang: doc.language },
    h("head", null, h("title", null, doc.headline), h("script", toJsonLdScriptProps(toJsonLd(doc)))),
    h("body", null, h("article", null, h("h1", null, doc.headline), h("p", null, doc.body ?? ""))),
  );
}

/** The page's HTML for a document. */
export function renderArticle(doc) {
  return `<!doctype html>${renderToStaticMarkup(h(ArticlePage, { doc }))}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file] = process.argv.slice(2);
  const doc = file ? JSON.parse(readFileSync(file, "utf8")) : burkinaFasoRussia;
  process.stdout.write(`${renderArticle(doc)}\n`);
}
