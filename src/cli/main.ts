/** The `news-events` program: the process's streams and environment, handed to {@link run}. */
import { isatty } from "node:tty";
import { describeThrown } from "../core/error.js";
import { run } from "./run.js";
import { EXIT, type Io } from "./usage.js";

// Node makes process.stdin and process.stderr at their first use, a stream each (a few ms of every
// start, measured by npm run bench figure 5): read only by the commands that need them.
let stderrIsTty: boolean | undefined;
const io: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  get stderrIsTty() {
    return (stderrIsTty ??= isatty(2));
  },
  get stdin() {
    return process.stdin;
  },
  env: process.env,
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
