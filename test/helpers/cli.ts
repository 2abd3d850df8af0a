import { spawnSync } from "node:child_process";
import { repoPath } from "./fixtures.js";

/** What one run of the built CLI did. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs dist/cli.cjs (built by `npm test` before the tests) with arguments and optional stdin. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [repoPath("dist/cli.cjs"), ...args], {
    input: options.input ?? "",
    cwd: options.cwd ?? repoPath("."),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NEWS_EVENTS_DEBUG: "" },
    // A run that never ends (a reader that waits for the end of /dev/zero) fails its test, killed,
    // rather than holding the suite: spawnSync blocks the test runner's own timeout.
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** True when the output holds a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]\d+/m.test(text) || /\n\s*at (?:async )?\w/.test(text);
}
