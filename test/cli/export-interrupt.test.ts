import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";

// Ctrl-C (SIGINT) or SIGTERM during `export` removes what it wrote, as a failure does, and says so
// in one line (a fifth trial, round 21): it left 30 `.partial` files, said nothing, and a second
// run refused the folder as not empty. The input is a FIFO the test holds open, so the export is
// still writing when the signal comes, whatever the machine's speed.

const dir = mkdtempSync(join(tmpdir(), "news-events-interrupt-"));
const line = `${JSON.stringify(canonicalDocument())}\n`;

/** Resolves once `check` holds, looking again every 20 ms (no timing asserted). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Runs export from a FIFO, sends `signal` once its output files are open, and gives what it did. */
async function interrupted(name: string, signal: "SIGINT" | "SIGTERM", out: string) {
  const fifo = join(dir, `${name}.ndjson`);
  expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
  const child = spawn(process.execPath, [repoPath("dist/cli.cjs"), "export", fifo, "--format", "csv", "--out", out], {
    env: { ...process.env, NEWS_EVENTS_DEBUG: "" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const writer = createWriteStream(fifo);
  writer.on("error", () => {});
  writer.write(line.repeat(20));
  await until(
    () => existsSync(out) && readdirSync(out, { recursive: true }).some((f) => String(f).endsWith(".partial")),
  );
  child.kill(signal);
  const code = await exited;
  writer.destroy();
  return { code, stderr };
}

describe("export stopped by a signal removes what it wrote and says so", () => {
  test.each<["SIGINT" | "SIGTERM", number, boolean]>([
    ["SIGINT", 130, false],
    ["SIGTERM", 143, false],
    ["SIGINT", 130, true],
  ])("%s (exit %i), --out existed before: %s", async (signal, exit, existed) => {
    const out = join(dir, `out-${signal}-${existed}`);
    if (existed) mkdirSync(out);
    const run = await interrupted(`${signal}-${existed}`, signal, out);
    expect(run.stderr).toBe(`news-events: interrupted; nothing written to ${out}\n`);
    expect(run.code).toBe(exit);
    // The folder it made is gone; the user's own folder is kept, empty, ready for the next run.
    expect(existsSync(out) ? readdirSync(out) : "removed").toEqual(existed ? [] : "removed");
  });
});
