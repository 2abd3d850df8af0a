import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { stdWriters, type WriteSync } from "../../src/cli/std-streams.js";
import { repoPath } from "../helpers/fixtures.js";
import { TABLES } from "../../src/tables/index.js";

/** What a descriptor does at one write: take at most n bytes, or refuse with a system error code. */
type Step = number | "EAGAIN" | "EPIPE" | "ENOSPC";

/** Descriptors 1 and 2 that follow `steps`, one a write (then take everything), and what reached each. */
function harness(steps: readonly Step[]) {
  const seen = {
    fd: { 1: [] as number[], 2: [] as number[] },
    fallback: { 1: [] as number[], 2: [] as number[] },
    fallbacksMade: [] as number[],
    calls: 0,
    closed: 0,
    failed: [] as string[],
  };
  const writeSync: WriteSync = (fd, bytes, offset, length) => {
    const step = steps[seen.calls++] ?? Infinity;
    if (typeof step === "string") throw Object.assign(new Error(step), { code: step });
    const taken = Math.min(step, length);
    seen.fd[fd as 1 | 2].push(...bytes.subarray(offset, offset + taken));
    return taken;
  };
  const writers = stdWriters(
    writeSync,
    (fd) => (seen.fallbacksMade.push(fd), { write: (bytes) => void seen.fallback[fd].push(...bytes) }),
    { closed: () => void seen.closed++, failed: (code) => void seen.failed.push(code) },
  );
  const text = (bytes: number[]) => Buffer.from(bytes).toString("utf8");
  return { writers, seen, text };
}

describe("standard output and error: written to the descriptors until one refuses, then both through the streams", () => {
  type Case = [name: string, steps: Step[], out: [fd: string, stream: string], err: [fd: string, stream: string]];
  const cases: [...Case, closed: number, failed: string[]][] = [
    ["descriptors that take everything", [], ["héllo\nwörld\n", ""], ["oops\n", ""], 0, []],
    ["partial writes are continued", [2, 1, 3], ["héllo\nwörld\n", ""], ["oops\n", ""], 0, []],
    [
      "a refusal on stdout sends its rest, and every later write of both, to the streams",
      [4, "EAGAIN"],
      ["hél", "lo\nwörld\n"],
      ["", "oops\n"],
      0,
      [],
    ],
    ["a refusal on stderr does the same", [Infinity, 2, "EAGAIN"], ["héllo\n", "wörld\n"], ["oo", "ps\n"], 0, []],
    ["a closed pipe ends the output quietly", ["EPIPE"], ["", ""], ["", ""], 1, []],
    ["a full disk is a failure, named", [3, "ENOSPC"], ["hé", ""], ["", ""], 0, ["ENOSPC"]],
  ];
  test.each(cases)("%s", (_name, steps, out, err, closed, failed) => {
    const { writers, seen, text } = harness(steps);
    writers.stdout("héllo\n");
    if (closed === 0 && failed.length === 0) {
      writers.stderr("oops\n");
      writers.stdout("wörld\n");
    }
    expect([text(seen.fd[1]), text(seen.fallback[1])]).toEqual(out);
    expect([text(seen.fd[2]), text(seen.fallback[2])]).toEqual(err);
    expect([...seen.fallbacksMade].sort()).toEqual([1, 2].filter((fd) => (fd === 1 ? out : err)[1] !== ""));
    expect([seen.closed, seen.failed]).toEqual([closed, failed]);
  });

  test("any writes to either, any partial writes and a refusal anywhere: each descriptor's bytes arrive once, in order, and nothing is written to a descriptor after a refusal", () => {
    const step = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant<Step>("EAGAIN"));
    const write = fc.tuple(fc.constantFrom(1 as const, 2 as const), fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(fc.array(write, { maxLength: 12 }), fc.array(step), (writes, steps) => {
        const { writers, seen } = harness(steps);
        for (const [fd, t] of writes) (fd === 1 ? writers.stdout : writers.stderr)(t);
        for (const fd of [1, 2] as const) {
          // Each text is encoded on its own, as the CLI writes it (a lone surrogate is U+FFFD).
          const sent = Buffer.concat(writes.filter(([f]) => f === fd).map(([, t]) => Buffer.from(t, "utf8")));
          expect(Buffer.from([...seen.fd[fd], ...seen.fallback[fd]])).toEqual(sent);
        }
        const refusal = steps.indexOf("EAGAIN");
        if (refusal >= 0) expect(seen.calls).toBeLessThanOrEqual(refusal + 1);
        expect(new Set(seen.fallbacksMade).size).toBe(seen.fallbacksMade.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the CLI's output through a pipe (issue 27, figure 5)", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-events-std-streams-"));
  const feed = join(dir, "invalid.ndjson");
  writeFileSync(feed, Array.from({ length: 3000 }, (_, i) => `{"kind":"coup","id":"e${i}"}\n`).join(""));

  // A preload makes process.stdout, which leaves descriptor 1 non-blocking (libuv), then fills
  // it with '#' until it refuses (whatever the pipe's or socket's capacity), so the CLI's first
  // write is refused; at the stream's first write it says so on descriptor 3, and only then does
  // the parent read. The rest must still arrive, whole and in order. (A CLI that fails instead
  // ends, which also starts the reading; one that waits forever fails by the test's timeout.)
  const preload = join(dir, "non-blocking-stdout.cjs");
  writeFileSync(
    preload,
    `const fs = require("node:fs");
const stream = process.stdout;
const filler = Buffer.alloc(4096, "#");
try { for (;;) fs.writeSync(1, filler); } catch (error) { if (error.code !== "EAGAIN") throw error; }
let writes = 0;
const write = stream.write.bind(stream);
stream.write = (...args) => (writes++ === 0 && fs.writeSync(3, "fallback\\n"), write(...args));
process.on("exit", () => fs.writeFileSync(process.env.STREAM_WRITES, String(writes)));
`,
  );

  /** The CLI's validate of the feed; with the preload, stdout is read only once the stream is used (or the CLI ended). */
  const run = (withPreload: boolean, writes = "") =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const args = [...(withPreload ? ["--require", preload] : []), repoPath("dist/cli.cjs"), "validate", feed];
      const child = spawn(process.execPath, args, {
        env: { ...process.env, STREAM_WRITES: writes },
        stdio: ["ignore", "pipe", "pipe", "pipe"],
      });
      const [, out, err, signal] = child.stdio;
      if (!out || !err || !signal) throw new Error("spawn made no pipes");
      let stdout = "";
      let stderr = "";
      let reading = false;
      const read = () => {
        if (!reading) out.on("data", (d: string) => (stdout += d)).resume();
        reading = true;
      };
      out.setEncoding("utf8").pause();
      err.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      if (withPreload) signal.once("data", read).on("end", read);
      else read();
      child.on("close", (code) => resolve({ code, stdout: stdout.replace(/^#+/, ""), stderr }));
    });

  test("a descriptor left non-blocking and full: every line arrives, in order, through the stream", async () => {
    const writes = join(dir, "writes.txt");
    const [plain, nonBlocking] = await Promise.all([run(false), run(true, writes)]);
    expect(plain.code).toBe(1);
    expect(plain.stdout.split("\n").length).toBeGreaterThan(3000);
    expect(Number(readFileSync(writes, "utf8"))).toBeGreaterThan(0);
    expect(nonBlocking).toEqual(plain);
  });

  const canonical = repoPath("examples/burkina-faso-russia/document.json");
  test.each([
    ["validate: an invalid feed", ["validate", "FEED"], 1, "stdout"],
    ["validate --jobs 2: an invalid feed", ["validate", "--jobs", "2", "FEED"], 1, "stdout"],
    ["check: pages with errors", ["check", "PAGES"], 1, "stdout"],
    ["validate: a missing file, then an invalid feed", ["validate", "MISSING", "FEED"], 2, "stdout"],
    ["jsonld: no verdict to keep", ["jsonld", canonical], 0, "stdout"],
    // Found by a trial of the packed package: these printed their issues on stderr before saying
    // the run's verdict, and a reader of `2>&1 | head -1` saw exit 0 for an invalid document.
    ["jsonld: an invalid document (its issues on stderr)", ["jsonld", "BAD"], 1, "stderr"],
    ["plover: an invalid document", ["plover", "BAD"], 1, "stderr"],
    ["ninjs: an invalid document", ["ninjs", "BAD"], 1, "stderr"],
    ["find: words that are not in the body", ["find", canonical, "no such words here"], 1, "stderr"],
    [
      "export: an invalid feed (its report on stdout)",
      ["export", "FEED", "--format", "csv", "--out", "OUT"],
      1,
      "stdout",
    ],
  ])(
    "a reader that closes the pipe early (| head): %s ends with what was found before",
    async (_name, args, code, fd) => {
      // Before, a closed pipe ended with exit 0 whatever had been found: `validate feed | head` passed
      // an invalid feed under `set -o pipefail`.
      const pages = join(dir, "pages");
      mkdirSync(pages, { recursive: true });
      for (let k = 0; k < 300; k++)
        writeFileSync(
          join(pages, `p${k}.html`),
          `<script type="application/ld+json">{"@type": "NewsArticle", </script>`,
        );
      const bad = join(dir, "bad.json");
      writeFileSync(bad, JSON.stringify({ headline: 7 }));
      const out = mkdtempSync(join(dir, "out-"));
      const child = spawn(
        process.execPath,
        [
          repoPath("dist/cli.cjs"),
          ...args.map(
            (a) =>
              ({ FEED: feed, PAGES: pages, MISSING: join(dir, "missing.ndjson"), BAD: bad, OUT: join(out, "t") })[a] ??
              a,
          ),
        ],
        { stdio: ["ignore", fd === "stdout" ? "pipe" : "ignore", fd === "stderr" ? "pipe" : "ignore"] },
      );
      // The reader gone before the first line: every write fails with EPIPE.
      (fd === "stdout" ? child.stdout : child.stderr)?.destroy();
      expect(await new Promise((resolve) => child.on("close", resolve))).toBe(code);
      // export's product is its tables: the reader of its report gone, it still finishes every file.
      if (args[0] === "export") {
        const files = readdirSync(join(out, "t"));
        expect(files.filter((f) => f.endsWith(".partial"))).toEqual([]);
        expect(files).toHaveLength(TABLES.length);
      }
    },
  );

  test("2>&1 into a pipe read slowly: each file's problems, then a missing file's line, in the order written", () => {
    // Standard error made as a stream would leave the shared descriptor non-blocking, and the
    // two would interleave, even inside a line, once the reader falls behind.
    const missing = (k: number) => join(dir, `missing-${k}.json`);
    const args = [1, 2, 3, 4].flatMap((k) => [feed, missing(k)]);
    const cli = [process.execPath, repoPath("dist/cli.cjs"), "validate", ...args].map((a) => `'${a}'`).join(" ");
    const reader = join(dir, "slow-reader.cjs");
    writeFileSync(
      reader,
      `const chunks = [];
process.stdin.on("data", (chunk) => { chunks.push(chunk); process.stdin.pause(); setTimeout(() => process.stdin.resume(), 10); });
process.stdin.on("end", () => process.stdout.write(Buffer.concat(chunks)));
`,
    );
    const result = spawnSync("/bin/sh", ["-c", `${cli} 2>&1 | '${process.execPath}' '${reader}'`], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = result.stdout.split("\n");
    const where = lines.flatMap((line, i) => (line.includes("no such file") ? [i] : []));
    // 3,000 problems a feed, then the line for the missing file that follows it.
    expect(where).toEqual([3000, 6001, 9002, 12003]);
    for (const [k, i] of where.entries()) expect(lines[i]).toBe(`news-events: ${missing(k + 1)}: no such file`);
    expect(lines.filter((line) => line.startsWith(feed)).length).toBe(12000);
  });
});
