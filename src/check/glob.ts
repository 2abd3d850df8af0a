// Path patterns for the site check's --articles and --exclude: `**` any run of directories, `*`
// any characters but `/`, `?` one such character; everything else stands for itself.

/**
 * A path pattern as a test: `**` matches any characters (a `**​/` also none), `*` any but `/`, `?`
 * one but `/`; other characters match themselves (no character is special in a regular
 * expression here). Paths use `/`; a `\` in the pattern or the path is read as one.
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
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  const re = new RegExp(`^${source}$`, "s");
  return (path) => re.test(path.replace(/\\/g, "/"));
}

/** A test that is true when any pattern matches (false for none). */
export function anyGlob(patterns: readonly string[] | undefined): (path: string) => boolean {
  const tests = (patterns ?? []).map(globMatcher);
  return (path) => tests.some((t) => t(path));
}
