/*
 * The documents of an input for `plover` and `ninjs`: one document, as every command reads it, or
 * a feed of them (NDJSON, or a JSON array), read by the same reader as `validate` and `export`.
 */
import type { ValidationResult } from "../core/issue.js";
import type { NewsDocument } from "../generated/types.js";
import { validateDocument } from "../validate/validate.js";
import { onlyRecord, openInput } from "./input.js";
import { errLine } from "./output.js";
import { readRecords, type InputRecord, type ReadOptions } from "./records.js";
import { refuseDocument, refuseInFeed, type FeedPlace } from "./refused-document.js";
import { summaryLine } from "./report.js";
import { EXIT, UsageError, type Io } from "./usage.js";

/**
 * Writes one valid document's output; `several` when the input holds more than one document;
 * `place` where it stands in the input (for what is said of it on stderr).
 */
export type WriteDocument = (document: NewsDocument, several: boolean, place: FeedPlace) => void | Promise<void>;

/** How each document is validated: the library's validator, or that of `--kinds DIR`. */
export type ValidateDocument = (input: unknown) => ValidationResult<NewsDocument>;

/** The records read ahead (to learn whether the input is a feed), then the rest. */
async function* again(read: readonly InputRecord[], rest: AsyncIterator<InputRecord>): AsyncGenerator<InputRecord> {
  yield* read;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}

/**
 * Writes each valid document of a feed in order; each invalid one (and each record that could not
 * be read, at its line and column) is named at its line and left out. Exit 1 if any was.
 */
async function writeFeed(
  records: AsyncIterable<InputRecord>,
  several: boolean,
  display: string,
  io: Io,
  instead: string,
  write: WriteDocument,
  validate: ValidateDocument,
): Promise<number> {
  let valid = 0;
  let invalid = 0;
  for await (const record of records) {
    if (!record.ok) {
      invalid++;
      await refuseInFeed(io, display, { line: record.line, text: "", prefix: "" }, [record], instead, true);
      continue;
    }
    const isArray = Array.isArray(record.value);
    const items: readonly unknown[] = isArray ? (record.value as unknown[]) : [record.value];
    for (const [i, item] of items.entries()) {
      const result = validate(item);
      const place = { line: record.line, text: record.text, prefix: isArray ? `/${i}` : "" };
      if (result.ok) {
        valid++;
        await write(result.value, several, place);
        continue;
      }
      invalid++;
      await refuseInFeed(io, display, place, result.issues, instead);
    }
  }
  if (invalid === 0) return EXIT.ok;
  errLine(
    io,
    summaryLine([
      [valid, "valid"],
      [invalid, "invalid"],
    ]),
  );
  return EXIT.invalid;
}

/**
 * Reads a file (or `-`) holding one document, NDJSON of documents or a JSON array of them, and
 * writes each valid one with `write`, in input order. One document is read as every command reads
 * one (a record that cannot be read is one line at its line and column, exit 1; an invalid document
 * is refused with its issues, exit 1); in a feed, each invalid document or unreadable line is named at its line
 * and the others are written (exit 1 if any was left out). `instead` names what was not written;
 * `validate` judges each document (with `--kinds DIR`, the kinds' validator).
 *
 * @example
 * ```ts
 * return eachDocument("feed.ndjson", io, { maxRecordBytes }, "ninjs", (doc, several) => io.stdout(…));
 * ```
 */
export async function eachDocument(
  file: string,
  io: Io,
  options: ReadOptions,
  instead: string,
  write: WriteDocument,
  validate: ValidateDocument = validateDocument,
): Promise<number> {
  const display = file === "-" ? "<stdin>" : file;
  // Documents only (no lone events), as what an empty input lacks says.
  const reading = { expected: "a news document, an array of them, or NDJSON", ...options };
  const records = readRecords(await openInput(file, io), reading)[Symbol.asyncIterator]();
  const read: InputRecord[] = [];
  // Two records read ahead: whether there is a second decides between one document and a feed.
  while (read.length < 2) {
    const next = await records.next();
    if (next.done === true) break;
    read.push(next.value);
  }
  if (read.length > 1) return writeFeed(again(read, records), true, display, io, instead, write, validate);
  const { value, text, line } = onlyRecord(display, read[0]);
  if (Array.isArray(value)) {
    if (value.length === 0) throw new UsageError(`${display}: is an empty array; expected one or more documents`);
    return writeFeed(again(read, records), value.length > 1, display, io, instead, write, validate);
  }
  const result = validate(value);
  if (!result.ok) return refuseDocument(io, display, text, result.issues, instead, line);
  await write(result.value, false, { line, text, prefix: "" });
  return EXIT.ok;
}
