import type { NewsDocument } from "../../src/index.js";
import { canonicalDocument, deepFreeze } from "./fixtures.js";

/** Strings that end or confuse a script element, or that a careless serializer corrupts. */
export const HOSTILE_STRINGS = [
  "</script>",
  "</script >",
  "</SCRIPT\n>",
  "</script/>",
  "</script\t><b>x</b>",
  "<!--<script>",
  "--><i>y</i>",
  "<![CDATA[ ]]>",
  "<img src=x onerror=alert(1)>",
  "&lt;/script&gt; &amp; &#60;",
  "\u2028\u2029",
  "\"'\\ `${x}`",
  "</title></head><body>",
] as const;

/** Keys whose string values are free text a user (or a scraper) fills in. */
const FREE_TEXT = new Set([
  "headline",
  "description",
  "name",
  "summary",
  "section",
  "caption",
  "title",
  "statement",
  "stated",
  "note",
  "aliases",
  "keywords",
  "topics",
  "outcomes",
]);

/**
 * The canonical document with `hostile` appended to every free-text field, to the body (after
 * its end, so that evidence offsets still hold) and to quote and claim texts; still valid.
 */
export function documentWithHostileText(hostile: string): NewsDocument {
  const doc = canonicalDocument();
  const visit = (node: unknown, key: string): unknown => {
    if (typeof node === "string") return FREE_TEXT.has(key) ? `${node}${hostile}` : node;
    if (Array.isArray(node)) return node.map((item) => visit(item, key));
    if (node && typeof node === "object") {
      return Object.fromEntries(
        Object.entries(node).map(([k, v]) => [k, k === "evidence" || k === "mentions" ? v : visit(v, k)]),
      );
    }
    return node;
  };
  const out = visit(doc, "") as NewsDocument;
  out.body = `${doc.body}${hostile}`;
  for (const quote of out.quotes ?? []) quote.text = `${quote.text}${hostile}`;
  for (const claim of out.claims ?? []) claim.text = `${claim.text}${hostile}`;
  return deepFreeze(out);
}

/** A minimal page holding a JSON-LD script element, with known elements around it. */
export function pageWith(script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${script}</head><body><p id="after">after</p></body></html>`;
}

/** The elements such a page has when nothing was injected. */
export const PAGE_ELEMENTS = ["html", "head", "meta", "title", "script", "body", "p"];

/**
 * Makes `object[key]` a getter that answers its first read with `first` and every later one with
 * `later`: what the JSON-LD guard reads is not what the builder then reads (data as JSON text
 * makes it cannot do this; code running in the program can).
 */
export function answeringTwice(object: object, key: string, first: unknown, later: unknown): void {
  let reads = 0;
  Object.defineProperty(object, key, {
    enumerable: true,
    configurable: true,
    get: () => (reads++ === 0 ? first : later),
  });
}
