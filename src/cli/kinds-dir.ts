/** Loading a directory built by `news-events kinds build` (for `validate`, `export` and `jsonld --kinds DIR`). */
import { existsSync, statSync } from "node:fs";
import packageJson from "../../package.json" with { type: "json" };
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { KindDefinition } from "../core/kinds.js";
import { describeThrown, isNewsEventsError } from "../core/error.js";
import type { EventBase } from "../generated/types.js";
import { createValidator, type NewsEventsValidator } from "../validate/kinds.js";
import { judgeWith } from "./judge.js";
import { kindsDirPackageProblem } from "./kinds-package.js";
import { errLine } from "./output.js";
import { UsageError, type Io } from "./usage.js";

/** How to make a kinds directory, for a line that finds none. */
const BUILD_IT = (dir: string) => `build it with news-events kinds build KIND.schema.json --out ${dir}`;

/**
 * DIR/index.js as `kinds build` wrote it, or a UsageError naming what is wrong with DIR: no such
 * directory, a file given in its place (index.js itself), no index.js, or a package.json that keeps
 * Node from loading it as the ES module it is (checked before the import: Node would print its own
 * warning first, and then fail on the first `export`).
 */
async function importKindsDir(dir: string): Promise<{ kinds?: unknown; builtWith?: unknown }> {
  let info;
  try {
    info = statSync(resolve(dir));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new UsageError(`--kinds ${dir}: no such directory (${BUILD_IT(dir)})`);
    throw new UsageError(`--kinds ${dir}: cannot be read (${code ?? describeThrown(error)})`);
  }
  if (!info.isDirectory()) {
    const wrote = basename(dir) === "index.js" ? ` (${dirname(dir)})` : "";
    throw new UsageError(`--kinds ${dir}: is a file; give the directory --out wrote${wrote}`);
  }
  const file = join(resolve(dir), "index.js");
  if (!existsSync(file)) throw new UsageError(`--kinds ${dir}: no index.js (${BUILD_IT(dir)})`);
  const problem = kindsDirPackageProblem(dir);
  if (problem !== undefined) throw new UsageError(`--kinds ${dir}: ${problem}`);
  try {
    return (await import(pathToFileURL(file).href)) as { kinds?: unknown; builtWith?: unknown };
  } catch (error) {
    throw new UsageError(`--kinds ${dir}: index.js cannot be loaded (${describeThrown(error)})`);
  }
}

/** The module's kinds list, or a UsageError naming DIR when it exports none. */
function kindsOf(module: { kinds?: unknown }, dir: string): readonly KindDefinition[] {
  if (!Array.isArray(module.kinds))
    throw new UsageError(`--kinds ${dir}: index.js exports no kinds list (build it again)`);
  return module.kinds as readonly KindDefinition[];
}

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
  return kindsOf(await importKindsDir(dir), dir);
}

/**
 * What to say of a directory another version of news-events built (its `builtWith`), or undefined
 * for one this version built: the module still works, but its validators are the older ones (one
 * built before builds were stamped compares every pair of a long unique list, for instance).
 *
 * @example
 * ```ts
 * staleBuildNote("kinds", "0.0.9");
 * // => "--kinds kinds was built by news-events 0.0.9, not this 0.1.0: build it again (news-events kinds build) for this version's validators"
 * ```
 */
export function staleBuildNote(dir: string, builtWith: unknown): string | undefined {
  if (builtWith === packageJson.version) return undefined;
  const by = typeof builtWith === "string" ? `news-events ${builtWith}` : "an earlier news-events (no builtWith)";
  return `--kinds ${dir} was built by ${by}, not this ${packageJson.version}: build it again (news-events kinds build) for this version's validators`;
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
  judgeWith(createValidator({ kinds }), dir, kinds);
}

/**
 * The kinds built in `dir` and a validator that knows them (`jsonld --kinds`), after a line on
 * stderr if another version built them; a list createValidator refuses is a usage error naming
 * the option.
 *
 * @example
 * ```ts
 * const { kinds, validator } = await openKindsDir("kinds", io);
 * ```
 */
export async function openKindsDir(
  dir: string,
  io: Io,
): Promise<{ kinds: readonly KindDefinition[]; validator: NewsEventsValidator<EventBase> }> {
  const module = await importKindsDir(dir);
  const kinds = kindsOf(module, dir);
  const note = staleBuildNote(dir, module.builtWith);
  if (note !== undefined) errLine(io, `news-events: ${note}`);
  try {
    return { kinds, validator: createValidator({ kinds }) };
  } catch (error) {
    if (!isNewsEventsError(error)) throw error;
    throw new UsageError(`--kinds ${dir}: ${error.message}`);
  }
}

/**
 * Judges with the kinds built in `dir` from now on (`validate --kinds`, `export --kinds`), as
 * {@link openKindsDir} opens them.
 *
 * @example
 * ```ts
 * await judgeWithKindsDir("kinds", io); // then validateRecord judges Election documents too
 * ```
 */
export async function judgeWithKindsDir(dir: string, io: Io): Promise<void> {
  const { kinds, validator } = await openKindsDir(dir, io);
  judgeWith(validator, dir, kinds);
}
