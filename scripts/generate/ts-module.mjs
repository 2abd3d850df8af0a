// A module of src/ that the generation shares with `news-events kinds build` (src/cli/unique-items.ts,
// src/cli/error-cap.ts). This step is plain JavaScript run before the build, so it reads the module
// through esbuild's transform (types dropped, nothing bundled).
import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";

/**
 * The module at `path` (relative to the repository) imported from its TypeScript source.
 *
 * @example
 * const { MAX_ERRORS } = await importTs("src/cli/error-cap.ts");
 */
export async function importTs(path) {
  const source = readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
  const { code } = transformSync(source, { loader: "ts", format: "esm", target: "es2022" });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}
