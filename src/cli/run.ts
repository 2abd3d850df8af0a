/** The command line as a function: arguments and an {@link Io} in, an exit code out, nothing global. */
import packageJson from "../../package.json" with { type: "json" };
import { COMMANDS, type Command, type Parsed } from "./commands.js";
import { errLine } from "./output.js";
import { EXIT, HELP, InvalidInputError, UsageError, type Io } from "./usage.js";
import { describeThrown } from "../core/error.js";

// From the module itself: an import of node:util also loads the MIME and abort-signal modules its
// other exports need (about 1.5 ms of every start, npm run bench figure 5).
const { parseArgs } = process.getBuiltinModule("node:util");

/** A command's arguments, parsed by its own options (and `--help`); a mistake is a UsageError. */
function parse(command: Command, args: readonly string[]): Parsed & { help: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { help: { type: "boolean", short: "h" }, ...command.options },
      allowPositionals: command.positionals,
      strict: true,
    });
    return { flags: values, positionals, help: values["help"] === true };
  } catch (error) {
    // node:util reports unknown options and stray arguments as TypeErrors with a code; its lines
    // become one (a usage error is one line, and a line break would be shown escaped).
    const message = (error as Error).message
      .replace(/\. To specify a positional argument.*$/s, "")
      .split("\n")
      .map((line) => line.trim())
      .join(" ");
    throw new UsageError(message);
  }
}

/** Prints a help text; exit 0. */
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
    const command = COMMANDS.find((c) => c.name === first);
    if (command === undefined)
      throw new UsageError(`unknown command "${first}"; one of ${COMMANDS.map((c) => c.name).join(", ")} (see --help)`);
    const parsed = parse(command, rest);
    return parsed.help ? help(io, command.name) : await command.run(parsed, io);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      io.verdict?.(EXIT.invalid);
      errLine(io, error.message);
      return EXIT.invalid;
    }
    if (error instanceof UsageError) {
      errLine(io, `news-events: ${error.message}`);
      return EXIT.usage;
    }
    const debug = io.env["NEWS_EVENTS_DEBUG"] === "1";
    errLine(
      io,
      `news-events: internal error: ${describeThrown(error)}${debug ? "" : " (set NEWS_EVENTS_DEBUG=1 for details)"}`,
    );
    if (debug && error instanceof Error) io.stderr(`${error.stack ?? ""}\n`);
    return EXIT.usage;
  }
}
