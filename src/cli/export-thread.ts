/**
 * `export` of files on a thread of its own, whose young generation is capped: the export
 * allocates fast (a row per item, a cell per value, the Parquet encoder's buffers), and under that
 * rate V8 grows the main thread's young generation to its largest, which was most of why a 100 MB
 * feed's export peaked at 1.4× the memory of a 10 MB feed's (docs/tables.md). Only the young
 * generation is capped, so a large single document still gets the whole old generation.
 */
import { Worker } from "node:worker_threads";
import { describeThrown } from "../core/error.js";
import { interruptedLine, onSignal } from "./interrupt.js";
import { UsageError, type Io } from "./usage.js";
import type { ExportOptions } from "./export-run.js";

/**
 * The young generation's cap in MiB: three semi-spaces of 8 MiB (V8's default grows them to 16
 * MiB). Measured on a 100 MB feed (`node --max-semi-space-size=4`, the same cap): peak memory
 * 142 MiB instead of 175, the same CPU time; 2 MiB semi-spaces cost a tenth more CPU. With the old
 * generation held to twice what is alive (export-command.ts), 8 MiB semi-spaces promote less
 * garbage to it than 4 MiB ones, which collected it a fifth more often: three runs each of a
 * 100 MB feed, 9.4 s of CPU and 128 MiB against 10.1 s and 121 MiB (round 27).
 */
const YOUNG_GENERATION_MB = 24;

/** What the export thread sends: a line of output, or how it ended. */
export type ThreadMessage =
  | { readonly stdout: string }
  | { readonly stderr: string }
  | { readonly code: number }
  | { readonly usage: string }
  | { readonly failed: string };

/** What the export thread is given. */
export interface ThreadData {
  readonly inputs: readonly string[];
  readonly options: ExportOptions;
  readonly stderrIsTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs `export` of `inputs` (files or directories, not stdin) on its own thread
 * (cli/export-thread-worker.ts); its output goes to `io` as it comes, a usage error is thrown
 * again here, and its exit code is returned.
 *
 * @example
 * ```ts
 * const code = await exportOnThread(["feed.ndjson"], { format: "parquet", out: "tables" }, io);
 * ```
 */
export function exportOnThread(inputs: readonly string[], options: ExportOptions, io: Io): Promise<number> {
  const workerData: ThreadData = { inputs, options, stderrIsTty: io.stderrIsTty, env: { ...io.env } };
  const worker = new Worker(new URL("./export-thread-worker.cjs", import.meta.url), {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return new Promise((resolve, reject) => {
    let ended = false;
    let interrupted = false;
    // Ctrl-C (SIGINT) or SIGTERM: the export's thread removes what it wrote and ends with the code.
    const release = onSignal((code) => {
      interrupted = true;
      worker.postMessage({ interrupt: code });
    });
    const end = (settle: () => void) => {
      release();
      if (!ended) settle();
      ended = true;
    };
    worker.on("message", (message: ThreadMessage) => {
      if ("stdout" in message) io.stdout(message.stdout);
      else if ("stderr" in message) io.stderr(message.stderr);
      else if ("code" in message) end(() => resolve(message.code));
      else if ("usage" in message) end(() => reject(new UsageError(message.usage)));
      else end(() => reject(new Error(message.failed)));
    });
    worker.on("error", (error) => end(() => reject(new Error(`export thread failed (${describeThrown(error)})`))));
    worker.on("exit", (code) =>
      end(() => {
        if (!interrupted || code < 128) return reject(new Error(`export thread ended (exit ${code})`));
        io.stderr(`${interruptedLine(options.out)}\n`);
        resolve(code);
      }),
    );
  });
}
