import { tokenizeHtml, type StartTag } from "./html-tokens.js";
import { LimitedText, type PageJsonLd } from "./page-text.js";

/** True for `<link>` whose `rel` holds `canonical` among its space-separated tokens. */
function isCanonicalLink(tag: StartTag): boolean {
  return (
    tag.name === "link" &&
    (tag.attr("rel") ?? "")
      .toLowerCase()
      .split(/[\t\n\f\r ]/)
      .includes("canonical")
  );
}

/**
 * The application/ld+json blocks, the first `<link rel="canonical">` and the first `<base href>`
 * of an HTML page, as a browser's tokenizer finds them, read as a stream: no tree is built, so
 * neither a 45 MB page nor 6,000 nested elements nor a 30 MB attribute can exhaust memory or the
 * stack. At most `max` characters of JSON-LD are kept, all blocks together.
 */
export async function htmlJsonLd(chunks: AsyncIterable<string>, max: number): Promise<PageJsonLd> {
  const blocks: { text: string; line: number; column: number }[] = [];
  let canonical: string | undefined;
  let base: string | undefined;
  let used = 0;
  let overlong: number | undefined;
  let current: { text: LimitedText; line: number; column: number } | undefined;
  const close = () => {
    if (!current) return;
    used += current.text.length;
    if (current.text.over || used > max) overlong = used;
    else blocks.push({ text: current.text.text(), line: current.line, column: current.column });
    current = undefined;
  };
  await tokenizeHtml(chunks, {
    startTag(tag) {
      // A tag with a part over 64 Ki characters was cut: what its attributes say is not known.
      if (tag.cut) return;
      if (tag.name === "script" && tag.attr("type")?.trim().toLowerCase() === "application/ld+json")
        current = { text: new LimitedText(max - used), line: tag.endLine, column: tag.endColumn };
      else if (canonical === undefined && isCanonicalLink(tag)) canonical = tag.attr("href")?.trim();
      // As in HTML, the first <base> with an href is the page's base URL.
      else if (base === undefined && tag.name === "base") base = tag.attr("href")?.trim();
    },
    text(text) {
      current?.text.add(text);
    },
    endTag(name) {
      if (name === "script") close();
    },
  });
  // A script element still open at the end of the file holds text too, as in a browser.
  close();
  return {
    blocks,
    canonical,
    ...(base !== undefined ? { base } : {}),
    ...(overlong !== undefined ? { overlong } : {}),
  };
}
