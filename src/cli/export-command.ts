/**
 * `news-events export`: which thread it runs on. This module loads nothing of the export itself,
 * so that the main thread, which only waits for the export's own thread, does not load the
 * validators and the writers a second time.
 */
import { setFlagsFromString } from "node:v8";
import { isMainThread } from "node:worker_threads";
import { exportOnThread } from "./export-thread.js";
import { stopHere } from "./interrupt.js";
import type { ExportOptions } from "./export-run.js";
import type { Io } from "./usage.js";

export type { ExportOptions } from "./export-run.js";

/**
 * How far past what a full collection left alive V8 lets the heap grow before it collects again
 * (`--heap-growing-percent`, read at each collection, so it holds when set here). Left to itself,
 * V8 lets the old generation grow to 4× what is alive when collecting is cheap, as it is for an
 * export, whose live heap (the code, the rows held, the files' footers) grows slowly with the
 * feed: a 100 MB feed's export then peaked at 1.3× a 10 MB feed's, garbage awaiting a
 * collection. Twice what is alive, with the export thread's 8 MiB semi-spaces, keeps it at 1.2×
 * (124 MiB at 100 MB, from 147) for the same CPU time (five interleaved pairs: 0.96×); 1.5× gave
 * 1.14× for a fifth more CPU time (docs/tables.md). The process is the export's.
 */
const HEAP_GROWING_PERCENT = 100;

/**
 * `news-events export FILE|DIR… --format parquet|csv --out DIR [--partition year]`: the valid
 * documents' rows, one file per table (docs/tables.md); invalid records reported as `validate`
 * reports them and left out. Memory stays within the held rows and one record, whatever the input.
 * Files are exported on a thread of their own whose young generation is capped (cli/export-thread.ts);
 * stdin on the main thread, which alone can read it.
 *
 * @example
 * ```ts
 * const code = await exportCommand(["feed.ndjson"], { format: "parquet", out: "tables" }, io);
 * ```
 */
export function exportCommand(inputs: readonly string[], options: ExportOptions, io: Io): Promise<number> {
  // The tables are the product: a reader of the report that stops early must not cut them short.
  io.finishWhenClosed?.();
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  if (isMainThread && inputs.length > 0 && !inputs.includes("-")) return exportOnThread(inputs, options, io);
  // Standard input is exported here, on the main thread: a signal is handled here too.
  const release = stopHere(io, options.out);
  return import("./export-run.js").then(({ runExport }) => runExport(inputs, options, io)).finally(release);
}
