// Path patterns for the site check's --articles and --exclude, matched by picomatch (the glob
// library of the npm ecosystem: `**` any run of directories, `*` any characters but `/`, `?` one,
// `[ab]` a class, `{a,b}` alternatives).
import picomatch from "picomatch";

/**
 * A path pattern as a test, by picomatch: `**` any directories (a `**​/` also none), `*` any
 * characters but `/`, `?` one, `[…]` a class, `{a,b}` alternatives; files and directories whose
 * name starts with a dot are matched like any other (a build's `.well-known/` is part of it).
 * Paths use `/`; a `\` in the pattern or the path is read as one. An empty pattern matches nothing.
 *
 * @example
 * ```ts
 * globMatcher("out/news/**")("out/news/2024/coup.html"); // => true
 * globMatcher("*.html")("out/index.html"); // => false: * does not cross a /
 * ```
 */
export function globMatcher(written: string): (path: string) => boolean {
  // Windows paths, in the pattern as in the path, are read with `/`.
  const pattern = written.replace(/\\/g, "/");
  if (pattern === "") return () => false;
  const test = picomatch(pattern, { dot: true, windows: false });
  return (path) => test(path.replace(/\\/g, "/"));
}

/** A test that is true when any pattern matches (false for none). */
export function anyGlob(patterns: readonly string[] | string | undefined): (path: string) => boolean {
  // One glob as a text, as the CLI's --articles takes it; anything else that is no list, none.
  const list: unknown[] = typeof patterns === "string" ? [patterns] : Array.isArray(patterns) ? patterns : [];
  const tests = list.filter((p): p is string => typeof p === "string").map(globMatcher);
  return (path) => tests.some((t) => t(path));
}
