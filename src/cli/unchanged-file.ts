/**
 * Reading a regular file so that a change made while it is read is refused, not judged half old
 * and half new: its size and modification time when it was opened are compared with those at the
 * end of the read, on the same handle (a file replaced by rename is not a change of the one read).
 */
import type { Stats } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { UsageError } from "./usage.js";

// From the module itself: an import of node:fs reads every export, and its streams' getters load
// Node's stream modules into every run of `validate` (test/cli/startup.test.ts).
const { closeSync, fstatSync, openSync, readSync } = process.getBuiltinModule("node:fs");

/** Bytes read at a time. */
const CHUNK = 1 << 16;

/** The size and time a file had when it was opened. */
type Seen = Pick<Stats, "size" | "mtimeMs">;

/**
 * Throws the one-line UsageError (exit 2) every command gives for a file changed while it was
 * read, when `now` differs from `opened` in size or time.
 *
 * @example
 * ```ts
 * assertSame("feed.ndjson", opened, await handle.stat()); // throws "feed.ndjson: was changed while it was read …"
 * ```
 */
export function assertSame(name: string, opened: Seen, now: Seen): void {
  if (now.size !== opened.size || now.mtimeMs !== opened.mtimeMs)
    throw new UsageError(`${name}: was changed while it was read (its size or time differs); run again`);
}

/**
 * A regular file's bytes from its start, read by position through the handle (which stays open,
 * so that the file may be read again).
 *
 * @example
 * ```ts
 * for await (const chunk of chunksOf(handle)) total += chunk.length;
 * ```
 */
export async function* chunksOf(handle: FileHandle): AsyncGenerator<Uint8Array> {
  for (let position = 0; ;) {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * {@link chunksOf} once, to its end, then refused if the file changed since `opened`; the handle
 * is closed when the read ends (or is left early: a reader that has seen enough).
 *
 * @example
 * ```ts
 * const handle = await open("doc.json");
 * for await (const chunk of checkedChunks("doc.json", handle, await handle.stat())) parts.push(chunk);
 * ```
 */
export async function* checkedChunks(name: string, handle: FileHandle, opened: Seen): AsyncGenerator<Uint8Array> {
  try {
    yield* chunksOf(handle);
    assertSame(name, opened, await handle.stat());
  } finally {
    await handle.close();
  }
}

/**
 * A whole regular file, read at once through one descriptor and refused (a UsageError) if it
 * changed while it was read; an error opening or reading it is thrown as it is (its code). Also
 * what is not a regular file (a FIFO), read to its end.
 *
 * @example
 * ```ts
 * const bytes = readUnchangedSync("article.txt");
 * ```
 */
export function readUnchangedSync(name: string): Buffer {
  const fd = openSync(name, "r");
  try {
    const opened = fstatSync(fd);
    const parts: Buffer[] = [];
    // A regular file in one read (a byte to spare, to see its end), unless it grew meanwhile.
    for (let want = Math.max(CHUNK, opened.isFile() ? opened.size + 1 : 0); ; want = CHUNK) {
      const buffer = Buffer.allocUnsafe(want);
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      parts.push(buffer.subarray(0, read));
    }
    if (opened.isFile()) assertSame(name, opened, fstatSync(fd));
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  } finally {
    closeSync(fd);
  }
}
