/**
 * The command table: each command's options and the handler that parses its arguments, side by
 * side. Each command's module is loaded when it runs: `validate` on a feed starts without the HTML
 * parser, the checker's vocabulary, the JSON-LD builder or the example documents.
 */
import type { ParseArgsConfig } from "node:util";
import { format, RECORD_LIMIT, recordLimit, RULE, ruleSettings, wholeNumber, type Parsed } from "./options.js";
import { EXIT, HELP, UsageError, type Io } from "./usage.js";

export type { Parsed } from "./options.js";

/** One command: its options (`--help` is added to every one), whether it takes arguments, its handler. */
export interface Command {
  readonly name: keyof typeof HELP;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  readonly positionals: boolean;
  readonly run: (parsed: Parsed, io: Io) => Promise<number>;
}

const validate: Command = {
  name: "validate",
  options: { ...RECORD_LIMIT, jobs: { type: "string" }, format: { type: "string" }, kinds: { type: "string" } },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    const jobs = flags["jobs"];
    if (jobs !== undefined && jobs !== "auto" && !/^([1-9]|[1-5][0-9]|6[0-4])$/.test(String(jobs)))
      throw new UsageError(`--jobs takes auto or a whole number from 1 to 64 (got "${String(jobs)}")`);
    const options = {
      format: format(flags),
      maxRecordBytes: recordLimit(flags),
      jobs: jobs === undefined || jobs === "auto" ? ("auto" as const) : Number(jobs),
      ...(typeof flags["kinds"] === "string" ? { kinds: flags["kinds"] } : {}),
    };
    const { validateCommand } = await import("./validate-command.js");
    return validateCommand(positionals, options, io);
  },
};

const jsonld: Command = {
  name: "jsonld",
  options: {
    script: { type: "boolean" },
    compact: { type: "boolean" },
    "no-corrections": { type: "boolean" },
    rating: { type: "string", multiple: true },
    check: { type: "boolean" },
    kinds: { type: "string" },
    ...RULE,
    ...RECORD_LIMIT,
  },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    const rules = await ruleSettings(flags["rule"]);
    if (positionals.length > 1) throw new UsageError(`jsonld takes one FILE (got ${positionals.length})`);
    if (rules !== undefined && flags["check"] !== true) throw new UsageError("--rule goes with --check");
    const { jsonldCommand } = await import("./jsonld-command.js");
    const options = {
      script: flags["script"] === true,
      compact: flags["compact"] === true,
      corrections: flags["no-corrections"] !== true,
      ...(Array.isArray(flags["rating"]) ? { rating: flags["rating"] as string[] } : {}),
      check: flags["check"] === true,
      maxRecordBytes: recordLimit(flags),
      ...(rules !== undefined ? { rules } : {}),
      ...(typeof flags["kinds"] === "string" ? { kinds: flags["kinds"] } : {}),
    };
    return jsonldCommand(positionals[0] ?? "-", options, io);
  },
};

const check: Command = {
  name: "check",
  options: {
    ...RECORD_LIMIT,
    "max-findings": { type: "string" },
    format: { type: "string" },
    verbose: { type: "boolean" },
    "require-article": { type: "boolean" },
    articles: { type: "string", multiple: true },
    exclude: { type: "string", multiple: true },
    ...RULE,
  },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    const rules = await ruleSettings(flags["rule"]);
    const globs = (name: string) => (Array.isArray(flags[name]) ? { [name]: flags[name] as string[] } : {});
    if (positionals.length === 0)
      throw new UsageError("check takes one or more FILEs or directories (HTML pages or JSON-LD files)");
    const maxFindings = flags["max-findings"];
    if (maxFindings !== undefined && !/^(0|[1-9][0-9]{0,8})$/.test(String(maxFindings)))
      throw new UsageError(`--max-findings takes a whole number (got "${String(maxFindings)}")`);
    const options = {
      format: format(flags),
      maxRecordBytes: recordLimit(flags),
      verbose: flags["verbose"] === true,
      requireArticle: flags["require-article"] === true,
      ...globs("articles"),
      ...globs("exclude"),
      ...(maxFindings !== undefined ? { maxFindings: Number(maxFindings) } : {}),
      ...(rules !== undefined ? { rules } : {}),
    };
    const { checkCommand } = await import("./check-command.js");
    return checkCommand(positionals, options, io);
  },
};

const init: Command = {
  name: "init",
  options: {
    kind: { type: "string" },
    "from-ninjs": { type: "string" },
    "from-plover": { type: "string" },
    ...RECORD_LIMIT,
  },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    if (positionals.length > 1) throw new UsageError(`init takes at most one FILE (got ${positionals.length})`);
    if (["kind", "from-ninjs", "from-plover"].filter((k) => flags[k] !== undefined).length > 1)
      throw new UsageError("init takes one of --kind, --from-ninjs and --from-plover");
    const fromPlover = flags["from-plover"];
    if (typeof fromPlover === "string") {
      const { initFromPloverCommand } = await import("./plover-command.js");
      return initFromPloverCommand(fromPlover, positionals[0], io, recordLimit(flags));
    }
    const fromNinjs = flags["from-ninjs"];
    const { initCommand } = await import("./authoring-commands.js");
    const options = {
      kind: String(flags["kind"] ?? "article"),
      ...(typeof fromNinjs === "string" ? { fromNinjs } : {}),
      maxRecordBytes: recordLimit(flags),
    };
    return initCommand(options, positionals[0], io);
  },
};

const ninjs: Command = {
  name: "ninjs",
  options: { version: { type: "string" }, kinds: { type: "string" }, ...RECORD_LIMIT },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    if (positionals.length > 1) throw new UsageError(`ninjs takes one DOC (got ${positionals.length})`);
    const { ninjsCommand } = await import("./authoring-commands.js");
    const options = {
      version: String(flags["version"] ?? "3.1"),
      maxRecordBytes: recordLimit(flags),
      kinds: typeof flags["kinds"] === "string" ? flags["kinds"] : undefined,
    };
    return ninjsCommand(positionals[0] ?? "-", options, io);
  },
};

const plover: Command = {
  name: "plover",
  options: { kinds: { type: "string" }, ...RECORD_LIMIT },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    if (positionals.length > 1) throw new UsageError(`plover takes one DOC (got ${positionals.length})`);
    const { ploverCommand } = await import("./plover-command.js");
    const kinds = typeof flags["kinds"] === "string" ? flags["kinds"] : undefined;
    return ploverCommand(positionals[0] ?? "-", io, recordLimit(flags), kinds);
  },
};

const rebase: Command = {
  name: "rebase",
  options: {
    body: { type: "string" },
    write: { type: "boolean" },
    "drop-lost": { type: "boolean" },
    kinds: { type: "string" },
    ...RECORD_LIMIT,
  },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    const [file] = positionals;
    if (positionals.length !== 1 || file === undefined) throw new UsageError("rebase takes one DOC (a news document)");
    const body = flags["body"];
    if (typeof body !== "string") throw new UsageError("rebase needs --body NEW.txt, the edited article text");
    const { rebaseCommand } = await import("./authoring-commands.js");
    const options = {
      write: flags["write"] === true,
      dropLost: flags["drop-lost"] === true,
      maxRecordBytes: recordLimit(flags),
      ...(typeof flags["kinds"] === "string" ? { kinds: flags["kinds"] } : {}),
    };
    return rebaseCommand(file, body, options, io);
  },
};

const find: Command = {
  name: "find",
  options: { occurrence: { type: "string" }, after: { type: "string" }, ...RECORD_LIMIT },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    const [file, words] = positionals;
    if (positionals.length !== 2 || file === undefined || words === undefined)
      throw new UsageError('find takes DOC and the words to find: news-events find story.json "in Moscow"');
    const occurrence = wholeNumber(flags, "occurrence", 1);
    const after = wholeNumber(flags, "after", 0);
    if (occurrence !== undefined && after !== undefined)
      throw new UsageError("find takes --occurrence or --after, not both");
    const { findCommand } = await import("./find-command.js");
    const options = { ...(occurrence !== undefined ? { occurrence } : {}), ...(after !== undefined ? { after } : {}) };
    return findCommand(file, words, options, io, recordLimit(flags));
  },
};

const example: Command = {
  name: "example",
  options: {},
  positionals: false,
  run: async (_, io) => {
    const { burkinaFasoRussia } = await import("../examples/index.js");
    io.stdout(`${JSON.stringify(burkinaFasoRussia, null, 2)}\n`);
    return EXIT.ok;
  },
};

const schema: Command = {
  name: "schema",
  options: {},
  positionals: true,
  run: async ({ positionals }, io) => {
    const { schemaCommand } = await import("./schema-command.js");
    return schemaCommand(positionals, io);
  },
};

const kinds: Command = {
  name: "kinds",
  options: { out: { type: "string" } },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    const [action, ...files] = positionals;
    if (action !== "build")
      throw new UsageError(`kinds takes build (got ${action === undefined ? "nothing" : `"${action}"`})`);
    if (files.length === 0) throw new UsageError("kinds build takes one or more KIND.schema.json files");
    const out = flags["out"];
    if (typeof out !== "string") throw new UsageError("kinds build needs --out DIR, where index.js and index.d.ts go");
    const { kindsBuildCommand } = await import("./kinds-command.js");
    return kindsBuildCommand(files, out, io);
  },
};

const exportTables: Command = {
  name: "export",
  options: {
    ...RECORD_LIMIT,
    format: { type: "string" },
    out: { type: "string" },
    partition: { type: "string" },
    "row-group": { type: "string" },
    jobs: { type: "string" },
    kinds: { type: "string" },
  },
  positionals: true,
  run: async ({ flags, positionals }, io) => {
    const [fmt, out, partition, rowGroup] = ["format", "out", "partition", "row-group"].map((k) => flags[k]);
    // A flag left out is said to be missing, as --out's is: its value would show as "undefined".
    if (fmt === undefined) throw new UsageError("export needs --format parquet or csv, the tables' file format");
    if (fmt !== "parquet" && fmt !== "csv")
      throw new UsageError(`--format must be parquet or csv (got "${String(fmt)}")`);
    if (typeof out !== "string" || out === "")
      throw new UsageError("export needs --out DIR, where the tables are written");
    if (partition !== undefined && partition !== "year")
      throw new UsageError(`--partition takes year (got "${String(partition)}")`);
    if (rowGroup !== undefined && !/^[1-9][0-9]{0,6}$/.test(String(rowGroup)))
      throw new UsageError(`--row-group takes a whole number of rows from 1 to 9999999 (got "${String(rowGroup)}")`);
    const jobs = flags["jobs"];
    if (jobs !== undefined && jobs !== "auto" && !/^([1-9]|[1-5][0-9]|6[0-4])$/.test(String(jobs)))
      throw new UsageError(`--jobs takes auto or a whole number from 1 to 64 (got "${String(jobs)}")`);
    const { exportCommand } = await import("./export-command.js");
    const kinds = typeof flags["kinds"] === "string" ? flags["kinds"] : undefined;
    const options = {
      ...({ format: fmt, out, partition, maxRecordBytes: recordLimit(flags), kinds } as const),
      jobs: jobs === undefined || jobs === "auto" ? ("auto" as const) : Number(jobs),
    };
    return exportCommand(positionals, { ...options, ...(rowGroup ? { rowGroupSize: Number(rowGroup) } : {}) }, io);
  },
};

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  validate,
  jsonld,
  check,
  example,
  schema,
  init,
  rebase,
  find,
  ninjs,
  kinds,
  exportTables,
  plover,
];
