import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";
import { PARALLEL_FROM_BYTES, threadsFor } from "../../src/cli/validate-command.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-jobs-"));
const doc = canonicalDocument();
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/**
 * A feed that spans many 64 KB chunks and holds every kind of record the reader tells apart:
 * valid and invalid events, broken JSON, a line over the limit, bytes that are not UTF-8, blank
 * lines and CRLF endings, a document with an issue, an array of events.
 */
function mixedFeed(): Buffer {
  const parts: Buffer[] = [Buffer.from("\ufeff")];
  for (let i = 0; i < 1500; i++) {
    const event = { ...doc.events[i % doc.events.length], id: `event-${i}` };
    let line: string;
    if (i % 97 === 5) line = JSON.stringify({ ...event, kind: "Summit" });
    else if (i % 89 === 7) line = JSON.stringify({ ...event, salience: "mian" });
    else if (i % 211 === 11) line = `${JSON.stringify(event).slice(0, 40)}`;
    else if (i % 301 === 13) line = JSON.stringify({ ...event, summary: "x".repeat(300_000) });
    else if (i % 401 === 17) line = JSON.stringify([event, { ...event, scale: "trilateral" }]);
    else if (i % 503 === 19) line = JSON.stringify({ ...doc, headline: "" });
    else line = JSON.stringify(event);
    parts.push(Buffer.from(i % 50 === 3 ? `${line}\r\n\n` : `${line}\n`));
    if (i % 613 === 23) parts.push(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a]));
  }
  return Buffer.concat(parts);
}

describe("validate --jobs N: the same report, in the same order, on N threads", () => {
  const feed = file("mixed.ndjson", mixedFeed());
  const pretty = file("document.json", JSON.stringify({ ...doc, headline: "" }, null, 2));
  const brokenFirst = file(
    "broken-first.ndjson",
    `{"kind":\n${JSON.stringify(doc.events[0])}\n${JSON.stringify({ ...doc.events[1], scale: "x" })}\n`,
  );
  const args = [feed, pretty, brokenFirst, "--max-record-bytes", "200K"];
  const single = runCli(["validate", "--jobs", "1", ...args]);

  test("the single-threaded run is the reference: mixed results, exit 1", () => {
    expect(single.code).toBe(1);
    expect(single.stdout).toMatch(/is a line of [0-9,]+ bytes, over the 200 KiB record limit/);
    expect(single.stdout).toMatch(/is not valid UTF-8/);
    // Located (line and column) on every thread: the locator loads when a record first needs it.
    expect(single.stdout).toMatch(/:\d+:\d+: is not valid JSON: /);
    expect(single.stdout).toMatch(/:\d+: \/1\/scale: /);
    expect(single.stdout).toMatch(/:\d+: \/headline: must not be empty/);
    expect(single.stdout.trim().split("\n").at(-1)).toMatch(/^\d+ valid, \d+ invalid$/);
  });

  test.each(["2", "3", "8", "auto"])("--jobs %s gives byte-identical output and the same exit code", (jobs) => {
    const parallel = runCli(["validate", "--jobs", jobs, ...args]);
    expect(parallel.stderr).toBe(single.stderr);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.code).toBe(single.code);
  });

  test("--format json: the same report on 1 and 2 threads, with every problem of the text report", () => {
    const one = runCli(["validate", "--format", "json", "--jobs", "1", ...args]);
    const two = runCli(["validate", "--format", "json", "--jobs", "2", ...args]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    expect(one.code).toBe(single.code);
    const report = JSON.parse(one.stdout) as {
      files: { file: string; issues: { file: string; line: number; code: string }[] }[];
    };
    const issues = report.files.flatMap((f) => f.issues);
    // One JSON issue per text line (the last text line is the summary).
    expect(issues).toHaveLength(single.stdout.trim().split("\n").length - 1);
    expect(new Set(issues.map((i) => i.code))).toEqual(
      new Set(["unknown-kind", "enum", "invalid-json", "too-large", "invalid-utf8", "too-short", "unknown-property"]),
    );
  });

  test("standard input is read on the main thread, with the same answer", () => {
    const fromStdin = runCli(["validate", "--jobs", "2", "-", "--max-record-bytes", "200K"], { input: mixedFeed() });
    const reference = runCli(["validate", "-", "--max-record-bytes", "200K"], { input: mixedFeed() });
    expect(fromStdin.stdout).toBe(reference.stdout);
  });

  test("a pipe given by name (<(cat feed)) is read once, on the main thread: nothing is lost", () => {
    const command = `"${process.execPath}" "${repoPath("dist/cli.cjs")}" validate --jobs 2 --max-record-bytes 200K <(cat "${feed}")`;
    const piped = spawnSync("/bin/bash", ["-c", command], { encoding: "utf8", maxBuffer: 1 << 26 });
    const reference = runCli(["validate", "--max-record-bytes", "200K", feed]);
    // The same verdicts, line for line; only the name the pipe goes by differs.
    expect(piped.stdout.replace(/\/dev\/fd\/\d+/g, feed)).toBe(reference.stdout);
    expect(piped.status).toBe(reference.code);
  });

  test.each(["0", "65", "two", "1.5", ""])("--jobs %j is a usage error, one line, exit 2", (value) => {
    const result = runCli(["validate", "--jobs", value, feed]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^news-events: --jobs takes auto or a whole number from 1 to 64 \(got "[^"]*"\)\n$/);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe("threadsFor: how many threads judge a file", () => {
  const MiB = 2 ** 20;
  const cases: [jobs: number | "auto", bytes: number | undefined, cores: number, threads: number][] = [
    ["auto", 100 * MiB, 2, 2],
    ["auto", 100 * MiB, 16, 4],
    ["auto", 100 * MiB, 1, 1],
    ["auto", PARALLEL_FROM_BYTES, 8, 4],
    ["auto", PARALLEL_FROM_BYTES - 1, 8, 1],
    ["auto", 10 * MiB, 8, 1],
    ["auto", undefined, 8, 1],
    [3, 1024, 1, 3],
    [1, 100 * MiB, 8, 1],
    [8, undefined, 8, 1],
  ];
  test.each(cases)("jobs %s, %s bytes, %i cores: %i", (jobs, bytes, cores, threads) => {
    expect(threadsFor(jobs, bytes, () => cores)).toBe(threads);
  });

  test("the cores are asked only for a file large enough to share out (node:os is not loaded for one document)", () => {
    let asked = 0;
    const cores = () => (asked++, 8);
    for (const [jobs, bytes] of [
      ["auto", 10 * MiB],
      ["auto", undefined],
      [3, 1024],
    ] as const)
      threadsFor(jobs, bytes, cores);
    expect(asked).toBe(0);
    expect(threadsFor("auto", PARALLEL_FROM_BYTES, cores)).toBe(4);
    expect(asked).toBe(1);
  });
});
