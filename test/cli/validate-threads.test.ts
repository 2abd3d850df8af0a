import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { openInputOnce } from "../../src/cli/input.js";
import { MAX_RECORD_DEPTH, nestsDeeperThan } from "../../src/cli/nesting.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-threads-"));
const doc = canonicalDocument();
const event = JSON.stringify(doc.events[0]);
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("a record that runs a thread out of memory is one invalid record; the rest are counted (issue 21)", () => {
  // 1,000,000 objects in one 3 MB line: far more than a 24 MB heap holds once parsed.
  const feed = file(
    "oom.ndjson",
    [...Array(20).fill(event), `[${Array(1_000_000).fill("{}").join(",")}]`, ...Array(20).fill(event)].join("\n"),
  );
  const runs = ["1", "2"].map((jobs) =>
    spawnSync(
      process.execPath,
      ["--max-old-space-size=24", repoPath("dist/cli.cjs"), "validate", "--jobs", jobs, feed],
      { encoding: "utf8", env: { ...process.env, NEWS_EVENTS_DEBUG: "" } },
    ),
  );
  test.each([0, 1])("--jobs %i+1: the record at its line, too large to judge, and 40 valid", (i) => {
    const run = runs[i]!;
    // Before: --jobs 1 aborted (exit 134), --jobs 2 said "read failed" and counted half the records.
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^.*oom\.ndjson:21: is a record of 3,000,001 bytes too large to judge: the thread judging it ran out of memory \(ERR_WORKER_OUT_OF_MEMORY\)\n40 valid, 1 invalid\n$/,
    );
  });
});

describe(`one nesting limit (${MAX_RECORD_DEPTH}) on every thread: --jobs 1 and --jobs 2 give the same report (issue 21)`, () => {
  const shapes: Record<string, (depth: number) => string> = {
    "nested arrays": (d) => `${"[".repeat(d)}${"]".repeat(d)}`,
    "an unclosed array": (d) => "[".repeat(d),
    "an unclosed chain of objects": (d) => `${'{"a":'.repeat(d)}x`,
    "an event with a deep value": (d) => event.replace(/"id":"[^"]*"/, `"id":${"[".repeat(d)}${"]".repeat(d)}`),
  };
  test.each(Object.keys(shapes).flatMap((shape) => [600, 8_000, 12_000].map((depth) => [shape, depth] as const)))(
    "%s, %i deep",
    (shape, depth) => {
      const feed = file(`deep-${depth}.ndjson`, `${event}\n${shapes[shape]!(depth)}\n${event}\n`);
      const one = runCli(["validate", "--jobs", "1", feed]);
      const two = runCli(["validate", "--jobs", "2", feed]);
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout).toBe(
        `${feed}:2: nests deeper than ${MAX_RECORD_DEPTH} levels of arrays and objects, too deep to judge\n2 valid, 1 invalid\n`,
      );
      expect(hasStackTrace(one.stderr + two.stderr)).toBe(false);
    },
  );

  test("a pretty document nested too deeply is one record, at its first line", () => {
    const deep = file(
      "deep.json",
      `\n${JSON.stringify({ ...doc, x: JSON.parse(shapes["nested arrays"]!(600)) }, null, 1)}`,
    );
    expect(runCli(["validate", deep]).stdout).toBe(
      `${deep}:2: nests deeper than ${MAX_RECORD_DEPTH} levels of arrays and objects, too deep to judge\n0 valid, 1 invalid\n`,
    );
  });

  test.each<[string, number, boolean]>([
    ["[[[]]]", 3, false],
    ["[[[[]]]]", 3, true],
    ['["[[[[[[", {"a": "]]]]{{{{"}]', 2, false],
    ['[["\\"[[[[", [[]]]]', 3, true],
    ["[[[[", 3, true],
  ])("nestsDeeperThan(%j, %i) is %s: brackets inside strings do not count", (text, limit, expected) => {
    expect(nestsDeeperThan(text, limit)).toBe(expected);
  });
});

describe("an input is opened once: what is read twice (--jobs: first line, then the workers) is one file (issue 21)", () => {
  const read = async (chunks: AsyncIterable<Uint8Array>) => {
    const parts: Uint8Array[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    return Buffer.concat(parts).toString("utf8");
  };

  test("a file replaced between two reads is read from the file that was opened", async () => {
    const path = file("replaced.ndjson", `${event}\n`.repeat(2_000));
    const original = readFileSync(path, "utf8");
    const input = await openInputOnce(path, process);
    try {
      expect(input.size).toBe(Buffer.byteLength(original));
      expect(await read(input.read())).toBe(original);
      renameSync(file("other.ndjson", "{}\n"), path);
      expect(await read(input.read())).toBe(original);
      await expect(input.assertUnchanged()).resolves.toBeUndefined();
    } finally {
      await input.close();
    }
  });

  test("a file changed in place while it is read is refused, not judged half old and half new", async () => {
    const path = file("appended.ndjson", `${event}\n`);
    const input = await openInputOnce(path, process);
    try {
      appendFileSync(path, `${event}\n`);
      await expect(input.assertUnchanged()).rejects.toThrow(/was changed while it was read/);
    } finally {
      await input.close();
    }
  });
});
