// The thread `export` runs on (cli/export-thread.ts): the whole export, its output sent back to
// the main thread line by line, then how it ended.
import { parentPort, workerData } from "node:worker_threads";
import { describeThrown } from "../core/error.js";
import { runExport } from "./export-run.js";
import { interruptRun } from "./interrupt.js";
import type { ThreadData, ThreadMessage } from "./export-thread.js";
import { UsageError, type Io } from "./usage.js";

const data = workerData as ThreadData;
const send = (message: ThreadMessage) => parentPort?.postMessage(message);
const io: Io = {
  stdout: (text) => send({ stdout: text }),
  stderr: (text) => send({ stderr: text }),
  stderrIsTty: data.stderrIsTty,
  // Never read (stdin is exported on the main thread): a getter, so that no stream is made for it.
  get stdin() {
    return process.stdin;
  },
  env: data.env,
};

// Ctrl-C on the main thread: this thread removes what it wrote, then ends with the signal's code
// (cli/export-thread.ts says so). Unref'd: the listener alone does not keep the thread alive.
parentPort?.on("message", (message: { readonly interrupt: number }) => {
  if (interruptRun()) process.exit(message.interrupt);
});
parentPort?.unref();

/** The whole export, then how it ended. An async function, not a top-level await: the CLI is CommonJS. */
async function run(): Promise<void> {
  try {
    send({ code: await runExport(data.inputs, data.options, io) });
  } catch (error) {
    if (error instanceof UsageError) send({ usage: error.message });
    else send({ failed: error instanceof Error && error.stack !== undefined ? error.stack : describeThrown(error) });
  }
}

void run();
