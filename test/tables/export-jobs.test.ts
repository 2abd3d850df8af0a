import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { repoPath, REAL_EVENT_EXAMPLES } from "../helpers/fixtures.js";
import { buildElection, ELECTION_DOCUMENT, electionDocument } from "../kinds/helpers.js";

type Doc = Record<string, any>;
const work = mkdtempSync(join(tmpdir(), "news-events-export-jobs-"));

/** Every table of a Parquet export read back by hyparquet (bigints as text), by file name. */
async function readParquet(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    const rows = await parquetReadObjects({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    });
    out[name] = JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? String(v) : v));
  }
  return out;
}

/** Every file under `dir` (its path there) with its bytes as hex. */
const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => [
        join(entry.parentPath, entry.name).slice(dir.length),
        readFileSync(join(entry.parentPath, entry.name)).toString("hex"),
      ]),
  );

/** Every file of a CSV export, by name. */
const readCsv = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), "utf8")]));

describe("export on worker threads (--jobs) writes what one thread writes", () => {
  // The real examples, each a few times under its own URL, one per line, with one invalid line.
  const documents = ["burkina-faso-russia", ...REAL_EVENT_EXAMPLES].map(
    (n) => JSON.parse(readFileSync(repoPath(`examples/${n}/document.json`), "utf8")) as Doc,
  );
  // Each copy under its own URL (fragments of the article's URL, as in live updates, follow it).
  const lines = [1, 2, 3].flatMap((copy) =>
    documents.map((d) => JSON.stringify(d).replaceAll(d["url"] as string, `${d["url"]}copy-${copy}/`)),
  );
  lines.splice(5, 0, JSON.stringify({ ...documents[0], url: "not a url" }));
  const feed = join(work, "feed.ndjson");
  writeFileSync(feed, `${lines.join("\n")}\n`);

  test.each([
    ["parquet", "parquet", readParquet, []],
    ["csv", "csv", readCsv, []],
    ["parquet --partition year", "parquet", readParquet, ["--partition", "year"]],
    // Row groups of 7 rows end inside a worker's batch: they end after the same rows.
    ["parquet --row-group 7", "parquet", readParquet, ["--row-group", "7"]],
  ] as const)("%s: --jobs 2 and --jobs 1 give the same tables, byte for byte", async (_, format, read, extra) => {
    const runs = ["1", "2"].map((jobs) => {
      const out = join(work, `${format}${extra.join("")}-jobs${jobs}`);
      const run = runCli(["export", feed, "--format", format, "--out", out, "--jobs", jobs, ...extra]);
      return { run, out };
    });
    for (const { run } of runs) {
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`feed\\.ndjson:6: /url: `));
      expect(run.stdout).toMatch(new RegExp(`${lines.length - 1} exported, 1 invalid left out`));
    }
    const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
    // The same files, the same bytes: a pipeline that checksums its exports sees no change.
    expect(filesOf(two.out)).toEqual(filesOf(one.out));
    if (extra[0] === "--partition") {
      // Partitioned: the same folders, and the same rows in each.
      for (const table of readdirSync(one.out))
        for (const year of readdirSync(join(one.out, table)))
          expect(await read(join(two.out, table, year))).toEqual(await read(join(one.out, table, year)));
      return;
    }
    const tables = await read(one.out);
    expect(Object.keys(tables).length).toBeGreaterThan(20);
    expect(tables["articles." + format]).toContain("copy-3/");
    expect(await read(two.out)).toEqual(tables);
  });
});

describe("export --kinds DIR", () => {
  let dir: string;
  beforeAll(async () => {
    ({ dir } = await buildElection());
  });

  test("exports a document of a user-defined kind, which the library alone refuses", async () => {
    const out = join(work, "election");
    const run = runCli(["export", "--kinds", dir, ELECTION_DOCUMENT, "--format", "parquet", "--out", out]);
    expect(run.stdout).toMatch(/^1 exported, 0 invalid left out/m);
    expect(run.code).toBe(0);
    const events = JSON.parse((await readParquet(out))["events.parquet"] as string) as Doc[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "Election", name: "2024 Senegalese presidential election" });
    // The kind's own fields, which the library's layout has no columns for, are kept in extra.
    expect(events[0]?.["extra"]).toMatchObject({ office: "President of Senegal", round: 1 });

    const alone = runCli(["export", ELECTION_DOCUMENT, "--format", "parquet", "--out", join(work, "alone")]);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toMatch(
      /\/events\/0\/kind: must be one of Meeting, Coup, Partnership, Event \(got "Election"\)/,
    );
    expect(alone.stdout).toMatch(/0 exported, 1 invalid left out/);
  });

  test("worker threads judge with the kinds too (--jobs 2 on NDJSON)", () => {
    const doc = electionDocument();
    const bad = { ...doc, events: [{ ...doc["events"][0], kind: "Elektion" }] };
    const file = join(work, "elections.ndjson");
    // The third under its own URL: a repeated one would be refused (cli/export-keys.ts).
    const again = { ...doc, url: `${doc["url"]}again/` };
    writeFileSync(file, [doc, bad, again].map((d) => JSON.stringify(d)).join("\n"));
    const out = join(work, "elections");
    const run = runCli(["export", "--jobs", "2", "--kinds", dir, file, "--format", "csv", "--out", out]);
    expect(run.stdout).toMatch(/elections\.ndjson:2: \/events\/0\/kind: must be one of .*Election \(got "Elektion"\)/);
    expect(run.stdout).toMatch(/2 exported, 1 invalid left out/);
    expect(readFileSync(join(out, "events.csv"), "utf8").match(/,Election,/g)).toHaveLength(2);
  });

  test("a directory with no built kinds is a usage error, and nothing is written", () => {
    const empty = mkdtempSync(join(tmpdir(), "export-kinds-empty-"));
    const out = join(work, "never");
    const run = runCli(["export", "--kinds", empty, ELECTION_DOCUMENT, "--format", "csv", "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--kinds .*: no index\.js/);
    expect(() => readdirSync(out)).toThrow();
  });
});
