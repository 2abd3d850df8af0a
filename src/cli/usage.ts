/** A mistake in how the command was called, or a file that cannot be read: one line, exit 2. */
export class UsageError extends Error {
  override readonly name: string = "UsageError";
}

/**
 * A user's file that is no readable document (empty, not JSON, not UTF-8, over the record limit):
 * invalid data, not a mistake in the command line, so exit 1, as `validate` counts such a record
 * invalid. One line at the file's line (and column), without the `news-events:` of a usage error.
 */
export class InvalidInputError extends UsageError {
  override readonly name = "InvalidInputError";
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
  /**
   * Told, before the lines that show it are written, that the run's exit code is now at least
   * `code` (an invalid record found): what the program ends with when the reader closes the pipe
   * (`news-events validate feed.ndjson | head`), since the rest of the run will not be seen.
   */
  readonly verdict?: (code: number) => void;
  /**
   * Says that the run's product is not its output but files (`export`): a reader that closes the
   * pipe early (`news-events export feed --out t | head`) then no longer ends the run, which would
   * leave the tables half written; the rest of the output is dropped and the run finishes.
   */
  readonly finishWhenClosed?: () => void;
}

export const HELP = {
  main: `Usage: news-events <command> [options]

Commands:
  validate [FILE...|-]   Validate news documents, events, arrays of them, or NDJSON
  jsonld [FILE|-]        Print a document's schema.org JSON-LD (or its script tag)
  check PATH...          Check the JSON-LD of HTML pages, directories of them, or JSON-LD files
  init [--kind K] [FILE]  Write a valid starter document (article, meeting, coup, partnership)
                         or, with --from-ninjs ITEM, a starter from an IPTC ninjs item
                         (--from-plover RECORD: from a PLOVER event record)
  ninjs [DOC|-]          Print a document as an IPTC ninjs 3.1 item (--version 2.2); a feed
                         of documents (NDJSON or an array) as one item a line
  plover [DOC|-]         Print the events of a document or a feed as PLOVER records (NDJSON)
  rebase DOC --body NEW  Re-place evidence spans after the article text was edited
  export PATH... --format parquet|csv --out DIR
                         Write documents and feeds as tables (docs/tables.md)
  find DOC "words"       Print where words stand in the body, as an evidence span to paste
  example                Print the canonical example document
  schema [NAME]          Print a JSON Schema, or list them
  kinds build FILE... --out DIR  Compile your own event kinds' schemas into validators and types

Options:
  -h, --help             Show help (also after a command)
  -v, --version          Show the version

Exit codes: 0 all valid, 1 something invalid, 2 usage or I/O error.`,
  validate: `Usage: news-events validate [FILE...|-] [--format text|json] [--max-record-bytes SIZE] [--jobs N|auto] [--kinds DIR]

Validates JSON documents, single events, arrays of either, or NDJSON (one per line), from files
or standard input (- or no FILE). NDJSON is streamed; memory stays within the record limit.
  --max-record-bytes SIZE   the longest NDJSON line or whole-file document read (default 32M);
                            a longer one counts as one invalid record
  --jobs N|auto             judge NDJSON in regular files on N worker threads (1 to 64); auto,
                            the default, uses up to 4 cores for files of 32 MiB or more; the
                            report is the same, in the same order, whatever N
  --kinds DIR               also accept the event kinds built into DIR by news-events kinds
                            build (docs/custom-kinds.md)

Prints one line per problem, FILE:LINE: /pointer: message, then "N valid, M invalid".
  --format json             one JSON report instead, in the shape of check --format json:
                            each issue's code, pointer, message, params, file and line
                            (docs/validation.md)
Exit 0 when all are valid, 1 when some are invalid, 2 for usage or I/O errors.`,
  jsonld: `Usage: news-events jsonld [FILE|-] [--script] [--compact] [--no-corrections] [--rating RATING=WORDS] [--check [--rule ID=LEVEL]] [--kinds DIR] [--max-record-bytes SIZE]

Prints the schema.org JSON-LD of a news document (pretty-printed unless --compact).
  --script           print the safe <script type="application/ld+json"> element instead
  --compact          one line
  --no-corrections   state only what the article states (no verified corrections)
  --rating R=WORDS   a rating in the document's language, repeatable: --rating wrong=Faux
                     (a ClaimReview needs its rating in words; ours are English)
  --check            run the checker; exit 1 when it reports errors
  --rule ID=LEVEL    with --check, a rule's severity: off, note, warning or error
                     (repeatable; the rules: docs/jsonld-and-seo.md)
  --kinds DIR        the document may use the event kinds built into DIR by news-events
                     kinds build (docs/custom-kinds.md)

An invalid document gets its validation issues and exit 1, not a graph.`,
  check: `Usage: news-events check PATH... [--format text|json] [--verbose] [--max-findings N] [--max-record-bytes SIZE] [--rule ID=LEVEL] [--require-article] [--articles GLOB] [--exclude GLOB]

Checks HTML pages (every application/ld+json block of a page together, and its
<link rel="canonical">) or JSON-LD files against Google's Article rules, the schema.org 30.0
vocabulary and graph integrity. A directory is searched for *.html and *.htm files. A .html
or .htm file is a page, a .json or .jsonld file JSON-LD, anything else (-) told by its first
characters. Pages are streamed.
Prints FILE:LINE: severity rule /pointer: message, a summary per file when there are several,
then "N errors, M warnings, K notes".
  --format json             one JSON report instead (docs/jsonld-and-seo.md)
  --verbose                 also print notes (pending schema.org terms)
  --max-findings N          findings printed per file (default 200); the rest are counted
  --max-record-bytes SIZE   the most JSON-LD read per file (default 32M)
  --rule ID=LEVEL           a rule's severity: off, note, warning or error (repeatable;
                            the rules: docs/jsonld-and-seo.md)
  --require-article         every page must hold an article (else a page is checked only
                            for what it holds, and one without JSON-LD is a note)
  --articles GLOB           pages whose path matches must hold an article (repeatable;
                            ** any directories, * any name part; a glob that matches
                            no page checked is an error)
  --exclude GLOB            pages whose path matches are not checked (repeatable)
Across pages, nodes with the same @id whose properties differ are reported with both pages,
and a summary per page kind (article, event, fact-check, other, none) is printed.
Exit 1 when there are errors, 2 when a file cannot be read.`,
  init: `Usage: news-events init [--kind article|meeting|coup|partnership | --from-ninjs ITEM | --from-plover RECORD] [FILE] [--max-record-bytes SIZE]

Writes a valid starter document with example.org values to replace, and a "$schema" line that
gives editors completion and hovers for every field: written to FILE, the installed package's
schema, relative to FILE; without FILE (or with -), printed with the published schema's URL.
With --from-ninjs, the starter holds what the IPTC ninjs item carries; stderr lists what it
still needs and what had no place; --from-plover does the same for a PLOVER event record (its
sentence as the body, its actors, event and counts with their evidence). An existing FILE is
never overwritten.`,
  ninjs: `Usage: news-events ninjs [DOC|-] [--version 3.1|2.2] [--kinds DIR] [--max-record-bytes SIZE]

Prints the document as an IPTC ninjs ("News in JSON") item, 3.1 by default. DOC may also be a
feed of documents, NDJSON (one a line) or a JSON array: then each is printed as one compact item
a line (NDJSON), in feed order; one document is printed pretty. An invalid document gets its
validation issues at their lines and exit 1, not an item; in a feed, the valid ones are still
printed. With --kinds DIR the documents may use the event kinds built into DIR by news-events
kinds build (docs/custom-kinds.md). The mapping: docs/ninjs.md.`,
  plover: `Usage: news-events plover [DOC|-] [--kinds DIR] [--max-record-bytes SIZE]

Prints one PLOVER event record per event of the document, one JSON object a line (NDJSON): its
type, mode and context, source and target actors, date, place and counts. DOC may also be a feed
of documents, NDJSON (one a line) or a JSON array: the records of each, in feed order. An invalid
document gets its validation issues at their lines and exit 1; in a feed, the valid ones' records
are still printed. With --kinds DIR the documents may use the event kinds built into DIR by
news-events kinds build: an event of such a kind is a general event, with the PLOVER type its
plover term gives (docs/custom-kinds.md). The mapping and what it loses: docs/plover.md.`,
  rebase: `Usage: news-events rebase DOC --body NEW.txt [--write] [--drop-lost] [--kinds DIR] [--max-record-bytes SIZE]

Re-places every evidence span of DOC in the edited article text NEW.txt: each span's words are
looked up there, nearest to their old place. Prints what moved and what was lost on stderr, and
the updated document on stdout (--write updates DOC instead, only when nothing was lost, or with
--drop-lost, which removes the lost spans and lists them). Only the body, the moved offsets and
the dropped spans change: every other byte of DOC stays as it was. NEW.txt is read as UTF-8; its
CRLF line breaks become \\n and its final line break is dropped when the body has none (said on
stderr). Exit 1 when a span is lost (its words are gone, or occur twice equally near).
  --kinds DIR   DOC may use the event kinds built into DIR by news-events kinds build
                (docs/custom-kinds.md)`,
  find: `Usage: news-events find DOC "words" [--occurrence N | --after OFFSET] [--max-record-bytes SIZE]

Prints where the words stand in DOC's body as an evidence span to paste:
{"start":…,"end":…,"text":"…"}. Words found several times list every occurrence and exit 1 until
--occurrence or --after chooses one; words not in the body exit 1 and say so.`,
  export: `Usage: news-events export FILE|DIR... --format parquet|csv --out DIR [--partition year] [--row-group N] [--jobs N|auto] [--kinds DIR] [--max-record-bytes SIZE]

Writes the documents (and events) of files, directories (their .json, .ndjson and .jsonl files)
or standard input (-) as tables: one file per table (articles, events, participants, dates…;
docs/tables.md) in DIR, which must be empty or new. NDJSON is streamed in constant memory.
  --partition year   Parquet (or CSV) in Hive-style folders TABLE/year=2023/, by the year the
                     document's main event began (else the year it was published)
  --row-group N      Parquet rows per row group (default 10000)
  --jobs N|auto      worker threads that read an NDJSON file's records into rows while the
                     main thread writes (auto: 1; more pays on idle cores only)
  --kinds DIR        documents may use the kinds built there (news-events kinds build)
Invalid records are reported as validate reports them and left out; the last line says how many.
Exit 0 when all were exported, 1 when some were left out, 2 for usage or I/O errors.`,
  example: `Usage: news-events example

Prints the canonical example document (Burkina Faso and Russia, November 2023).`,
  schema: `Usage: news-events schema [NAME]

Without NAME, lists the JSON Schemas; with NAME (document, event, meeting, coup, partnership,
defs, event-base), prints that schema.`,
  kinds: `Usage: news-events kinds build KIND.schema.json... --out DIR

Compiles your own event kinds (JSON Schemas that extend the event base, see
docs/custom-kinds.md) into DIR/index.js, precompiled eval-free validators with what the
document checks and JSON-LD need, and DIR/index.d.ts, their TypeScript types. Then
validate with createValidator({ kinds }) or news-events validate --kinds DIR, and make
JSON-LD with toJsonLd(doc, { kinds }) or news-events jsonld --kinds DIR.
Needs ajv and json-schema-to-typescript in your project (npm i -D ajv json-schema-to-typescript).`,
} as const;
