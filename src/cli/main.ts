/** The `news-events` program: the process's streams and environment, handed to {@link run}. */
import { run } from "./run.js";
import { processOutputEnd, processStream, stdWriters } from "./std-streams.js";
import type { Io } from "./usage.js";

// Node makes process.stdin, process.stdout and process.stderr at their first use, a stream each,
// and node:tty loads Node's stream modules (a few ms of every start, measured by npm run bench
// figure 5): output is written to the descriptors (std-streams.ts), and the rest is reached only
// when a command needs it. node:fs is loaded before any program.
const { writeSync } = process.getBuiltinModule("node:fs");
// A closed pipe (news-events validate big.ndjson | head) is not an error: the run ends with what it
// found before (an invalid feed cut by `| head` is not exit 0). Any other failure to write the
// output (a full disk: > /dev/full) is an error, and must not end in exit 0.
let verdict = 0;
let finishing = false;
const end = processOutputEnd(
  writeSync,
  () => verdict,
  () => finishing,
);
const { stdout, stderr } = stdWriters(writeSync, (fd) => processStream(fd, end), end);
let stderrIsTty: boolean | undefined;
const io: Io = {
  stdout,
  stderr,
  get stderrIsTty() {
    return (stderrIsTty ??= process.getBuiltinModule("node:tty").isatty(2));
  },
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  verdict: (code) => {
    verdict = Math.max(verdict, code);
  },
  finishWhenClosed: () => {
    finishing = true;
  },
};

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
