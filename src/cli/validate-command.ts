import { stat } from "node:fs/promises";
import { describeThrown } from "../validate/error.js";
import { judge } from "./judge.js";
import { errLine, outLine } from "./output.js";
import { judgeInParallel, startsAsNdjson } from "./parallel.js";
import { DEFAULT_MAX_RECORD_BYTES, openInput, readRecordBatches, type ReadOptions } from "./records.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** Options of `validate`. */
export interface ValidateOptions extends ReadOptions {
  /** Worker threads for NDJSON files; 1 (the default) judges on the main thread. */
  readonly jobs?: number;
}

/** True for a regular file (not a pipe, socket or device), which reads the same twice. */
async function isRegularFile(name: string): Promise<boolean> {
  try {
    return (await stat(name)).isFile();
  } catch {
    return false;
  }
}

/** Shows progress on a terminal for long runs only. */
class Progress {
  private readonly started = Date.now();
  private shownAt = 0;
  private thousands = 0;
  /** Short runs show nothing; NEWS_EVENTS_PROGRESS_AFTER_MS changes the delay (tests set 0). */
  private readonly after = Number(process.env["NEWS_EVENTS_PROGRESS_AFTER_MS"] ?? 500);
  constructor(private readonly io: Io) {}
  /** Called with the running count; looks at the clock once per thousand records passed. */
  tick(count: number): void {
    const thousands = Math.floor(count / 1000);
    if (!this.io.stderrIsTty || thousands === this.thousands) return;
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

/**
 * `news-events validate [FILE...|-]`: one line per problem, `FILE:LINE: /pointer: message`,
 * then `N valid, M invalid`.
 */
export async function validateCommand(files: readonly string[], options: ValidateOptions, io: Io): Promise<number> {
  let valid = 0;
  let invalid = 0;
  let ioError = false;
  const progress = new Progress(io);
  for (const name of files.length > 0 ? files : ["-"]) {
    const display = name === "-" ? "<stdin>" : name;
    let chunks: AsyncIterable<Uint8Array>;
    try {
      chunks = await openInput(name, io.stdin);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      errLine(io, `news-events: ${error.message}`);
      ioError = true;
      continue;
    }
    try {
      const jobs = options.jobs ?? 1;
      const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
      // A regular NDJSON file can be read twice: once for its first line, which decides the
      // format, then by the workers. Anything else is read once, as before: standard input, a
      // pipe or device given by name (<(cat feed), /dev/stdin: a second read would miss what the
      // first consumed), a whole document.
      const twice = jobs > 1 && name !== "-" && (await isRegularFile(name));
      if (twice && (await startsAsNdjson(chunks, maxBytes))) {
        await judgeInParallel(await openInput(name, io.stdin), jobs, maxBytes, display, (verdicts) => {
          valid += verdicts.valid;
          invalid += verdicts.invalid;
          for (const line of verdicts.lines) outLine(io, line);
          progress.tick(valid + invalid);
        });
        continue;
      }
      if (twice) chunks = await openInput(name, io.stdin);
      for await (const batch of readRecordBatches(chunks, options)) {
        for (const record of batch) {
          for (const [ok, lines] of judge(record, display)) {
            if (ok) valid++;
            else invalid++;
            for (const line of lines) outLine(io, line);
            progress.tick(valid + invalid);
          }
        }
      }
    } catch (error) {
      errLine(io, `news-events: ${display}: read failed (${(error as NodeJS.ErrnoException).code ?? describeThrown(error)})`);
      ioError = true;
    }
  }
  progress.done();
  outLine(io, `${valid} valid, ${invalid} invalid`);
  return ioError ? EXIT.usage : invalid > 0 ? EXIT.invalid : EXIT.ok;
}

