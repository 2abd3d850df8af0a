/**
 * The program's standard output and error. Both are written straight to their descriptors while
 * they take the bytes: Node makes `process.stdout` and `process.stderr` at their first use, and
 * for a pipe each is a socket, which loads Node's stream modules (about 5 ms of every start that
 * prints, `npm run bench` figure 5) and leaves the descriptor non-blocking — with `2>&1` the
 * other one too, since both share it. Written synchronously, the two stay in the order they were
 * written. A descriptor another program left non-blocking may refuse a write (EAGAIN): from then
 * on both go through Node's streams, as before this module, which queue what the reader has not
 * taken yet (in memory: the program does not wait) and keep each stream's own order, not the
 * order between the two.
 */
import { describeThrown } from "../core/error.js";
import { EXIT } from "./usage.js";

/** What `fs.writeSync` needs: here so that a test can give a descriptor that refuses. */
export type WriteSync = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/** Where a descriptor's bytes go once a write was refused: its stream, made then. */
export interface Fallback {
  write(bytes: Uint8Array): void;
}

/** How the program ends when the reader is gone or the device fails (process.exit in the program). */
export interface OutputEnd {
  /** The reader closed the pipe (`news-events validate feed.ndjson | head`): not an error. */
  closed(): void;
  /** Any other failure to write (a full disk: `> /dev/full`), `code` as the system names it. */
  failed(code: string): void;
}

/** Ends the output as a failed write (from a descriptor or a stream) says: quietly for a closed pipe. */
function endOn(end: OutputEnd, error: unknown): void {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EPIPE") end.closed();
  else end.failed(code ?? describeThrown(error));
}

/** The two writers, standard output's and standard error's. */
export interface StdWriters {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * Writers of descriptors 1 and 2 with `writeSync`; once either refuses a write, that write's rest
 * and every later write of both go to `fallback(fd)` (made once for each descriptor).
 *
 * @example
 * ```ts
 * const { stdout, stderr } = stdWriters(writeSync, (fd) => (fd === 1 ? process.stdout : process.stderr), end);
 * stdout("1 valid, 0 invalid\n");
 * ```
 */
export function stdWriters(writeSync: WriteSync, fallback: (fd: 1 | 2) => Fallback, end: OutputEnd): StdWriters {
  const streams: { 1?: Fallback; 2?: Fallback } = {};
  let refused = false;
  const stream = (fd: 1 | 2) => (streams[fd] ??= fallback(fd));
  const writer = (fd: 1 | 2) => (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    if (refused) return stream(fd).write(bytes);
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") return endOn(end, error);
      refused = true;
      stream(fd).write(bytes.subarray(done));
    }
  };
  return { stdout: writer(1), stderr: writer(2) };
}

/**
 * How the program ends on a closed pipe or a failed write: the exit code so far (`soFar`, what the
 * command has found before the lines the reader did not take), or 2 and one line. A closed pipe
 * does not end a run that `finishing` says must finish (its product is files): its output is
 * then dropped.
 */
export function processOutputEnd(
  writeSync: WriteSync,
  soFar: () => number = () => 0,
  finishing: () => boolean = () => false,
): OutputEnd {
  return {
    closed: () => {
      if (!finishing()) process.exit(process.exitCode ?? soFar());
    },
    failed: (code) => {
      const line = Buffer.from(`news-events: cannot write the output (${code})\n`, "utf8");
      try {
        writeSync(2, line, 0, line.length);
      } catch {
        // Standard error failed too: the exit code still says so.
      }
      process.exit(EXIT.usage);
    },
  };
}

/** `process.stdout` or `process.stderr`, made when first needed, its errors ending the program as `end` says. */
export function processStream(fd: 1 | 2, end: OutputEnd): Fallback {
  const stream = fd === 1 ? process.stdout : process.stderr;
  stream.on("error", (error) => endOn(end, error));
  return stream;
}
