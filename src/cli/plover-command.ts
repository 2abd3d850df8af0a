import { validateDocument } from "../validate/validate.js";
import { fromPlover } from "../plover/from-plover.js";
import { toPlover } from "../plover/to-plover.js";
import { readSingleJson } from "./input.js";
import { errLine } from "./output.js";
import { labelledLine } from "./report.js";
import { refuseDocument } from "./refused-document.js";
import { starterSchemaPath, writeStarter } from "./starter-file.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** `news-events plover DOC`: one PLOVER record per event, as NDJSON; an invalid document gets its issues and exit 1. */
export async function ploverCommand(file: string, io: Io, maxRecordBytes?: number): Promise<number> {
  const { value, text, display } = await readSingleJson(file, io, { maxRecordBytes });
  const result = validateDocument(value);
  if (!result.ok) return refuseDocument(io, display, text, result.issues, "PLOVER records");
  io.stdout(
    toPlover(result.value)
      .map((r) => `${JSON.stringify(r)}\n`)
      .join(""),
  );
  return EXIT.ok;
}

/**
 * `news-events init --from-plover RECORD [FILE]`: a starter document from a PLOVER record, to FILE
 * (never overwritten) or stdout; what it still needs and what had no place go to stderr.
 */
export async function initFromPloverCommand(
  recordFile: string,
  file: string | undefined,
  io: Io,
  maxRecordBytes?: number,
): Promise<number> {
  const { value, display } = await readSingleJson(recordFile, io, { maxRecordBytes });
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new UsageError(`${display}: is not a PLOVER record (expected a JSON object)`);
  const { document, missing, unplaced } = fromPlover(value);
  for (const u of unplaced) errLine(io, labelledLine(display, undefined, "not carried over", u));
  if (missing.length > 0)
    errLine(
      io,
      `${display}: add ${missing.join(", ")} (PLOVER does not give ${missing.length === 1 ? "it" : "them"}), then validate`,
    );
  return writeStarter(file, { $schema: starterSchemaPath(file), ...document }, `starter from ${display}`, io);
}
