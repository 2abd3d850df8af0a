import { parentPort, workerData } from "node:worker_threads";
import { judgeAll, useKinds } from "./judge.js";
import { loadKindsDir } from "./kinds-dir.js";
import type { LineBatch } from "./parallel.js";
import { ndjsonRecord, type InputRecord } from "./records.js";

/** The records of a batch's lines, exactly as the single-threaded reader makes them. */
function* recordsOf(batch: LineBatch): Generator<InputRecord> {
  let start = 0;
  for (let i = 0; i < batch.ends.length; i++) {
    const end = batch.ends[i] as number;
    // A negative end marks a line over the record limit: its length, its bytes dropped.
    const piece = end < 0 ? { overlong: -end } : { bytes: batch.bytes.subarray(start, end) };
    if (end >= 0) start = end;
    const record = ndjsonRecord(piece, batch.firstLine + i, batch.maxBytes);
    if (record !== undefined) yield record;
  }
}

// `validate --kinds DIR`: the worker judges with the same kinds as the main thread. Messages wait
// in the port until the listener below is added.
const kindsDir = (workerData as { kindsDir?: string } | null)?.kindsDir;
if (kindsDir !== undefined) useKinds(await loadKindsDir(kindsDir), kindsDir);

// A worker of `validate --jobs`: judges batches of NDJSON lines and sends back the verdicts.
parentPort?.on("message", (batch: LineBatch) => parentPort?.postMessage(judgeAll(recordsOf(batch))));
