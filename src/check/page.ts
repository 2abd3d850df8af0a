import { checkBlocksInto, startFindings } from "./check.js";
import type { CheckOptions } from "./context.js";
import { bySeverity, type Finding } from "./report.js";
import { NO_JSON_LD, TOO_LARGE } from "./rules/json.js";

/** The most JSON-LD text read from a page by default (all its blocks), in UTF-16 code units: 32 Mi. */
const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;

/** Options for {@link checkHtmlPage}: the checker's, and the reader's bound. */
export interface PageOptions extends CheckOptions {
  /**
   * The most JSON-LD text read from the page, all its blocks together, in UTF-16 code units;
   * beyond it the page is one `json/too-large` error and the rest is only counted, so memory
   * stays bounded whatever the page. @default 33554432
   */
  readonly maxJsonLdLength?: number;
  /** How the caller's users raise that limit, named in the `json/too-large` message. @default "maxJsonLdLength" */
  readonly limitName?: string;
}

/** A finding on a page: in which block, on which line of the page. */
export interface PageFinding extends Finding {
  /** Which `application/ld+json` block of the page, from 0 (0 for a JSON-LD file); `pointer` points into it. */
  readonly block: number;
  /** 1-based line in the page. */
  readonly line: number;
}

/** Everything the checker found on a page, by severity. */
export interface PageReport {
  /** Findings that should fail a build. */
  readonly errors: readonly PageFinding[];
  /** Findings that deserve a look. */
  readonly warnings: readonly PageFinding[];
  /** Information, such as pending schema.org terms. */
  readonly notes: readonly PageFinding[];
}

/** The JSON-LD of one page: each block's text and first line, and the page's canonical link. */
interface PageJsonLd {
  readonly blocks: { text: string; line: number }[];
  readonly canonical: string | undefined;
  /** Set when the blocks together passed the limit: their length. */
  readonly overlong?: number;
}

/** Gathers text up to a limit, then only counts it. */
class LimitedText {
  private parts: string[] = [];
  length = 0;
  constructor(private readonly max: number) {}
  add(text: string): void {
    this.length += text.length;
    if (this.length <= this.max) this.parts.push(text);
    else this.parts = [];
  }
  get over(): boolean {
    return this.length > this.max;
  }
  text(): string {
    return this.parts.join("");
  }
}

/**
 * The application/ld+json blocks and the `<link rel="canonical">` of an HTML page, as a
 * browser's tokenizer finds them, read as a stream: no tree is built, so neither a 45 MB page nor
 * 6,000 nested elements can exhaust memory or the stack.
 */
async function htmlJsonLd(first: string, rest: AsyncIterable<string>, max: number): Promise<PageJsonLd> {
  // Loaded when a page is read: `import { checkJsonLd }` alone loads neither parse5 nor the line locator.
  const { SAXParser } = await import("parse5-sax-parser");
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const blocks: { text: string; line: number }[] = [];
  let canonical: string | undefined;
  let used = 0;
  let overlong: number | undefined;
  let current: { text: LimitedText; line: number } | undefined;
  const close = () => {
    if (!current) return;
    used += current.text.length;
    if (current.text.over || used > max) overlong = used;
    else blocks.push({ text: current.text.text(), line: current.line });
    current = undefined;
  };
  parser.on("startTag", (tag) => {
    const attr = (name: string) => tag.attrs.find((a) => a.name === name)?.value;
    if (tag.tagName === "script" && attr("type")?.trim().toLowerCase() === "application/ld+json") {
      current = { text: new LimitedText(max - used), line: tag.sourceCodeLocation?.endLine ?? 1 };
    } else if (
      tag.tagName === "link" &&
      canonical === undefined &&
      (attr("rel") ?? "")
        .toLowerCase()
        .split(/[\t\n\f\r ]/)
        .includes("canonical")
    ) {
      canonical = attr("href")?.trim();
    }
  });
  parser.on("text", (text) => current?.text.add(text.text));
  parser.on("endTag", (tag) => {
    if (tag.tagName === "script") close();
  });
  // The parser passes its input through as output: let it flow away instead of piling up.
  parser.resume();
  const finished = new Promise((resolve) => parser.once("finish", resolve));
  parser.write(first);
  for await (const chunk of rest) parser.write(chunk);
  parser.end();
  await finished;
  // A script element still open at the end of the file holds text too, as in a browser.
  close();
  return { blocks, canonical, ...(overlong !== undefined ? { overlong } : {}) };
}

/** Text chunks from text or bytes, bytes decoded as UTF-8 (a character split across chunks is kept whole). */
async function* textChunks(input: string | AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  if (typeof input === "string") {
    yield input;
    return;
  }
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of input) yield typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail !== "") yield tail;
}

/** Reads a page's JSON-LD: the blocks of an HTML page, or a JSON-LD file as one block. */
async function readJsonLd(input: string | AsyncIterable<string | Uint8Array>, max: number): Promise<PageJsonLd> {
  const chunks = textChunks(input)[Symbol.asyncIterator]();
  // The first characters decide: markup is a page, anything else a JSON-LD file.
  let head = "";
  while (head.trimStart() === "" && head.length <= max) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  const rest = { [Symbol.asyncIterator]: () => chunks };
  if (head.trimStart().startsWith("<")) return htmlJsonLd(head, rest, max);
  const text = new LimitedText(max);
  text.add(head);
  for await (const chunk of rest) {
    text.add(chunk);
    // A JSON-LD file over the limit is one finding whatever follows (and /dev/zero never ends).
    if (text.over) return { blocks: [], canonical: undefined, overlong: text.length };
  }
  return { blocks: [{ text: text.text(), line: 1 }], canonical: undefined };
}

/**
 * Checks an HTML page as a search engine reads it: every `application/ld+json` block together
 * ({@link checkJsonLdBlocks}), against the page's `<link rel="canonical">` (unless
 * `options.canonicalUrl` is given). The page is streamed through a tokenizer, and at most
 * `maxJsonLdLength` characters of JSON-LD are kept, so memory stays bounded whatever the page.
 * Text that does not start with markup is read as one JSON-LD file. Each finding says its block
 * and its line in the page; its pointer is into its block. Never rejects for what the page holds
 * (a stream that fails, fails it).
 *
 * @param page - The page's text, or its chunks (text, or bytes in UTF-8), as a file stream gives them.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { checkHtmlPage } from "news-events/check";
 *
 * const report = await checkHtmlPage(createReadStream("dist/index.html"), { rules: { "graph/orphan": "off" } });
 * for (const f of report.errors) console.log(`index.html:${f.line}: ${f.rule} ${f.message}`);
 * ```
 */
export async function checkHtmlPage(
  page: string | AsyncIterable<string | Uint8Array>,
  options: PageOptions = {},
): Promise<PageReport> {
  const max = options.maxJsonLdLength ?? DEFAULT_MAX_LENGTH;
  const read = await readJsonLd(page, max);
  const findings = startFindings(options);
  const whole = { block: 0, pointer: "" };
  if (read.overlong !== undefined) {
    const limit = max.toLocaleString("en");
    const raise = options.limitName ?? "maxJsonLdLength";
    findings.add(
      TOO_LARGE,
      false,
      whole,
      "",
      `is more than ${limit} characters of JSON-LD, the limit (${raise} raises it)`,
      {
        limit: max,
        length: read.overlong,
      },
    );
  } else if (read.blocks.length === 0) {
    findings.add(NO_JSON_LD, false, whole, "", 'no <script type="application/ld+json"> element');
  } else {
    const fromPage = options.canonicalUrl === undefined && read.canonical !== undefined;
    const settings = fromPage ? { ...options, canonicalUrl: read.canonical } : options;
    checkBlocksInto(
      findings,
      read.blocks.map((b) => b.text),
      settings,
      fromPage,
    );
  }
  // A page over the limit is located at its first line, whatever blocks were read before.
  const blocks = read.overlong === undefined ? read.blocks : [];
  const { lineLocator } = await import("./lines.js");
  const locators = new Map<number, (pointer: string) => number>();
  const located = findings.all.map(({ block = 0, finding }): PageFinding => {
    const text = blocks[block] ?? { text: "", line: 1 };
    let locate = locators.get(block);
    if (!locate) locators.set(block, (locate = lineLocator(text.text)));
    return { ...finding, block, line: text.line + locate(finding.pointer) - 1 };
  });
  return bySeverity(located);
}
