/**
 * `export` promises that a row's key is unique (docs/tables.md): `article_url` + `row` for a
 * document's rows, `event_id` + `row` for an event given on its own. Two records with one article
 * URL (or one standalone event id) would give every row of the second the first's keys, and a join
 * on them would count each twice; so the second is refused, as an invalid record, naming the first.
 */
import type { RecordProblem } from "./judge.js";

/** The key every row of one exported document shares, and where the record holding it is. */
export interface RowsKey {
  /** `url` then the article's URL, or `event` then the id of an event given on its own. */
  readonly key: string;
  /** The 1-based line of the record. */
  readonly line: number;
  /** JSON Pointer to the value the key is read from (`/url`, `/id`; `/3/url` in an array record). */
  readonly pointer: string;
}

/**
 * The key of a valid document's rows, as `writeRows` keys them (src/tables/rows.ts): its `url`,
 * or, for an event given on its own (it has a `kind`), its `id`. Undefined for anything else.
 *
 * @example
 * ```ts
 * rowsKey({ url: "https://example.org/a", events: [] }, 3, ""); // => { key: "url https://example.org/a", line: 3, pointer: "/url" }
 * ```
 */
export function rowsKey(document: unknown, line: number, at: string): RowsKey | undefined {
  if (typeof document !== "object" || document === null) return undefined;
  const record = document as Readonly<Record<string, unknown>>;
  const event = Object.prototype.hasOwnProperty.call(record, "kind");
  const value = record[event ? "id" : "url"];
  if (typeof value !== "string") return undefined;
  return { key: `${event ? "event" : "url"} ${value}`, line, pointer: `${at}/${event ? "id" : "url"}` };
}

/**
 * The keys exported so far in one run, across its inputs, each with the input and line that gave
 * it. It grows with the documents exported (a key and a place each: about 100 bytes for a typical
 * URL), never with their rows.
 *
 * @example
 * ```ts
 * const keys = new ExportedKeys();
 * keys.startInput("a.ndjson");
 * keys.claim({ key: "url https://example.org/a", line: 1, pointer: "/url" }); // => undefined
 * keys.claim({ key: "url https://example.org/a", line: 7, pointer: "/url" })?.code; // => "duplicate-key"
 * ```
 */
export class ExportedKeys {
  /** Each key's first input (by its place in {@link inputs}), line and pointer. */
  private readonly first = new Map<string, { input: number; line: number; pointer: string }>();
  /** The name of each input the run has read, in order: one file given twice is two. */
  private readonly inputs: string[] = [];

  /** Starts the next input, `name` as the report names it: the keys claimed from now on are its. */
  startInput(name: string): void {
    this.inputs.push(name);
  }

  /**
   * Remembers the key, read from the input started last, and answers undefined; or, when a record
   * exported earlier in the run had it, the problem that refuses this one.
   */
  claim(rows: RowsKey): RecordProblem | undefined {
    const input = this.inputs.length - 1;
    const seen = this.first.get(rows.key);
    if (seen === undefined) {
      this.first.set(rows.key, { input, line: rows.line, pointer: rows.pointer });
      return undefined;
    }
    const from = this.inputs[seen.input] as string;
    // The first's input named unless it is this one; its pointer when it was inside an array.
    const line = seen.input === input ? `line ${seen.line}` : `${from}:${seen.line}`;
    const where = seen.pointer.lastIndexOf("/") > 0 ? `${line} (${seen.pointer})` : line;
    const [what, keys] = rows.key.startsWith("url ")
      ? ["an article with this url", "article_url, row"]
      : ["an event with this id, given on its own,", "event_id, row"];
    return {
      code: "duplicate-key",
      pointer: rows.pointer,
      line: rows.line,
      message: `${what} was exported from ${where}: its rows' keys (${keys}) would repeat; left out`,
      params: { first: where },
    };
  }

  /** Whether any of these keys was exported before, or one repeats among them; remembers none. */
  anyTaken(keys: readonly RowsKey[]): boolean {
    const batch = new Set<string>();
    for (const { key } of keys) {
      if (this.first.has(key) || batch.has(key)) return true;
      batch.add(key);
    }
    return false;
  }
}
