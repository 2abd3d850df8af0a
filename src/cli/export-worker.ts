// A worker of `export`: parses, judges and flattens batches of NDJSON lines into rows per table,
// and sends them back to the main thread, which writes the files.
import { parentPort, workerData } from "node:worker_threads";
import { loadLineFinder } from "./judge.js";
import { loadKindsDir, useKinds } from "./kinds-dir.js";
import { recordsOfBatch, type LineBatch } from "./parallel.js";
import { loadFaultLocator } from "./records.js";
import { exportRecord, TableParts, type ExportBatch } from "./export-rows.js";
import { rowsKey } from "./export-keys.js";

const options = workerData as { kindsDir?: string; format: "parquet" | "csv"; byYear: boolean };

/** The rows and verdicts of one batch of lines, made exactly as the main thread makes them. */
function exportBatch(batch: LineBatch): ExportBatch {
  const parts = new TableParts(options.format, options.byYear);
  const result: ExportBatch = { problems: [], counts: { exported: 0, invalid: 0 }, parts: [], keys: [] };
  // Every valid document is admitted here: the main thread, which knows the keys of the batches
  // before, refuses a repeated one (cli/export-keys.ts).
  const admit = (doc: unknown, line: number, at: string) => {
    const key = rowsKey(doc, line, at);
    if (key !== undefined) result.keys.push(key);
    return undefined;
  };
  for (const record of recordsOfBatch(batch))
    exportRecord(record, (doc) => parts.addDocument(doc), result.problems, result.counts, admit);
  return { ...result, parts: parts.take() };
}

/**
 * Loads what judging needs, then exports every batch sent. Messages wait in the port until the
 * listener is added. A start, not a top-level await: the CLI is CommonJS (it starts without Node's
 * ES module loader), and a failure to load is still the worker's error on the main thread.
 */
async function start(): Promise<void> {
  // `export --kinds DIR`: judged with the same kinds as on the main thread.
  if (options.kindsDir !== undefined) useKinds(await loadKindsDir(options.kindsDir), options.kindsDir);
  // Its batches are read and judged synchronously: a line that is not JSON, or a problem, is located as it is found.
  await Promise.all([loadFaultLocator(), loadLineFinder()]);
  parentPort?.on("message", exportAndSend);
}

/** Exports one batch and sends the result back. */
function exportAndSend(batch: LineBatch): void {
  const result = exportBatch(batch);
  // The packed columns' buffers are moved, not copied.
  const buffers = result.parts.flatMap((part) =>
    [...(part.packed?.values ?? []), ...(part.packed?.lengths ?? [])].flatMap((v) =>
      v ? [v.buffer as ArrayBuffer] : [],
    ),
  );
  parentPort?.postMessage(result, buffers);
}

void start();
