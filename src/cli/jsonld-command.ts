import type { RuleSeverities } from "../check/context.js";
import { isNewsEventsError } from "../core/error.js";
import type { KindDefinition } from "../core/kinds.js";
import type { NewsDocument } from "../generated/types.js";
import { toJsonLd, type NewsArticleGraph } from "../jsonld/build.js";
import { serializeJsonLd, toJsonLdScript } from "../jsonld/serialize.js";
import { errLine } from "./output.js";
import { findingLine, summaryLine } from "./report.js";
import { refuseDocument } from "./refused-document.js";
import { readSingleJson } from "./input.js";
import { kindsValidator } from "./kinds-validator.js";
import { ratingWords as ratingWordsOf } from "./options.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** Options of `news-events jsonld`. */
export interface JsonLdCommandOptions {
  readonly script: boolean;
  readonly compact: boolean;
  readonly corrections: boolean;
  /** The ratings' words in the document's language: `--rating RATING=WORDS`, as given. */
  readonly rating?: readonly string[];
  readonly check: boolean;
  /** The largest input read (see `--max-record-bytes`). */
  readonly maxRecordBytes?: number;
  /** With `check`: severities per rule id (`--rule ID=LEVEL`). */
  readonly rules?: RuleSeverities;
  /** A directory built by `news-events kinds build`: the document may use its kinds. */
  readonly kinds?: string;
}

/**
 * The graph, with the kinds of `--kinds DIR` and the words of `--rating`: a kinds entry toJsonLd
 * refuses (a module edited by hand, whose validators createValidator took) or a rating it does not
 * know is a usage error naming the option.
 */
function graphOf(
  doc: NewsDocument,
  options: JsonLdCommandOptions,
  kinds: readonly KindDefinition[] | undefined,
  ratingWords: Record<string, string> | undefined,
): NewsArticleGraph {
  const { corrections } = options;
  try {
    return toJsonLd(doc, {
      corrections,
      ...(ratingWords !== undefined ? { ratingWords } : {}),
      ...(kinds !== undefined ? { kinds } : {}),
    });
  } catch (error) {
    if (!isNewsEventsError(error)) throw error;
    const at = (prefix: string) => error.issues.every((i) => i.pointer.startsWith(prefix));
    if (at("/options/kinds")) throw new UsageError(`--kinds ${String(options.kinds)}: ${error.message}`);
    if (at("/options/ratingWords")) throw new UsageError(`--rating: ${error.message}`);
    throw error;
  }
}

/** `news-events jsonld [FILE|-]`: a document's JSON-LD, or its validation issues and exit 1. */
export async function jsonldCommand(file: string, options: JsonLdCommandOptions, io: Io): Promise<number> {
  // Its shape before any input is read; its ratings are toJsonLd's to check.
  const ratingWords = ratingWordsOf(options.rating);
  const { kinds, validate } = await kindsValidator(options.kinds, io);
  const { value, text, display, line } = await readSingleJson(file, io, {
    maxRecordBytes: options.maxRecordBytes,
    expected: "one news document",
  });
  const result = validate(value);
  if (!result.ok) return refuseDocument(io, display, text, result.issues, "JSON-LD", line);
  const graph = graphOf(result.value, options, kinds, ratingWords);
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
