import { open, stat } from "node:fs/promises";
import { describeJsonError } from "./locate.js";
import { UsageError } from "./usage.js";

/** One JSON value read from an input, or why it could not be read. */
export type InputRecord =
  | { readonly ok: true; readonly line: number; readonly value: unknown; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const NEWLINE = 0x0a;

/** Lines of a byte stream as buffers, split on \n, with constant memory beyond the longest line. */
async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, start)) {
      pending.push(chunk.subarray(start, i));
      yield pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending);
      pending = [];
      start = i + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

function decode(bytes: Uint8Array, first: boolean): string | undefined {
  try {
    let text = utf8.decode(bytes);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text.endsWith("\r") ? text.slice(0, -1) : text;
  } catch {
    return undefined;
  }
}

/**
 * Reads JSON records from a stream. The first non-empty line decides: if it is a JSON value on
 * its own, the input is NDJSON and each line is a record (streamed); otherwise the whole input is
 * one JSON value. A whole input that does not parse but whose lines do is read as NDJSON after
 * all, so that the valid records of a stream with a broken first line are not lost.
 */
export async function* readRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<InputRecord> {
  let lineNumber = 0;
  let mode: "unknown" | "ndjson" | "whole" = "unknown";
  const buffered: { line: number; text: string | undefined }[] = [];
  let sawContent = false;
  for await (const bytes of byteLines(chunks)) {
    lineNumber++;
    const text = decode(bytes, lineNumber === 1);
    if (mode === "whole") {
      buffered.push({ line: lineNumber, text });
      continue;
    }
    if (text === undefined) {
      sawContent = true;
      if (mode === "unknown") mode = "ndjson";
      yield { ok: false, line: lineNumber, message: "is not valid UTF-8" };
      continue;
    }
    if (text.trim() === "") continue;
    sawContent = true;
    if (mode === "ndjson") {
      yield parseLine(text, lineNumber);
      continue;
    }
    const first = parseLine(text, lineNumber);
    if (first.ok) {
      mode = "ndjson";
      yield first;
    } else {
      mode = "whole";
      buffered.push({ line: lineNumber, text });
    }
  }
  if (mode === "whole") {
    yield* parseWhole(buffered);
    return;
  }
  if (!sawContent) yield { ok: false, line: 1, message: "is empty: expected a JSON document, an event, an array of them, or NDJSON" };
}

function parseLine(text: string, line: number): InputRecord {
  try {
    return { ok: true, line, value: JSON.parse(text) as unknown, text };
  } catch (error) {
    return { ok: false, line, message: `is not valid JSON: ${describeJsonError(error, text).message.replace("at line 1, column", "at column")}` };
  }
}

function* parseWhole(lines: { line: number; text: string | undefined }[]): Generator<InputRecord> {
  const bad = lines.find((l) => l.text === undefined);
  if (bad) {
    yield { ok: false, line: bad.line, message: "is not valid UTF-8" };
    return;
  }
  const startLine = lines[0]?.line ?? 1;
  const text = lines.map((l) => l.text).join("\n");
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
    yield { ok: false, line: startLine + line - 1, message: `is not valid JSON: ${message}` };
  }
}

/** Throws a one-line UsageError unless `name` is an existing file (not a directory). */
export async function assertReadableFile(name: string): Promise<void> {
  let info;
  try {
    info = await stat(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${name}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${String(code)})`}`);
  }
  if (info.isDirectory()) throw new UsageError(`${name}: is a directory, expected a file`);
}

/** The bytes of a file or of standard input, checking that a named file is a readable file. */
export async function openInput(name: string, stdin: NodeJS.ReadableStream): Promise<AsyncIterable<Uint8Array>> {
  if (name === "-") return stdin as AsyncIterable<Uint8Array>;
  await assertReadableFile(name);
  try {
    const handle = await open(name, "r");
    return handle.createReadStream({ highWaterMark: 1 << 16 });
  } catch (error) {
    throw new UsageError(`${name}: cannot read (${String((error as NodeJS.ErrnoException).code)})`);
  }
}
