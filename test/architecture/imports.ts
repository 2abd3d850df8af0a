import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/**
 * The layers of `src/`, bottom first. A folder may import its own files and the folders listed
 * for it; `cli/` (the command line, on top) may import anything. Feature folders — one per entry
 * point — never import each other: what two of them share belongs in `core/`.
 */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  generated: [],
  model: ["generated"],
  core: ["model", "generated"],
  validate: ["core", "model", "generated"],
  authoring: ["core", "model", "generated"],
  jsonld: ["core", "model", "generated"],
  check: ["core", "model", "generated"],
  ninjs: ["core", "model", "generated"],
  "linked-data": ["core", "model", "generated"],
  plover: ["core", "model", "generated"],
  examples: ["core", "model", "generated"],
  tables: ["core", "model", "generated"],
  // src/index.ts, the root entry: the model, validation and authoring.
  ".": ["core", "model", "generated", "validate", "authoring"],
};

/** One import statement of a source file, resolved to the file it names. */
export interface ImportEdge {
  /** The importing file, relative to `src/` with `/` separators. */
  readonly from: string;
  /** The imported module as written. */
  readonly specifier: string;
  /** The imported file, relative to `src/` (`../` when outside it), or undefined for a package. */
  readonly to: string | undefined;
}

/** Every relative import (static, `export … from`, type-only and dynamic) of every file under `root`. */
export function importEdges(root: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|mts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        const info = ts.preProcessFile(readFileSync(path, "utf8"), true, true);
        for (const { fileName } of info.importedFiles) {
          const to = fileName.startsWith(".")
            ? relative(root, resolve(dirname(path), fileName))
                .split(sep)
                .join("/")
            : undefined;
          edges.push({ from: relative(root, path).split(sep).join("/"), specifier: fileName, to });
        }
      }
    }
  };
  walk(root);
  return edges;
}

/** The folder of a path relative to `src/`: its first segment, or "." for a file at the top. */
const folderOf = (path: string) => (path.includes("/") ? (path.split("/")[0] as string) : ".");

/** The CLI's command modules: the command table (`commands.ts`) loads each when its command runs. */
const isCommandModule = (path: string) => /^cli\/[^/]*-commands?\.ts$/.test(path);

/** Each edge that breaks the layering, as a line for a person. Data files outside `src/` (JSON) are allowed. */
export function violations(edges: readonly ImportEdge[]): string[] {
  const found: string[] = [];
  for (const { from, specifier, to } of edges) {
    if (to === undefined) continue;
    if (to.startsWith("../")) {
      if (!to.endsWith(".json")) found.push(`${from} imports ${specifier}, outside src/ and not a JSON data file`);
      continue;
    }
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === "cli") {
      if (isCommandModule(from) && isCommandModule(to.replace(/\.js$/, ".ts")) && from !== to.replace(/\.js$/, ".ts")) {
        found.push(
          `${from} imports ${specifier}: one CLI command imports another (share it through a module of its own)`,
        );
      }
      continue;
    }
    if (a === b) continue;
    const allowed = ALLOWED[a];
    if (allowed === undefined) found.push(`${from}: folder ${a}/ has no place in the layering (add it to ALLOWED)`);
    else if (!allowed.includes(b))
      found.push(`${from} imports ${specifier}: ${a}/ may import ${allowed.join(", ") || "nothing"}, not ${b}/`);
  }
  return found;
}
