import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateDocument } from "../../src/index.js";
import { runCli } from "../helpers/cli.js";
import { compound, ploverArticle } from "../helpers/plover-2.0-records.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-plover-"));

describe("news-events plover and init --from-plover", () => {
  // Round 21: the second of two counts of a crowd (the interior ministry's, the CGT's) was dropped unsaid.
  test.each([
    ["a count a record cannot hold is said on stderr", "examples/france-pension-protest-2023/document.json", 1],
    ["nothing is said when every count is written", "examples/manchester-arena-bombing-2017/document.json", 0],
  ])("plover: %s", (_, file, said) => {
    const run = runCli(["plover", file]);
    expect(run.code).toBe(0);
    const lines = run.stderr.split("\n").filter((l) => l.includes(" lost /events/"));
    expect(lines).toHaveLength(said);
    if (said > 0) {
      // At the line where that quantity starts, as validation issues are placed.
      // (The second quantity's brace is the line above its "counts", the second counting participants.)
      const text = readFileSync(file, "utf8").split("\n");
      const counts = text.flatMap((l, i) => (l.includes('"counts": "participants"') ? [i] : []));
      expect(text[counts[1]! - 1]?.trim()).toBe("{");
      expect(lines[0]).toContain(
        `${file}:${counts[1]}: lost /events/0/quantities/1: a PLOVER record holds one size count`,
      );
    }
  });

  // Found by a trial: in a feed, what was lost was said with no line, so which document it came from was not told.
  test("plover: in a feed, what is lost is said at its record's line, an array's with the document's pointer", () => {
    const doc = JSON.parse(readFileSync("examples/france-pension-protest-2023/document.json", "utf8")) as object;
    const other = JSON.parse(readFileSync("examples/manchester-arena-bombing-2017/document.json", "utf8")) as object;
    const feed = join(dir, "lost-feed.ndjson");
    writeFileSync(feed, [other, doc].map((d) => JSON.stringify(d)).join("\n") + "\n");
    const run = runCli(["plover", feed]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${feed}:2: lost /events/0/quantities/1: a PLOVER record holds one size count`);
    const array = join(dir, "lost-array.json");
    writeFileSync(array, JSON.stringify([other, doc]));
    expect(runCli(["plover", array]).stderr).toContain(`${array}:1: lost /1/events/0/quantities/1:`);
  });

  test("plover prints one PLOVER record per event, as NDJSON", () => {
    const run = runCli(["plover", "examples/burkina-faso-russia/document.json"]);
    expect(run.code).toBe(0);
    const records = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: string });
    expect(records.map((r) => r.event)).toEqual(["CONSULT", "CONSULT", "COERCE", "COERCE", "CONSULT"]);
  });

  test("an invalid document gets its issues and exit 1, no records", () => {
    const path = join(dir, "invalid.json");
    writeFileSync(path, JSON.stringify({ headline: "x" }));
    const run = runCli(["plover", path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/invalid\.json/);
  });

  // Found by a trial of the packed package: jsonld named each issue's line, plover and ninjs did not.
  // And a document after blank lines (a template's) was placed as many lines too early (found by a helper).
  test.each([
    ["jsonld", ""],
    ["plover", ""],
    ["ninjs", ""],
    ["jsonld", "\n\n"],
    ["plover", "\n\n"],
    ["ninjs", "\n\n"],
  ])("%s names each issue of an invalid document at its line (after %j)", (command, before) => {
    const doc = JSON.parse(readFileSync("examples/burkina-faso-russia/document.json", "utf8")) as Record<
      string,
      unknown
    >;
    const path = join(dir, `line-${command}-${before.length}.json`);
    const text = before + JSON.stringify({ ...doc, language: "english" }, null, 2);
    const line = text.split("\n").findIndex((l) => l.includes('"language": "english"')) + 1;
    writeFileSync(path, text);
    const run = runCli([command, path]);
    expect(run.code).toBe(1);
    expect(line).toBeGreaterThan(1);
    expect(run.stderr.split("\n")[0]).toMatch(new RegExp(`^${path.replaceAll("/", "\\/")}:${line}: /language: `));
  });

  test("init --from-plover writes a starter from a gold-standard record and says what to add", () => {
    const gold = JSON.parse(readFileSync("test/plover-gold-standard/PLOVER_GSR_CAMEO.txt", "utf8")) as object[];
    const recordPath = join(dir, "record.json");
    writeFileSync(recordPath, JSON.stringify(gold[1]));
    const path = join(dir, "from-plover.json");
    const run = runCli(["init", "--from-plover", recordPath, path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("add headline, url, published, authors, publisher (PLOVER does not give them)");
    expect(run.stderr).toMatch(/not carried over.*\/coder/);
    const starter = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    // Like every starter, its $schema is this package's own schema file, relative to the starter.
    expect(existsSync(join(dir, String(starter["$schema"])))).toBe(true);
    expect(String(starter["$schema"])).toMatch(/^\.{1,2}\/.*schemas\/document\.json$/);
    const completed = {
      ...starter,
      headline: "Hungary and Romania agree to cooperate",
      url: "https://news.example.org/a",
      published: "2000-01-01T00:00:00Z",
      authors: [{ type: "person", name: "A Reporter" }],
      publisher: { name: "Example News", url: "https://news.example.org/" },
    };
    expect(validateDocument(completed)).toMatchObject({ ok: true });
    // Never overwritten; and refused before anything is said of the record (found by a trial: its
    // "not carried over" lines and what to add came first, then the refusal).
    const again = runCli(["init", "--from-plover", recordPath, path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`news-events: ${path}: already exists; init never overwrites a file\n`);
    const fromNinjs = runCli([
      "init",
      "--from-ninjs",
      "vendor/iptc-ninjs/examples/3.1_004_simple_text_article.json",
      path,
    ]);
    expect(fromNinjs.stderr).toBe(`news-events: ${path}: already exists; init never overwrites a file\n`);
  });

  // PLOVER's manual, draft 2.0, §"Compound and Reciprocal Actors": "The United States and France
  // accused Russia…", in its "Data Fields" names (actor, recipient, event and event_text as lists).
  test("init --from-plover reads a record of the manual's draft 2.0: its compound actor, its lists", () => {
    const record = { ...compound, text_info: { sequence: 1 } };
    const recordPath = join(dir, "record-2.0.json");
    writeFileSync(recordPath, JSON.stringify(record));
    const path = join(dir, "from-plover-2.0.json");
    const run = runCli(["init", "--from-plover", recordPath, path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/not carried over.*\/text_info\/sequence/);
    expect(run.stderr).not.toMatch(/\/actor|\/recipient|\/event/);
    const starter = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown> & { events: unknown[] };
    expect(starter.events).toMatchObject([
      {
        name: "ACCUSE: accused",
        plover: { code: "ACCUSE" },
        participants: [
          { role: "source", actorCode: "USA" },
          { role: "source", actorCode: "FRA" },
          { role: "target", actorCode: "RUS" },
        ],
      },
    ]);
    const completed = { ...starter, ...ploverArticle };
    expect(validateDocument(completed)).toMatchObject({ ok: true });
  });

  test("init takes one source: --kind, --from-ninjs or --from-plover", () => {
    const run = runCli(["init", "--kind", "coup", "--from-plover", "x.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("init takes one of --kind, --from-ninjs and --from-plover");
  });
});
