import { checkJsonLd } from "../check/check.js";
import { toJsonLd } from "../jsonld/build.js";
import { serializeJsonLd, toJsonLdScript } from "../jsonld/serialize.js";
import { formatIssue } from "../validate/issue.js";
import { validateDocument } from "../validate/validate.js";
import { lineLocator } from "./locate.js";
import { openInput, readRecords } from "./records.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** Options of `news-events jsonld`. */
export interface JsonLdCommandOptions {
  readonly script: boolean;
  readonly compact: boolean;
  readonly corrections: boolean;
  readonly check: boolean;
}

/** Reads exactly one JSON value from a file or standard input; anything else is a usage error. */
export async function readSingleJson(name: string, io: Io): Promise<{ value: unknown; text: string; display: string }> {
  const display = name === "-" ? "<stdin>" : name;
  const records = [];
  for await (const record of readRecords(await openInput(name, io.stdin))) records.push(record);
  const [first] = records;
  if (!first) throw new UsageError(`${display}: is empty`);
  if (!first.ok) throw new UsageError(`${display}:${first.line}: ${first.message}`);
  if (records.length > 1) throw new UsageError(`${display}: holds ${records.length} JSON values; expected one document`);
  return { value: first.value, text: first.text, display };
}

/** `news-events jsonld [FILE|-]`: a document's JSON-LD, or its validation issues and exit 1. */
export async function jsonldCommand(file: string, options: JsonLdCommandOptions, io: Io): Promise<number> {
  const { value, text, display } = await readSingleJson(file, io);
  const result = validateDocument(value);
  if (!result.ok) {
    const locate = lineLocator(text);
    for (const issue of result.issues) io.stderr(`${display}:${locate(issue.pointer)}: ${formatIssue(issue)}\n`);
    io.stderr(`${display}: not a valid news document (${result.issues.length} issue${result.issues.length === 1 ? "" : "s"}); no JSON-LD written\n`);
    return EXIT.invalid;
  }
  const graph = toJsonLd(result.value, { corrections: options.corrections });
  io.stdout(`${options.script ? toJsonLdScript(graph, { compact: options.compact }) : serializeJsonLd(graph, { compact: options.compact })}\n`);
  if (!options.check) return EXIT.ok;
  const report = checkJsonLd(graph, { canonicalUrl: result.value.url });
  for (const f of [...report.errors, ...report.warnings]) io.stderr(`${display}: ${f.severity} ${f.rule} ${f.pointer || "/"}: ${f.message}\n`);
  io.stderr(`${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notes.length} notes\n`);
  return report.errors.length > 0 ? EXIT.invalid : EXIT.ok;
}
