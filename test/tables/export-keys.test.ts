import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { describe, expect, test } from "vitest";
import { ExportedKeys, rowsKey } from "../../src/cli/export-keys.js";
import { runCli } from "../helpers/cli.js";
import { repoPath, REAL_EVENT_EXAMPLES } from "../helpers/fixtures.js";

/*
 * docs/tables.md promises that article_url + row (event_id + row for an event given on its own)
 * is unique. A feed that repeats an article's URL used to export both records under the same keys,
 * so a join counted each row twice (found by the fifth trial). The second is now refused.
 */
type Doc = Record<string, any>;
const work = mkdtempSync(join(tmpdir(), "news-events-export-keys-"));
const canonical = JSON.parse(readFileSync(repoPath("examples/burkina-faso-russia/document.json"), "utf8")) as Doc;
const meeting = canonical["events"][0] as Doc;

/** Rows of one exported Parquet table. */
async function table(dir: string, name: string): Promise<Record<string, unknown>[]> {
  const bytes = readFileSync(join(dir, `${name}.parquet`));
  return parquetReadObjects({
    file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  });
}

/** How many rows of a table share a key with another row. */
async function repeatedKeys(dir: string, name: string): Promise<number> {
  const rows = await table(dir, name);
  const keys = new Set(rows.map((r) => JSON.stringify([r["article_url"], r["event_id"], r["row"]])));
  return rows.length - keys.size;
}

const writeFeed = (name: string, records: unknown[]) => {
  const file = join(work, name);
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
  return file;
};

describe("rowsKey and ExportedKeys", () => {
  test.each([
    ["a document: its url", { url: "https://a.example/x", events: [] }, "", "url https://a.example/x", "/url"],
    ["an event given on its own: its id", { kind: "Meeting", id: "m-1" }, "", "event m-1", "/id"],
    ["an item of an array record", { url: "https://a.example/y" }, "/2", "url https://a.example/y", "/2/url"],
    // An event's id and a URL spelled alike are two keys: their rows differ in article_url.
    [
      "an event whose id looks like a url",
      { kind: "Coup", id: "https://a.example/x" },
      "",
      "event https://a.example/x",
      "/id",
    ],
  ])("%s", (_, document, at, key, pointer) => {
    expect(rowsKey(document, 4, at)).toEqual({ key, line: 4, pointer });
  });

  test.each([null, 3, "x", {}, { url: 7 }, { kind: "Meeting" }])("no key for %j", (value) => {
    expect(rowsKey(value, 1, "")).toBeUndefined();
  });

  test("the second claim of a key is refused, naming the first's line, its input when another, its pointer in an array", () => {
    const keys = new ExportedKeys();
    const key = (line: number, pointer = "/url") => ({ key: "url https://a.example/x", line, pointer });
    keys.startInput("a.ndjson");
    expect(keys.claim(key(1))).toBeUndefined();
    expect(keys.claim(key(5))).toMatchObject({ code: "duplicate-key", line: 5, params: { first: "line 1" } });
    keys.startInput("b.ndjson");
    expect(keys.claim(key(2))?.message).toMatch(/^an article with this url was exported from a\.ndjson:1: /);
    // One file given twice is two inputs: the second names the first by file.
    keys.startInput("a.ndjson");
    expect(keys.claim(key(1))?.params).toEqual({ first: "a.ndjson:1" });
    const inArray = { key: "url https://a.example/in-array", line: 6, pointer: "/0/url" };
    expect(keys.claim(inArray)).toBeUndefined();
    expect(keys.claim({ ...inArray, line: 710, pointer: "/2/url" })?.params).toEqual({ first: "line 6 (/0/url)" });
    expect(keys.anyTaken([key(9)])).toBe(true);
    const fresh = { key: "url https://a.example/new", line: 3, pointer: "/url" };
    expect(keys.anyTaken([fresh])).toBe(false);
    expect(keys.anyTaken([fresh, { ...fresh, line: 4 }])).toBe(true);
    // anyTaken remembers nothing.
    expect(keys.claim(fresh)).toBeUndefined();
  });
});

describe("export refuses a record whose rows' keys were exported before", () => {
  test("a repeated article url, in a line and in an array record: left out, reported, exit 1, keys unique", async () => {
    const other = { ...canonical, url: `${canonical["url"]}other/` };
    const feed = writeFeed("articles.ndjson", [
      canonical,
      other,
      canonical,
      [{ ...canonical, url: `${canonical["url"]}x/` }, other],
    ]);
    const out = join(work, "articles");
    const run = runCli(["export", feed, "--format", "parquet", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").filter((l) => l.startsWith(feed))).toEqual([
      `${feed}:3: /url: an article with this url was exported from line 1: its rows' keys (article_url, row) would repeat; left out`,
      `${feed}:4: /1/url: an article with this url was exported from line 2: its rows' keys (article_url, row) would repeat; left out`,
    ]);
    expect(run.stdout).toContain("3 exported, 2 invalid left out");
    expect((await table(out, "articles")).map((r) => r["article_url"])).toEqual([
      canonical["url"],
      other["url"],
      `${canonical["url"]}x/`,
    ]);
    for (const name of ["articles", "events", "participants", "entities", "dates"])
      expect(await repeatedKeys(out, name), name).toBe(0);
  });

  test("a repeated event id given on its own, across two inputs: the second input's line names the first file", () => {
    const first = writeFeed("events-a.ndjson", [meeting]);
    const second = writeFeed("events-b.ndjson", [{ ...meeting, id: "another-meeting" }, meeting]);
    const run = runCli(["export", first, second, "--format", "csv", "--out", join(work, "events")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${second}:2: /id: an event with this id, given on its own, was exported from ${first}:1: its rows' keys (event_id, row) would repeat; left out`,
    );
    expect(run.stdout).toContain("2 exported, 1 invalid left out");
    const events = readFileSync(join(work, "events", "events.csv"), "utf8");
    expect(events.split("\n").filter((l) => l.includes(`,${meeting["id"]},`))).toHaveLength(1);
  });

  // Found by the sixth trial: a repeat inside a pretty-printed array was put on line 1, the
  // record's first, where schema issues in the same file get their own lines.
  // The first is named by its record's line (the array's) and its pointer: the run keeps no text.
  test("a repeat inside a pretty-printed array: on its own line, naming the first's record and pointer", () => {
    const other = { ...canonical, url: `${canonical["url"]}other/` };
    const file = join(work, "array.json");
    const text = JSON.stringify([canonical, other, canonical], null, 2);
    writeFileSync(file, text);
    const lineOf = (needle: string, nth: number) => {
      let at = -1;
      for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
      return text.slice(0, at).split("\n").length;
    };
    const url = `"url": ${JSON.stringify(canonical["url"])}`;
    const [first, repeat] = [lineOf(url, 1), lineOf(url, 2)];
    expect(repeat).toBeGreaterThan(first);
    const run = runCli(["export", file, "--format", "csv", "--out", join(work, "array")]);
    expect(run.stdout).toContain(
      `${file}:${repeat}: /2/url: an article with this url was exported from line 1 (/0/url): its rows' keys (article_url, row) would repeat; left out`,
    );
    expect(run.code).toBe(1);
  });

  test("one file given twice: the second reading's records name the first reading by its file", () => {
    const feed = writeFeed("twice.ndjson", [canonical]);
    const run = runCli(["export", feed, feed, "--format", "csv", "--out", join(work, "twice")]);
    expect(run.stdout).toContain(`${feed}:1: /url: an article with this url was exported from ${feed}:1: `);
    expect(run.stdout).toContain("1 exported, 1 invalid left out");
  });

  test("an event of a document and an event given alone with the same id are two keys: both exported", () => {
    const feed = writeFeed("mixed.ndjson", [canonical, meeting]);
    const run = runCli(["export", feed, "--format", "csv", "--out", join(work, "mixed")]);
    expect(run.stdout).toContain("2 exported");
    expect(run.code).toBe(0);
  });

  // Worker threads judge and flatten batches of about 1 MiB; only the main thread knows the keys of
  // earlier batches, so it exports a batch holding a repeat again itself.
  test("--jobs 2 refuses the same records and writes the same files as --jobs 1", async () => {
    const documents = ["burkina-faso-russia", ...REAL_EVENT_EXAMPLES].map(
      (n) => JSON.parse(readFileSync(repoPath(`examples/${n}/document.json`), "utf8")) as Doc,
    );
    // About 3 MiB: a repeat within a batch, one of a document three batches before, one from the first line.
    const records: Doc[] = [];
    for (let copy = 0; records.length < 240; copy++)
      for (const d of documents)
        records.push(JSON.parse(JSON.stringify(d).replaceAll(d["url"] as string, `${d["url"]}copy-${copy}/`)) as Doc);
    records.splice(10, 0, records[3] as Doc);
    records.splice(200, 0, records[20] as Doc);
    records.push(records[0] as Doc);
    const feed = writeFeed("large.ndjson", records);
    const runs = ["1", "2"].map((jobs) => {
      const out = join(work, `large-jobs${jobs}`);
      return { run: runCli(["export", feed, "--format", "parquet", "--out", out, "--jobs", jobs]), out };
    });
    const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(
      one.run.stdout.split("\n").filter((l) => l.includes(": /url: an article with this url was exported from line ")),
    ).toHaveLength(3);
    expect(one.run.stdout).toContain(`${records.length - 3} exported, 3 invalid left out`);
    expect(two.run.stdout).toBe(one.run.stdout.replaceAll("large-jobs1", "large-jobs2"));
    expect(two.run.code).toBe(1);
    for (const name of readdirSync(one.out).map((f) => f.replace(/\.parquet$/, ""))) {
      expect(await table(two.out, name), name).toEqual(await table(one.out, name));
      expect(await repeatedKeys(one.out, name), name).toBe(0);
    }
  });
});
