import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { NewsDocument } from "../../src/index.js";
import { toNinjs } from "../../src/ninjs/to-ninjs.js";
import { toPlover } from "../../src/plover/to-plover.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";

// Data teams keep documents as NDJSON feeds: plover and ninjs refused them ("holds more than one
// JSON value"), though validate and export read them.
const dir = mkdtempSync(join(tmpdir(), "news-events-feeds-"));
const example = (name: string) => readFileSync(`examples/${name}/document.json`, "utf8");
const [canonical, aukus, mali] = ["burkina-faso-russia", "aukus-2023", "mali-coup-2020"].map(
  (name) => JSON.parse(example(name)) as NewsDocument,
) as [NewsDocument, NewsDocument, NewsDocument];
// A real document that is invalid without `--kinds`: its event is of a kind built by the user.
const election = JSON.parse(example("custom-kind-election")) as NewsDocument;

/** What each command prints for one valid document of a feed. */
const OUTPUT = {
  plover: (doc: NewsDocument) =>
    toPlover(doc)
      .map((r) => `${JSON.stringify(r)}\n`)
      .join(""),
  ninjs: (doc: NewsDocument) => `${JSON.stringify(toNinjs(doc, { version: "3.1" }))}\n`,
};
const COMMANDS = ["plover", "ninjs"] as const;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const ndjson = (docs: readonly unknown[]) => docs.map((d) => `${JSON.stringify(d)}\n`).join("");

describe("plover and ninjs read NDJSON, or an array, of documents", () => {
  const docs = [canonical, aukus, mali];
  test.each(
    COMMANDS.flatMap((command) => [
      [command, "an NDJSON file", [file(`${command}.ndjson`, ndjson(docs))], ""],
      [command, "NDJSON on standard input", ["-"], ndjson(docs)],
      [command, "a pretty JSON array", [file(`${command}-array.json`, JSON.stringify(docs, null, 2))], ""],
    ]),
  )(
    "%s of %s prints every document's output, in feed order (ninjs: one compact item a line)",
    (command, _, args, input) => {
      const run = runCli([command, ...args], { input });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(docs.map(OUTPUT[command]).join(""));
    },
  );

  test.each(COMMANDS)("%s names each invalid record at its line, prints the valid ones, exit 1", (command) => {
    // Line 3 is a real document cut with a trailing comma: a syntax fault at its line and column.
    const broken = `${JSON.stringify(aukus).slice(0, -1)},}`;
    const path = file(`invalid-${command}.ndjson`, `${ndjson([canonical, election])}${broken}\n${ndjson([mali])}`);
    const run = runCli([command, path]);
    expect(run.code).toBe(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stdout).toBe([canonical, mali].map(OUTPUT[command]).join(""));
    const what = command === "plover" ? "PLOVER records" : "ninjs";
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      `${path}:2: /events/0/kind: must be one of Meeting, Coup, Partnership, Event (got "Election"); a kind of your own? give --kinds DIR, built by news-events kinds build`,
      `${path}:2: not a valid news document (1 issue); no ${what} written`,
      `${path}:3:${broken.length - 1}: is not valid JSON: a trailing comma before }: remove the comma`,
      `${path}:3: could not be read; no ${what} written`,
      "2 valid, 2 invalid",
    ]);
  });

  test.each(COMMANDS)("%s of a pretty array names an invalid item's issue at its line in the file", (command) => {
    const text = JSON.stringify([mali, { ...canonical, language: "english" }], null, 2);
    const line = text.split("\n").findIndex((l) => l.includes('"language": "english"')) + 1;
    const item = text.split("\n").lastIndexOf("  {") + 1;
    const path = file(`array-${command}.json`, text);
    const run = runCli([command, path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(OUTPUT[command](mali));
    expect(run.stderr.split("\n").slice(0, 2)).toEqual([
      expect.stringMatching(new RegExp(`^${path}:${line}: /1/language: must be a BCP 47 language tag`)),
      expect.stringMatching(new RegExp(`^${path}:${item}: not a valid news document \\(1 issue\\)`)),
    ]);
  });

  test.each(COMMANDS)(
    "%s keeps --max-record-bytes in a feed: a longer line is named, the others printed",
    (command) => {
      const path = file(`limit-${command}.ndjson`, ndjson([canonical, mali]));
      const run = runCli([command, path, "--max-record-bytes", "20K"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(OUTPUT[command](mali));
      expect(run.stderr).toMatch(new RegExp(`^${path}:1: is a line of [\\d,]+ bytes, over the 20 KiB record limit`));
    },
  );

  test.each(COMMANDS)("%s of an empty array: nothing to print, a usage error (exit 2)", (command) => {
    const run = runCli([command, "-"], { input: "[]\n" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("news-events: <stdin>: is an empty array; expected one or more documents\n");
  });
});
