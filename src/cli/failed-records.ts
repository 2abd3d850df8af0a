// A record that could not be read, and why: its codes, and for text that is not JSON, the fault's
// line, column and what to do, found by a locator imported only when a record first needs it.
import type { IssueCode, Problem } from "../core/issue.js";
import type { JsonFault } from "../core/json-fault.js";
import type { MAX_RECORD_DEPTH } from "./nesting.js";

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
  /** For text that is not JSON: the 1-based column of the fault on that line. */
  readonly column?: number;
}

/** One JSON value read from an input, or why it could not be read. */
export type InputRecord =
  { readonly ok: true; readonly line: number; readonly value: unknown; readonly text: string } | FailedRecord;

/**
 * A failed record.
 *
 * @example
 * ```ts
 * failed(3, "invalid-utf8", "is not valid UTF-8"); // => { ok: false, line: 3, code: "invalid-utf8", pointer: "", … }
 * ```
 */
export function failed(line: number, code: InputCode, message: string, params?: FailedRecord["params"]): FailedRecord {
  return { ok: false, line, code, pointer: "", message, ...(params !== undefined ? { params } : {}) };
}

/**
 * The JSON fault locator (core/json-fault.ts, which bundles jsonc-parser), imported the first time
 * a record does not parse: a run over valid input never loads it (issue 27's start-up figure).
 */
let jsonFault: ((text: string) => JsonFault | undefined) | undefined;

/**
 * Loads the fault locator; from then on a record that is not JSON is located as it is made.
 *
 * @example
 * ```ts
 * await loadFaultLocator(); // a worker thread, which reads its batches synchronously
 * ```
 */
export async function loadFaultLocator(): Promise<void> {
  jsonFault ??= (await import("../core/json-fault.js")).jsonFault;
}

/**
 * The first fault of a text that is not JSON (undefined for JSON), the locator loaded if need be.
 *
 * @example
 * ```ts
 * const fault = await faultOf(text); // undefined when the text is JSON
 * ```
 */
export async function faultOf(text: string): Promise<JsonFault | undefined> {
  await loadFaultLocator();
  return (jsonFault as NonNullable<typeof jsonFault>)(text);
}

/** What locating a record made before the locator was loaded needs, by record. */
const unlocated = new WeakMap<object, Parameters<typeof notJson>>();
/** How many records wait in {@link unlocated}: no batch is searched while there are none. */
let waiting = 0;

/**
 * True while a record that is not JSON waits for {@link located}: a reader asks before each batch,
 * so that a batch with none waiting is not made to wait a tick for the async call.
 */
export const hasUnlocated = (): boolean => waiting > 0;

/**
 * `records` with each record that is not JSON located (its line, column and fault): the locator
 * is loaded the first time one needs it. Records made after it was loaded are located already.
 *
 * @example
 * ```ts
 * yield await located([...parseWhole(buffered)]);
 * ```
 */
export async function located<R>(records: R[]): Promise<R[]> {
  if (waiting === 0) return records;
  await loadFaultLocator();
  // Each record is finished by its own reader's call: two inputs read at once each find theirs.
  return records.map((record) => {
    const args = typeof record === "object" && record !== null ? unlocated.get(record) : undefined;
    if (args === undefined) return record;
    unlocated.delete(record as object);
    waiting--;
    return notJson(...args) as R;
  });
}

/**
 * A text that is not JSON, as one record at its fault: line and column counted from `startLine`,
 * and what to do. `fallback` (V8's message) when the strict scan finds no fault (too deep to scan).
 * Before the locator is loaded, a record to be finished by {@link located}.
 */
export function notJson(text: string, startLine: number, fallback: unknown, hint = ""): FailedRecord {
  if (jsonFault === undefined) {
    const record = failed(startLine, "invalid-json", "is not valid JSON");
    unlocated.set(record, [text, startLine, fallback, hint]);
    waiting++;
    return record;
  }
  const fault = jsonFault(text);
  if (!fault) {
    const why = fallback instanceof Error ? (fallback.message.split("\n")[0] ?? "") : String(fallback);
    return failed(startLine, "invalid-json", `is not valid JSON: ${why}`);
  }
  const line = startLine + fault.line - 1;
  return { ...failed(line, "invalid-json", `is not valid JSON: ${fault.message}${hint}`), column: fault.column };
}

/** A limit as a person sets it (--max-record-bytes 32M, 512K, 1000): "0.00 MiB" said nothing of 1K. */
const limitText = (bytes: number) =>
  bytes % 1048576 === 0
    ? `${bytes / 1048576} MiB`
    : bytes % 1024 === 0
      ? `${bytes / 1024} KiB`
      : `${bytes.toLocaleString("en")}-byte`;

/**
 * A record longer than the limit: a line of NDJSON (of `bytes`, or of more when the reading
 * stopped inside it: `cut`), or a whole-input document of more than `bytes`.
 */
export function overLimit(
  line: number,
  what: "line" | "document",
  bytes: number,
  maxBytes: number,
  cut = false,
): FailedRecord {
  const count = bytes.toLocaleString("en");
  const size = what === "document" ? `more than ${count} bytes` : cut ? `${count} bytes or more` : `${count} bytes`;
  return failed(
    line,
    "too-large",
    `is ${what === "line" ? "a line" : "a JSON document"} of ${size}, over the ${limitText(maxBytes)} record limit (--max-record-bytes raises it)`,
    { bytes, limit: maxBytes },
  );
}
