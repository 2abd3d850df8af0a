import { fromPlover } from "../plover/from-plover.js";
import { toPloverResult } from "../plover/to-plover.js";
import { eachDocument } from "./document-feed.js";
import { readSingleJson } from "./input.js";
import { kindsValidator } from "./kinds-validator.js";
import { errLine } from "./output.js";
import { labelledLine } from "./report.js";
import { importedStarterStep, refuseExistingStarter, starterSchemaPath, writeStarter } from "./starter-file.js";
import { UsageError, type Io } from "./usage.js";

/**
 * `news-events plover DOC`: one PLOVER record per event, as NDJSON, for a document or each document
 * of a feed in order; an invalid document gets its issues (at their lines) and exit 1. A count a
 * record cannot hold (a second killed count), and an event with no record, is said on stderr, as
 * `lost`, at its line. With `kinds` (`--kinds DIR`), documents may use the kinds built there.
 */
export async function ploverCommand(file: string, io: Io, maxRecordBytes?: number, kinds?: string): Promise<number> {
  const display = file === "-" ? "<stdin>" : file;
  const { validate } = await kindsValidator(kinds, io);
  return eachDocument(
    file,
    io,
    { maxRecordBytes },
    "PLOVER records",
    async (document, _several, place) => {
      const { records, lost } = toPloverResult(document);
      if (lost.length > 0) {
        // At the line of what was lost, as validation issues are: in a feed, the document's pointer in its record first.
        const { lineLocator } = await import("./locate.js");
        const locate = lineLocator(place.text);
        for (const l of lost) {
          const pointer = `${place.prefix}${l.pointer}`;
          errLine(io, labelledLine(display, place.line + locate(pointer) - 1, "lost", { ...l, pointer }));
        }
      }
      io.stdout(records.map((r) => `${JSON.stringify(r)}\n`).join(""));
    },
    validate,
  );
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
  refuseExistingStarter(file);
  const { value, display } = await readSingleJson(recordFile, io, { maxRecordBytes, expected: "one PLOVER record" });
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new UsageError(`${display}: is not a PLOVER record (expected a JSON object)`);
  const { document, missing, unplaced } = fromPlover(value);
  for (const u of unplaced) errLine(io, labelledLine(display, undefined, "not carried over", u));
  if (missing.length > 0)
    errLine(
      io,
      `${display}: add ${missing.join(", ")} (PLOVER does not give ${missing.length === 1 ? "it" : "them"}), then validate`,
    );
  const step = importedStarterStep(unplaced.length + missing.length, display);
  return writeStarter(file, { $schema: starterSchemaPath(file), ...document }, `starter from ${display}`, io, step);
}
