// The pages of a site check, in order, opened ahead of the one being checked: waiting for a stream
// (a large file, a pipe) overlaps checking (a 1,000-page site once spent a fifth of its time
// waiting for one file after another), with memory bounded by READ_AHEAD small files.
import { readFileSync, statSync } from "node:fs";
import { openInput } from "./input.js";
import type { Io } from "./usage.js";

/** Pages read ahead of the one being checked, so that reading overlaps checking; memory stays bounded. */
const READ_AHEAD = 8;
/** A regular file up to this size is read whole, in one call; a larger one is streamed as it is checked. */
const READ_WHOLE = 1 << 20;

/** One page's bytes, or why it cannot be read (openInput's one-line UsageError). */
export type Loaded = { readonly input: AsyncIterable<Uint8Array> } | { readonly error: unknown };

/**
 * A page's bytes: a small regular file read whole (one stat, one read), at once — a site's pages
 * are in the page cache after a build, and the promise API's open, stat, read and close cost more
 * CPU than the read itself; anything else, or a file whose read fails, as `openInput` gives it (a
 * stream, or its error in its words). A named pipe is never opened here (opening one would let its
 * writer go on), only by `openInput`, once.
 */
async function loadPage(file: string, io: Io): Promise<AsyncIterable<Uint8Array>> {
  if (file !== "-") {
    try {
      const info = statSync(file);
      if (info.isFile() && info.size <= READ_WHOLE) {
        const bytes = readFileSync(file);
        return (async function* () {
          yield bytes;
        })();
      }
    } catch {
      // openInput says why.
    }
  }
  return openInput(file, io.stdin);
}

/** The files' bytes in order, up to {@link READ_AHEAD} read at once; a failure is given, never left unhandled. */
export async function* readAhead(files: readonly string[], io: Io): AsyncGenerator<[string, Loaded]> {
  const pending: Promise<Loaded>[] = [];
  const start = (i: number) => {
    const file = files[i];
    if (file !== undefined)
      pending[i] = loadPage(file, io).then(
        (input) => ({ input }),
        (error: unknown) => ({ error }),
      );
  };
  for (let i = 0; i < READ_AHEAD; i++) start(i);
  for (let i = 0; i < files.length; i++) {
    const loaded = await (pending[i] as Promise<Loaded>);
    delete pending[i];
    start(i + READ_AHEAD);
    yield [files[i] as string, loaded];
  }
}
