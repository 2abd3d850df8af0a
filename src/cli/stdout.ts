/**
 * The program's standard output. Written straight to file descriptor 1 while it takes the bytes:
 * Node makes `process.stdout` at its first use, and for a pipe that is a socket, which loads
 * Node's stream modules (about 5 ms of every start that prints, `npm run bench` figure 5). A
 * descriptor another program left non-blocking may refuse a write (EAGAIN): from then on the rest
 * goes through `process.stdout`, which waits for the reader, so nothing is lost or reordered.
 */
import { describeThrown } from "../core/error.js";
import { EXIT } from "./usage.js";

/** What `fs.writeSync` needs: here so that a test can give a descriptor that refuses. */
export type WriteSync = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/** Where the bytes go once the descriptor has refused a write: the stream, made then. */
export interface Fallback {
  write(bytes: Uint8Array): void;
}

/** How the output ends when the reader is gone or the device fails (process.exit in the program). */
export interface OutputEnd {
  /** The reader closed the pipe (`news-events validate feed.ndjson | head`): not an error. */
  closed(): void;
  /** Any other failure to write (a full disk: `> /dev/full`), `code` as the system names it. */
  failed(code: string): void;
}

/**
 * A writer of standard output: `fd` written with `writeSync` until it refuses, then `fallback()`.
 *
 * @example
 * ```ts
 * const out = outputWriter(1, writeSync, () => process.stdout, end);
 * out("1 valid, 0 invalid\n");
 * ```
 */
export function outputWriter(
  fd: number,
  writeSync: WriteSync,
  fallback: () => Fallback,
  end: OutputEnd,
): (text: string) => void {
  let stream: Fallback | undefined;
  return (text) => {
    const bytes = Buffer.from(text, "utf8");
    if (stream !== undefined) return stream.write(bytes);
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        stream = fallback();
        stream.write(bytes.subarray(done));
      } else if (code === "EPIPE") end.closed();
      else end.failed(code ?? describeThrown(error));
    }
  };
}

/** How the program ends on a closed pipe or a failed write: the exit code so far, or 2 and one line. */
export const processOutputEnd: OutputEnd = {
  closed: () => process.exit(process.exitCode ?? 0),
  failed: (code) => {
    process.stderr.write(`news-events: cannot write the output (${code})\n`);
    process.exit(EXIT.usage);
  },
};

/** `process.stdout`, made when first needed, its errors ending the program as `end` says. */
export function stdoutStream(end: OutputEnd): Fallback {
  const stream = process.stdout;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") end.closed();
    else end.failed(error.code ?? describeThrown(error));
  });
  return stream;
}
