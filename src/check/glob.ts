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
  const tests = globList(patterns).map(globMatcher);
  return (path) => tests.some((t) => t(path));
}

/**
 * The globs given: one glob as a text, as the CLI's --articles takes it, or the texts of a list;
 * anything else (no type stops a JavaScript caller), none.
 *
 * @example
 * ```ts
 * globList("out/news/**"); // => ["out/news/**"]
 * globList(["a/*", 42]); // => ["a/*"]
 * ```
 */
export function globList(patterns: unknown): string[] {
  const list: unknown[] = typeof patterns === "string" ? [patterns] : Array.isArray(patterns) ? patterns : [];
  return list.filter((p): p is string => typeof p === "string");
}

/**
 * Why a path pattern is not one, or undefined when it is: an empty pattern, a `[` without the `]`
 * that closes its class, or a `{` without its `}` (picomatch reads the first as the character `[`
 * and makes the second match nothing, so the pattern would silently guard no page).
 *
 * @example
 * ```ts
 * globProblem("dist/news/**"); // => undefined
 * globProblem("["); // => "has a [ without the ] that closes its class (write [[] for the character [)"
 * ```
 */
export function globProblem(pattern: string): string | undefined {
  if (pattern === "") return "is empty: it matches no path";
  let open = -1;
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (open >= 0) {
      // A `]` first in the class (after any `!` or `^`) is one of its characters, not its end.
      const first = open + (pattern[open + 1] === "!" || pattern[open + 1] === "^" ? 2 : 1);
      if (c === "]" && i > first) open = -1;
    } else if (c === "[") open = i;
    else if (c === "{") braces++;
    else if (c === "}" && braces > 0) braces--;
  }
  if (open >= 0) return "has a [ without the ] that closes its class (write [[] for the character [)";
  if (braces > 0) return "has a { without the } that closes its alternatives ({a,b})";
  return undefined;
}

/**
 * Why a requirement glob (`--articles`, `options.articles`) that matches none of the `count` pages
 * checked is refused: it would hold no page to an article and say nothing, and a CI check would
 * stop guarding without a word. Names how a page's path is written (`first`), for the glob to be
 * written so.
 *
 * @example
 * ```ts
 * unmatchedGlob("--articles", "news/**", 1, "dist/news/a.html");
 * // => '--articles "news/**" matches none of the 1 pages checked, so it holds none of them to an article: it is matched against each path as written here, as "dist/news/a.html"'
 * ```
 */
export function unmatchedGlob(label: string, pattern: string, count: number, first: string | undefined): string {
  const example = first === undefined ? "" : `, as ${JSON.stringify(first)}`;
  return `${label} ${JSON.stringify(pattern)} matches none of the ${count} pages checked, so it holds none of them to an article: it is matched against each path as written here${example}`;
}
