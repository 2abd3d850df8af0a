import { isUtf8 } from "node:buffer";
import { readUnchangedSync } from "./unchanged-file.js";
import { rebaseEvidence } from "../authoring/evidence.js";
import type { NewsDocument } from "../generated/types.js";
import { eachDocument } from "./document-feed.js";
import { readDocumentText, readSingleJson } from "./input.js";
import { editJson } from "./json-edits.js";
import { kindsValidator } from "./kinds-validator.js";
import { replaceFile } from "./replace-file.js";
import { errLine } from "./output.js";
import { issueLine, labelledLine, summaryLine } from "./report.js";
import { fromNinjs } from "../ninjs/from-ninjs.js";
import { toNinjs } from "../ninjs/to-ninjs.js";
import { importedStarterStep, refuseExistingStarter, starterSchemaPath, writeStarter } from "./starter-file.js";
import { STARTER_KINDS, starterDocument, type StarterKind } from "./starters.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/** Options of `news-events init`. */
export interface InitOptions {
  /** The kind of starter (ignored with `fromNinjs`). */
  readonly kind: string;
  /** A ninjs item to start from, instead of example values. */
  readonly fromNinjs?: string;
  /** The largest item read (`--max-record-bytes`). */
  readonly maxRecordBytes?: number;
}

/**
 * `news-events init [--kind K | --from-ninjs ITEM] [FILE]`: a starter document, to FILE (never
 * overwritten) or stdout. From ninjs, what the document still needs and what had no place are
 * listed on stderr.
 */
export async function initCommand(options: InitOptions, file: string | undefined, io: Io): Promise<number> {
  let starter: object;
  let what: string;
  let step: string;
  refuseExistingStarter(file);
  if (options.fromNinjs !== undefined) {
    const { value, display } = await readSingleJson(options.fromNinjs, io, {
      maxRecordBytes: options.maxRecordBytes,
      expected: "one ninjs item",
    });
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new UsageError(`${display}: is not a ninjs item (expected a JSON object)`);
    // Both ninjs schemas (2.x and 3.x) require uri: without it, {} or a news document was taken
    // as an item and made a starter of nothing (found by a trial).
    if (typeof (value as { uri?: unknown }).uri !== "string")
      throw new UsageError(`${display}: is not a ninjs item (it has no "uri", which every ninjs item has)`);
    const { document, missing, unplaced } = fromNinjs(value as Record<string, unknown>);
    for (const u of unplaced) errLine(io, labelledLine(display, undefined, "not carried over", u));
    if (missing.length > 0)
      errLine(
        io,
        `${display}: add ${missing.join(", ")} (ninjs did not give ${missing.length === 1 ? "it" : "them"}), then validate`,
      );
    starter = { $schema: starterSchemaPath(file), ...document };
    what = `starter from ${display}`;
    step = importedStarterStep(unplaced.length + missing.length, display);
  } else {
    if (!(STARTER_KINDS as readonly string[]).includes(options.kind))
      throw new UsageError(`--kind must be one of ${STARTER_KINDS.join(", ")} (got "${options.kind}")`);
    starter = starterDocument(options.kind as StarterKind, starterSchemaPath(file));
    what = `${options.kind} starter`;
    step = 'replace its example values (example.org, "Replace with …")';
  }
  return writeStarter(file, starter, what, io, step);
}

/** Options of `news-events ninjs`. */
export interface NinjsCommandOptions {
  /** `--version`: 3.1 or 2.2. */
  readonly version: string;
  /** The largest record read (see `--max-record-bytes`). */
  readonly maxRecordBytes?: number | undefined;
  /** A directory built by `news-events kinds build`: the documents may use its kinds. */
  readonly kinds?: string | undefined;
}

/**
 * `news-events ninjs DOC [--version 2.2] [--kinds DIR]`: the document as an IPTC ninjs item
 * (pretty), or for a feed of documents one compact item a line (NDJSON); an invalid document gets
 * its issues and exit 1.
 */
export async function ninjsCommand(file: string, options: NinjsCommandOptions, io: Io): Promise<number> {
  const { version, maxRecordBytes } = options;
  if (version !== "3.1" && version !== "2.2") throw new UsageError(`--version must be 3.1 or 2.2 (got "${version}")`);
  const { validate } = await kindsValidator(options.kinds, io);
  const write = (document: NewsDocument, several: boolean) =>
    io.stdout(`${JSON.stringify(toNinjs(document, { version }), null, several ? undefined : 2)}\n`);
  return eachDocument(file, io, { maxRecordBytes }, "ninjs", write, validate);
}

/**
 * The edited article text: UTF-8 (anything else is refused, as `validate` refuses it, rather than
 * stored with U+FFFD in place of each byte it cannot read), without a byte order mark.
 */
function readBody(bodyFile: string): string {
  let bytes: Buffer;
  try {
    bytes = readUnchangedSync(bodyFile);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${bodyFile}: cannot read (${String((error as NodeJS.ErrnoException).code)})`);
  }
  if (!isUtf8(bytes)) throw new UsageError(`${bodyFile}: is not valid UTF-8; save the article text as UTF-8`);
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The edited text as the document's body: what the body file says, without its byte order mark,
 * with its line breaks and final line break following the document's current body. CRLF line
 * breaks become \n when the body has no CR (an editor on Windows saved the file); one final line
 * break is not part of the body when the body did not end with one (editors add it). Each change
 * is said in a note.
 */
export function bodyFromFile(fileText: string, oldBody: string): { body: string; notes: string[] } {
  let body = fileText;
  const notes: string[] = [];
  if (!oldBody.includes("\r") && body.includes("\r\n")) {
    body = body.replaceAll("\r\n", "\n");
    notes.push("its CRLF line breaks are read as \\n, as the document's body has them");
  }
  if (!oldBody.endsWith("\n") && body.endsWith("\n")) {
    body = body.slice(0, body.endsWith("\r\n") ? -2 : -1);
    notes.push("its final line break is not part of the body (the document's body ends without one)");
  }
  return { body, notes };
}

/** The evidence spans whose offsets differ between `before` and `after`, as pointers to them. */
function changedSpans(
  before: unknown,
  after: unknown,
  pointer = "",
): { pointer: string; start: number; end: number }[] {
  if (after === null || typeof after !== "object" || before === null || typeof before !== "object") return [];
  const a = after as Record<string, unknown>;
  const b = before as Record<string, unknown>;
  if (typeof a["start"] === "number" && typeof a["end"] === "number" && typeof a["text"] === "string")
    return a["start"] === b["start"] && a["end"] === b["end"] ? [] : [{ pointer, start: a["start"], end: a["end"] }];
  return Object.keys(a)
    .filter((key) => key !== "body")
    .flatMap((key) => changedSpans(b[key], a[key], `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`));
}

/** Options of `news-events rebase`. */
export interface RebaseOptions {
  /** Update DOC in place (only what moved changes) instead of printing it. */
  readonly write: boolean;
  /** Remove the spans whose words are gone, listing them, instead of refusing to write. */
  readonly dropLost: boolean;
  /** The largest document read (`--max-record-bytes`). */
  readonly maxRecordBytes?: number;
  /** A directory built by `news-events kinds build`: the document may use its kinds. */
  readonly kinds?: string;
}

/**
 * `news-events rebase DOC --body NEW.txt [--write] [--drop-lost] [--kinds DIR]`: re-places every evidence span
 * in an edited body; prints what moved and what was lost; exit 1 if any span is lost (and not
 * dropped). The document's text is edited in place: the body, each moved span's offsets and each
 * dropped span change, every other byte stays as it was. With --write DOC is replaced (only when
 * nothing is lost or the lost are dropped); otherwise the new text goes to stdout.
 */
export async function rebaseCommand(file: string, bodyFile: string, options: RebaseOptions, io: Io): Promise<number> {
  if (options.write && file === "-")
    throw new UsageError("rebase --write needs DOC to be a file, not - (standard input)");
  const { validate } = await kindsValidator(options.kinds, io);
  const { value, text, bom, display } = await readDocumentText(file, io, {
    maxRecordBytes: options.maxRecordBytes,
    expected: "one news document",
  });
  const result = validate(value);
  if (!result.ok) {
    // A document must be valid apart from its evidence offsets, which is what rebase repairs.
    const blocking = result.issues.filter((i) => !i.code.startsWith("evidence"));
    if (blocking.length > 0) io.verdict?.(EXIT.invalid);
    for (const issue of blocking) errLine(io, issueLine(display, undefined, issue));
    if (blocking.length > 0) return EXIT.invalid;
  }
  const old = value as Parameters<typeof rebaseEvidence>[0];
  const { body, notes } = bodyFromFile(readBody(bodyFile), typeof old.body === "string" ? old.body : "");
  for (const note of notes) errLine(io, `news-events: ${bodyFile}: ${note}`);
  const { document, moved, lost } = rebaseEvidence(old, body);
  if (lost.length > 0 && !options.dropLost) io.verdict?.(EXIT.invalid);
  for (const span of moved)
    errLine(
      io,
      labelledLine(display, undefined, "moved", { pointer: span.pointer, message: `${span.from} → ${span.to}` }),
    );
  for (const span of lost) errLine(io, labelledLine(display, undefined, options.dropLost ? "dropped" : "lost", span));
  errLine(
    io,
    summaryLine([
      [moved.length, "moved"],
      [lost.length, options.dropLost ? "dropped" : "lost"],
    ]),
  );
  // Every change in one pass over the text (the body, each moved span's offsets, each dropped span).
  const changes: [string, unknown][] = [["/body", body]];
  for (const span of changedSpans(value, document))
    changes.push([`${span.pointer}/start`, span.start], [`${span.pointer}/end`, span.end]);
  const edited = editJson(text, changes, options.dropLost ? lost.map((l) => l.pointer) : []);
  const kept = lost.length === 0 || options.dropLost;
  if (!options.write) io.stdout(edited);
  else if (kept) {
    try {
      await replaceFile(file, `${bom ? "\ufeff" : ""}${edited}`);
    } catch (error) {
      throw new UsageError(
        `${file}: cannot write (${String((error as NodeJS.ErrnoException).code)}); it was left as it was`,
      );
    }
  } else
    errLine(
      io,
      `news-events: ${display} not written: re-place the lost spans (news-events find ${display} "words"), or drop them with --drop-lost`,
    );
  return kept ? EXIT.ok : EXIT.invalid;
}
