/**
 * `export` of an NDJSON file on worker threads: the main thread reads the lines and writes the
 * files; workers parse, judge and flatten batches of lines into rows (cli/export-worker.ts).
 */
import { Worker } from "node:worker_threads";
import { describeThrown } from "../core/error.js";
import { byteLineBatches, type ByteLine } from "./byte-lines.js";
import { kindsDirInUse } from "./judge.js";
import { pack, type LineBatch } from "./parallel.js";
import type { ExportBatch } from "./export-rows.js";

/**
 * Lines are sent to a worker in batches of about this many bytes: each message costs a fixed
 * amount on both threads, and a batch's rows are 30 tables' columns, so batches of one 64 KiB chunk
 * (a few documents) would cost more in messages than in work.
 */
const BATCH_BYTES = 1 << 20;

/** A worker with a queue of answers awaited, in the order the batches were sent. */
class ExportWorker {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (v: ExportBatch) => void; reject: (e: unknown) => void }[] = [];
  constructor(data: { format: "parquet" | "csv"; byYear: boolean }) {
    const kindsDir = kindsDirInUse();
    this.worker = new Worker(new URL("./export-worker.cjs", import.meta.url), {
      workerData: { ...data, ...(kindsDir === undefined ? {} : { kindsDir }) },
    });
    this.worker.on("message", (batch: ExportBatch) => this.waiting.shift()?.resolve(batch));
    const die = (why: string) => {
      for (const w of this.waiting.splice(0)) w.reject(new Error(`a worker thread ended (${why})`));
    };
    this.worker.on("error", (error: NodeJS.ErrnoException) => die(error.code ?? describeThrown(error)));
    this.worker.on("exit", (code) => die(`exit ${code}`));
  }
  run(batch: ReturnType<typeof pack>): Promise<ExportBatch> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(batch);
    });
  }
  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Exports an NDJSON input on `jobs` worker threads: batches of lines go round the workers, and
 * their rows and verdicts come back to `take` in input order, each with its lines (the main thread
 * exports a batch again itself when one of its documents repeats a key: cli/export-keys.ts), so
 * the files are as one thread writes them. At most two batches per worker are in flight, so memory stays bounded whatever the
 * input's size.
 *
 * @example
 * ```ts
 * await exportInParallel(input.read(), 2, maxBytes, { format: "parquet", byYear: false }, (batch, lines) => sinks.addParts(batch.parts));
 * ```
 */
export async function exportInParallel(
  chunks: AsyncIterable<Uint8Array>,
  jobs: number,
  maxBytes: number,
  data: { format: "parquet" | "csv"; byYear: boolean },
  take: (batch: ExportBatch, lines: LineBatch) => void,
): Promise<void> {
  const workers = Array.from({ length: jobs }, () => new ExportWorker(data));
  const inFlight: Promise<[ExportBatch, LineBatch]>[] = [];
  let lines = 0;
  let sent = 0;
  let pieces: ByteLine[] = [];
  let bytes = 0;
  const send = () => {
    const worker = workers[sent++ % jobs] as ExportWorker;
    const lineBatch = pack(pieces, lines + 1, maxBytes);
    inFlight.push(worker.run(lineBatch).then((answer) => [answer, lineBatch]));
    lines += pieces.length;
    pieces = [];
    bytes = 0;
  };
  try {
    for await (const batch of byteLineBatches(chunks, maxBytes)) {
      for (const piece of batch) {
        pieces.push(piece);
        bytes += "bytes" in piece ? piece.bytes.length : 0;
      }
      if (bytes < BATCH_BYTES) continue;
      send();
      while (inFlight.length >= jobs * 2) take(...(await (inFlight.shift() as Promise<[ExportBatch, LineBatch]>)));
    }
    if (pieces.length > 0) send();
    while (inFlight.length > 0) take(...(await (inFlight.shift() as Promise<[ExportBatch, LineBatch]>)));
  } finally {
    // Answers not awaited (after a failure) must not become unhandled rejections.
    for (const pending of inFlight) pending.catch(() => {});
    await Promise.all(workers.map((w) => w.stop()));
  }
}
