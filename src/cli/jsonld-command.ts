import type { RuleSeverities } from "../check/context.js";
import { toJsonLd } from "../jsonld/build.js";
import { serializeJsonLd, toJsonLdScript } from "../jsonld/serialize.js";
import { validateDocument } from "../validate/validate.js";
import { errLine } from "./output.js";
import { findingLine, summaryLine } from "./report.js";
import { refuseDocument } from "./refused-document.js";
import { readSingleJson } from "./input.js";
import { EXIT, type Io } from "./usage.js";

/** Options of `news-events jsonld`. */
export interface JsonLdCommandOptions {
  readonly script: boolean;
  readonly compact: boolean;
  readonly corrections: boolean;
  readonly check: boolean;
  /** The largest input read (see `--max-record-bytes`). */
  readonly maxRecordBytes?: number;
  /** With `check`: severities per rule id (`--rule ID=LEVEL`). */
  readonly rules?: RuleSeverities;
}

/** `news-events jsonld [FILE|-]`: a document's JSON-LD, or its validation issues and exit 1. */
export async function jsonldCommand(file: string, options: JsonLdCommandOptions, io: Io): Promise<number> {
  const { value, text, display, line } = await readSingleJson(file, io, { maxRecordBytes: options.maxRecordBytes });
  const result = validateDocument(value);
  if (!result.ok) return refuseDocument(io, display, text, result.issues, "JSON-LD", line);
  const graph = toJsonLd(result.value, { corrections: options.corrections });
  io.stdout(
    `${options.script ? toJsonLdScript(graph, { compact: options.compact }) : serializeJsonLd(graph, { compact: options.compact })}\n`,
  );
  if (!options.check) return EXIT.ok;
  const { checkJsonLd } = await import("../check/check.js");
  const report = checkJsonLd(graph, {
    canonicalUrl: result.value.url,
    ...(options.rules !== undefined ? { rules: options.rules } : {}),
  });
  if (report.errors.length > 0) io.verdict?.(EXIT.invalid);
  for (const f of [...report.errors, ...report.warnings]) errLine(io, findingLine(display, undefined, f));
  errLine(
    io,
    summaryLine([
      [report.errors.length, "errors"],
      [report.warnings.length, "warnings"],
      [report.notes.length, "notes"],
    ]),
  );
  return report.errors.length > 0 ? EXIT.invalid : EXIT.ok;
}
