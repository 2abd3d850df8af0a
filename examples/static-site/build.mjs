// A build-time static-site step: render an article page with its JSON-LD in the head.
// Usage: node examples/static-site/build.mjs [OUT_DIR]   (default: examples/static-site/out)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertDocument } from "news-events";
import { checkJsonLd } from "news-events/check";
import { burkinaFasoRussia } from "news-events/examples";
import { toJsonLd, toJsonLdScript } from "news-events/jsonld";

const outDir = process.argv[2] ?? fileURLToPath(new URL("out", import.meta.url));

// In a real site this is your CMS export; validate it at the boundary.
const doc = assertDocument(burkinaFasoRussia);
const graph = toJsonLd(doc);

// Fail the build on checker errors, as a CI step would.
const report = checkJsonLd(graph, { canonicalUrl: doc.url });
if (report.errors.length > 0) {
  for (const e of report.errors) console.error(`${e.pointer}: ${e.message}`);
  process.exit(1);
}

// Text in HTML is escaped by the template, JSON-LD by toJsonLdScript: never the other way round.
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const paragraphs = doc.body.split("\n").slice(1).map((p) => `    <p>${escapeHtml(p)}</p>`).join("\n");
const html = `<!doctype html>
<html lang="${escapeHtml(doc.language)}">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(doc.headline)}</title>
    <link rel="canonical" href="${escapeHtml(doc.url)}">
    ${toJsonLdScript(graph)}
  </head>
  <body>
    <h1>${escapeHtml(doc.headline)}</h1>
    <p>Published <time datetime="${escapeHtml(doc.published)}">${escapeHtml(doc.published.slice(0, 10))}</time></p>
${paragraphs}
  </body>
</html>
`;
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "index.html"), html);
console.log(`wrote ${join(outDir, "index.html")} (${report.warnings.length} warnings, ${report.notes.length} notes)`);
