import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { errLine } from "./output.js";
import { DEFAULT_MAX_RECORD_BYTES } from "./records.js";
import { EXIT, HELP, parseByteSize, UsageError, type Io } from "./usage.js";
import { describeThrown } from "../core/error.js";
import type { RuleSeverities } from "../check/context.js";

// Each command's module is loaded when it runs: `validate` on a feed starts without the HTML
// parser, the checker's vocabulary, the JSON-LD builder or the example documents.

const COMMANDS = ["validate", "jsonld", "check", "example", "schema", "init", "rebase", "ninjs"] as const;
type Command = (typeof COMMANDS)[number];

/** schemas/ sits beside dist/ in the package and beside src/ in the repository. */
function schemaDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "schemas");
}

/** The `--max-record-bytes` option, shared by the commands that read records. */
const RECORD_LIMIT = { "max-record-bytes": { type: "string" } } as const;

function recordLimit(values: Record<string, unknown>): number {
  const text = values["max-record-bytes"];
  return typeof text === "string" ? parseByteSize("--max-record-bytes", text) : DEFAULT_MAX_RECORD_BYTES;
}

function parse(args: readonly string[], options: ParseArgsConfig["options"], allowPositionals: boolean) {
  try {
    return parseArgs({
      args: [...args],
      options: { help: { type: "boolean", short: "h" }, ...options },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    // node:util reports unknown options and stray arguments as TypeErrors with a code.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}

async function runCommand(command: Command, args: readonly string[], io: Io): Promise<number> {
  switch (command) {
    case "validate": {
      const { values, positionals } = parse(
        args,
        { ...RECORD_LIMIT, jobs: { type: "string" }, format: { type: "string" } },
        true,
      );
      if (values.help) return help(io, "validate");
      const { jobs, format = "text" } = values as Record<string, unknown>;
      if (jobs !== undefined && jobs !== "auto" && !/^([1-9]|[1-5][0-9]|6[0-4])$/.test(String(jobs)))
        throw new UsageError(`--jobs takes auto or a whole number from 1 to 64 (got "${String(jobs)}")`);
      if (format !== "text" && format !== "json")
        throw new UsageError(`--format must be text or json (got "${String(format)}")`);
      const { validateCommand } = await import("./validate-command.js");
      return validateCommand(
        positionals,
        {
          maxRecordBytes: recordLimit(values),
          jobs: jobs === undefined || jobs === "auto" ? "auto" : Number(jobs),
          format,
        },
        io,
      );
    }
    case "jsonld": {
      const { values, positionals } = parse(
        args,
        {
          script: { type: "boolean" },
          compact: { type: "boolean" },
          "no-corrections": { type: "boolean" },
          check: { type: "boolean" },
          ...RECORD_LIMIT,
        },
        true,
      );
      if (values.help) return help(io, "jsonld");
      if (positionals.length > 1) throw new UsageError(`jsonld takes one FILE (got ${positionals.length})`);
      const flags = values as Record<string, unknown>;
      const { jsonldCommand } = await import("./jsonld-command.js");
      return jsonldCommand(
        positionals[0] ?? "-",
        {
          script: flags["script"] === true,
          compact: flags["compact"] === true,
          corrections: flags["no-corrections"] !== true,
          check: flags["check"] === true,
          maxRecordBytes: recordLimit(values),
        },
        io,
      );
    }
    case "check": {
      const { values, positionals } = parse(
        args,
        {
          ...RECORD_LIMIT,
          "max-findings": { type: "string" },
          format: { type: "string" },
          verbose: { type: "boolean" },
          rule: { type: "string", multiple: true },
        },
        true,
      );
      if (values.help) return help(io, "check");
      const rules = await ruleSettings((values as Record<string, unknown>)["rule"] as string[] | undefined);
      if (positionals.length === 0)
        throw new UsageError("check takes one or more FILEs or directories (HTML pages or JSON-LD files)");
      const flags = values as Record<string, unknown>;
      const maxFindings = flags["max-findings"];
      if (maxFindings !== undefined && !/^(0|[1-9][0-9]{0,8})$/.test(String(maxFindings)))
        throw new UsageError(`--max-findings takes a whole number (got "${String(maxFindings)}")`);
      const format = flags["format"] ?? "text";
      if (format !== "text" && format !== "json")
        throw new UsageError(`--format must be text or json (got "${String(format)}")`);
      const { checkCommand } = await import("./check-command.js");
      return checkCommand(
        positionals,
        {
          maxRecordBytes: recordLimit(values),
          format,
          verbose: flags["verbose"] === true,
          ...(maxFindings !== undefined ? { maxFindings: Number(maxFindings) } : {}),
          ...(rules !== undefined ? { rules } : {}),
        },
        io,
      );
    }
    case "init": {
      const { values, positionals } = parse(args, { kind: { type: "string" }, "from-ninjs": { type: "string" } }, true);
      if (values.help) return help(io, "init");
      if (positionals.length > 1) throw new UsageError(`init takes at most one FILE (got ${positionals.length})`);
      const flags = values as Record<string, unknown>;
      if (flags["kind"] !== undefined && flags["from-ninjs"] !== undefined)
        throw new UsageError("init takes --kind or --from-ninjs, not both");
      const fromNinjs = flags["from-ninjs"];
      const { initCommand } = await import("./authoring-commands.js");
      return initCommand(
        { kind: String(flags["kind"] ?? "article"), ...(typeof fromNinjs === "string" ? { fromNinjs } : {}) },
        positionals[0],
        io,
      );
    }
    case "ninjs": {
      const { values, positionals } = parse(args, { version: { type: "string" } }, true);
      if (values.help) return help(io, "ninjs");
      if (positionals.length > 1) throw new UsageError(`ninjs takes one DOC (got ${positionals.length})`);
      const { ninjsCommand } = await import("./authoring-commands.js");
      return ninjsCommand(positionals[0] ?? "-", String((values as Record<string, unknown>)["version"] ?? "3.1"), io);
    }
    case "rebase": {
      const { values, positionals } = parse(args, { body: { type: "string" }, write: { type: "boolean" } }, true);
      if (values.help) return help(io, "rebase");
      const flags = values as Record<string, unknown>;
      if (positionals.length !== 1 || positionals[0] === undefined)
        throw new UsageError("rebase takes one DOC (a news document)");
      if (typeof flags["body"] !== "string")
        throw new UsageError("rebase needs --body NEW.txt, the edited article text");
      const { rebaseCommand } = await import("./authoring-commands.js");
      return rebaseCommand(positionals[0], flags["body"], flags["write"] === true, io);
    }
    case "example": {
      const { values } = parse(args, {}, false);
      if (values.help) return help(io, "example");
      const { burkinaFasoRussia } = await import("../examples/index.js");
      io.stdout(`${JSON.stringify(burkinaFasoRussia, null, 2)}\n`);
      return EXIT.ok;
    }
    case "schema": {
      const { values, positionals } = parse(args, {}, true);
      if (values.help) return help(io, "schema");
      const names = readdirSync(schemaDir())
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.slice(0, -5))
        .sort();
      const [name] = positionals;
      if (name === undefined) {
        io.stdout(`${names.join("\n")}\n`);
        return EXIT.ok;
      }
      const file = name.replace(/\.json$/, "");
      if (!names.includes(file)) throw new UsageError(`no schema "${name}"; one of ${names.join(", ")}`);
      io.stdout(readFileSync(join(schemaDir(), `${file}.json`), "utf8"));
      return EXIT.ok;
    }
  }
}

/** `--rule ID=off|note|warning|error`, repeatable, checked against the checker's rules (loaded only then). */
async function ruleSettings(given: readonly string[] | undefined): Promise<RuleSeverities | undefined> {
  if (given === undefined) return undefined;
  const { ruleById } = await import("../check/rules/index.js");
  const settings: Record<string, string> = {};
  for (const text of given) {
    const [, id = "", level = ""] = /^([^=]*)=(.*)$/.exec(text) ?? [];
    if (ruleById(id) === undefined)
      throw new UsageError(
        `--rule takes ID=off|note|warning|error with a rule id (got "${text}"; see docs/jsonld-and-seo.md)`,
      );
    if (!["off", "note", "warning", "error"].includes(level))
      throw new UsageError(`--rule ${id} takes off, note, warning or error (got "${level}")`);
    settings[id] = level;
  }
  return settings as RuleSeverities;
}

function help(io: Io, topic: keyof typeof HELP): number {
  io.stdout(`${HELP[topic]}\n`);
  return EXIT.ok;
}

/**
 * Runs the command line. Returns the exit code; a user's mistake is one line on stderr and exit
 * 2, never a stack trace.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === "-h" || first === "--help" || first === "help") return help(io, "main");
    if (first === "-v" || first === "--version") {
      io.stdout(`${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (!(COMMANDS as readonly string[]).includes(first))
      throw new UsageError(`unknown command "${first}"; one of ${COMMANDS.join(", ")} (see --help)`);
    return await runCommand(first as Command, rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      errLine(io, `news-events: ${error.message}`);
      return EXIT.usage;
    }
    const debug = process.env["NEWS_EVENTS_DEBUG"] === "1";
    errLine(
      io,
      `news-events: internal error: ${describeThrown(error)}${debug ? "" : " (set NEWS_EVENTS_DEBUG=1 for details)"}`,
    );
    if (debug && error instanceof Error) io.stderr(`${error.stack ?? ""}\n`);
    return EXIT.usage;
  }
}

const io: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  stdin: process.stdin,
};

// A closed pipe (news-events validate big.ndjson | head) is not an error; any other failure to
// write the output (a full disk: > /dev/full) is, and must not end in exit 0.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`news-events: cannot write the output (${error.code ?? describeThrown(error)})\n`);
  process.exit(EXIT.usage);
});

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
