import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { outputWriter, type WriteSync } from "../../src/cli/stdout.js";
import { repoPath } from "../helpers/fixtures.js";

/** What a descriptor does at one write: take at most n bytes, or refuse with a system error code. */
type Step = number | "EAGAIN" | "EPIPE" | "ENOSPC";

/** A descriptor that follows `steps` (then takes everything), and what reached it and the fallback. */
function harness(steps: readonly Step[]) {
  const seen = { fd: [] as number[], fallback: [] as number[], fallbacksMade: 0, closed: 0, failed: [] as string[] };
  let call = 0;
  const writeSync: WriteSync = (fd, bytes, offset, length) => {
    expect(fd).toBe(1);
    const step = steps[call++] ?? Infinity;
    if (typeof step === "string") throw Object.assign(new Error(step), { code: step });
    const taken = Math.min(step, length);
    seen.fd.push(...bytes.subarray(offset, offset + taken));
    return taken;
  };
  const write = outputWriter(
    1,
    writeSync,
    () => (seen.fallbacksMade++, { write: (bytes) => void seen.fallback.push(...bytes) }),
    { closed: () => void seen.closed++, failed: (code) => void seen.failed.push(code) },
  );
  return { write, seen, bytes: () => Buffer.from([...seen.fd, ...seen.fallback]) };
}

describe("standard output: written to the descriptor until it refuses, then through the stream", () => {
  const cases: [name: string, steps: Step[], fd: string, fallback: string, closed: number, failed: string[]][] = [
    ["a descriptor that takes everything", [], "héllo\nwörld\n", "", 0, []],
    ["partial writes are continued", [2, 1, 3], "héllo\nwörld\n", "", 0, []],
    ["a refusal sends the rest, and every later write, to the stream", [4, "EAGAIN"], "hél", "lo\nwörld\n", 0, []],
    ["a refusal at the first byte", ["EAGAIN"], "", "héllo\nwörld\n", 0, []],
    ["a closed pipe ends the output quietly", ["EPIPE"], "", "", 1, []],
    ["a full disk is a failure, named", [3, "ENOSPC"], "hé", "", 0, ["ENOSPC"]],
  ];
  test.each(cases)("%s", (_name, steps, fd, fallback, closed, failed) => {
    const { write, seen } = harness(steps);
    write("héllo\n");
    if (closed === 0 && failed.length === 0) write("wörld\n");
    expect(Buffer.from(seen.fd).toString("utf8")).toBe(fd);
    expect(Buffer.from(seen.fallback).toString("utf8")).toBe(fallback);
    expect(seen.fallbacksMade).toBe(fallback === "" ? 0 : 1);
    expect([seen.closed, seen.failed]).toEqual([closed, failed]);
  });

  test("any texts, any partial writes and a refusal anywhere: every byte arrives once, in order", () => {
    const step = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant<Step>("EAGAIN"));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 12 }), fc.array(step), (texts, steps) => {
        const { write, seen, bytes } = harness(steps);
        for (const t of texts) write(t);
        // Each text is encoded on its own, as the CLI writes it (a lone surrogate is U+FFFD).
        expect(bytes()).toEqual(Buffer.concat(texts.map((t) => Buffer.from(t, "utf8"))));
        expect(seen.fallbacksMade).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the CLI's output through a pipe another program left non-blocking (issue 27, figure 5)", () => {
  // A preload makes process.stdout, which leaves descriptor 1 non-blocking (libuv's pipe), and
  // counts the writes that go through the stream; at the first it says so on descriptor 3. The
  // parent reads nothing until then, so the pipe fills and a write of the CLI is refused: the
  // rest must still arrive, whole and in order. (A CLI that fails instead ends, which also starts
  // the reading; one that waits forever fails by the test's timeout.)
  const dir = mkdtempSync(join(tmpdir(), "news-events-stdout-"));
  const preload = join(dir, "non-blocking-stdout.cjs");
  writeFileSync(
    preload,
    `const fs = require("node:fs");
const stream = process.stdout;
let writes = 0;
const write = stream.write.bind(stream);
stream.write = (...args) => (writes++ === 0 && fs.writeSync(3, "fallback\\n"), write(...args));
process.on("exit", () => fs.writeFileSync(process.env.STREAM_WRITES, String(writes)));
`,
  );
  const feed = join(dir, "invalid.ndjson");
  writeFileSync(feed, Array.from({ length: 3000 }, (_, i) => `{"kind":"coup","id":"e${i}"}\n`).join(""));

  /** The CLI's validate of the feed; with `preload`, stdout is read only once the stream is used (or the CLI ended). */
  const run = (withPreload: boolean, writes = "") =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const args = [...(withPreload ? ["--require", preload] : []), repoPath("dist/cli.js"), "validate", feed];
      const child = spawn(process.execPath, args, {
        env: { ...process.env, STREAM_WRITES: writes },
        stdio: ["ignore", "pipe", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      let reading = false;
      const read = () => {
        if (!reading) child.stdout.on("data", (d: string) => (stdout += d)).resume();
        reading = true;
      };
      child.stdout.setEncoding("utf8").pause();
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      if (withPreload) child.stdio[3]?.once("data", read).on("end", read);
      else read();
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });

  test("every line arrives, in order, and the stream took the rest", async () => {
    const writes = join(dir, "writes.txt");
    const [plain, nonBlocking] = await Promise.all([run(false), run(true, writes)]);
    expect(plain.code).toBe(1);
    expect(plain.stdout.split("\n").length).toBeGreaterThan(3000);
    // More than a pipe holds (64 KiB), so the descriptor refused a write: the stream was used.
    expect(plain.stdout.length).toBeGreaterThan(1 << 17);
    expect(Number(readFileSync(writes, "utf8"))).toBeGreaterThan(0);
    expect(nonBlocking).toEqual(plain);
  });
});
