/** Loading a directory built by `news-events kinds build` (for `validate --kinds DIR`). */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { KindDefinition } from "../core/kinds.js";
import { describeThrown, isNewsEventsError } from "../core/error.js";
import { createValidator } from "../validate/kinds.js";
import { judgeWith } from "./judge.js";
import { UsageError } from "./usage.js";

/**
 * The kinds of DIR/index.js, as `kinds build` wrote them; a UsageError naming DIR when there is no
 * such module or it exports no kinds list.
 *
 * @example
 * ```ts
 * const kinds = await loadKindsDir("src/kinds"); // [{ kind: "Election", … }]
 * ```
 */
export async function loadKindsDir(dir: string): Promise<readonly KindDefinition[]> {
  const file = join(resolve(dir), "index.js");
  if (!existsSync(file))
    throw new UsageError(
      `--kinds ${dir}: no index.js (build it with news-events kinds build KIND.schema.json --out ${dir})`,
    );
  let module: { kinds?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { kinds?: unknown };
  } catch (error) {
    throw new UsageError(`--kinds ${dir}: index.js cannot be loaded (${describeThrown(error)})`);
  }
  if (!Array.isArray(module.kinds))
    throw new UsageError(`--kinds ${dir}: index.js exports no kinds list (build it again)`);
  return module.kinds as readonly KindDefinition[];
}

/**
 * Judges with `kinds` (those built in `dir`) from now on, on this thread.
 *
 * @example
 * ```ts
 * useKinds(await loadKindsDir("src/kinds"), "src/kinds");
 * ```
 */
export function useKinds(kinds: readonly KindDefinition[], dir: string): void {
  judgeWith(createValidator({ kinds }), dir);
}

/**
 * Judges with the kinds built in `dir` from now on (`validate --kinds`, `export --kinds`); a list
 * createValidator refuses is a usage error naming the option.
 *
 * @example
 * ```ts
 * await judgeWithKindsDir("kinds"); // then validateRecord judges Election documents too
 * ```
 */
export async function judgeWithKindsDir(dir: string): Promise<void> {
  const kinds = await loadKindsDir(dir);
  try {
    useKinds(kinds, dir);
  } catch (error) {
    if (!isNewsEventsError(error)) throw error;
    throw new UsageError(`--kinds ${dir}: ${error.message}`);
  }
}
