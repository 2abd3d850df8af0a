// A static site of `count` article pages, each the canonical article under its own URL with the
// library's JSON-LD in its head, the shape a static build writes: for timing `news-events check`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonLd, toJsonLdScript } from "../dist/jsonld.js";

const escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Writes the pages into `dir` (sections of 100 pages each) and returns their total bytes. */
export function writeSite(dir, doc, count) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const section = join(dir, `section-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(section, { recursive: true });
    const page = { ...structuredClone(doc), url: `${doc.url.replace(/\/$/, "")}-${i}/` };
    const html = `<!doctype html><html lang="${page.language}"><head><meta charset="utf-8"><title>${escapeText(page.headline)}</title><link rel="canonical" href="${page.url}">${toJsonLdScript(toJsonLd(page))}</head><body><article><h1>${escapeText(page.headline)}</h1><p>${escapeText(page.body ?? "")}</p></article></body></html>\n`;
    writeFileSync(join(section, `page-${i}.html`), html);
    bytes += Buffer.byteLength(html);
  }
  return bytes;
}
