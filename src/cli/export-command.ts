/**
 * `news-events export`: which thread it runs on. This module loads nothing of the export itself,
 * so that the main thread, which only waits for the export's own thread, does not load the
 * validators and the writers a second time.
 */
import { isMainThread } from "node:worker_threads";
import { exportOnThread } from "./export-thread.js";
import { stopHere } from "./interrupt.js";
import type { ExportOptions } from "./export-run.js";
import type { Io } from "./usage.js";

export type { ExportOptions } from "./export-run.js";

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
  if (isMainThread && inputs.length > 0 && !inputs.includes("-")) return exportOnThread(inputs, options, io);
  // Standard input is exported here, on the main thread: a signal is handled here too.
  const release = stopHere(io, options.out);
  return import("./export-run.js").then(({ runExport }) => runExport(inputs, options, io)).finally(release);
}
