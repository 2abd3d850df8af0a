/** Opening what the user named on the command line: a file, or standard input as "-". */
import { open, stat, type FileHandle } from "node:fs/promises";
import { describeThrown } from "../core/error.js";
import { overLimit } from "./failed-records.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./options.js";
import { readRecords, type InputRecord, type ReadOptions } from "./records.js";
import { assertSame, checkedChunks, chunksOf } from "./unchanged-file.js";
import { InvalidInputError, UsageError, type Io } from "./usage.js";

/** Throws a one-line UsageError unless `name` is an existing file (not a directory). */
async function assertReadableFile(name: string): Promise<void> {
  let info;
  try {
    info = await stat(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node decodes command-line arguments as UTF-8: a name with other bytes arrives with U+FFFD in
    // it and names no file, so say why rather than only "no such file".
    const notUtf8 =
      code === "ENOENT" && name.includes("\ufffd")
        ? " (its name, as Node received it, is not valid UTF-8: rename the file, or pass it on standard input with -)"
        : "";
    throw new UsageError(
      `${name}: ${code === "ENOENT" ? `no such file${notUtf8}` : code === "EACCES" ? "permission denied" : `cannot read (${code ?? describeThrown(error)})`}`,
    );
  }
  if (info.isDirectory()) throw new UsageError(`${name}: is a directory, expected a file`);
}

/**
 * The bytes of a file or of standard input, checking that a named file is a readable file; a
 * regular file read to its end is refused (a UsageError) if it was changed while it was read.
 * `io.stdin` is read only for "-": Node makes the stream at its first use.
 */
export async function openInput(name: string, io: Pick<Io, "stdin">): Promise<AsyncIterable<Uint8Array>> {
  if (name === "-") return io.stdin as AsyncIterable<Uint8Array>;
  const handle = await openHandle(name);
  const opened = await handle.stat();
  // A regular file is refused if it changes while it is read; a pipe given by name is read as it comes.
  return opened.isFile() ? checkedChunks(name, handle, opened) : handle.createReadStream({ highWaterMark: 1 << 16 });
}

/** Opens a file the user named, or throws the one-line UsageError saying why it cannot be read. */
async function openHandle(name: string): Promise<FileHandle> {
  await assertReadableFile(name);
  try {
    return await open(name, "r");
  } catch (error) {
    throw new UsageError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? describeThrown(error)})`);
  }
}

/** An input opened once, to be read once or (a regular file) several times from its start. */
export interface OpenedInput {
  /** The size of a regular file; undefined for standard input, a pipe, socket or device. */
  readonly size: number | undefined;
  /** The bytes from the start (a regular file may be read again; anything else once only). */
  read(): AsyncIterable<Uint8Array>;
  /** Throws a UsageError when the file was changed since it was opened (its size or time). */
  assertUnchanged(): Promise<void>;
  /** Closes the file. */
  close(): Promise<void>;
}

/**
 * Opens what the user named once: every read of a regular file goes through the same handle, so
 * that a file replaced while it is read twice (`validate --jobs`: first line, then the workers) is
 * not judged from two different files.
 */
export async function openInputOnce(name: string, io: Pick<Io, "stdin">): Promise<OpenedInput> {
  if (name === "-")
    return {
      size: undefined,
      read: () => io.stdin as AsyncIterable<Uint8Array>,
      assertUnchanged: async () => {},
      close: async () => {},
    };
  const handle = await openHandle(name);
  const opened = await handle.stat();
  return {
    size: opened.isFile() ? opened.size : undefined,
    read: () => (opened.isFile() ? chunksOf(handle) : handle.createReadStream({ highWaterMark: 1 << 16 })),
    // A pipe given by name (<(cat feed)) changes as it is written: only a regular file is compared.
    assertUnchanged: async () => {
      if (opened.isFile()) assertSame(name, opened, await handle.stat());
    },
    close: () => handle.close(),
  };
}

/**
 * Reads exactly one JSON value from a file or standard input: a file that is no JSON value is
 * invalid input (exit 1), one that holds several is a usage error (a feed where one was expected).
 */
export async function readSingleJson(
  name: string,
  io: Io,
  options: ReadOptions = {},
): Promise<{ value: unknown; text: string; display: string; line: number }> {
  return readSingleJsonFrom(name, await openInput(name, io), options);
}

/** {@link readSingleJson} of bytes already opened. */
async function readSingleJsonFrom(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  options: ReadOptions,
): Promise<{ value: unknown; text: string; display: string; line: number }> {
  const display = name === "-" ? "<stdin>" : name;
  const records = [];
  for await (const record of readRecords(chunks, { ...options, one: true })) {
    records.push(record);
    // One document is expected: a second value is already an answer, so stop reading.
    if (records.length > 1) break;
  }
  const { value, text, line } = onlyRecord(display, records[0]);
  if (records.length > 1)
    throw new UsageError(`${display}: holds more than one JSON value; expected ${options.expected ?? "one document"}`);
  return { value, text, display, line };
}

/**
 * The value and text of an input's one record, or the one-line InvalidInputError (exit 1, as
 * `validate` counts such a record invalid) of a record that could not be read (empty, not JSON),
 * at its line and column: what every command that reads one document says.
 *
 * @example
 * ```ts
 * const { value, text } = onlyRecord("doc.json", first); // throws "doc.json:3:9: is not valid JSON: …"
 * ```
 */
export function onlyRecord(
  display: string,
  record: InputRecord | undefined,
): { value: unknown; text: string; line: number } {
  if (!record) throw new InvalidInputError(`${display}: is empty`);
  if (!record.ok)
    throw new InvalidInputError(
      `${display}:${record.line}:${record.column !== undefined ? `${record.column}:` : ""} ${record.message}`,
    );
  return { value: record.value, text: record.text, line: record.line };
}

/** A document read with its exact text, for commands that edit it in place (`rebase --write`). */
export interface DocumentText {
  /** The parsed document. */
  readonly value: unknown;
  /** The file's text as it is (line endings kept), without a byte order mark. */
  readonly text: string;
  /** Whether the file started with a byte order mark (kept when it is written back). */
  readonly bom: boolean;
  /** The name to show: the file's, or `<stdin>`. */
  readonly display: string;
}

/** All the bytes of an input, refusing more than `maxBytes` (the record limit). */
async function allBytes(name: string, io: Io, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of await openInput(name, io)) {
    size += chunk.length;
    // Said as readSingleJson says it, so that every command names the limit alike.
    if (size > maxBytes)
      throw new InvalidInputError(
        `${name === "-" ? "<stdin>" : name}:1: ${overLimit(1, "document", size, maxBytes).message}`,
      );
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

/**
 * Reads one JSON document and keeps its exact text: the same reader and the same messages as
 * {@link readSingleJson} (a broken document is one line at its line:column), and the bytes as
 * they were, so that an edit can change only what it must.
 */
export async function readDocumentText(name: string, io: Io, options: ReadOptions = {}): Promise<DocumentText> {
  const bytes = await allBytes(name, io, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
  async function* once() {
    yield bytes;
  }
  const { value, display } = await readSingleJsonFrom(name, once(), options);
  let text = bytes.toString("utf8");
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { value, text, bom, display };
}
