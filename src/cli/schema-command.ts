// `news-events schema [NAME]`: the published JSON Schemas, listed or printed. Its own module, loaded
// when the command runs: the file-system modules it needs are not loaded at every start.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXIT, UsageError, type Io } from "./usage.js";

/** schemas/ at the package's root: two levels above this module in dist/cli/ and in src/cli/. */
function schemaDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "schemas");
}

/**
 * Lists the schemas' names, or prints the one named (`meeting` or `meeting.json`).
 *
 * @example
 * ```ts
 * await schemaCommand(["meeting"], io); // prints schemas/meeting.json; => 0
 * ```
 */
export async function schemaCommand(positionals: readonly string[], io: Io): Promise<number> {
  const names = readdirSync(schemaDir())
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort();
  const [name] = positionals;
  if (name === undefined) {
    io.stdout(`${names.join("\n")}\n`);
    return EXIT.ok;
  }
  const file = name.replace(/\.json$/, "");
  if (!names.includes(file)) throw new UsageError(`no schema "${name}"; one of ${names.join(", ")}`);
  io.stdout(readFileSync(join(schemaDir(), `${file}.json`), "utf8"));
  return EXIT.ok;
}
