// The pages of a site check: found under the paths named (expandPaths; pagesToCheck with the
// globs), then, in order, opened ahead of the one being checked: waiting for a stream (a large
// file, a pipe) overlaps checking (a 1,000-page site once spent a fifth of its time waiting for one
// file after another), with memory bounded by READ_AHEAD small files.
import { statSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { anyGlob, globMatcher, globProblem, unmatchedGlob } from "../check/glob.js";
import { formatOfName } from "../check/page-read.js";
import { describeThrown } from "../core/error.js";
import { openInput } from "./input.js";
import { readUnchangedSync } from "./unchanged-file.js";
import { errLine } from "./output.js";
import { UsageError, type Io } from "./usage.js";

/** Pages read ahead of the one being checked, so that reading overlaps checking; memory stays bounded. */
const READ_AHEAD = 8;
/** A regular file up to this size is read whole, in one call; a larger one is streamed as it is checked. */
const READ_WHOLE = 1 << 20;

/** One page's bytes, or why it cannot be read (openInput's one-line UsageError). */
export type Loaded = { readonly input: AsyncIterable<Uint8Array> } | { readonly error: unknown };

/**
 * A page's bytes: a small regular file read whole (one stat, one read; refused if it changed meanwhile), at once — a site's pages
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
        const bytes = readUnchangedSync(file);
        return (async function* () {
          yield bytes;
        })();
      }
    } catch (error) {
      // Changed while it was read: refused as any file is. Anything else: openInput says why.
      if (error instanceof UsageError) throw error;
    }
  }
  return openInput(file, io);
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

/** How many directories deep below a named one pages are looked for; deeper ones are reported, not searched. */
const MAX_DEPTH = 64;

/** A path as a problem line shows it: one too long for a line (a cut line would lose the reason) loses its middle. */
function shown(path: string): string {
  return path.length <= 1000 ? path : `${path.slice(0, 400)}…${path.slice(-400)}`;
}

/** Why a path could not be read, in the words `openInput` uses for a file. */
function unreadable(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `${shown(path)}: ${code === "EACCES" ? "permission denied" : `cannot read (${code ?? describeThrown(error)})`}`;
}

/** The pages found under the paths named, and one line for each directory or link that could not be searched. */
interface Found {
  readonly files: string[];
  readonly problems: string[];
}

/**
 * The files named: each file itself, each directory's pages (recursively, in name order): the
 * files read as HTML by their name, `*.html` and `*.htm` (what a site built on Windows or moved
 * from an old server holds; the walk found `.html` only, so a `.htm` site checked as "no files").
 * Symbolic links are followed, to pages and to directories; a directory reached twice (a link
 * loop, or a second way in) is searched once, by its real path. A directory that cannot be read, a
 * page link that leads nowhere, or a directory deeper than {@link MAX_DEPTH} is one problem line,
 * and the walk goes on.
 *
 * @example
 * ```ts
 * const { files, problems } = await expandPaths(["out/", "extra.html"]);
 * // files: out/a.html, out/news/b.html…, then extra.html; problems: one line per directory not searched
 * ```
 */
export async function expandPaths(paths: readonly string[]): Promise<Found> {
  const files: string[] = [];
  const problems: string[] = [];
  const searched = new Set<string>();
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH)
      return void problems.push(`${shown(dir)}: more than ${MAX_DEPTH} directories deep, not searched`);
    let entries;
    try {
      const real = await realpath(dir);
      if (searched.has(real)) return;
      searched.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      return void problems.push(unreadable(dir, error));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const page = formatOfName(entry.name, "sniff") === "html";
      let kind: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        try {
          kind = await stat(path);
        } catch (error) {
          // A link to nothing, or a loop of links: a page that cannot be read if it is named as one.
          if (page) problems.push(unreadable(path, error));
          continue;
        }
      }
      if (kind.isDirectory()) await walk(path, depth + 1);
      else if (kind.isFile() && page) files.push(path);
    }
  };
  for (const path of paths) {
    if (path === "-") {
      files.push(path);
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      // openInput gives the one-line reason (no such file, permission denied…).
    }
    if (isDirectory) await walk(path, 0);
    else files.push(path);
  }
  return { files, problems };
}

/**
 * The pages the paths name (a directory's *.html and *.htm files), less the excluded ones, and a line on
 * standard error for each directory or link that could not be searched. A glob that is none, or an
 * --articles glob that matches no page, would silently stop guarding: a usage error.
 *
 * @example
 * ```ts
 * const { files } = await pagesToCheck(["dist/"], ["dist/news/**"], ["dist/drafts/**"], io);
 * // files: dist/index.html, dist/news/a.html…; pagesToCheck(["dist/"], ["news/**"], [], io) throws a UsageError
 * ```
 */
export async function pagesToCheck(
  paths: readonly string[],
  articles: readonly string[],
  exclude: readonly string[],
  io: Io,
): Promise<{ files: string[]; problems: string[] }> {
  for (const [flag, globs] of [
    ["--articles", articles],
    ["--exclude", exclude],
  ] as const)
    for (const glob of globs) {
      const problem = globProblem(glob);
      if (problem !== undefined) throw new UsageError(`${flag} ${JSON.stringify(glob)} ${problem}`);
    }
  const found = await expandPaths(paths);
  const excluded = anyGlob(exclude);
  const files = found.files.filter((f) => !excluded(f));
  for (const problem of found.problems) errLine(io, `news-events: ${problem}`);
  if (files.length === 0) throw new UsageError(`no *.html or *.htm files in ${paths.join(", ")}`);
  for (const glob of articles)
    if (!files.some(globMatcher(glob))) throw new UsageError(unmatchedGlob("--articles", glob, files.length, files[0]));
  return { files, problems: found.problems };
}
