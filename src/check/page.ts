import { EMPTY_BLOCK, checkBlocksInto, startFindings } from "./check.js";
// For the documentation's link only.
import type { checkJsonLdText } from "./check.js";
import type { CheckContext, CheckOptions } from "./context.js";
import { kindOf, type PageKind } from "./kinds.js";
import { bySeverity, type CheckReport, type Finding, type Severity } from "./report.js";
import { CANONICAL_UNRESOLVED, INTERNAL, NO_JSON_LD, SYNTAX, TOO_LARGE } from "./rules/json.js";
import { pageOptionNames, pageOptionProblems, pageOptions } from "./options.js";
import { readJsonLd, type PageFormat } from "./page-read.js";
import { UNDECODED_TEXT } from "./rules/content.js";
import type { PageJsonLd } from "./page-text.js";

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
  /**
   * The page's own URL, when known (a crawler's, say): a relative `<link rel="canonical">` or
   * `<base href>` resolves against it. Without it, a relative canonical link that no absolute
   * `<base href>` resolves is not compared (an `html/canonical-unresolved` note says so).
   */
  readonly pageUrl?: string;
}

/** A finding on a page: in which block, on which line of the page. */
export interface PageFinding extends Finding {
  /** Which `application/ld+json` block of the page, from 0 (0 for a JSON-LD file); `pointer` points into it. */
  readonly block: number;
  /** 1-based line in the page. */
  readonly line: number;
}

/** Everything the checker found on a page, by severity, and what kind of page it is. */
export interface PageReport extends CheckReport<PageFinding> {
  /** What the page's JSON-LD holds: an article, an event, a fact check, something else, or none. */
  readonly kind: PageKind;
}

// The line locator, imported on first use; the promise is kept, as an import() of a module already
// loaded still resolves its path again (a thousand pages asked twice each).
let lines: Promise<typeof import("./lines.js")> | undefined;

/** A page declared in a single-byte charset whose bytes are UTF-8 (see Utf8Bytes): one text/encoding warning. */
function mislabelled<T extends PageJsonLd>(findings: ReturnType<typeof startFindings>, read: T): T {
  if (read.mislabelled === undefined) return read;
  findings.add(
    UNDECODED_TEXT,
    false,
    { block: 0, pointer: "" },
    "",
    `declares ${read.mislabelled} (its <meta charset>), but its bytes are UTF-8: read as declared, "é" is "Ã©" and "’" is "â€™"; declare <meta charset="utf-8">`,
    { declared: read.mislabelled },
  );
  return read;
}

/** A page's findings begun: its options read as a page's (a page adds its own to a graph's). */
function pageFindings(options: PageOptions): ReturnType<typeof startFindings> {
  return startFindings(options, pageOptionProblems(options), pageOptionNames());
}

/** What a check of something that is no page finds: that (no type stops a JavaScript caller), never a rejection. */
function notAPage(findings: ReturnType<typeof startFindings>, page: unknown): PageInspection {
  return failedPage(findings, `must be the page's text or its chunks (got ${typeof page})`);
}

/** A page's report of one `json/internal` finding, `message`, after those `findings` holds. */
function failedPage(findings: ReturnType<typeof startFindings>, message: string): PageInspection {
  findings.add(INTERNAL, false, { block: 0, pointer: "" }, "", message);
  const placed = findings.all.map(({ finding }): PageFinding => ({ ...finding, block: 0, line: 1 }));
  return { report: { ...bySeverity(placed), kind: "none" }, graph: undefined, blocks: [] };
}

/**
 * The report of a page that could not be read (its stream failed): one `json/internal` finding
 * saying why, for the site check, which goes on with the other pages. Internal.
 *
 * @example
 * ```ts
 * unreadPage("could not be read: Error: EIO", {}).report.errors[0]?.rule; // => "json/internal"
 * ```
 */
export function unreadPage(message: string, options: PageOptions): PageInspection {
  return failedPage(pageFindings(options), message);
}

/**
 * The report of an option of a site's check that is wrong (a glob that guards nothing): one
 * `check/options` error saying so, for the site check. Internal.
 *
 * @example
 * ```ts
 * optionsPage('options.exclude "[" has a [ without the ] that closes its class').errors[0]?.rule; // => "check/options"
 * ```
 */
export function optionsPage(message: string): PageReport {
  const findings = startFindings({}, [[message, {}]]);
  const placed = findings.all.map(({ finding }): PageFinding => ({ ...finding, block: 0, line: 1 }));
  return { ...bySeverity(placed), kind: "none" };
}

/** Whether `page` is what checkHtmlPage reads: text, or chunks (an async iterable). Never throws. */
function isPageInput(page: unknown): boolean {
  if (typeof page === "string") return true;
  try {
    return (
      typeof page === "object" &&
      page !== null &&
      typeof (page as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function"
    );
  } catch {
    return false;
  }
}

/** `href` resolved against `base`, or undefined when it is relative and there is no base (or it is no URL). */
function resolveUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/**
 * The page's canonical URL, as a browser resolves its `<link rel="canonical">`: against the first
 * `<base href>` (itself resolved against the page's URL), else against the page's URL. Undefined
 * with `unresolved` set when the link is relative and neither is known (a file on disk).
 */
function pageCanonical(read: PageJsonLd, pageUrl: string | undefined): { url?: string; unresolved?: string } {
  if (read.canonical === undefined) return {};
  const url = resolveUrl(read.canonical, pageBase(read, pageUrl));
  return url !== undefined ? { url } : { unresolved: read.canonical };
}

/** What relative URLs on the page resolve against: its `<base href>` (resolved), else its own URL. */
function pageBase(read: PageJsonLd, pageUrl: string | undefined): string | undefined {
  return (read.base !== undefined ? resolveUrl(read.base, pageUrl) : undefined) ?? pageUrl;
}

/** What a page's check read: its findings (before they are located), its kind and its merged graph. */
export interface PageInspection {
  readonly report: PageReport;
  /** The merged graph the rules read (undefined when no block could be read). */
  readonly graph: CheckContext | undefined;
  /** Each block's text and first line, to locate a pointer. */
  readonly blocks: readonly { text: string; line: number; column?: number }[];
}

/**
 * Checks an HTML page as a search engine reads it: every `application/ld+json` block together
 * ({@link checkJsonLdBlocks}), against the page's `<link rel="canonical">` (unless
 * `options.canonicalUrl` is given). The page is streamed through a tokenizer, and at most
 * `maxJsonLdLength` characters of JSON-LD are kept, so memory stays bounded whatever the page.
 * The page is always read as HTML, whatever its text begins with: an empty page, or one whose
 * text is JSON, has no JSON-LD (`html/no-json-ld`); JSON-LD text is checked by
 * {@link checkJsonLdText}. Each finding says its block and its line in the page; its pointer is
 * into its block. Returns a promise (the page may be a stream); it never rejects for what the
 * page holds (a stream that fails, fails it).
 *
 * @param page - The page's text, or its chunks (text, or bytes), as a file stream gives them.
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
  return (await inspectPage(page, options)).report;
}

/**
 * {@link checkHtmlPage}, also giving the merged graph (for the site check). Internal. `located`
 * says which findings get their line found: the others (notes a CLI does not print) are given
 * their block's first line, and the page is not followed for them. `format` says how the page is
 * read (the CLI and the site check choose by the file's name: `formatOfName`).
 */
export async function inspectPage(
  page: string | AsyncIterable<string | Uint8Array>,
  given: PageOptions = {},
  located: (severity: Severity) => boolean = () => true,
  format: PageFormat = "html",
): Promise<PageInspection> {
  // An option that is not what it must be is named (check/options) and the page checked without it.
  const findings = pageFindings(given);
  const options: PageOptions = pageOptions(given);
  const max = options.maxJsonLdLength ?? DEFAULT_MAX_LENGTH;
  if (!isPageInput(page)) return notAPage(findings, page);
  const read = mislabelled(findings, await readJsonLd(page, max, format));
  const whole = { block: 0, pointer: "" };
  let graph: CheckContext | undefined;
  if (read.overlong !== undefined) {
    const limit = max.toLocaleString("en");
    const raise = options.limitName ?? "maxJsonLdLength";
    findings.add(
      TOO_LARGE,
      false,
      whole,
      "",
      `is more than ${limit} characters of JSON-LD, the limit (${raise} raises it)`,
      { limit: max, length: read.overlong },
    );
  } else if (read.blocks.length === 0) {
    // A page without JSON-LD is a fact worth a note; an error only where an article is required.
    const required = options.requireArticle === true;
    // A page that holds JSON instead of HTML (a JSON-LD file named .html) says so.
    const why =
      read.json === true ? ": its text is JSON, which is read as JSON-LD only from a file named .json or .jsonld" : "";
    findings.add(NO_JSON_LD, !required, whole, "", `no <script type="application/ld+json"> element${why}`);
  } else graph = checkRead(findings, read, options);
  // A page over the limit is located at its first line, whatever blocks were read before.
  const blocks = read.overlong === undefined ? read.blocks : [];
  const { blockFault, lineLocator, strictLineLocator } = await (lines ??= import("./lines.js"));
  // The blocks JSON.parse read are followed pointer by pointer; any other is parsed leniently.
  const strict = new Set(graph?.roots.map((root) => root.block));
  const locators = new Map<number, (pointer: string) => number>();
  const lineOf = (block: number, pointer: string): number => {
    const text = blocks[block] ?? { text: "", line: 1 };
    let locate = locators.get(block);
    if (!locate) locators.set(block, (locate = (strict.has(block) ? strictLineLocator : lineLocator)(text.text)));
    return text.line + locate(pointer) - 1;
  };
  const placed = findings.all.map(({ block = 0, finding }): PageFinding => {
    const text = blocks[block] ?? { text: "", line: 1 };
    if (!located(finding.severity)) return { ...finding, block, line: text.line };
    // A block that is not JSON: the fault's line and column in the page, in words (not "position N").
    const fault = finding.rule === SYNTAX.id && finding.message !== EMPTY_BLOCK ? blockFault(text) : undefined;
    if (fault) {
      const { line, column, message: error } = fault;
      const message = `is not valid JSON at line ${line}, column ${column}: ${error}`;
      return { ...finding, block, line, message, params: { error, line, column } };
    }
    return withOtherLine({ ...finding, block, line: lineOf(block, finding.pointer) }, lineOf);
  });
  const kind = read.blocks.length === 0 || read.overlong !== undefined ? "none" : kindOf(graph);
  return { report: { ...bySeverity(placed), kind }, graph, blocks };
}

/**
 * A finding that names another node by its block and pointer (`at /0/@graph/1`: graph/duplicate-id,
 * graph/duplicate-entity), with that node's line in the page, which a reader of the page can go to:
 * `at line 14 (block 0, /@graph/1)`, and `otherLine` in its params.
 */
function withOtherLine(finding: PageFinding, lineOf: (block: number, pointer: string) => number): PageFinding {
  const other = finding.params?.["other"];
  const match = typeof other === "string" ? /^\/(\d+)(\/.*)?$/.exec(other) : null;
  if (match === null || !finding.message.includes(`at ${String(other)}`)) return finding;
  const [block, pointer = ""] = [Number(match[1]), match[2]];
  const line = lineOf(block, pointer);
  const where = `at line ${line} (block ${block}${pointer === "" ? "" : `, ${pointer}`})`;
  const message = finding.message.replace(`at ${String(other)}`, where);
  return { ...finding, message, params: { ...finding.params, otherLine: line } };
}

/** Runs the rules over a page's blocks, with its canonical link and its base. */
function checkRead(findings: ReturnType<typeof startFindings>, read: PageJsonLd, options: PageOptions) {
  const canonical = options.canonicalUrl === undefined ? pageCanonical(read, options.pageUrl) : {};
  if (canonical.unresolved !== undefined)
    findings.add(
      CANONICAL_UNRESOLVED,
      false,
      { block: 0, pointer: "" },
      "",
      `<link rel="canonical" href=${JSON.stringify(canonical.unresolved)}> is relative and the page's URL is unknown: not compared (pass pageUrl, or make the link absolute)`,
      { href: canonical.unresolved },
    );
  // Relative @ids resolve against the page's base; a page read from disk has none, and its
  // canonical link is the best word on its URL.
  const base = options.baseUrl ?? pageBase(read, options.pageUrl) ?? canonical.url ?? options.canonicalUrl;
  const settings = {
    ...options,
    ...(canonical.url !== undefined ? { canonicalUrl: canonical.url } : {}),
    ...(base !== undefined ? { baseUrl: base } : {}),
  };
  return checkBlocksInto(
    findings,
    read.blocks.map((b) => b.text),
    settings,
    canonical.url !== undefined,
  );
}
