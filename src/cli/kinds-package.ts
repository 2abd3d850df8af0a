/*
 * Whether Node reads a kinds directory's index.js as the ES module `kinds build` writes. Node takes
 * a .js file's module type from the nearest package.json: "type": "module" makes it ESM; "commonjs"
 * (what `npm init` writes) makes its first `export` a syntax error, after a warning of Node's own
 * on stderr; no "type" makes Node parse it twice, with another warning. Both are checked here,
 * before anything is written (kinds build) or imported (--kinds), so that the user reads one line.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { describeThrown } from "../core/error.js";

/** What a package.json says of its folder's module type, or why it cannot be read. */
type PackageType = { readonly type: unknown } | { readonly missing: true } | { readonly unreadable: string };

/** The `type` of the package.json at `path`. */
function packageType(path: string): PackageType {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { unreadable: `cannot be read (${code ?? describeThrown(error)})` };
  }
  try {
    // Node reads past a byte order mark here too.
    const json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    return { type: json !== null && typeof json === "object" ? (json as { type?: unknown }).type : undefined };
  } catch {
    return { unreadable: "is not valid JSON" };
  }
}

/** Why `said`, a package.json's type, keeps Node from loading index.js as an ES module; undefined when it does not. */
function notModule(said: PackageType): string | undefined {
  if ("missing" in said) return undefined;
  if ("unreadable" in said) return said.unreadable;
  if (said.type === "module") return undefined;
  return said.type === undefined
    ? 'does not say "type": "module"'
    : `says "type": ${JSON.stringify(said.type)}, not "module"`;
}

/** What to do about a folder's own package.json that is not "type": "module". */
const OWN_FIX =
  'add "type": "module" to it, or build the kinds into a folder without a package.json (kinds build writes one there)';

/** The line for a package.json at `shown` that keeps `dir`/index.js from loading, and the fix. */
const problem = (shown: string, why: string, dir: string, fix: string) =>
  `${shown} ${why}, and ${join(dir, "index.js")} is an ES module, which Node loads as one only under "type": "module": ${fix}`;

/**
 * Why `kinds build` must not write into `out`: its package.json, the user's and never changed,
 * does not make index.js an ES module (undefined when there is none: the build writes one).
 *
 * @example
 * ```ts
 * outPackageProblem("src/kinds");
 * // => 'src/kinds/package.json says "type": "commonjs", not "module", and src/kinds/index.js is an ES module, …'
 * ```
 */
export function outPackageProblem(out: string): string | undefined {
  const why = notModule(packageType(resolve(out, "package.json")));
  return why === undefined
    ? undefined
    : `${problem(join(out, "package.json"), why, out, OWN_FIX)}; nothing was written`;
}

/**
 * Why Node would not load `dir`/index.js as an ES module: the nearest package.json above it (as
 * Node looks, stopping at a node_modules folder) does not say "type": "module". Undefined when it
 * does, or when there is none (Node then reads the module's syntax, silently).
 *
 * @example
 * ```ts
 * kindsDirPackageProblem("src/kinds"); // => undefined for a folder kinds build wrote
 * ```
 */
export function kindsDirPackageProblem(dir: string): string | undefined {
  for (let folder = resolve(dir); basename(folder) !== "node_modules"; folder = dirname(folder)) {
    const said = packageType(join(folder, "package.json"));
    if (!("missing" in said)) {
      const why = notModule(said);
      if (why === undefined) return undefined;
      if (folder === resolve(dir)) return problem(join(dir, "package.json"), why, dir, OWN_FIX);
      const fix = `build the kinds again (kinds build writes ${join(dir, "package.json")} saying "type": "module")`;
      return problem(join(folder, "package.json"), why, dir, fix);
    }
    if (dirname(folder) === folder) return undefined;
  }
  return undefined;
}
