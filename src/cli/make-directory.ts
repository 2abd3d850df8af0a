import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Makes `path` and its missing parents, one directory at a time from the topmost missing one, and
 * returns the first it made (undefined when `path` was there), as `mkdirSync(path, { recursive:
 * true })` does. Node's recursive mkdir never ends where a parent exists but refuses children
 * (`/proc/x`: ENOENT, then EEXIST for `/proc`, again and again); one mkdir per directory fails
 * there with the refusal's code.
 *
 * @example
 * ```ts
 * makeDirectory("out/tables"); // => "/abs/out" when out did not exist
 * makeDirectory("/proc/x"); // throws ENOENT
 * ```
 */
export function makeDirectory(path: string): string | undefined {
  const missing: string[] = [];
  for (let dir = resolve(path); !isDirectory(dir); dir = dirname(dir)) {
    missing.push(dir);
    if (dirname(dir) === dir) break;
  }
  for (let i = missing.length - 1; i >= 0; i--)
    try {
      mkdirSync(missing[i] as string);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Made meanwhile by another process: as good as made here, if it is a directory. A link to
      // nowhere is there too: its target's own error (ENOENT) says why nothing can be made.
      if (!statSync(missing[i] as string).isDirectory()) throw error;
    }
  return missing.at(-1);
}

/** Whether `path` is a directory (anything else there, or nothing, is not). */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
