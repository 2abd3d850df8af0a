// How a page's text becomes its JSON-LD: an HTML page's ld+json blocks, or a JSON-LD file as one
// block; which of the two a page is, by its name when there is one.
import { LimitedText, pageText, type PageJsonLd } from "./page-text.js";

/**
 * How a page is read: as HTML (its `application/ld+json` blocks), as a JSON-LD file (one block),
 * or by its first characters (`sniff`: for what has no name that says, as standard input).
 *
 * @example
 * ```ts
 * const format: PageFormat = formatOfName("-", "sniff"); // standard input: told by its text
 * ```
 */
export type PageFormat = "html" | "json-ld" | "sniff";

/**
 * How a file is read, by its name: `.json` and `.jsonld` as JSON-LD, `.html` and `.htm` as HTML
 * (whatever they hold: an empty `404.html` is a page without JSON-LD, not a JSON syntax error),
 * and any other name as `otherwise` says.
 *
 * @example
 * ```ts
 * formatOfName("dist/news/empty.html", "sniff"); // => "html"
 * formatOfName("graph.jsonld", "html"); // => "json-ld"
 * formatOfName("-", "sniff"); // => "sniff"
 * ```
 */
export function formatOfName(name: string, otherwise: PageFormat): PageFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json") || lower.endsWith(".jsonld")) return "json-ld";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  return otherwise;
}

// Imported on first use; the promise is kept, as an import() of a module already loaded still
// resolves its path again (a thousand pages asked twice each).
let reader: Promise<typeof import("./html-reader.js")> | undefined;

/**
 * `first`, then `rest`'s chunks. A function of its own, not a generator closed over
 * {@link readJsonLd}'s variables: with that closure, each page's text outlived two young-generation
 * collections and was promoted (a 1,000-page site promoted 85 MB, freed only by full collections).
 */
async function* prepend(first: string, rest: AsyncIterable<string>): AsyncGenerator<string> {
  yield first;
  yield* rest;
}

/** True when a text's first character (after white space) opens JSON, as a JSON-LD file's does. */
const opensJson = (text: string): boolean => /^\s*[[{]/.test(text);

/**
 * Whether text of no known format is markup: it starts with `<`, or with neither `{` nor `[` (no
 * JSON-LD file does) and markup follows, as on a page that a CMS begins with a PHP notice; or it
 * holds nothing (there is no JSON in it to name a fault of). Anything else is read as a JSON-LD
 * file, whose syntax error is then named.
 */
function isMarkup(head: string): boolean {
  const text = head.trimStart();
  return text === "" || text.startsWith("<") || (!opensJson(text) && text.includes("<"));
}

/**
 * Reads a page's JSON-LD: the blocks of an HTML page, or a JSON-LD file as one block, as `format`
 * says. An HTML page whose text opens as JSON does is marked (`json`), so that the note saying it
 * has no JSON-LD can say why.
 *
 * @example
 * ```ts
 * (await readJsonLd("", 1024, "html")).blocks; // => []: an empty page has no JSON-LD
 * (await readJsonLd("{", 1024, "sniff")).blocks; // => [{ text: "{", line: 1 }]: a JSON-LD file's
 * ```
 */
export async function readJsonLd(
  input: string | AsyncIterable<string | Uint8Array>,
  max: number,
  format: PageFormat,
): Promise<PageJsonLd & { json?: boolean }> {
  // A JSON-LD file is UTF-8 (or has a byte order mark); only a page may declare another charset.
  const charset: { mislabelled?: string } = {};
  const chunks = pageText(input, format !== "json-ld", charset)[Symbol.asyncIterator]();
  // The first characters that are not white space decide a sniffed page, and mark a page that holds JSON.
  let head = "";
  while (head.trimStart() === "" && head.length <= max) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  const rest = { [Symbol.asyncIterator]: () => chunks };
  if (format === "html" || (format === "sniff" && isMarkup(head))) {
    // Loaded when a page is read: `import { checkJsonLd }` alone loads neither parse5 nor the line locator.
    const { htmlJsonLd } = await (reader ??= import("./html-reader.js"));
    const read = await htmlJsonLd(prepend(head, rest), max);
    const mislabelled = charset.mislabelled === undefined ? {} : { mislabelled: charset.mislabelled };
    return { ...read, ...mislabelled, ...(opensJson(head) && { json: true }) };
  }
  const text = new LimitedText(max);
  text.add(head);
  for await (const chunk of rest) {
    text.add(chunk);
    // A JSON-LD file over the limit is one finding whatever follows (and /dev/zero never ends).
    if (text.over) return { blocks: [], canonical: undefined, overlong: text.length };
  }
  return { blocks: [{ text: text.text(), line: 1 }], canonical: undefined };
}
