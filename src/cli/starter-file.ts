import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { errLine } from "./output.js";
import { DOCUMENT_SCHEMA_URL, schemaPathFor } from "./starters.js";
import { EXIT, UsageError, type Io } from "./usage.js";

// Writing a starter document, shared by `init` (example values, ninjs) and `init --from-plover`:
// its `$schema` points at this package's own schema file (printed: the published schema's URL),
// and an existing file is never replaced.

/**
 * The `$schema` of a starter written to `file`: this package's own schemas/document.json, as a
 * path relative to the file, so editors work offline. Printed (no FILE, or -), the text may land
 * anywhere (`init > content/new.json`), where a path relative to the working directory would
 * point at nothing (found by a trial): the published schema's URL, its `$id`, is right wherever.
 *
 * @example
 * ```ts
 * starterSchemaPath("content/new.json"); // => "../node_modules/news-events/schemas/document.json" in a project
 * starterSchemaPath("-"); // => "https://unpkg.com/news-events@0/schemas/document.json"
 * ```
 */
export function starterSchemaPath(file: string | undefined): string {
  if (file === undefined || file === "-") return DOCUMENT_SCHEMA_URL;
  // schemas/ sits beside dist/ in the package (beside src/ in the repository); this code runs from
  // dist/cli/ (a chunk of the CLI) or src/cli/ (the tests): the first parent that holds it.
  const here = dirname(fileURLToPath(import.meta.url));
  const schemaFile =
    [join(here, ".."), join(here, "..", "..")]
      .map((root) => join(root, "schemas", "document.json"))
      .find((candidate) => existsSync(candidate)) ?? join(here, "..", "..", "schemas", "document.json");
  return schemaPathFor(dirname(resolve(file)), schemaFile);
}

/**
 * What to do with a starter made from `source` (a ninjs item, a PLOVER record) before validating
 * it: what the lines printed above it list, when there are any; else checking it against its source.
 *
 * @example
 * ```ts
 * importedStarterStep(0, "record.json"); // => "check it against record.json"
 * ```
 */
export function importedStarterStep(linesAbove: number, source: string): string {
  return linesAbove > 0 ? "add or replace what is listed above" : `check it against ${source}`;
}

/** What `init` says of a FILE that exists: it never overwrites one. */
const exists = (file: string) => new UsageError(`${file}: already exists; init never overwrites a file`);

/**
 * Refuses a FILE that already exists before `init` reads its source or says anything of it (its
 * lines about a ninjs item or a PLOVER record were printed, then the refusal: found by a trial).
 * Writing still refuses one made meanwhile.
 *
 * @example
 * ```ts
 * refuseExistingStarter("new.json"); // throws a UsageError when new.json exists
 * ```
 */
export function refuseExistingStarter(file: string | undefined): void {
  if (file !== undefined && file !== "-" && existsSync(file)) throw exists(file);
}

/**
 * Writes a starter to `file` (or stdout for none or `-`), never over an existing file, and says on
 * stderr what to do next: `step` (replace its example values; add what was listed above).
 *
 * @example
 * ```ts
 * await writeStarter("new.json", starter, "meeting starter", io, "replace its example values"); // => EXIT.ok, or a UsageError when new.json exists
 * ```
 */
export async function writeStarter(
  file: string | undefined,
  starter: object,
  what: string,
  io: Io,
  step: string,
): Promise<number> {
  const text = `${JSON.stringify(starter, null, 2)}\n`;
  if (file === undefined || file === "-") {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    await writeFile(file, text, { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "EEXIST" ? exists(file) : new UsageError(`${file}: cannot write (${String(code)})`);
  }
  errLine(io, `news-events: wrote the ${what} to ${file}; ${step}, then run news-events validate ${file}`);
  return EXIT.ok;
}
