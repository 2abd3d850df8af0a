import type { Issue } from "../core/issue.js";
import { errLine } from "./output.js";
import { issueLine, refusedLine } from "./report.js";
import { EXIT, type Io } from "./usage.js";

/**
 * What `jsonld`, `plover` and `ninjs` say of an invalid document: the verdict first (a reader that
 * stops early, `| head`, still sees exit 1), each issue at its line in the file, then what was not
 * written. The line finder loads only here: a valid document's run starts without it.
 *
 * @example
 * ```ts
 * if (!result.ok) return refuseDocument(io, display, text, result.issues, "PLOVER records");
 * ```
 */
export async function refuseDocument(
  io: Io,
  display: string,
  text: string,
  issues: readonly Issue[],
  instead: string,
): Promise<number> {
  io.verdict?.(EXIT.invalid);
  const { lineLocator } = await import("./locate.js");
  const locate = lineLocator(text);
  for (const issue of issues) errLine(io, issueLine(display, locate(issue.pointer), issue));
  errLine(io, refusedLine(display, issues.length, instead));
  return EXIT.invalid;
}
