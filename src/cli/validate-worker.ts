import { parentPort, workerData } from "node:worker_threads";
import { judgeAll, loadLineFinder } from "./judge.js";
import { loadKindsDir, useKinds } from "./kinds-dir.js";
import { recordsOfBatch, type LineBatch } from "./parallel.js";
import { loadFaultLocator } from "./records.js";

/**
 * A worker of `validate --jobs`: loads what judging needs, then judges batches of NDJSON lines and
 * sends back the verdicts. Messages wait in the port until the listener is added. A start, not a
 * top-level await: the CLI is CommonJS (it starts without Node's ES module loader), and a failure
 * to load is still the worker's error on the main thread (an unhandled rejection ends the worker).
 */
async function start(): Promise<void> {
  // `validate --kinds DIR`: the worker judges with the same kinds as the main thread.
  const kindsDir = (workerData as { kindsDir?: string } | null)?.kindsDir;
  if (kindsDir !== undefined) useKinds(await loadKindsDir(kindsDir), kindsDir);
  // Its batches are read and judged synchronously: a line that is not JSON, or a problem, is located as it is found.
  await Promise.all([loadFaultLocator(), loadLineFinder()]);
  parentPort?.on("message", (batch: LineBatch) => parentPort?.postMessage(judgeAll(recordsOfBatch(batch))));
}

void start();
