/** The `news-events` program: the process's streams and environment, handed to {@link run}. */
import { run } from "./run.js";
import { outputWriter, processOutputEnd, stdoutStream } from "./stdout.js";
import type { Io } from "./usage.js";

// Node makes process.stdin, process.stdout and process.stderr at their first use, a stream each,
// and node:tty loads Node's stream modules (a few ms of every start, measured by npm run bench
// figure 5): each is reached only when a command needs it. node:fs is loaded before any program.
const { writeSync } = process.getBuiltinModule("node:fs");
let stderrIsTty: boolean | undefined;
const io: Io = {
  // A closed pipe (news-events validate big.ndjson | head) is not an error; any other failure to
  // write the output (a full disk: > /dev/full) is, and must not end in exit 0.
  stdout: outputWriter(1, writeSync, () => stdoutStream(processOutputEnd), processOutputEnd),
  stderr: (text) => process.stderr.write(text),
  get stderrIsTty() {
    return (stderrIsTty ??= process.getBuiltinModule("node:tty").isatty(2));
  },
  get stdin() {
    return process.stdin;
  },
  env: process.env,
};

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
