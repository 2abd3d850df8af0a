/**
 * A run stopped by the user (Ctrl-C: SIGINT; SIGTERM) removes what it wrote, as a failed run does:
 * `export` registers how to undo its unfinished files while it writes them, and a signal runs that
 * undo on the thread that wrote them before the process ends.
 */
import type { Io } from "./usage.js";

/** What a signal stops: the thread's undo while it writes, or nothing before it starts or once it is done. */
let undo: (() => void) | undefined;
let finished = false;

/**
 * Registers how to remove what the run is writing (`cleanup`), or with undefined says that the
 * output is complete: a signal after that no longer undoes it.
 *
 * @example
 * ```ts
 * whileWriting(() => sinks.abort()); // … write …
 * whileWriting(undefined); // the files are complete
 * ```
 */
export function whileWriting(cleanup: (() => void) | undefined): void {
  undo = cleanup;
  finished = cleanup === undefined;
}

/**
 * Stops this thread's run: removes what it was writing. False when its output was already complete
 * (the signal came too late to undo it, and the run ends as it would have).
 *
 * @example
 * ```ts
 * if (interruptRun()) process.exit(130);
 * ```
 */
export function interruptRun(): boolean {
  if (finished) return false;
  undo?.();
  undo = undefined;
  return true;
}

/** The exit code of a run ended by `signal`: 128 and its number, as a shell shows it (Ctrl-C: 130). */
export function signalExit(signal: "SIGINT" | "SIGTERM"): number {
  return signal === "SIGINT" ? 130 : 143;
}

/** The one line a stopped export says. */
export function interruptedLine(out: string): string {
  return `news-events: interrupted; nothing written to ${out}`;
}

/**
 * Calls `stop` with the exit code when the process is sent SIGINT or SIGTERM, once: a second
 * signal ends the process as Node would. Returns a function that removes the handlers.
 *
 * @example
 * ```ts
 * const release = onSignal((code) => worker.postMessage({ interrupt: code }));
 * ```
 */
export function onSignal(stop: (code: number) => void): () => void {
  const handlers = (["SIGINT", "SIGTERM"] as const).map((signal) => {
    const handler = () => {
      release();
      stop(signalExit(signal));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  const release = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
  return release;
}

/**
 * On the thread that writes (standard input's export): a signal removes what was written, says so
 * in one line and ends the process with 128 + the signal's number.
 *
 * @example
 * ```ts
 * const release = stopHere(io, "tables"); // … runExport … release();
 * ```
 */
export function stopHere(io: Pick<Io, "stderr">, out: string): () => void {
  return onSignal((code) => {
    if (!interruptRun()) return;
    io.stderr(`${interruptedLine(out)}\n`);
    process.exit(code);
  });
}
