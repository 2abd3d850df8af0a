import { describeThrown } from "../core/error.js";
import { judgeAll, placed, type BatchVerdicts, type RecordProblem } from "./judge.js";
import { errLine, outLine } from "./output.js";
import { issueLine, JsonReport, summaryLine } from "./report.js";
import type { JudgePool } from "./parallel.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./options.js";
import { ndjsonRecord, readBatches, type InputRecord, type ReadOptions } from "./records.js";
import { openInputOnce, type OpenedInput } from "./input.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** Options of `validate`. */
export interface ValidateOptions extends ReadOptions {
  /**
   * Worker threads for NDJSON in regular files; 1 judges on the main thread; "auto" (the default)
   * uses up to four of the machine's cores for a file of {@link PARALLEL_FROM_BYTES} or more.
   */
  readonly jobs?: number | "auto";
  /** `text` (one line per problem, the default) or `json` (one report, in the shape of `check --format json`). */
  readonly format?: "text" | "json";
  /** A directory built by `news-events kinds build`: documents may use its kinds. */
  readonly kinds?: string;
}

/**
 * The file size from which "auto" uses worker threads: each worker loads the validators for
 * itself (tens of milliseconds), which a smaller feed does not earn back (measured: 10 MB ran
 * slower on two threads than on one, 100 MB ~15% faster).
 */
export const PARALLEL_FROM_BYTES = 32 * 1024 * 1024;

/**
 * How many threads judge a file of `bytes` (undefined: not a regular file) on a machine with
 * `cores()`: what was asked, or for "auto" one thread below {@link PARALLEL_FROM_BYTES} and up to
 * four from there. A pipe or standard input always gets one: it cannot be read twice. The cores
 * are asked only for a file that large (node:os is not loaded to validate one document).
 *
 * @example
 * ```ts
 * threadsFor("auto", 100 * 2 ** 20, () => 8); // => 4
 * threadsFor("auto", 1024, () => 8); // => 1
 * ```
 */
export function threadsFor(jobs: number | "auto", bytes: number | undefined, cores: () => number): number {
  if (bytes === undefined) return 1;
  if (jobs !== "auto") return jobs;
  return bytes >= PARALLEL_FROM_BYTES ? Math.max(1, Math.min(4, cores())) : 1;
}

/** Shows progress on a terminal for long runs only. */
class Progress {
  private readonly started = Date.now();
  private shownAt = 0;
  private thousands = 0;
  /** Short runs show nothing; NEWS_EVENTS_PROGRESS_AFTER_MS changes the delay (tests set 0). */
  private readonly after: number;
  constructor(private readonly io: Io) {
    this.after = Number(io.env["NEWS_EVENTS_PROGRESS_AFTER_MS"] ?? 500);
  }
  /** Called with the running count; looks at the clock once per thousand records passed. */
  tick(count: number): void {
    const thousands = Math.floor(count / 1000);
    // Whether stderr is a terminal is asked only past a thousand records: node:tty loads the streams.
    if (thousands === this.thousands || !this.io.stderrIsTty) return;
    this.thousands = thousands;
    const now = Date.now();
    if (now - this.started < this.after || now - this.shownAt < 250) return;
    this.shownAt = now;
    this.io.stderr(`\r${count.toLocaleString("en")} records…`);
  }
  done(): void {
    if (this.shownAt > 0) this.io.stderr("\r\x1b[K");
  }
}

/** Where `validate` reports: lines of text, or one JSON report. */
interface Reporter {
  startFile(file: string): void;
  problem(file: string, problem: RecordProblem): void;
  endFile(valid: number, invalid: number): void;
  end(files: number, valid: number, invalid: number): void;
}

/** One line per problem, then `N valid, M invalid`. */
function textReporter(io: Io): Reporter {
  return {
    startFile: () => {},
    problem: (file, problem) => outLine(io, issueLine(file, problem.line, problem)),
    endFile: () => {},
    end: (_, valid, invalid) =>
      outLine(
        io,
        summaryLine([
          [valid, "valid"],
          [invalid, "invalid"],
        ]),
      ),
  };
}

/**
 * `{ version, files: [{ file, issues, valid, invalid }], totals: { files, valid, invalid } }`, the
 * shape of `check --format json`; each issue a problem with its file and line. The counts follow
 * the issues because the report is written as the input is read.
 */
function jsonReporter(io: Io): Reporter {
  const report = new JsonReport(io.stdout, "issues");
  return {
    startFile: (file) => report.startFile({ file }),
    problem: (file, { code, pointer, message, params, line, column }) =>
      report.add({
        code,
        pointer,
        message,
        ...(params !== undefined ? { params } : {}),
        file,
        line,
        ...(column !== undefined ? { column } : {}),
      }),
    endFile: (valid, invalid) => report.endFile({ valid, invalid }),
    end: (files, valid, invalid) => report.end({ files, valid, invalid }),
  };
}

/** An NDJSON line left unparsed by {@link readRecordBatchesLeavingLarge}, for the caller to judge elsewhere. */
interface UnparsedLine {
  readonly ok: "unparsed";
  /** Its 1-based line number. */
  readonly line: number;
  /** Its bytes, as read. */
  readonly bytes: Uint8Array;
}

/**
 * {@link readRecordBatches}, but the NDJSON lines (after the first) of `from` bytes or more are
 * not parsed: they come back as they are, so that `validate` can parse and judge them on a thread
 * that may run out of memory without ending the process.
 */
function readRecordBatchesLeavingLarge(
  chunks: AsyncIterable<Uint8Array>,
  options: ReadOptions,
  from: number,
): AsyncGenerator<(InputRecord | UnparsedLine)[]> {
  const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  return readBatches<InputRecord | UnparsedLine>(chunks, maxBytes, (piece, line) =>
    "bytes" in piece && piece.bytes.length >= from
      ? { ok: "unparsed", line, bytes: piece.bytes }
      : ndjsonRecord(piece, line, maxBytes),
  );
}

/**
 * Lines of at least this many bytes are parsed and judged on a worker thread even with `--jobs 1`:
 * a pathological record (a 9 MB line of a million objects) can run a thread out of memory, and a
 * worker that does so is reported as one invalid record, where the main thread would end the
 * process. Smaller lines cannot hold enough values to matter, and stay on the main thread.
 */
export const ISOLATE_FROM_BYTES = 256 * 1024;

/**
 * The worker threads' side of `validate` (node:worker_threads and the pool), loaded only when a
 * feed is split over threads or a line is large enough to be judged alone: the common run, one
 * file on the main thread, starts without it.
 */
const threads = () => import("./parallel.js");

/** Judges an input on the main thread, its large NDJSON lines each on a worker of `pool`. */
async function judgeOnMainThread(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  pool: () => Promise<JudgePool>,
  report: (verdicts: BatchVerdicts) => void,
): Promise<void> {
  for await (const batch of readRecordBatchesLeavingLarge(chunks, { maxRecordBytes: maxBytes }, ISOLATE_FROM_BYTES)) {
    let run: InputRecord[] = [];
    for (const record of batch) {
      if (record.ok !== "unparsed") {
        run.push(record);
        continue;
      }
      report(await placed(judgeAll(run)));
      run = [];
      const { pack } = await threads();
      report(await (await pool()).alone(pack([{ bytes: record.bytes }], record.line, maxBytes)));
    }
    report(await placed(judgeAll(run)));
  }
}

/** Judges one opened input, on worker threads when it is a large enough NDJSON file. */
async function judgeInput(
  input: OpenedInput,
  options: ValidateOptions,
  pool: () => Promise<JudgePool>,
  report: (verdicts: BatchVerdicts) => void,
): Promise<void> {
  const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  // A regular NDJSON file can be read twice (through the one handle opened): once for its first
  // line, which decides the format, then by the workers. Anything else is read once: standard
  // input, a pipe or device given by name (<(cat feed), /dev/stdin: a second read would miss what
  // the first consumed), a whole document.
  const jobs = threadsFor(options.jobs ?? "auto", input.size, () =>
    process.getBuiltinModule("node:os").availableParallelism(),
  );
  if (jobs === 1) await judgeOnMainThread(input.read(), maxBytes, pool, report);
  else {
    const { judgeInParallel, startsAsNdjson } = await threads();
    const ndjson = await startsAsNdjson(input.read(), maxBytes);
    await input.assertUnchanged();
    if (ndjson) await judgeInParallel(input.read(), jobs, maxBytes, report);
    else await judgeOnMainThread(input.read(), maxBytes, pool, report);
  }
  // On every path: a file changed while it was read is refused, whatever was counted of it.
  await input.assertUnchanged();
}

/** Judges with the kinds built in `dir` (loaded only when `--kinds` is given). */
async function judgeWithKinds(dir: string, io: Io): Promise<void> {
  const { judgeWithKindsDir } = await import("./kinds-dir.js");
  await judgeWithKindsDir(dir, io);
}

/**
 * `news-events validate [FILE...|-]`: one line per problem, `FILE:LINE: /pointer: message`,
 * then `N valid, M invalid`; or, with `format: "json"`, one JSON report.
 */
export async function validateCommand(files: readonly string[], options: ValidateOptions, io: Io): Promise<number> {
  let valid = 0;
  let invalid = 0;
  let read = 0;
  let ioError = false;
  const progress = new Progress(io);
  const out = options.format === "json" ? jsonReporter(io) : textReporter(io);
  if (options.kinds !== undefined) await judgeWithKinds(options.kinds, io);
  let pool: JudgePool | undefined;
  const spare = async () => (pool ??= new (await threads()).JudgePool(1));
  for (const name of files.length > 0 ? files : ["-"]) {
    const display = name === "-" ? "<stdin>" : name;
    let input: OpenedInput;
    try {
      input = await openInputOnce(name, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      errLine(io, `news-events: ${error.message}`);
      ioError = true;
      io.verdict?.(EXIT.usage);
      continue;
    }
    out.startFile(display);
    read++;
    const before = { valid, invalid };
    try {
      await judgeInput(input, options, spare, (verdicts) => {
        valid += verdicts.valid;
        invalid += verdicts.invalid;
        if (invalid > 0) io.verdict?.(EXIT.invalid);
        for (const problem of verdicts.problems) out.problem(display, problem);
        progress.tick(valid + invalid);
      });
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? describeThrown(error);
      errLine(io, `news-events: ${error instanceof UsageError ? error.message : `${display}: read failed (${why})`}`);
      ioError = true;
      io.verdict?.(EXIT.usage);
    } finally {
      await input.close();
    }
    out.endFile(valid - before.valid, invalid - before.invalid);
  }
  await pool?.stop();
  progress.done();
  out.end(read, valid, invalid);
  return ioError ? EXIT.usage : invalid > 0 ? EXIT.invalid : EXIT.ok;
}
