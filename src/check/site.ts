// The site check: every page on its own, then, across pages, nodes with the same @id that say
// different things (an Organization whose logo differs between two pages of one build).
import { describeThrown } from "../core/error.js";
import { blockBytes } from "./block-bytes.js";
import { anyGlob, globList, globMatcher, globProblem, unmatchedGlob } from "./glob.js";
import { mergeNodes } from "./merge.js";
import { SiteIndex } from "./site-index.js";

export { SiteIndex } from "./site-index.js";
import { collectNodes, type JsonLdNode } from "./nodes.js";
import type { PageKind } from "./kinds.js";
import { inspectPage, optionsPage, unreadPage, type PageOptions, type PageReport } from "./page.js";
import { formatOfName } from "./page-read.js";
// For the documentation's link only.
import type { checkHtmlPage } from "./page.js";
import type { Finding } from "./report.js";

/** One page of a site: its name (a path, used by the globs and in findings) and its text or chunks. */
export interface SitePage {
  /** The page's path as the caller names it (`out/news/coup.html`); globs match it, and `.json` or `.jsonld` makes it a JSON-LD file. */
  readonly name: string;
  /** The page's text, or its chunks. */
  readonly page: string | AsyncIterable<string | Uint8Array>;
}

/** Options of {@link checkSite}: each page's, and which pages must hold an article or are skipped. */
export interface SiteOptions extends Omit<PageOptions, "requireArticle"> {
  /** Every page must hold an article (else `google/no-article`, `html/no-json-ld` are errors). */
  readonly requireArticle?: boolean;
  /** Pages whose name matches one of these globs must hold an article (a glob that matches none is an error). */
  readonly articles?: readonly string[];
  /** Pages whose name matches one of these globs are not checked. */
  readonly exclude?: readonly string[];
}

/** A node of one page that gives a property another value than the same node on an earlier page. */
export interface SiteFinding extends Finding {
  /** The page whose node differs. */
  readonly page: string;
  /** Its line there. */
  readonly line: number;
  /** The earlier page with the same `@id`. */
  readonly otherPage: string;
  /** Its line there. */
  readonly otherLine: number;
}

/** Pages and findings per page kind. */
export interface KindSummary {
  /** Pages of the kind. */
  readonly pages: number;
  /** Their errors, together. */
  readonly errors: number;
  /** Their warnings, together. */
  readonly warnings: number;
  /** Their notes, together. */
  readonly notes: number;
}

/** One checked page of a site. */
export interface SitePageReport {
  /** The page's name, as given. */
  readonly name: string;
  /** What {@link checkHtmlPage} found on it. */
  readonly report: PageReport;
}

/** What {@link checkSite} found: each page's report, the conflicts across pages, a summary per kind. */
export interface SiteReport {
  /**
   * Each page checked (excluded pages are left out), in the order given; then an entry named
   * "options" for each `articles` or `exclude` glob that is none, or `articles` glob that matched no
   * page: a `check/options` error (such a glob guards nothing).
   */
  readonly pages: readonly SitePageReport[];
  /** Nodes with the same `@id` whose properties differ between pages. */
  readonly conflicts: readonly SiteFinding[];
  /** Pages and findings per page kind. */
  readonly kinds: Readonly<Partial<Record<PageKind, KindSummary>>>;
}

const decoder = new TextDecoder();

/** A function from a JSON text to the line of a pointer in it (`lineLocator` of lines.ts, loaded when a site is checked). */
type LineLocator = (text: string) => (pointer: string) => number;

/**
 * Where a page's nodes are, found only when a conflict needs a line: it keeps the blocks' text and
 * parses a block the first time one of its lines is asked for, until {@link PageLines.release}.
 * Most nodes never conflict: locating each node of each page parsed every page a second time.
 */
export class PageLines {
  private locators = new Map<number, (pointer: string) => number>();
  private merged: Map<string, JsonLdNode> | undefined;
  private blocks: readonly { readonly text: string | Uint8Array; readonly line: number }[];
  private kept = false;

  constructor(
    blocks: readonly { readonly text: string; readonly line: number }[],
    private readonly lineLocator: LineLocator,
  ) {
    this.blocks = blocks;
  }

  /**
   * Keeps the blocks for the rest of the site (the page has a node a later page may repeat): as
   * UTF-8 (half a two-byte string, and outside the collected heap) when that gives the same text
   * back, which a lone surrogate would not. Only a kept page's blocks are written into the shared
   * buffers, so no block of a page let go of holds a buffer alive.
   */
  keep(): void {
    if (this.kept) return;
    this.kept = true;
    this.blocks = this.blocks.map(({ text, line }) => ({
      text: typeof text === "string" ? blockBytes(text) : text,
      line,
    }));
  }

  /** A block's text, as it was given. */
  private text(block: number): string | undefined {
    const text = this.blocks[block]?.text;
    return typeof text === "string" || text === undefined ? text : decoder.decode(text);
  }

  /**
   * The merged node with a (resolved) `@id`, built again from the blocks' text as the page's check
   * built it (each block that parses to an object, its nodes merged against `base`), until
   * {@link PageLines.release}: the site keeps a page's text, not its parsed graph.
   */
  node(id: string, base: string | undefined): Record<string, unknown> | undefined {
    if (this.merged === undefined) {
      const nodes: JsonLdNode[] = [];
      this.blocks.forEach((_, block) => {
        let value: unknown;
        try {
          value = JSON.parse(this.text(block) as string);
        } catch {
          return;
        }
        if (value !== null && typeof value === "object") nodes.push(...collectNodes(value, block));
      });
      this.merged = mergeNodes(nodes, base).byId;
    }
    return this.merged.get(id)?.value;
  }

  /** The page line of `pointer` in block `block` (1 for a block it does not have). */
  line(block: number, pointer: string): number {
    const first = this.blocks[block]?.line;
    if (first === undefined) return 1;
    let locate = this.locators.get(block);
    if (locate === undefined) this.locators.set(block, (locate = this.lineLocator(this.text(block) as string)));
    return first + locate(pointer) - 1;
  }

  /** Lets go of the parsed blocks (the text stays, to be parsed again if an earlier node is asked for). */
  release(): void {
    this.locators = new Map();
    this.merged = undefined;
  }
}

/** Whether a value given as a site's page is `{ name, page }` with a text name. */
function isPageEntry(entry: unknown): entry is SitePage {
  return typeof entry === "object" && entry !== null && typeof (entry as { name?: unknown }).name === "string";
}

/**
 * Checks the pages of a site: each as {@link checkHtmlPage} does (pages matching `articles` must
 * hold an article; those matching `exclude` are skipped; a page named `.json` or `.jsonld` is read
 * as a JSON-LD file, any other as HTML), then, across pages, nodes with the same `@id` whose
 * properties differ (`graph/site-conflict`, both pages named), and a summary per page kind.
 * Returns a promise; it never rejects for what a page holds.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { checkSite } from "news-events/check";
 *
 * const pages = ["out/a.html", "out/b.html"].map((name) => ({ name, page: readFileSync(name, "utf8") }));
 * const site = await checkSite(pages, { exclude: ["**\/404.html"] });
 * site.conflicts.map((c) => `${c.page}:${c.line} vs ${c.otherPage}:${c.otherLine}`);
 * ```
 */
export async function checkSite(
  pages: Iterable<SitePage> | AsyncIterable<SitePage>,
  options: SiteOptions = {},
): Promise<SiteReport> {
  const excluded = anyGlob(options.exclude);
  // Each articles glob, and whether a page checked matched it (one that none matched is reported).
  const articles = globList(options.articles).map((glob) => ({ glob, test: globMatcher(glob), matched: false }));
  const required = (name: string) => {
    let any = false;
    for (const a of articles) if (a.test(name)) any = a.matched = true;
    return any;
  };
  const checked: { count: number; first?: string } = { count: 0 };
  const setting = options.rules?.["graph/site-conflict"];
  const index = new SiteIndex(setting ?? "warning");
  const out: SitePageReport[] = [];
  const { lineLocator } = await import("./lines.js");
  let n = 0;
  const unread = (message: string) => ({ name: `page ${n}`, report: unreadPage(message, options).report });
  // No type stops a JavaScript caller: pages that are no iterable, or whose iterator throws, are
  // reported as one more entry of the report, as a page that cannot be read is, never a rejection.
  if (!isIterable(pages)) {
    out.push(unread(`the pages must be an iterable of { name, page } (got ${describeValue(pages)})`));
    return { pages: out, conflicts: index.conflicts, kinds: index.summary() };
  }
  try {
    for await (const entry of pages) {
      // No type stops a JavaScript caller: an entry that is no { name, page } is a page of its own
      // whose report says so, and a page whose stream fails is reported, not the site's end.
      const { name, page } = isPageEntry(entry) ? entry : { name: `page ${n}`, page: undefined };
      n++;
      if (excluded(name)) continue;
      checked.first ??= name;
      checked.count++;
      const { exclude: _e, articles: _a, ...rest } = options;
      const settings = { ...rest, requireArticle: options.requireArticle === true || required(name) };
      let inspected: Awaited<ReturnType<typeof inspectPage>>;
      try {
        // A page named .json or .jsonld is a JSON-LD file; any other name, a URL say, an HTML page.
        inspected = await inspectPage(page as SitePage["page"], settings, undefined, formatOfName(name, "html"));
      } catch (error) {
        inspected = unreadPage(`could not be read: ${describeThrown(error)}`, settings);
      }
      index.add(name, inspected.report, inspected.graph, new PageLines(inspected.blocks, lineLocator));
      out.push({ name, report: inspected.report });
    }
  } catch (error) {
    out.push(unread(`the pages could not be read past here: ${describeThrown(error)}`));
  }
  out.push(...globEntries(options, articles, checked));
  return { pages: out, conflicts: index.conflicts, kinds: index.summary() };
}

/**
 * An entry of the report, named "options", for each glob of the options that is none (`[` without
 * `]`…) or, among `articles`, matched no page checked: either would silently guard nothing, so
 * each is a `check/options` error, as the CLI makes them usage errors.
 */
function globEntries(
  options: SiteOptions,
  articles: readonly { glob: string; matched: boolean }[],
  checked: { count: number; first?: string },
): SitePageReport[] {
  const messages: string[] = [];
  for (const key of ["articles", "exclude"] as const)
    for (const glob of globList(options[key])) {
      const problem = globProblem(glob);
      if (problem !== undefined) messages.push(`options.${key} ${JSON.stringify(glob)} ${problem}`);
    }
  for (const { glob, matched } of articles)
    if (!matched && globProblem(glob) === undefined)
      messages.push(unmatchedGlob("options.articles", glob, checked.count, checked.first));
  return messages.map((message) => ({ name: "options", report: optionsPage(message) }));
}

/** Whether `value` can be read with `for await`: an iterable or an async iterable. Never throws. */
function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      (typeof (value as Iterable<unknown>)[Symbol.iterator] === "function" ||
        typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function")
    );
  } catch {
    return false;
  }
}

/** What a value is, for a message: its JSON when short, else its type. */
function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return value === null || typeof value !== "object" ? String(value) : "an object";
}
