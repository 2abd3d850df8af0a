import type { RuleSeverities } from "../check/context.js";
import { anyGlob } from "../check/glob.js";
import { inspectPage, type PageFinding } from "../check/page.js";
import { formatOfName } from "../check/page-read.js";
import { PageLines, SiteIndex } from "../check/site.js";
import type { Severity } from "../check/report.js";
import { errLine, outLine } from "./output.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./options.js";
import { pagesToCheck, readAhead } from "./page-files.js";
import { findingLine, reportJson, summaryLine } from "./report.js";
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
  /** Severities per rule (`--rule ID=off|note|warning|error`). */
  readonly rules?: RuleSeverities;
  /** Every page must hold an article (`--require-article`). */
  readonly requireArticle?: boolean;
  /** Pages whose path matches one of these globs must hold an article (`--articles GLOB`). */
  readonly articles?: readonly string[];
  /** Pages whose path matches one of these globs are not checked (`--exclude GLOB`). */
  readonly exclude?: readonly string[];
}

type Settings = Required<Omit<CheckCommandOptions, "rules">> & Pick<CheckCommandOptions, "rules">;

/** One finding located in a file: what `--format json` prints for each (its version-1 fields). */
export interface LocatedFinding extends Omit<PageFinding, "code" | "params"> {
  /** The file, as named on the command line (or found in a directory). */
  readonly file: string;
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

// Imported when the first page is checked; the promise is kept (an import() resolves its path every time).
let lines: Promise<typeof import("../check/lines.js")> | undefined;

/** Checks one file: all its blocks together, findings located by line. */
async function checkFile(
  file: string,
  input: AsyncIterable<Uint8Array>,
  options: Settings & { isArticle: (path: string) => boolean },
  site: SiteIndex,
): Promise<FileReport> {
  const required = options.requireArticle || options.isArticle(file);
  const { report, graph, blocks } = await inspectPage(
    input,
    {
      maxJsonLdLength: options.maxRecordBytes,
      limitName: "--max-record-bytes",
      requireArticle: required,
      ...(options.rules !== undefined ? { rules: options.rules } : {}),
    },
    // Notes are printed with --verbose only: without it, their lines are never asked for.
    (severity) => severity !== "note" || options.verbose,
    // An .html file is a page whatever it holds; standard input and devices are read by their first characters.
    formatOfName(file, "sniff"),
  );
  const { lineLocator } = await (lines ??= import("../check/lines.js"));
  site.add(file, report, graph, new PageLines(blocks, lineLocator));
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const findings: LocatedFinding[] = [];
  let omitted = 0;
  for (const f of [...report.errors, ...report.warnings, ...report.notes]) {
    counts[f.severity]++;
    if (f.severity === "note" && !options.verbose) continue;
    // The JSON report's finding keeps its version-1 fields, in their order.
    const { line, block, severity, rule, pointer, message } = f;
    if (findings.length < options.maxFindings) findings.push({ file, line, block, severity, rule, pointer, message });
    else omitted++;
  }
  return { file, counts, findings, omitted };
}

/** Report text gathered before one write to standard output. */
const OUT_CHUNK = 16 * 1024;
/** The longest a line of the report waits to be written, in milliseconds. */
const OUT_WAIT_MS = 100;

/**
 * `io` with standard output gathered into writes of about {@link OUT_CHUNK} characters: a line per
 * page written on its own cost a twentieth of a 1,000-page site's check (a system call, and a
 * switch to the reader of the pipe, each). No line waits longer than {@link OUT_WAIT_MS}: what was
 * found is written while the check waits for a slow input (a pipe, a terminal) and is not lost
 * with more than that when the process is stopped. Standard error flushes it first, so the two
 * streams keep their order; `flush` writes the rest.
 */
function gathered(io: Io): Io & { flush(): void } {
  let text = "";
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A write that failed in the timer is thrown by the next call, in the command's own flow.
  let failed: { error: unknown } | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (failed !== undefined) {
      const { error } = failed;
      failed = undefined;
      throw error;
    }
    if (text !== "") io.stdout(text);
    text = "";
  };
  const flushSoon = () => {
    try {
      flush();
    } catch (error) {
      failed = { error };
    }
  };
  return {
    env: io.env,
    // Read when asked, as in main.ts: a check that reads no stdin makes no stream for it.
    get stderrIsTty() {
      return io.stderrIsTty;
    },
    get stdin() {
      return io.stdin;
    },
    stdout: (more) => {
      if (text === "") {
        since = performance.now();
        // Written when the check waits (the event loop runs timers then); unref'd: it keeps no process alive.
        timer = setTimeout(flushSoon, OUT_WAIT_MS);
        timer.unref?.();
      }
      text += more;
      if (text.length >= OUT_CHUNK || performance.now() - since >= OUT_WAIT_MS) flush();
    },
    stderr: (more) => {
      flush();
      io.stderr(more);
    },
    ...(io.verdict !== undefined && { verdict: io.verdict }),
    flush,
  };
}

/**
 * `news-events check PATH...`: every page or JSON-LD file named, or found as `*.html` in a named
 * directory, checked with all its blocks together; findings with line numbers, a summary per file
 * when there are several, and a total. `--format json` prints one report instead.
 */
export async function checkCommand(paths: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const out = gathered(io);
  try {
    return await checkAll(paths, options, out);
  } finally {
    out.flush();
  }
}

/** {@link checkCommand}'s work, writing to `io`. */
async function checkAll(paths: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const settings: Settings = {
    maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
    maxFindings: options.maxFindings ?? 200,
    format: options.format ?? "text",
    verbose: options.verbose ?? false,
    requireArticle: options.requireArticle ?? false,
    articles: options.articles ?? [],
    exclude: options.exclude ?? [],
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
  };
  const { files, problems } = await pagesToCheck(paths, settings.articles, settings.exclude, io);
  const reports: FileReport[] = [];
  const site = new SiteIndex(settings.rules?.["graph/site-conflict"] ?? "warning");
  let ioError = problems.length > 0;
  if (ioError) io.verdict?.(EXIT.usage);
  const perFile = { ...settings, isArticle: anyGlob(settings.articles) };
  for await (const [file, loaded] of readAhead(files, io)) {
    let report: FileReport;
    try {
      if ("error" in loaded) throw loaded.error;
      report = await checkFile(file, loaded.input, perFile, site);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      errLine(io, `news-events: ${error.message}`);
      ioError = true;
      io.verdict?.(EXIT.usage);
      continue;
    }
    reports.push(report);
    if (report.counts.error > 0) io.verdict?.(EXIT.invalid);
    if (settings.format === "text") printText(report, files.length > 1, io);
  }
  const total = { files: reports.length, error: 0, warning: 0, note: 0 };
  for (const r of reports) for (const s of ["error", "warning", "note"] as const) total[s] += r.counts[s];
  for (const c of site.conflicts) total[c.severity]++;
  if (settings.format === "json") {
    printJson(reports, total, site, io);
  } else if (reports.length > 0) {
    printSite(site, files.length > 1, io);
    const totals = summaryLine([
      [total.error, "errors"],
      [total.warning, "warnings"],
      [total.note, "notes"],
    ]);
    outLine(io, `${totals}${files.length > 1 ? ` in ${total.files} files` : ""}`);
  }
  return ioError ? EXIT.usage : total.error > 0 ? EXIT.invalid : EXIT.ok;
}

function printText(report: FileReport, several: boolean, io: Io): void {
  for (const f of report.findings) outLine(io, findingLine(f.file, f.line, f));
  if (report.omitted > 0)
    outLine(
      io,
      `${report.file}: … ${report.omitted.toLocaleString("en")} more findings not shown (--max-findings raises the limit)`,
    );
  if (several)
    outLine(
      io,
      `${report.file}: ${summaryLine([
        [report.counts.error, "errors"],
        [report.counts.warning, "warnings"],
        [report.counts.note, "notes"],
      ])}`,
    );
}

/** A site conflict as the JSON report gives it. */
function siteJson(c: SiteIndex["conflicts"][number]) {
  const { page, line, severity, rule, message, otherPage, otherLine } = c;
  return { file: page, line, severity, rule, message, otherFile: otherPage, otherLine };
}

/** The conflicts across pages, then (for several pages) a line per page kind. */
function printSite(site: SiteIndex, several: boolean, io: Io): void {
  for (const c of site.conflicts) outLine(io, findingLine(c.page, c.line, c));
  if (!several) return;
  for (const [kind, k] of Object.entries(site.summary()))
    outLine(
      io,
      `${kind} pages: ${k.pages}, ${summaryLine([
        [k.errors, "errors"],
        [k.warnings, "warnings"],
        [k.notes, "notes"],
      ])}`,
    );
}

/** `--format json`: one report, its version-1 fields, and the site's conflicts and kinds. */
function printJson(
  reports: readonly FileReport[],
  total: { files: number; error: number; warning: number; note: number },
  site: SiteIndex,
  io: Io,
): void {
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
    site: { conflicts: site.conflicts.map(siteJson), kinds: site.summary() },
  };
  io.stdout(`${reportJson(json)}\n`);
}
