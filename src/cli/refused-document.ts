import type { Issue, Problem } from "../core/issue.js";
import { escapeControls } from "../core/escape.js";
import { duplicateNote, type Place } from "./duplicate-note.js";
import { errLine } from "./output.js";
import { issueLine, refusedLine } from "./report.js";
import { EXIT, type Io } from "./usage.js";

/** Where a problem stands: its line, and a member given twice on its way (see cli/locate.ts). */
type Locate = (pointer: string) => Place;

/** Each problem at its line: the lines `jsonld`, `plover` and `ninjs` print before their refusal. */
function problemLines(
  io: Io,
  display: string,
  problems: readonly (Problem & { column?: number })[],
  locate: Locate,
): void {
  for (const problem of problems) {
    const place = locate(problem.pointer);
    const message = problem.message + duplicateNote(place);
    errLine(io, issueLine(display, place.line, { ...problem, message }));
  }
}

/**
 * What `jsonld`, `plover` and `ninjs` say of an invalid document: the verdict first (a reader that
 * stops early, `| head`, still sees exit 1), each issue at its line in the file, then what was not
 * written. The line finder loads only here: a valid document's run starts without it. `firstLine`
 * is the line of the file where the document's text starts.
 *
 * @example
 * ```ts
 * if (!result.ok) return refuseDocument(io, display, text, result.issues, "PLOVER records");
 * ```
 */
export async function refuseDocument(
  io: Io,
  display: string,
  text: string,
  issues: readonly Issue[],
  instead: string,
  firstLine = 1,
): Promise<number> {
  io.verdict?.(EXIT.invalid);
  const { memberLocator } = await import("./locate.js");
  // The document's text starts at its record's first line (blank lines may come before it).
  const locate = memberLocator(text);
  problemLines(io, display, issues, (pointer) => {
    const place = locate(pointer);
    return { ...place, line: firstLine + place.line - 1 };
  });
  errLine(io, refusedLine(display, issues.length, instead));
  return EXIT.invalid;
}

/** Where a document of a feed stands: its record's first line and text, and its pointer in the record. */
export interface FeedPlace {
  /** The 1-based line where the record starts. */
  readonly line: number;
  /** The record's text ("" for a record that could not be read). */
  readonly text: string;
  /** The document's pointer in its record: `/3` for an array's fourth item, else "". */
  readonly prefix: string;
}

/**
 * What `plover` and `ninjs` say of an invalid document in a feed (NDJSON or an array), which goes
 * on: the verdict, each problem at its line (with the document's pointer before its own, as
 * `validate` shows an array's items), then that this document was not written, at its line.
 *
 * @example
 * ```ts
 * await refuseInFeed(io, "feed.ndjson", { line: 7, text, prefix: "" }, result.issues, "ninjs");
 * // feed.ndjson:7: /language: …
 * // feed.ndjson:7: not a valid news document (1 issue); no ninjs written
 * ```
 * `unread`: the problems are a record's that could not be read (not JSON, over the size limit),
 * whose last line says so.
 */
export async function refuseInFeed(
  io: Io,
  display: string,
  place: FeedPlace,
  problems: readonly (Problem & { column?: number })[],
  instead: string,
  unread = false,
): Promise<void> {
  io.verdict?.(EXIT.invalid);
  // A one-line record (NDJSON) is its own line: the line finder loads only for one written over several.
  let locate: Locate = () => ({ line: place.line });
  if (place.text.includes("\n")) {
    const { memberLocator } = await import("./locate.js");
    const inRecord = memberLocator(place.text);
    locate = (pointer) => {
      const found = inRecord(pointer);
      return { ...found, line: place.line + found.line - 1 };
    };
  }
  const lineOf = (pointer: string) => locate(pointer).line;
  const placed = problems.map((problem) => ({ ...problem, pointer: `${place.prefix}${problem.pointer}` }));
  problemLines(io, display, placed, locate);
  // A record that is not JSON (or too large to read) is no document at all, valid or not.
  const at = `${display}:${lineOf(place.prefix)}`;
  errLine(
    io,
    unread
      ? escapeControls(`${at}: could not be read; no ${instead} written`)
      : refusedLine(at, problems.length, instead),
  );
}
