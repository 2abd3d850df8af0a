import { Worker } from "node:worker_threads";
import type { BatchVerdicts } from "./judge.js";
import { byteLineBatches, type ByteLine } from "./byte-lines.js";
import { decidesNdjson, ndjsonRecord } from "./records.js";

/** What a worker is sent: one chunk's NDJSON lines, packed into one buffer. */
export interface LineBatch {
  /** The lines' bytes, back to back (their own buffer: it is transferred). */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Where each line ends in `bytes`; a negative value is the length of a line over the limit. */
  readonly ends: Float64Array<ArrayBuffer>;
  /** The line number of the first line. */
  readonly firstLine: number;
  /** The record limit, for the over-limit message. */
  readonly maxBytes: number;
}

/**
 * True when the input's first non-blank line decides it is NDJSON, as the single-threaded reader
 * decides: a JSON value on its own, or a line that is over the limit or not UTF-8. Reads only as
 * far as that line.
 */
export async function startsAsNdjson(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<boolean> {
  let line = 0;
  for await (const batch of byteLineBatches(chunks, maxBytes)) {
    for (const piece of batch) {
      const record = ndjsonRecord(piece, ++line, maxBytes);
      if (record !== undefined) return decidesNdjson(piece, record);
    }
  }
  return false;
}

/** One buffer and the end offsets for a batch of lines; an over-long line is its negated length. */
function pack(pieces: readonly ByteLine[]): { bytes: Uint8Array<ArrayBuffer>; ends: Float64Array<ArrayBuffer> } {
  let total = 0;
  for (const piece of pieces) if ("bytes" in piece) total += piece.bytes.length;
  // A fresh ArrayBuffer, not Buffer's shared pool: it is transferred to the worker.
  const bytes = new Uint8Array(total);
  const ends = new Float64Array(pieces.length);
  let at = 0;
  pieces.forEach((piece, i) => {
    if ("bytes" in piece) {
      bytes.set(piece.bytes, at);
      at += piece.bytes.length;
      ends[i] = at;
    } else ends[i] = -piece.overlong;
  });
  return { bytes, ends };
}

/** A worker with a queue of answers awaited, in the order the batches were sent. */
class JudgeWorker {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (v: BatchVerdicts) => void; reject: (e: unknown) => void }[] = [];
  constructor(url: URL) {
    this.worker = new Worker(url);
    this.worker.on("message", (verdicts: BatchVerdicts) => this.waiting.shift()?.resolve(verdicts));
    this.worker.on("error", (error) => {
      for (const w of this.waiting.splice(0)) w.reject(error);
    });
  }
  judge(batch: LineBatch): Promise<BatchVerdicts> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(batch, [batch.bytes.buffer, batch.ends.buffer]);
    });
  }
  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Judges an NDJSON input on `jobs` worker threads, one chunk's lines per batch, and hands the
 * verdicts to `report` in input order. At most four batches per worker are in flight, so memory
 * stays bounded whatever the input's size.
 */
export async function judgeInParallel(
  chunks: AsyncIterable<Uint8Array>,
  jobs: number,
  maxBytes: number,
  report: (verdicts: BatchVerdicts) => void,
): Promise<void> {
  const workers = Array.from({ length: jobs }, () => new JudgeWorker(new URL("./validate-worker.js", import.meta.url)));
  const inFlight: Promise<BatchVerdicts>[] = [];
  let lines = 0;
  let sent = 0;
  try {
    for await (const pieces of byteLineBatches(chunks, maxBytes)) {
      const { bytes, ends } = pack(pieces);
      const worker = workers[sent++ % jobs] as JudgeWorker;
      inFlight.push(worker.judge({ bytes, ends, firstLine: lines + 1, maxBytes }));
      lines += pieces.length;
      while (inFlight.length >= jobs * 4) report(await (inFlight.shift() as Promise<BatchVerdicts>));
    }
    while (inFlight.length > 0) report(await (inFlight.shift() as Promise<BatchVerdicts>));
  } finally {
    // Answers not awaited (after a failure) must not become unhandled rejections.
    for (const pending of inFlight) pending.catch(() => {});
    await Promise.all(workers.map((w) => w.stop()));
  }
}
