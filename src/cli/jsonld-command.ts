import { checkJsonLd } from "../check/check.js";
import { toJsonLd } from "../jsonld/build.js";
import { serializeJsonLd, toJsonLdScript } from "../jsonld/serialize.js";
import { formatIssue } from "../validate/issue.js";
import { validateDocument } from "../validate/validate.js";
import { lineLocator } from "./locate.js";
import { errLine } from "./output.js";
import { openInput, readRecords, type ReadOptions } from "./records.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** Options of `news-events jsonld`. */
export interface JsonLdCommandOptions {
  readonly script: boolean;
  readonly compact: boolean;
  readonly corrections: boolean;
  readonly check: boolean;
  /** The largest input read (see `--max-record-bytes`). */
  readonly maxRecordBytes?: number;
}

/** Reads exactly one JSON value from a file or standard input; anything else is a usage error. */
export async function readSingleJson(name: string, io: Io, options: ReadOptions = {}): Promise<{ value: unknown; text: string; display: string }> {
  const display = name === "-" ? "<stdin>" : name;
  const records = [];
  for await (const record of readRecords(await openInput(name, io.stdin), options)) {
    records.push(record);
    // One document is expected: a second value is already an answer, so stop reading.
    if (records.length > 1) break;
  }
  const [first] = records;
  if (!first) throw new UsageError(`${display}: is empty`);
  if (!first.ok) throw new UsageError(`${display}:${first.line}: ${first.message}`);
  if (records.length > 1) throw new UsageError(`${display}: holds more than one JSON value; expected one document`);
  return { value: first.value, text: first.text, display };
}

/** `news-events jsonld [FILE|-]`: a document's JSON-LD, or its validation issues and exit 1. */
export async function jsonldCommand(file: string, options: JsonLdCommandOptions, io: Io): Promise<number> {
  const { value, text, display } = await readSingleJson(file, io, options.maxRecordBytes !== undefined ? { maxRecordBytes: options.maxRecordBytes } : {});
  const result = validateDocument(value);
  if (!result.ok) {
    const locate = lineLocator(text);
    for (const issue of result.issues) errLine(io, `${display}:${locate(issue.pointer)}: ${formatIssue(issue)}`);
    errLine(io, `${display}: not a valid news document (${result.issues.length} issue${result.issues.length === 1 ? "" : "s"}); no JSON-LD written`);
    return EXIT.invalid;
  }
  const graph = toJsonLd(result.value, { corrections: options.corrections });
  io.stdout(`${options.script ? toJsonLdScript(graph, { compact: options.compact }) : serializeJsonLd(graph, { compact: options.compact })}\n`);
  if (!options.check) return EXIT.ok;
  const report = checkJsonLd(graph, { canonicalUrl: result.value.url });
  for (const f of [...report.errors, ...report.warnings]) errLine(io, `${display}: ${f.severity} ${f.rule} ${f.pointer || "/"}: ${f.message}`);
  errLine(io, `${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notes.length} notes`);
  return report.errors.length > 0 ? EXIT.invalid : EXIT.ok;
}
