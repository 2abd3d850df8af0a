import { once } from "node:events";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { SAXParser } from "parse5-sax-parser";
import { checkJsonLdBlocks } from "../check/check.js";
import type { Finding, Severity } from "../check/report.js";
import { lineLocator } from "./locate.js";
import { errLine, outLine } from "./output.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./records.js";
import { openInput } from "./input.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** Options of `news-events check`. */
export interface CheckCommandOptions {
  /** The most JSON-LD text read per file (all its blocks together), in UTF-16 code units. */
  readonly maxRecordBytes?: number;
  /** Findings printed per file; the others are counted in one line. */
  readonly maxFindings?: number;
  /** `text` (lines) or `json` (one report, see docs/jsonld-and-seo.md). */
  readonly format?: "text" | "json";
  /** Also print notes (pending schema.org terms and the like). */
  readonly verbose?: boolean;
}

/** One finding located in a file: what `--format json` prints for each. */
export interface LocatedFinding extends Finding {
  /** The file, as named on the command line (or found in a directory). */
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** Which `application/ld+json` block of the page, from 0 (0 for a JSON-LD file); `pointer` points into it. */
  readonly block: number;
}

/** One file's verdict. */
interface FileReport {
  readonly file: string;
  readonly counts: Record<Severity, number>;
  /** The findings kept (at most `maxFindings`, notes only with `verbose`). */
  readonly findings: LocatedFinding[];
  /** Findings counted but not kept. */
  readonly omitted: number;
}

/** The JSON-LD of one file: each block's text and first line, and the page's canonical link. */
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
  parser.write(first);
  for await (const chunk of rest) parser.write(chunk);
  parser.end();
  await once(parser, "finish");
  // A script element still open at the end of the file holds text too, as in a browser.
  close();
  return { blocks, canonical, ...(overlong !== undefined ? { overlong } : {}) };
}

/** Decodes a byte stream as UTF-8 text, chunk by chunk (a character split across chunks is kept whole). */
async function* utf8Chunks(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of bytes) yield decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail !== "") yield tail;
}

/** Reads one file's JSON-LD: the blocks of a page, or a JSON-LD file as one block. */
async function readJsonLd(file: string, io: Io, max: number): Promise<PageJsonLd> {
  const chunks = utf8Chunks(await openInput(file, io.stdin))[Symbol.asyncIterator]();
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

/** Checks one file: all its blocks together, findings located by line. */
async function checkFile(file: string, options: Required<CheckCommandOptions>, io: Io): Promise<FileReport> {
  const page = await readJsonLd(file, io, options.maxRecordBytes);
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const findings: LocatedFinding[] = [];
  let omitted = 0;
  const keep = (f: LocatedFinding) => {
    counts[f.severity]++;
    if (f.severity === "note" && !options.verbose) return;
    if (findings.length < options.maxFindings) findings.push(f);
    else omitted++;
  };
  if (page.overlong !== undefined) {
    keep({
      file,
      line: 1,
      block: 0,
      severity: "error",
      rule: "json/too-large",
      pointer: "",
      message: `is more than ${options.maxRecordBytes.toLocaleString("en")} characters of JSON-LD, the limit (--max-record-bytes raises it)`,
    });
  } else if (page.blocks.length === 0) {
    keep({
      file,
      line: 1,
      block: 0,
      severity: "error",
      rule: "html/no-json-ld",
      pointer: "",
      message: 'no <script type="application/ld+json"> element',
    });
  } else {
    const report = checkJsonLdBlocks(
      page.blocks.map((b) => b.text),
      page.canonical !== undefined ? { canonicalUrl: page.canonical } : {},
    );
    const locators = new Map<number, (pointer: string) => number>();
    for (const f of [...report.errors, ...report.warnings, ...report.notes]) {
      // "/<block>/<pointer into the block>": split at the second "/" (a regex with .* is not linear).
      const cut = f.pointer.indexOf("/", 1);
      const index = Number(f.pointer.slice(1, cut === -1 ? undefined : cut)) || 0;
      const inner = cut === -1 ? "" : f.pointer.slice(cut);
      const block = page.blocks[index] ?? { text: "", line: 1 };
      let locate = locators.get(index);
      if (!locate) locators.set(index, (locate = lineLocator(block.text)));
      const message =
        f.rule === "google/canonical" && page.canonical !== undefined
          ? `${f.message}, the page's <link rel="canonical">`
          : f.message;
      keep({ ...f, file, line: block.line + locate(inner) - 1, block: index, pointer: inner, message });
    }
  }
  return { file, counts, findings, omitted };
}

/** The files named: each file itself, each directory's `*.html` files (recursively, in name order). */
async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".html")) files.push(path);
    }
  };
  for (const path of paths) {
    if (path === "-") {
      files.push(path);
      continue;
    }
    try {
      if ((await stat(path)).isDirectory()) await walk(path);
      else files.push(path);
    } catch {
      // openInput gives the one-line reason (no such file, permission denied…).
      files.push(path);
    }
  }
  return files;
}

/**
 * `news-events check PATH...`: every page or JSON-LD file named, or found as `*.html` in a named
 * directory, checked with all its blocks together; findings with line numbers, a summary per file
 * when there are several, and a total. `--format json` prints one report instead.
 */
export async function checkCommand(paths: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const settings: Required<CheckCommandOptions> = {
    maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
    maxFindings: options.maxFindings ?? 200,
    format: options.format ?? "text",
    verbose: options.verbose ?? false,
  };
  const files = await expandPaths(paths);
  if (files.length === 0) throw new UsageError(`no *.html files in ${paths.join(", ")}`);
  const reports: FileReport[] = [];
  let ioError = false;
  for (const file of files) {
    let report: FileReport;
    try {
      report = await checkFile(file, settings, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      errLine(io, `news-events: ${error.message}`);
      ioError = true;
      continue;
    }
    reports.push(report);
    if (settings.format === "text") printText(report, files.length > 1, io);
  }
  const total = { files: reports.length, error: 0, warning: 0, note: 0 };
  for (const r of reports) for (const s of ["error", "warning", "note"] as const) total[s] += r.counts[s];
  if (settings.format === "json") {
    const json = {
      version: 1,
      files: reports.map((r) => ({
        file: r.file,
        errors: r.counts.error,
        warnings: r.counts.warning,
        notes: r.counts.note,
        omitted: r.omitted,
        findings: r.findings,
      })),
      totals: { files: total.files, errors: total.error, warnings: total.warning, notes: total.note },
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else if (reports.length > 0) {
    outLine(
      io,
      `${total.error} errors, ${total.warning} warnings, ${total.note} notes${files.length > 1 ? ` in ${total.files} files` : ""}`,
    );
  }
  return ioError ? EXIT.usage : total.error > 0 ? EXIT.invalid : EXIT.ok;
}

function printText(report: FileReport, several: boolean, io: Io): void {
  for (const f of report.findings)
    outLine(io, `${f.file}:${f.line}: ${f.severity} ${f.rule} ${f.pointer || "/"}: ${f.message}`);
  if (report.omitted > 0)
    outLine(
      io,
      `${report.file}: … ${report.omitted.toLocaleString("en")} more findings not shown (--max-findings raises the limit)`,
    );
  if (several)
    outLine(
      io,
      `${report.file}: ${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.note} notes`,
    );
}
