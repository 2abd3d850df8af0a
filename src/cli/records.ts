import { isUtf8 } from "node:buffer";
import { byteLineBatches, type ByteLine } from "./byte-lines.js";
import type { IssueCode, Problem } from "../core/issue.js";
import { describeJsonError } from "./locate.js";
import { MAX_RECORD_DEPTH, nestsDeeperThan } from "./nesting.js";

/**
 * Why a record could not be read: its bytes are not UTF-8, its text is not JSON, it is over the
 * record limit, it nests deeper than {@link MAX_RECORD_DEPTH}, or the input holds nothing at all.
 */
export type InputCode = Extract<IssueCode, "invalid-utf8" | "invalid-json" | "too-large" | "too-deep" | "empty">;

/** The codes of {@link InputCode}: a problem with one of them is about a record as a whole. */
export const INPUT_CODES: ReadonlySet<string> = new Set<InputCode>([
  "invalid-utf8",
  "invalid-json",
  "too-large",
  "too-deep",
  "empty",
]);

/** A record that could not be read: a problem with the whole record (`pointer` is `""`), at its line. */
export interface FailedRecord extends Problem<InputCode> {
  readonly ok: false;
  /** The 1-based line of the input where the record starts, or where reading it failed. */
  readonly line: number;
}

/** One JSON value read from an input, or why it could not be read. */
export type InputRecord =
  { readonly ok: true; readonly line: number; readonly value: unknown; readonly text: string } | FailedRecord;

/** A failed record. */
function failed(line: number, code: InputCode, message: string, params?: FailedRecord["params"]): FailedRecord {
  return { ok: false, line, code, pointer: "", message, ...(params !== undefined ? { params } : {}) };
}

const NOT_UTF8 = "is not valid UTF-8";

/** The default for `--max-record-bytes`: the longest line, or whole-input document, that is read. */
export const DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024;

/**
 * A line's text, or undefined when its bytes are not UTF-8. `isUtf8` (simdutf) and Buffer's
 * decoder, rather than a fatal TextDecoder: the same answer at a fraction of the cost per line,
 * which on a feed of small records was an eighth of the run.
 */
function decode(bytes: Uint8Array, first: boolean): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

/** A line's bytes without the CR of a CRLF ending, which is not part of the record (as in {@link decode}). */
const textBytes = (bytes: Uint8Array) => bytes.length - (bytes[bytes.length - 1] === 0x0d ? 1 : 0);

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 0)} MiB`;

/** A record longer than the limit: a line of NDJSON, or a whole-input document of more than `bytes`. */
function overLimit(line: number, what: "line" | "document", bytes: number, maxBytes: number): FailedRecord {
  const size = `${what === "document" ? "more than " : ""}${bytes.toLocaleString("en")} bytes`;
  return failed(
    line,
    "too-large",
    `is ${what === "line" ? "a line" : "a JSON document"} of ${size}, over the ${mib(maxBytes)} record limit (--max-record-bytes raises it)`,
    { bytes, limit: maxBytes },
  );
}

/** Options of {@link readRecords}. */
export interface ReadOptions {
  /** The longest line (NDJSON) or whole-input document read; longer ones become one invalid record. */
  readonly maxRecordBytes?: number;
}

/**
 * Reads JSON records from a stream. The first non-empty line decides: if it is a JSON value on
 * its own, the input is NDJSON and each line is a record (streamed); otherwise the whole input is
 * one JSON value. A whole input that does not parse but whose lines do is read as NDJSON after
 * all, so that the valid records of a stream with a broken first line are not lost. Memory stays
 * bounded by the record limit: a longer line is one invalid record; a whole input that outgrows
 * it is judged line by line when its lines are records, and is one invalid record otherwise.
 */
export async function* readRecords(
  chunks: AsyncIterable<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<InputRecord> {
  for await (const batch of readRecordBatches(chunks, options)) yield* batch;
}

/**
 * {@link readRecords}, a batch of records at a time (those whose lines end in one chunk read), for
 * callers that go through many small records.
 */
export function readRecordBatches(
  chunks: AsyncIterable<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<InputRecord[]> {
  const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  return readBatches<InputRecord>(chunks, maxBytes, (piece, line) => ndjsonRecord(piece, line, maxBytes));
}

/**
 * The reader behind {@link readRecordBatches}: `ndjsonLine` makes the record of each line once the
 * input is known to be NDJSON (`validate` leaves its large lines unparsed here).
 */
export async function* readBatches<R>(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  ndjsonLine: (piece: ByteLine, line: number) => R | undefined,
): AsyncGenerator<(R | InputRecord)[]> {
  let lineNumber = 0;
  let mode: "unknown" | "ndjson" | "whole" | "drain" = "unknown";
  let buffered: BufferedLine[] = [];
  let bufferedBytes = 0;
  let sawContent = false;
  for await (const pieces of byteLineBatches(chunks, maxBytes)) {
    const out: (R | InputRecord)[] = [];
    for (const piece of pieces) {
      lineNumber++;
      if (mode === "drain") continue;
      if (mode === "ndjson") {
        const record = ndjsonLine(piece, lineNumber);
        if (record) out.push(record);
        continue;
      }
      if (mode === "whole") {
        if ("overlong" in piece) {
          buffered.push({ line: lineNumber, text: undefined, overlong: piece.overlong });
          mode = overflowWhole(buffered, maxBytes, bufferedBytes + 1 + piece.overlong, out) ? "ndjson" : "drain";
          buffered = [];
          continue;
        }
        buffered.push({ line: lineNumber, text: decode(piece.bytes, lineNumber === 1) });
        // The newline before this line: a document's bytes are its lines and the newlines between
        // them (a last newline ends the input, it is not part of the document).
        bufferedBytes += 1 + textBytes(piece.bytes);
        if (bufferedBytes > maxBytes) {
          mode = overflowWhole(buffered, maxBytes, bufferedBytes, out) ? "ndjson" : "drain";
          buffered = [];
        }
        continue;
      }
      // The first line that is not blank decides the format.
      const first = ndjsonRecord(piece, lineNumber, maxBytes);
      if (first === undefined) continue;
      sawContent = true;
      if (decidesNdjson(piece, first)) {
        mode = "ndjson";
        out.push(first);
      } else if ("bytes" in piece) {
        mode = "whole";
        buffered.push({ line: lineNumber, text: decode(piece.bytes, lineNumber === 1) });
        bufferedBytes = textBytes(piece.bytes);
      }
    }
    if (out.length > 0) yield out;
  }
  if (mode === "whole") {
    yield [...parseWhole(buffered)];
    return;
  }
  if (!sawContent)
    yield [failed(1, "empty", "is empty: expected a JSON document, an event, an array of them, or NDJSON")];
}

/** True for a line that is a JSON object or array on its own: a record of NDJSON. */
function isRecordLine(text: string | undefined): boolean {
  if (text === undefined) return false;
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** A line kept while a whole input is read: its text (undefined when not UTF-8, or dropped for its length). */
interface BufferedLine {
  readonly line: number;
  readonly text: string | undefined;
  /** Set when the line alone was over the limit: its length in bytes. */
  readonly overlong?: number;
}

/**
 * A whole input grew past the limit while being buffered. If, after its broken first line, some
 * of its lines are records, it is NDJSON: the buffered lines are judged one by one into `out` and this
 * returns true (the caller goes on streaming). Otherwise it is one document too long to read:
 * one invalid record, and false.
 */
function overflowWhole(lines: readonly BufferedLine[], maxBytes: number, bytes: number, out: unknown[]): boolean {
  if (!lines.slice(1).some((l) => isRecordLine(l.text))) {
    out.push(overLimit(lines[0]?.line ?? 1, "document", bytes, maxBytes));
    return false;
  }
  for (const l of lines) {
    if (l.overlong !== undefined) out.push(overLimit(l.line, "line", l.overlong, maxBytes));
    else if (l.text === undefined) out.push(failed(l.line, "invalid-utf8", NOT_UTF8));
    else if (l.text.trim() !== "") out.push(parseLine(l.text, l.line));
  }
  return true;
}

/**
 * One line of input known to be NDJSON, as a record: what {@link readRecordBatches} makes of it
 * once the input's first record has decided the format. Undefined for a blank line. For readers
 * that split the work (validate --jobs).
 */
export function ndjsonRecord(piece: ByteLine, line: number, maxBytes: number): InputRecord | undefined {
  if ("overlong" in piece) return overLimit(line, "line", piece.overlong, maxBytes);
  const text = decode(piece.bytes, line === 1);
  if (text === undefined) return failed(line, "invalid-utf8", NOT_UTF8);
  return text.trim() === "" ? undefined : parseLine(text, line);
}

/**
 * Whether the input's first non-blank line, read as `record`, makes it NDJSON: a JSON value on
 * its own, and also a line over the limit, too deep or not UTF-8 (each then one invalid record of the
 * stream). Only JSON that does not parse starts a document written over several lines.
 */
export function decidesNdjson(piece: ByteLine, record: InputRecord): boolean {
  return record.ok || record.code === "too-deep" || "overlong" in piece || !isUtf8(piece.bytes);
}

/** A record nested deeper than {@link MAX_RECORD_DEPTH}: refused before it is parsed, on every thread alike. */
function tooDeep(text: string, line: number): FailedRecord | undefined {
  if (!nestsDeeperThan(text, MAX_RECORD_DEPTH)) return undefined;
  return failed(
    line,
    "too-deep",
    `nests deeper than ${MAX_RECORD_DEPTH} levels of arrays and objects, too deep to judge`,
    {
      limit: MAX_RECORD_DEPTH,
    },
  );
}

function parseLine(text: string, line: number): InputRecord {
  const deep = tooDeep(text, line);
  if (deep) return deep;
  try {
    return { ok: true, line, value: JSON.parse(text) as unknown, text };
  } catch (error) {
    const why = describeJsonError(error, text).message.replace("at line 1, column", "at column");
    return failed(line, "invalid-json", `is not valid JSON: ${why}`);
  }
}

function* parseWhole(lines: readonly BufferedLine[]): Generator<InputRecord> {
  const bad = lines.find((l) => l.text === undefined);
  if (bad) {
    yield failed(bad.line, "invalid-utf8", NOT_UTF8);
    return;
  }
  const startLine = lines[0]?.line ?? 1;
  const text = lines.map((l) => l.text).join("\n");
  const deep = tooDeep(text, startLine);
  if (deep) {
    yield deep;
    return;
  }
  try {
    yield { ok: true, line: startLine, value: JSON.parse(text) as unknown, text };
    return;
  } catch (error) {
    const perLine = lines.filter((l) => (l.text ?? "").trim() !== "").map((l) => parseLine(l.text ?? "", l.line));
    // Several lines, some of them whole JSON values: NDJSON with broken records.
    if (perLine.length > 1 && perLine.filter((r) => r.ok).length > 0) {
      yield* perLine;
      return;
    }
    const { line, message } = describeJsonError(error, text);
    yield failed(startLine + line - 1, "invalid-json", `is not valid JSON: ${message}`);
  }
}
