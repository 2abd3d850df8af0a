/*
 * Byte framing: a stream of chunks cut into lines on \n, in bounded memory. What a line means
 * (a record, part of a whole document) is decided in records.ts.
 */

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * A line of input: its bytes, or only its length when it was longer than the limit (its bytes
 * were dropped; `cut`: the reading stopped there, so the line is longer still).
 */
export type ByteLine = { readonly bytes: Uint8Array } | { readonly overlong: number; readonly cut?: true };

/**
 * Lines of a byte stream, split on \n, one batch per chunk read (a line that spans chunks is in
 * the batch of the chunk that ends it). Memory stays within `maxBytes` plus one chunk whatever the
 * input: a longer line is counted and skipped, not kept (`/dev/zero` never ends, but never grows).
 * With `stopOverlong` (a command that reads one record: the first over the limit is its answer),
 * the reading stops at the chunk where a line passes the limit, which is then the last line.
 * Batches, not single lines: each step of an async generator is a promise, and a feed of small
 * records made those promises a sixth of the run.
 *
 * @example
 * ```ts
 * for await (const batch of byteLineBatches(process.stdin, 1024)) for (const line of batch) if ("bytes" in line) …;
 * ```
 */
export async function* byteLineBatches(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  stopOverlong = false,
): AsyncGenerator<ByteLine[]> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let skipped = -1; // bytes of an over-long line seen so far; -1 when not skipping
  // One byte of slack for a CR before the newline: a CRLF line of exactly `maxBytes` is within
  // the limit, as the same line ending in LF is (the CR is not part of the record).
  const take = (piece: Uint8Array) => {
    if (skipped >= 0) skipped += piece.length;
    else if (pendingBytes + piece.length > maxBytes + 1) {
      skipped = pendingBytes + piece.length;
      pending = [];
      pendingBytes = 0;
    } else {
      pending.push(piece);
      pendingBytes += piece.length;
    }
  };
  const finish = (): ByteLine => {
    const bytes = skipped >= 0 ? undefined : pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending);
    const line: ByteLine =
      bytes === undefined
        ? { overlong: skipped }
        : bytes.length > maxBytes && !(bytes.length === maxBytes + 1 && bytes[maxBytes] === CR)
          ? { overlong: bytes.length }
          : { bytes };
    pending = [];
    pendingBytes = 0;
    skipped = -1;
    return line;
  };
  for await (const chunk of chunks) {
    const batch: ByteLine[] = [];
    // Lines are views through a plain Uint8Array: Buffer's subarray makes each through its own
    // constructor, about a microsecond a line at start-up (1.2 ms of a 1,260-line document).
    const view = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, start)) {
      // A line whole in this chunk and within the limit (nearly every line) without the calls below:
      // still interpreted at start-up, they took 4 ms of framing a 1,260-line document (now 2.4 ms).
      if (pendingBytes === 0 && skipped < 0 && i - start <= maxBytes) batch.push({ bytes: view.subarray(start, i) });
      else {
        take(view.subarray(start, i));
        batch.push(finish());
      }
      start = i + 1;
    }
    if (start < chunk.length) take(view.subarray(start));
    if (stopOverlong && skipped >= 0) {
      batch.push({ overlong: skipped, cut: true });
      yield batch;
      return;
    }
    if (batch.length > 0) yield batch;
  }
  if (pendingBytes > 0 || skipped >= 0) yield [finish()];
}
