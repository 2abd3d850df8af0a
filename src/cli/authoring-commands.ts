import { readFile, writeFile } from "node:fs/promises";
import { rebaseEvidence } from "../authoring/evidence.js";
import { validateDocument } from "../validate/validate.js";
import { readSingleJson } from "./jsonld-command.js";
import { errLine } from "./output.js";
import { STARTER_KINDS, starterDocument, type StarterKind } from "./starters.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** `news-events init [--kind K] [FILE]`: a valid starter document, to FILE (never overwritten) or stdout. */
export async function initCommand(kind: string, file: string | undefined, io: Io): Promise<number> {
  if (!(STARTER_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${STARTER_KINDS.join(", ")} (got "${kind}")`);
  const text = `${JSON.stringify(starterDocument(kind as StarterKind), null, 2)}\n`;
  if (file === undefined || file === "-") {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    await writeFile(file, text, { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code === "EEXIST" ? "already exists; init never overwrites a file" : `cannot write (${String(code)})`}`);
  }
  errLine(io, `news-events: wrote the ${kind} starter to ${file}; replace the example values, then run news-events validate ${file}`);
  return EXIT.ok;
}

/**
 * `news-events rebase DOC --body NEW.txt [--write]`: re-places every evidence span in an edited
 * body; prints what moved and what was lost; exit 1 if any span is lost. With --write the
 * document file is updated (only when nothing is lost); otherwise the new document goes to stdout.
 */
export async function rebaseCommand(file: string, bodyFile: string, write: boolean, io: Io): Promise<number> {
  const { value, display } = await readSingleJson(file, io);
  const result = validateDocument(value);
  if (!result.ok) {
    // A document must be valid apart from its evidence offsets, which is what rebase repairs.
    const blocking = result.issues.filter((i) => !i.code.startsWith("evidence"));
    for (const issue of blocking) errLine(io, `${display}: ${issue.pointer || "/"}: ${issue.message}`);
    if (blocking.length > 0) return EXIT.invalid;
  }
  let body: string;
  try {
    body = await readFile(bodyFile, "utf8");
  } catch (error) {
    throw new UsageError(`${bodyFile}: cannot read (${String((error as NodeJS.ErrnoException).code)})`);
  }
  const { document, moved, lost } = rebaseEvidence(value as Parameters<typeof rebaseEvidence>[0], body);
  for (const span of moved) errLine(io, `${display}: moved ${span.pointer}: ${span.from} → ${span.to}`);
  for (const span of lost) errLine(io, `${display}: lost ${span.pointer}: ${JSON.stringify(span.text)} ${span.reason === "ambiguous" ? "occurs twice, equally near its old place" : "is not in the new body"}`);
  errLine(io, `${moved.length} moved, ${lost.length} lost`);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (!write) io.stdout(text);
  else if (lost.length === 0) await writeFile(file, text);
  else errLine(io, `news-events: ${display} not written: re-place the lost spans by hand (findEvidence) first`);
  return lost.length > 0 ? EXIT.invalid : EXIT.ok;
}
