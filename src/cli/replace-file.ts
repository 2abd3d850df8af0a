/** Replacing a user's file so that a failed write never leaves it cut short. */
import { chmod, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `text` to a new file beside `file`, then renames it over `file`: the rename is atomic, so
 * `file` holds either its old bytes or all the new ones. A write that fails (a full disk, a file
 * size limit) leaves `file` as it was and removes the partial copy; the error is thrown. The file's
 * permissions are kept, and a symbolic link stays a link to the replaced file.
 *
 * @example
 * ```ts
 * await replaceFile("story.json", `${JSON.stringify(document, null, 2)}\n`);
 * ```
 */
export async function replaceFile(name: string, text: string): Promise<void> {
  // A symbolic link stays a link: the file it points to is the one replaced.
  const file = await realpath(name);
  const { mode } = await stat(file);
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temporary, "wx", mode & 0o7777);
  try {
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temporary, mode & 0o7777);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}
