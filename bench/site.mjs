// A static site of `count` article pages, each the canonical article under its own URL, in the
// shape a news site's static build writes: a head with the usual meta tags, stylesheets, an inline
// style and script, the library's JSON-LD block and a BreadcrumbList block; a body with a header
// (an inline SVG logo, the section menu), the article (byline, picture, paragraphs), a "most read"
// list, a newsletter form, a footer and the trailing scripts. About 50 KB a page, 28 KB of it the
// JSON-LD of a rich document: on the small side of a real publisher's article page (often
// 100–500 KB, mostly inline scripts), so the JSON-LD, which the checker reads and a tokenizer pass
// does not, weighs more here than on most real sites. For timing `news-events check` against a
// parse5 tokenizer pass.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonLd, toJsonLdScript } from "../dist/jsonld.js";

const escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const escapeAttr = (text) => escapeText(text).replace(/"/g, "&quot;");

const SECTIONS = [
  "World",
  "Africa",
  "Americas",
  "Asia",
  "Europe",
  "Middle East",
  "Politics",
  "Business",
  "Markets",
  "Technology",
  "Science",
  "Climate",
  "Health",
  "Sport",
  "Football",
  "Culture",
  "Books",
  "Film",
  "Music",
  "Opinion",
  "Editorials",
  "Letters",
  "Investigations",
  "Data",
  "Podcasts",
  "Video",
  "Photography",
  "Obituaries",
  "Corrections",
  "Travel",
  "Food",
  "Style",
  "Education",
  "Law",
  "Media",
];

// A site's stylesheet inlined for first paint (critical CSS), as most news templates do.
const CRITICAL_CSS = SECTIONS.map(
  (s, i) =>
    `.nav__item--${s.toLowerCase().replace(/\W+/g, "-")}{border-bottom:3px solid hsl(${i * 10},60%,45%);padding:0 .75rem}.nav__item--${s.toLowerCase().replace(/\W+/g, "-")}:hover{background:hsl(${i * 10},60%,95%)}`,
).join("\n");

const LOGO =
  '<svg class="logo" viewBox="0 0 160 32" width="160" height="32" role="img" aria-labelledby="logo-title"><title id="logo-title">Example News</title><path d="M4 4h24v4H8v6h16v4H8v6h20v4H4z"/><path d="M36 4h4l14 18V4h4v24h-4L40 10v18h-4z"/><circle cx="140" cy="16" r="12" fill="none" stroke="currentColor" stroke-width="3"/></svg>';

const slug = (s) => s.toLowerCase().replace(/\W+/g, "-");
const link = (href, text, cls) =>
  `<a href="${escapeAttr(href)}"${cls ? ` class="${cls}"` : ""}>${escapeText(text)}</a>`;

function head(page, i) {
  const image = page.images?.[0]?.url ?? "";
  const breadcrumb = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "Home", item: "https://news.example.org/" },
      { "@type": "ListItem", position: 2, name: page.section, item: `https://news.example.org/${slug(page.section)}/` },
      { "@type": "ListItem", position: 3, name: page.headline, item: page.url },
    ],
  };
  const meta = [
    ["description", page.description],
    ["robots", "max-image-preview:large"],
    ["author", page.authors?.[0]?.name ?? ""],
  ].map(([n, c]) => `<meta name="${n}" content="${escapeAttr(c)}">`);
  const og = [
    ["og:type", "article"],
    ["og:title", page.headline],
    ["og:description", page.description],
    ["og:url", page.url],
    ["og:image", image],
    ["og:site_name", page.publisher?.name ?? ""],
    ["article:published_time", page.published],
    ["article:section", page.section],
    ["twitter:card", "summary_large_image"],
    ["twitter:title", page.headline],
    ["twitter:description", page.description],
    ["twitter:image", image],
  ].map(([p, c]) => `<meta property="${p}" content="${escapeAttr(c)}">`);
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(page.headline)} | ${escapeText(page.publisher?.name ?? "")}</title>
${meta.join("\n")}
<link rel="canonical" href="${escapeAttr(page.url)}">
${og.join("\n")}
<link rel="preconnect" href="https://static.news.example.org">
<link rel="preconnect" href="https://images.news.example.org" crossorigin>
<link rel="stylesheet" href="https://static.news.example.org/css/site.3f9a1c.css">
<link rel="stylesheet" href="https://static.news.example.org/css/article.8b2e70.css" media="print" onload="this.media='all'">
<link rel="icon" href="/favicon.ico" sizes="32x32">
<link rel="alternate" type="application/rss+xml" title="${escapeAttr(page.section)}" href="https://news.example.org/${slug(page.section)}/rss.xml">
<style>
${CRITICAL_CSS}
</style>
<script>
window.dataLayer = window.dataLayer || [];
window.dataLayer.push({ pageType: "article", section: ${JSON.stringify(page.section)}, articleId: "a-${i}", published: ${JSON.stringify(page.published)}, words: ${(page.body ?? "").split(/\s+/).length}, tags: ${JSON.stringify(page.keywords ?? [])} });
(function (w, d) { var s = d.createElement("script"); s.async = true; s.src = "https://static.news.example.org/js/metrics.js"; d.head.appendChild(s); if (w.localStorage && w.localStorage.getItem("consent") === "1") { w.dataLayer.push({ consent: true }); } })(window, document);
</script>
${toJsonLdScript(toJsonLd(page))}
<script type="application/ld+json">${JSON.stringify(breadcrumb)}</script>
</head>`;
}

function article(page) {
  const image = page.images?.[0];
  const sources = (page.images ?? [])
    .map(
      (img) =>
        `<source media="(min-width: ${img.width}px)" srcset="${img.url}?w=${img.width} 1x, ${img.url}?w=${img.width * 2} 2x">`,
    )
    .join("\n");
  const sentences = (page.body ?? "").match(/[^.!?]+[.!?]+["”’]?\s*/g) ?? [];
  const paragraphs = [];
  for (let s = 0; s < sentences.length; s += 2)
    paragraphs.push(
      `<p>${escapeText(
        sentences
          .slice(s, s + 2)
          .join("")
          .trim(),
      )}</p>`,
    );
  const author = page.authors?.[0];
  return `<article class="article" itemscope>
<header class="article__header">
<p class="article__kicker">${link(`https://news.example.org/${slug(page.section)}/`, page.section)}</p>
<h1 class="article__headline">${escapeText(page.headline)}</h1>
<p class="article__standfirst">${escapeText(page.description ?? "")}</p>
<p class="byline">By ${link(author?.url ?? "#", author?.name ?? "")} <time datetime="${page.published}">${new Date(page.published).toUTCString()}</time></p>
</header>
<figure class="article__image">
<picture>
${sources}
<img src="${image?.url}" width="${image?.width}" height="${image?.height}" alt="${escapeAttr(image?.caption ?? "")}" loading="eager" decoding="async">
</picture>
<figcaption>${escapeText(image?.caption ?? "")}</figcaption>
</figure>
<div class="article__body">
${paragraphs.join("\n")}
</div>
<ul class="article__tags">${(page.keywords ?? []).map((k) => `<li>${link(`https://news.example.org/topics/${slug(k)}/`, k)}</li>`).join("")}</ul>
</article>`;
}

function page(doc, i, count) {
  const page = { ...structuredClone(doc), url: `${doc.url.replace(/\/$/, "")}-${i}/` };
  const nav = SECTIONS.map(
    (s) => `<li class="nav__item nav__item--${slug(s)}">${link(`https://news.example.org/${slug(s)}/`, s)}</li>`,
  );
  const mostRead = Array.from({ length: 10 }, (_, k) => {
    const j = (i + k * 97 + 1) % count;
    return `<li class="most-read__item"><span class="most-read__rank">${k + 1}</span>${link(`${doc.url.replace(/\/$/, "")}-${j}/`, `${doc.headline} (${j})`)}</li>`;
  });
  const footer = SECTIONS.map((s) => `<li>${link(`https://news.example.org/${slug(s)}/`, s)}</li>`);
  return `<!doctype html>
<html lang="${page.language}">
${head(page, i)}
<body class="page page--article">
<a class="skip-link" href="#main">Skip to content</a>
<header class="masthead">
<a href="https://news.example.org/" class="masthead__logo">${LOGO}</a>
<nav class="nav" aria-label="Sections"><ul class="nav__list">
${nav.join("\n")}
</ul></nav>
<form class="search" action="/search" method="get" role="search"><label for="q">Search</label><input id="q" name="q" type="search" placeholder="Search news"><button type="submit">Go</button></form>
</header>
<main id="main" class="main">
${article(page)}
<aside class="most-read" aria-labelledby="most-read-title"><h2 id="most-read-title">Most read</h2><ol>
${mostRead.join("\n")}
</ol></aside>
<section class="newsletter"><h2>Get the morning briefing</h2><form action="https://news.example.org/newsletter" method="post"><input type="email" name="email" required placeholder="you@example.org" autocomplete="email"><input type="hidden" name="list" value="morning"><button type="submit">Sign up</button></form><p class="newsletter__small">We use your address only to send you the briefing. <a href="/privacy">Privacy policy</a>.</p></section>
</main>
<footer class="footer">
<ul class="footer__sections">
${footer.join("\n")}
</ul>
<p class="footer__legal">&copy; 2023 Example News. <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/contact">Contact us</a></p>
</footer>
<script src="https://static.news.example.org/js/vendor.51c0a2.js" defer></script>
<script src="https://static.news.example.org/js/site.9d41e7.js" defer></script>
<script src="https://static.news.example.org/js/article.0b7f33.js" defer></script>
<script>document.documentElement.classList.add("js"); if ("serviceWorker" in navigator) { navigator.serviceWorker.register("/sw.js").catch(function () {}); }</script>
</body>
</html>
`;
}

/** Writes the pages into `dir` (sections of 100 pages each) and returns their total bytes. */
export function writeSite(dir, doc, count) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const section = join(dir, `section-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(section, { recursive: true });
    const html = page(doc, i, count);
    writeFileSync(join(section, `page-${i}.html`), html);
    bytes += Buffer.byteLength(html);
  }
  return bytes;
}
