import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  closeSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { runExport } from "../../src/cli/export-run.js";
import { openInput } from "../../src/cli/input.js";
import { run } from "../../src/cli/run.js";
import { UsageError, type Io } from "../../src/cli/usage.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// A file changed while a command reads it is refused on every path (issue: a fifth trial, round
// 21), not only when a feed is split over threads. The change is made at a moment the test
// controls, never after a sleep: when the command writes its first problem line (which it does
// while the file is still being read), or between two chunks of a read.

const dir = mkdtempSync(join(tmpdir(), "news-events-changed-"));
const doc = canonicalDocument();
const line = JSON.stringify(doc);
const CHANGED = /^news-events: .*: was changed while it was read \(its size or time differs\); run again\n$/;

/** A feed whose first record is invalid (so a problem line is written early), then `valid` valid ones. */
function feed(name: string, valid: number): string {
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify({ ...doc, headline: 1 })}\n${`${line}\n`.repeat(valid)}`);
  // Long ago: a change in place, which keeps the size, is then seen by its time, however soon it comes.
  utimesSync(path, new Date(2000, 0, 1), new Date(2000, 0, 1));
  return path;
}

const changes: Record<string, (path: string) => void> = {
  "two lines appended": (path) => appendFileSync(path, `${line}\n${line}\n`),
  "bytes 1000-1020 overwritten in place": (path) => {
    const fd = openSync(path, "r+");
    writeSync(fd, "x".repeat(21), 1000);
    closeSync(fd);
  },
};

/** An Io that makes `change` to `path` when the first line is written to stdout. */
function changingIo(path: string, change: (path: string) => void) {
  const out = { stdout: "", stderr: "" };
  let changed = false;
  const io: Io = {
    stdout: (text) => {
      if (!changed) change(path);
      changed = true;
      out.stdout += text;
    },
    stderr: (text) => void (out.stderr += text),
    stderrIsTty: false,
    stdin: Readable.from([]),
    env: {},
  };
  return { io, out };
}

describe("validate refuses a file changed while it is read, on the main thread too", () => {
  test.each(
    Object.keys(changes).flatMap((change) => [
      [change, "--jobs 1, 300 records", ["--jobs", "1"], 300],
      [change, "default jobs, a small file", [], 3],
    ]),
  )("%s (%s): exit 2, one line", async (change, _what, flags, records) => {
    const path = feed(`validate-${records}-${change.length}-${flags.length}.ndjson`, records);
    const { io, out } = changingIo(path, changes[change]!);
    const code = await run(["validate", ...flags, path], io);
    expect(out.stderr).toMatch(CHANGED);
    expect(code).toBe(2);
  });

  test("a file left alone is judged as before", async () => {
    const path = feed("alone.ndjson", 300);
    const { io, out } = changingIo(path, () => {});
    expect(await run(["validate", "--jobs", "1", path], io)).toBe(1);
    expect(out.stdout).toMatch(/\n300 valid, 1 invalid\n$/);
    expect(out.stderr).toBe("");
  });
});

describe("export refuses a file changed while it is read, and leaves no tables", () => {
  test.each(Object.keys(changes))("%s", async (change) => {
    const path = feed(`export-${change.length}.ndjson`, 300);
    const out = join(dir, `tables-${change.length}`);
    const { io } = changingIo(path, changes[change]!);
    const exported = runExport([path], { format: "csv", out, jobs: 1 }, io);
    await expect(exported).rejects.toThrow(UsageError);
    await expect(exported).rejects.toThrow(/was changed while it was read/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("a file read for one document (jsonld, find, rebase, ninjs, plover) is refused when it changes", () => {
  const read = async (name: string, change: () => void) => {
    let chunks = 0;
    for await (const _ of await openInput(name, process)) if (++chunks === 1) change();
    return chunks;
  };

  test.each(Object.keys(changes))("%s between two chunks of the read", async (change) => {
    const path = feed(`one-${change.length}.json`, 10);
    await expect(read(path, () => changes[change]!(path))).rejects.toThrow(
      `${path}: was changed while it was read (its size or time differs); run again`,
    );
  });

  test("a file left alone is read whole", async () => {
    const path = feed("one-alone.json", 10);
    expect(await read(path, () => {})).toBeGreaterThan(1);
  });
});
