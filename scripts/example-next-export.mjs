#!/usr/bin/env node
// Writes examples/next-export/: a directory shaped like a Next.js 15 static export (`output:
// "export"`, `trailingSlash: true`) of a news site, as `next build` leaves it in `out/`: a home
// page with the site's Organization and WebSite, a page per section, a 404.html without JSON-LD,
// _next/ assets, and an article page for each real example document (examples/*/document.json)
// carrying the library's JSON-LD, `toJsonLdScript(toJsonLd(doc, options))`.
//
// Usage: node scripts/example-next-export.mjs [OUT_DIR]   (default: examples/next-export)
// test/examples/next-export.test.ts regenerates it and compares, then checks it as a site's CI would.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toJsonLd, toJsonLdScript } from "../dist/jsonld.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2] ?? join(root, "examples", "next-export");
const SITE = "https://news.example.org/";
const BUILT_IN_KINDS = ["Meeting", "Coup", "Partnership", "Event"];
// An article in a section has the trail Home › section; one without a section (the field is optional)
// has none: a trail of the home page alone says nothing.
const options = (doc) => ({
  site: { name: "Example News", url: SITE },
  publisherLogo: { url: `${SITE}logo.png`, width: 600, height: 60 },
  ...(doc.section && {
    breadcrumbs: [
      { name: "Home", url: SITE },
      { name: doc.section, url: sectionUrl(doc.section) },
    ],
  }),
});
const sectionUrl = (section) => `${SITE}${section.toLowerCase()}/`;
const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

// What `next build` puts in every page: its chunks and stylesheet (names as Next writes them).
const ASSETS = {
  "_next/static/chunks/webpack-3f2d9a1c.js": "/* webpack runtime (placeholder) */\n",
  "_next/static/chunks/main-app-8c1e0b7d.js": "/* app router entry (placeholder) */\n",
  "_next/static/css/4b9e2f3a.css": "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:42rem}\n",
  "_next/static/BUILD_ID/_buildManifest.js": "self.__BUILD_MANIFEST={};\n",
};
const head = (title, canonical, extra = "") => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>\
<meta name="viewport" content="width=device-width, initial-scale=1"/>\
<link rel="stylesheet" href="/_next/static/css/4b9e2f3a.css" data-precedence="next"/>\
<script src="/_next/static/chunks/webpack-3f2d9a1c.js" async=""></script>\
<script src="/_next/static/chunks/main-app-8c1e0b7d.js" async=""></script>\
<title>${escapeHtml(title)}</title>${canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}"/>` : ""}${extra}</head>`;
const page = (title, canonical, jsonLd, body) =>
  `${head(title, canonical, jsonLd)}<body>${body}<script>self.__next_f=self.__next_f||[]</script></body></html>\n`;

function write(path, text) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
}

const docs = readdirSync(join(root, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    try {
      return [JSON.parse(readFileSync(join(root, "examples", d.name, "document.json"), "utf8"))];
    } catch {
      return [];
    }
  })
  // A page only for a document of the built-in kinds: one of a user-defined kind
  // (examples/custom-kind-election) needs its kind built, which a site would do with its own.
  .filter((doc) => (doc.events ?? []).every((e) => BUILT_IN_KINDS.includes(e.kind)))
  .sort((a, b) => a.url.localeCompare(b.url));

rmSync(out, { recursive: true, force: true });
for (const [path, text] of Object.entries(ASSETS)) write(path, text);

// Article pages: the library's graph for each document, as a page of the site would emit it.
const graphs = docs.map((doc) => toJsonLd(doc, options(doc)));
docs.forEach((doc, i) => {
  const path = `${new URL(doc.url).pathname.replace(/^\//, "")}index.html`;
  const body = `<main><article><h1>${escapeHtml(doc.headline)}</h1>${(doc.body ?? doc.description ?? "")
    .split("\n")
    .slice(1)
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}</article></main>`;
  write(path, page(doc.headline, doc.url, toJsonLdScript(graphs[i]), body));
});

// The home page: the site's WebSite and Organization, the same nodes the article pages carry.
const node = (type) => graphs[0]?.["@graph"].find((n) => n["@type"] === type);
const home = { "@context": "https://schema.org", "@graph": [node("WebSite"), node("Organization")] };
const links = docs.map(
  (d) => `<li><a href="${escapeHtml(new URL(d.url).pathname)}">${escapeHtml(d.headline)}</a></li>`,
);
write(
  "index.html",
  page("Example News", SITE, toJsonLdScript(home), `<main><h1>Example News</h1><ul>${links.join("")}</ul></main>`),
);

// A page per section: its breadcrumb trail (no article on it).
for (const section of [...new Set(docs.flatMap((d) => (d.section ? [d.section] : [])))].sort()) {
  const url = sectionUrl(section);
  const crumbs = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    "@id": `${url}#breadcrumb`,
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "Home", item: SITE },
      { "@type": "ListItem", position: 2, name: section },
    ],
  };
  const items = docs.filter((d) => d.section === section);
  const list = items.map(
    (d) => `<li><a href="${escapeHtml(new URL(d.url).pathname)}">${escapeHtml(d.headline)}</a></li>`,
  );
  write(
    `${url.slice(SITE.length)}index.html`,
    page(
      `${section} — Example News`,
      url,
      toJsonLdScript(crumbs),
      `<main><h1>${escapeHtml(section)}</h1><ul>${list.join("")}</ul></main>`,
    ),
  );
}

write(
  "README.md",
  `# A Next.js-shaped static export

Generated by \`node scripts/example-next-export.mjs\` (do not edit): the shape \`next build\` leaves in
\`out/\` with \`output: "export"\` and \`trailingSlash: true\` — a home page with the site's WebSite and
Organization, a page per section with its breadcrumb trail, \`404.html\` without JSON-LD, \`_next/\`
assets, and an article page for each real example document in \`examples/*/document.json\`, its
JSON-LD written by \`toJsonLdScript(toJsonLd(doc, options))\`. Check it as a site's CI would:

    npx news-events check examples/next-export/

test/examples/next-export.test.ts regenerates it, compares, and runs that command.
`,
);

// Next writes its not-found page as 404.html, with no JSON-LD.
write(
  "404.html",
  page(
    "404: This page could not be found.",
    undefined,
    "",
    "<main><h1>404</h1><p>This page could not be found.</p></main>",
  ),
);
console.log(`wrote ${docs.length} article pages, the home page, the section pages and 404.html to ${out}`);
