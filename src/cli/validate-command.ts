import { formatIssue, type Issue } from "../validate/issue.js";
import { validateDocument, validateEvent } from "../validate/validate.js";
import { lineLocator } from "./locate.js";
import { describeThrown } from "../validate/error.js";
import { errLine, outLine } from "./output.js";
import { openInput, readRecordBatches, type InputRecord, type ReadOptions } from "./records.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** A record is an event when it says which kind it is; anything else is checked as a document. */
function validateRecord(value: unknown): readonly Issue[] {
  const isEvent = value !== null && typeof value === "object" && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, "kind");
  const result = isEvent ? validateEvent(value) : validateDocument(value);
  return result.ok ? [] : result.issues;
}

/** Shows progress on a terminal for long runs only. */
class Progress {
  private readonly started = Date.now();
  private shownAt = 0;
  /** Short runs show nothing; NEWS_EVENTS_PROGRESS_AFTER_MS changes the delay (tests set 0). */
  private readonly after = Number(process.env["NEWS_EVENTS_PROGRESS_AFTER_MS"] ?? 500);
  constructor(private readonly io: Io) {}
  tick(count: number): void {
    if (!this.io.stderrIsTty || count % 1000 !== 0) return;
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
export async function validateCommand(files: readonly string[], options: ReadOptions, io: Io): Promise<number> {
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

/** The verdicts for one input record: one per document or event (an array holds several). */
function* judge(record: InputRecord, display: string): Generator<[boolean, string[]]> {
  if (!record.ok) {
    yield [false, [`${display}:${record.line}: ${record.message}`]];
    return;
  }
  const items = Array.isArray(record.value) ? record.value.map((v, i) => [v, `/${i}`] as const) : [[record.value, ""] as const];
  // One-line records (NDJSON) are their own line; a pretty document is parsed once for line numbers.
  let locate: ((pointer: string) => number) | undefined;
  const lineOf = (pointer: string) => {
    if (!record.text.includes("\n")) return record.line;
    locate ??= lineLocator(record.text);
    return record.line + locate(pointer) - 1;
  };
  for (const [value, prefix] of items) {
    const issues = validateRecord(value);
    const lines = issues.map((issue) => {
      const pointer = `${prefix}${issue.pointer}`;
      const line = lineOf(pointer);
      return `${display}:${line}: ${formatIssue({ ...issue, pointer })}`;
    });
    yield [issues.length === 0, lines];
  }
}
