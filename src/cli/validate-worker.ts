import { parentPort, workerData } from "node:worker_threads";
import { judgeAll, loadLineFinder } from "./judge.js";
import { loadKindsDir, useKinds } from "./kinds-dir.js";
import { recordsOfBatch, type LineBatch } from "./parallel.js";
import { loadFaultLocator } from "./records.js";

// `validate --kinds DIR`: the worker judges with the same kinds as the main thread. Messages wait
// in the port until the listener below is added.
const kindsDir = (workerData as { kindsDir?: string } | null)?.kindsDir;
if (kindsDir !== undefined) useKinds(await loadKindsDir(kindsDir), kindsDir);
// Its batches are read and judged synchronously: a line that is not JSON, or a problem, is located as it is found.
await Promise.all([loadFaultLocator(), loadLineFinder()]);

// A worker of `validate --jobs`: judges batches of NDJSON lines and sends back the verdicts.
parentPort?.on("message", (batch: LineBatch) => parentPort?.postMessage(judgeAll(recordsOfBatch(batch))));
