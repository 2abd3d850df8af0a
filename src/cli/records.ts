import { isUtf8 } from "node:buffer";
import { byteLineBatches, type ByteLine } from "./byte-lines.js";
import { MAX_RECORD_DEPTH, nestsDeeperThan } from "./nesting.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./options.js";
import {
  failed,
  faultOf,
  hasUnlocated,
  located,
  notJson,
  overLimit,
  type FailedRecord,
  type InputRecord,
} from "./failed-records.js";

export {
  INPUT_CODES,
  loadFaultLocator,
  type FailedRecord,
  type InputCode,
  type InputRecord,
} from "./failed-records.js";

const NOT_UTF8 = "is not valid UTF-8";

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

/** Options of {@link readRecords}. */
export interface ReadOptions {
  /** The longest line (NDJSON) or whole-input document read; longer ones become one invalid record. */
  readonly maxRecordBytes?: number | undefined;
  /** What the command takes, as an empty input is told ("a news document"); by default what a feed may hold. */
  readonly expected?: string | undefined;
  /**
   * The command reads one record: the first over the limit is its answer, and the input is read
   * no further (a line that never ends, as `/dev/zero`'s, is not read to its end).
   */
  readonly one?: boolean | undefined;
}

/**
 * Reads JSON records from a stream. The format is decided once, by structure: an input that
 * parses as one JSON value is a document; otherwise, if its first non-blank line is a complete
 * JSON value on its own, it is NDJSON and each line is a record (streamed); otherwise it is one
 * broken document, reported as one record at the line and column of its first fault. (A broken
 * document is never re-read as lines: its lines that happen to be values, a `"string"` in an
 * array, are not records, and judging them flooded the report with invented issues.) Memory
 * stays bounded by the record limit: a longer line is one invalid record; a document that
 * outgrows it is one invalid record, at its syntax fault if the part read has one.
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
  return readBatches<InputRecord>(
    chunks,
    maxBytes,
    (piece, line) => ndjsonRecord(piece, line, maxBytes),
    options.expected,
    options.one,
  );
}

/**
 * The reader behind {@link readRecordBatches}: `ndjsonLine` makes the record of each line once the
 * input is known to be NDJSON (`validate` leaves its large lines unparsed here); `expected` is what an
 * empty input is told the command takes.
 */
export async function* readBatches<R>(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  ndjsonLine: (piece: ByteLine, line: number) => R | undefined,
  expected = "a JSON document, an event, an array of them, or NDJSON",
  one = false,
): AsyncGenerator<(R | InputRecord)[]> {
  let lineNumber = 0;
  let mode: "unknown" | "ndjson" | "whole" | "drain" = "unknown";
  let buffered: BufferedLine[] = [];
  let bufferedBytes = 0;
  let sawContent = false;
  for await (const pieces of byteLineBatches(chunks, maxBytes, one)) {
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
        // The newline before this line: a document's bytes are its lines and the newlines between
        // them (a last newline ends the input, it is not part of the document).
        bufferedBytes += 1 + ("overlong" in piece ? piece.overlong : textBytes(piece.bytes));
        if ("bytes" in piece) buffered.push({ line: lineNumber, bytes: piece.bytes });
        if ("overlong" in piece || bufferedBytes > maxBytes) {
          out.push(await overflowWhole(buffered, maxBytes, bufferedBytes));
          mode = "drain";
          buffered = [];
        }
        continue;
      }
      // The first line that is not blank decides the format (if not JSON: a document; no fault looked for).
      const first = ndjsonRecord(piece, lineNumber, maxBytes, false);
      if (first === undefined) continue;
      sawContent = true;
      if (decidesNdjson(piece, first)) {
        mode = "ndjson";
        out.push(first);
      } else if ("bytes" in piece) {
        mode = "whole";
        buffered.push({ line: lineNumber, bytes: piece.bytes });
        bufferedBytes = textBytes(piece.bytes);
      }
    }
    if (out.length > 0) yield hasUnlocated() ? await located(out) : out;
    // One record was asked for, and a document over the limit is the answer: read no further.
    if (one && mode === "drain") return;
  }
  if (mode === "whole") {
    yield await located([...parseWhole(buffered)]);
    return;
  }
  if (!sawContent) yield [failed(1, "empty", `is empty: expected ${expected}`)];
}

/** A line kept while a whole input is read: its bytes, decoded with the others when the input ends. */
interface BufferedLine {
  readonly line: number;
  readonly bytes: Uint8Array;
}

/**
 * A whole input's lines joined by "\n" and decoded at once, each as {@link decode} gives it (the
 * BOM of the input's first line and the CR of each CRLF dropped); else the first line that is
 * not UTF-8. Line by line, the decoding took 4 to 5 ms of the start of `validate` of a
 * 1,260-line document (issue 27, figure 5); at once, a fraction of one.
 */
function wholeText(lines: readonly BufferedLine[]): { readonly text: string } | { readonly badLine: number } {
  let size = Math.max(0, lines.length - 1);
  for (const { bytes } of lines) size += bytes.length;
  const joined = Buffer.allocUnsafe(size);
  let at = 0;
  lines.forEach(({ bytes }, i) => {
    if (i > 0) joined[at++] = 0x0a;
    joined.set(bytes, at);
    at += bytes.length;
  });
  // A newline byte is never part of a UTF-8 sequence: the whole is UTF-8 exactly when each line is.
  if (!isUtf8(joined)) return { badLine: (lines.find((l) => !isUtf8(l.bytes)) ?? lines[0])?.line ?? 1 };
  let text = joined.toString("utf8");
  if (lines[0]?.line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: text.includes("\r") ? text.replace(/\r(?=\n|$)/g, "") : text };
}

/**
 * A document grew past the limit while being buffered: one invalid record. When the part read
 * already has a syntax fault before its end (a broken first record of what was meant as NDJSON),
 * that fault is the answer: the document is broken whatever its size.
 */
async function overflowWhole(lines: readonly BufferedLine[], maxBytes: number, bytes: number): Promise<FailedRecord> {
  const startLine = lines[0]?.line ?? 1;
  const whole = wholeText(lines);
  if ("text" in whole) {
    const { text } = whole;
    const fault = await faultOf(text);
    // A fault on the last line read may only be where the read stopped.
    if (fault && startLine + fault.line - 1 < (lines[lines.length - 1]?.line ?? startLine))
      return notJson(text, startLine, undefined, ndjsonHint(lines));
  }
  return overLimit(startLine, "document", bytes, maxBytes);
}

/** For a broken document whose later lines are JSON values on their own: it may be NDJSON with a broken first line. */
function ndjsonHint(lines: readonly BufferedLine[]): string {
  let text = "";
  for (let i = 1; i < lines.length && text === ""; i++)
    text = decode((lines[i] as BufferedLine).bytes, false)?.trim() ?? "";
  if (!text.startsWith("{") && !text.startsWith("[")) return "";
  try {
    JSON.parse(text);
  } catch {
    return "";
  }
  return ` (if this is NDJSON, one record per line, its first record, line ${lines[0]?.line ?? 1}, is not a complete JSON value)`;
}

/**
 * One line of input known to be NDJSON, as a record: what {@link readRecordBatches} makes of it
 * once the input's first record has decided the format. Undefined for a blank line. For readers
 * that split the work (validate --jobs). With `locate` false, a line that is not JSON is not
 * searched for its fault: for the first line, read only to decide the format (a pretty document's
 * `{`), whose record is never reported.
 */
export function ndjsonRecord(piece: ByteLine, line: number, maxBytes: number, locate = true): InputRecord | undefined {
  if ("overlong" in piece) return overLimit(line, "line", piece.overlong, maxBytes, piece.cut === true);
  const text = decode(piece.bytes, line === 1);
  if (text === undefined) return failed(line, "invalid-utf8", NOT_UTF8);
  return text.trim() === "" ? undefined : parseLine(text, line, locate);
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

function parseLine(text: string, line: number, locate: boolean): InputRecord {
  const deep = tooDeep(text, line);
  if (deep) return deep;
  try {
    return { ok: true, line, value: JSON.parse(text) as unknown, text };
  } catch (error) {
    return locate ? notJson(text, line, error) : failed(line, "invalid-json", "is not valid JSON");
  }
}

function* parseWhole(lines: readonly BufferedLine[]): Generator<InputRecord> {
  const whole = wholeText(lines);
  if ("badLine" in whole) {
    yield failed(whole.badLine, "invalid-utf8", NOT_UTF8);
    return;
  }
  const startLine = lines[0]?.line ?? 1;
  const { text } = whole;
  const deep = tooDeep(text, startLine);
  if (deep) {
    yield deep;
    return;
  }
  try {
    yield { ok: true, line: startLine, value: JSON.parse(text) as unknown, text };
  } catch (error) {
    yield notJson(text, startLine, error, ndjsonHint(lines));
  }
}
