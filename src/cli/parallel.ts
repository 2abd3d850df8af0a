import { Worker } from "node:worker_threads";
import { describeThrown } from "../core/error.js";
import { kindsDirInUse, type BatchVerdicts, type RecordProblem } from "./judge.js";
import { byteLineBatches, type ByteLine } from "./byte-lines.js";
import { decidesNdjson, ndjsonRecord, type InputRecord } from "./records.js";

/** What a worker is sent: one chunk's NDJSON lines, packed into one buffer. */
export interface LineBatch {
  /** The lines' bytes, back to back, in a buffer shared with the worker. */
  readonly bytes: Uint8Array<SharedArrayBuffer>;
  /** Where each line ends in `bytes`; a negative value is the length of a line over the limit. */
  readonly ends: Float64Array;
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
      const record = ndjsonRecord(piece, ++line, maxBytes, false);
      if (record !== undefined) return decidesNdjson(piece, record);
    }
  }
  return false;
}

/**
 * One buffer and the end offsets for a batch of lines; an over-long line is its negated length.
 * The buffer is shared with the worker, not moved: if the worker dies judging it, the main thread
 * still holds the lines and can judge them again one by one.
 */
export function pack(pieces: readonly ByteLine[], firstLine: number, maxBytes: number): LineBatch {
  let total = 0;
  for (const piece of pieces) if ("bytes" in piece) total += piece.bytes.length;
  const bytes = new Uint8Array(new SharedArrayBuffer(total));
  const ends = new Float64Array(pieces.length);
  let at = 0;
  pieces.forEach((piece, i) => {
    if ("bytes" in piece) {
      bytes.set(piece.bytes, at);
      at += piece.bytes.length;
      ends[i] = at;
    } else ends[i] = -piece.overlong;
  });
  return { bytes, ends, firstLine, maxBytes };
}

/** The lines of a batch, each a batch of its own. */
function singleLines(batch: LineBatch): LineBatch[] {
  let start = 0;
  return Array.from(batch.ends, (end, i) => {
    const piece: ByteLine = end < 0 ? { overlong: -end } : { bytes: batch.bytes.subarray(start, end) };
    if (end >= 0) start = end;
    return pack([piece], batch.firstLine + i, batch.maxBytes);
  });
}

/** Raised for every batch a worker held when it died (out of memory, or killed). */
class WorkerDied extends Error {
  override readonly name = "WorkerDied";
}

/** A worker with a queue of answers awaited, in the order the batches were sent. */
class JudgeWorker {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (v: BatchVerdicts) => void; reject: (e: unknown) => void }[] = [];
  /** Set once the worker has failed: it takes no more batches. */
  dead = false;
  constructor() {
    this.worker = new Worker(new URL("./validate-worker.cjs", import.meta.url), {
      workerData: { kindsDir: kindsDirInUse() },
    });
    this.worker.on("message", (verdicts: BatchVerdicts) => this.waiting.shift()?.resolve(verdicts));
    const die = (why: string) => {
      this.dead = true;
      for (const w of this.waiting.splice(0)) w.reject(new WorkerDied(why));
    };
    this.worker.on("error", (error: NodeJS.ErrnoException) => die(error.code ?? describeThrown(error)));
    this.worker.on("exit", (code) => die(`exit ${code}`));
  }
  judge(batch: LineBatch): Promise<BatchVerdicts> {
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
 * Workers that judge batches, replaced when one dies. A batch whose worker died is judged again
 * line by line on a spare worker; a line that kills that one too is reported as one invalid
 * record, too large to judge, and every other line of the batch is judged as usual: a record that
 * runs a thread out of memory costs its own verdict, never the file's.
 */
export class JudgePool {
  private readonly workers: (JudgeWorker | undefined)[];
  private spare: JudgeWorker | undefined;
  private sent = 0;
  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => undefined);
  }

  /** Sends a batch to the next worker (round robin); the verdicts come back whatever happens to it. */
  judge(batch: LineBatch): Promise<BatchVerdicts> {
    const i = this.sent++ % this.workers.length;
    let worker = this.workers[i];
    if (worker === undefined || worker.dead) this.workers[i] = worker = new JudgeWorker();
    return worker.judge(batch).catch((error: unknown) => this.again(batch, error));
  }

  /** A batch judged on its own worker (the main thread's path for a large record). */
  async alone(batch: LineBatch): Promise<BatchVerdicts> {
    if (this.spare === undefined || this.spare.dead) this.spare = new JudgeWorker();
    try {
      return await this.spare.judge(batch);
    } catch (error) {
      return this.again(batch, error);
    }
  }

  private async again(batch: LineBatch, error: unknown): Promise<BatchVerdicts> {
    if (!(error instanceof WorkerDied)) throw error;
    if (batch.ends.length > 1) {
      const verdicts: BatchVerdicts = { valid: 0, invalid: 0, problems: [] };
      for (const line of singleLines(batch)) {
        const one = await this.alone(line);
        verdicts.valid += one.valid;
        verdicts.invalid += one.invalid;
        verdicts.problems.push(...one.problems);
      }
      return verdicts;
    }
    const bytes = Math.abs((batch.ends[0] ?? 0) as number);
    return { valid: 0, invalid: 1, problems: [tooLargeToJudge(batch.firstLine, bytes, error.message)] };
  }

  /** Ends every worker. */
  async stop(): Promise<void> {
    await Promise.all([...this.workers, this.spare].map((w) => w?.stop()));
  }
}

/** The verdict on a record whose judging killed its thread (it ran out of memory). */
function tooLargeToJudge(line: number, bytes: number, why: string): RecordProblem {
  return {
    line,
    code: "too-large",
    pointer: "",
    message: `is a record of ${bytes.toLocaleString("en")} bytes too large to judge: the thread judging it ran out of memory (${why})`,
    params: { bytes },
  };
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
  const pool = new JudgePool(jobs);
  const inFlight: Promise<BatchVerdicts>[] = [];
  let lines = 0;
  try {
    for await (const pieces of byteLineBatches(chunks, maxBytes)) {
      inFlight.push(pool.judge(pack(pieces, lines + 1, maxBytes)));
      lines += pieces.length;
      while (inFlight.length >= jobs * 4) report(await (inFlight.shift() as Promise<BatchVerdicts>));
    }
    while (inFlight.length > 0) report(await (inFlight.shift() as Promise<BatchVerdicts>));
  } finally {
    // Answers not awaited (after a failure) must not become unhandled rejections.
    for (const pending of inFlight) pending.catch(() => {});
    await pool.stop();
  }
}

/**
 * The records of a worker's batch of lines, exactly as the single-threaded reader makes them
 * (`validate --jobs`, `export --jobs`).
 *
 * @example
 * ```ts
 * for (const record of recordsOfBatch(batch)) judge(record);
 * ```
 */
export function* recordsOfBatch(batch: LineBatch): Generator<InputRecord> {
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
