/** A mistake in how the command was called, or a file that cannot be read: one line, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError" as const;
}

/** Exit codes: 0 all valid, 1 something invalid, 2 usage or I/O error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * Reads a byte count from the command line: a whole number, optionally with K, M or G (powers of
 * 1024), e.g. 32M.
 *
 * @example
 * ```ts
 * parseByteSize("--max-record-bytes", "64M"); // => 67108864
 * ```
 */
export function parseByteSize(flag: string, text: string): number {
  const m = /^([1-9][0-9]{0,12})([KMG]?)i?B?$/i.exec(text.trim());
  const unit = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(m?.[2] ?? "").toUpperCase() as "" | "K" | "M" | "G"];
  const bytes = m ? Number(m[1]) * unit : Number.NaN;
  // V8 cannot hold a string much past 512 MiB: a larger record could not be parsed anyway.
  if (!Number.isSafeInteger(bytes) || bytes > 512 * 1024 ** 2)
    throw new UsageError(`${flag} takes a size from 1 byte to 512M, like 32M (got "${text}")`);
  return bytes;
}

/** Where the command writes; tests and the bench swap these. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress is shown only then). */
  readonly stderrIsTty: boolean;
  readonly stdin: NodeJS.ReadableStream;
  /** The environment (NEWS_EVENTS_DEBUG, NEWS_EVENTS_PROGRESS_AFTER_MS), read through here so that tests can set it. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const HELP = {
  main: `Usage: news-events <command> [options]

Commands:
  validate [FILE...|-]   Validate news documents, events, arrays of them, or NDJSON
  jsonld [FILE|-]        Print a document's schema.org JSON-LD (or its script tag)
  check PATH...          Check the JSON-LD of HTML pages, directories of them, or JSON-LD files
  init [--kind K] [FILE]  Write a valid starter document (article, meeting, coup, partnership)
                         or, with --from-ninjs ITEM, a starter from an IPTC ninjs item
  ninjs [DOC|-]          Print a document as an IPTC ninjs 3.1 item (--version 2.2)
  rebase DOC --body NEW  Re-place evidence spans after the article text was edited
  find DOC "words"       Print where words stand in the body, as an evidence span to paste
  example                Print the canonical example document
  schema [NAME]          Print a JSON Schema, or list them

Options:
  -h, --help             Show help (also after a command)
  -v, --version          Show the version

Exit codes: 0 all valid, 1 something invalid, 2 usage or I/O error.`,
  validate: `Usage: news-events validate [FILE...|-] [--format text|json] [--max-record-bytes SIZE] [--jobs N|auto]

Validates JSON documents, single events, arrays of either, or NDJSON (one per line), from files
or standard input (- or no FILE). NDJSON is streamed; memory stays within the record limit.
  --max-record-bytes SIZE   the longest NDJSON line or whole-file document read (default 32M);
                            a longer one counts as one invalid record
  --jobs N|auto             judge NDJSON in regular files on N worker threads (1 to 64); auto,
                            the default, uses up to 4 cores for files of 32 MiB or more; the
                            report is the same, in the same order, whatever N

Prints one line per problem, FILE:LINE: /pointer: message, then "N valid, M invalid".
  --format json             one JSON report instead, in the shape of check --format json:
                            each issue's code, pointer, message, params, file and line
                            (docs/validation.md)
Exit 0 when all are valid, 1 when some are invalid, 2 for usage or I/O errors.`,
  jsonld: `Usage: news-events jsonld [FILE|-] [--script] [--compact] [--no-corrections] [--check [--rule ID=LEVEL]] [--max-record-bytes SIZE]

Prints the schema.org JSON-LD of a news document (pretty-printed unless --compact).
  --script           print the safe <script type="application/ld+json"> element instead
  --compact          one line
  --no-corrections   state only what the article states (no verified corrections)
  --check            run the checker; exit 1 when it reports errors
  --rule ID=LEVEL    with --check, a rule's severity: off, note, warning or error
                     (repeatable; the rules: docs/jsonld-and-seo.md)

An invalid document gets its validation issues and exit 1, not a graph.`,
  check: `Usage: news-events check PATH... [--format text|json] [--verbose] [--max-findings N] [--max-record-bytes SIZE] [--rule ID=LEVEL]

Checks HTML pages (every application/ld+json block of a page together, and its
<link rel="canonical">) or JSON-LD files against Google's Article rules, the schema.org 30.0
vocabulary and graph integrity. A directory is searched for *.html files. Pages are streamed.
Prints FILE:LINE: severity rule /pointer: message, a summary per file when there are several,
then "N errors, M warnings, K notes".
  --format json             one JSON report instead (docs/jsonld-and-seo.md)
  --verbose                 also print notes (pending schema.org terms)
  --max-findings N          findings printed per file (default 200); the rest are counted
  --max-record-bytes SIZE   the most JSON-LD read per file (default 32M)
  --rule ID=LEVEL           a rule's severity: off, note, warning or error (repeatable;
                            the rules: docs/jsonld-and-seo.md)
Exit 1 when there are errors, 2 when a file cannot be read.`,
  init: `Usage: news-events init [--kind article|meeting|coup|partnership | --from-ninjs ITEM] [FILE]

Writes a valid starter document with example.org values to replace, and a "$schema" line that
gives editors completion and hovers for every field. Without FILE (or with -), prints it.
With --from-ninjs, the starter holds what the IPTC ninjs item carries; stderr lists what it
still needs and what had no place. An existing FILE is never overwritten.`,
  ninjs: `Usage: news-events ninjs [DOC|-] [--version 3.1|2.2]

Prints the document as an IPTC ninjs ("News in JSON") item, 3.1 by default. An invalid document
gets its validation issues and exit 1, not an item. The mapping: docs/ninjs.md.`,
  rebase: `Usage: news-events rebase DOC --body NEW.txt [--write] [--drop-lost]

Re-places every evidence span of DOC in the edited article text NEW.txt: each span's words are
looked up there, nearest to their old place. Prints what moved and what was lost on stderr, and
the updated document on stdout (--write updates DOC instead, only when nothing was lost, or with
--drop-lost, which removes the lost spans and lists them). Only the body, the moved offsets and
the dropped spans change: every other byte of DOC stays as it was. NEW.txt is read as UTF-8; its
CRLF line breaks become \n and its final line break is dropped when the body has none (said on
stderr). Exit 1 when a span is lost (its words are gone, or occur twice equally near).`,
  find: `Usage: news-events find DOC "words" [--occurrence N | --after OFFSET]

Prints where the words stand in DOC's body as an evidence span to paste:
{"start":…,"end":…,"text":"…"}. Words found several times list every occurrence and exit 1 until
--occurrence or --after chooses one; words not in the body exit 1 and say so.`,
  example: `Usage: news-events example

Prints the canonical example document (Burkina Faso and Russia, November 2023).`,
  schema: `Usage: news-events schema [NAME]

Without NAME, lists the JSON Schemas; with NAME (document, event, meeting, coup, partnership,
defs), prints that schema.`,
} as const;
