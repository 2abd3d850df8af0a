// Found by a trial: a document with a key given twice had its issue located at the first, whose
// value JSON.parse drops, not at the second, the one validation judged. The real canonical
// document (test/fixtures, the project's own) with its `language` given twice, the second wrong.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lineLocator, memberLocator, strictLineLocator } from "../../src/check/lines.js";
import { placesOf } from "../../src/cli/locate.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const pretty = JSON.stringify(canonicalDocument(), null, 2);
const lines = pretty.split("\n");
const first = lines.findIndex((l) => l.startsWith('  "language"')) + 1;
// The second `language`, a number, on the line after the first.
const text = [...lines.slice(0, first), '  "language": 7,', ...lines.slice(first)].join("\n");
const second = first + 1;
const dir = mkdtempSync(join(tmpdir(), "news-events-duplicate-"));
const path = join(dir, "twice.json");
writeFileSync(path, text);
const note = `(/language is given twice: the one at line ${first} is overridden by this one)`;

describe("a key given twice: the issue is at the second, naming the first's line", () => {
  test("validate, in text and JSON", () => {
    const run = runCli(["validate", path]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe(`${path}:${second}: /language: must be string (got integer) ${note}`);
    const json = JSON.parse(runCli(["validate", "--format", "json", path]).stdout) as {
      files: { issues: { pointer: string; line: number; message: string }[] }[];
    };
    expect(json.files[0]?.issues).toMatchObject([{ pointer: "/language", line: second }]);
    expect(json.files[0]?.issues[0]?.message).toContain(note);
  });

  test.each([["jsonld"], ["ninjs"], ["plover"]])("%s names the second too", (command) => {
    const run = runCli([command, path]);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe(`${path}:${second}: /language: must be string (got integer) ${note}`);
  });

  test("the line finders: the last of duplicates, as JSON.parse keeps it, also inside one given twice", () => {
    const nested = '{\n "a": {\n  "b": 1,\n  "c": 1\n },\n "a": {\n  "b": 2\n }\n}';
    expect(JSON.parse(nested)).toEqual({ a: { b: 2 } });
    for (const locate of [lineLocator(nested), strictLineLocator(nested)]) {
      expect([locate("/a"), locate("/a/b"), locate("/a/c")]).toEqual([6, 7, 6]);
    }
    expect(memberLocator(nested)("/a/b")).toEqual({ line: 7, duplicate: { pointer: "/a", line: 2 } });
    expect(memberLocator(nested)("/a/c")).toEqual({ line: 6, duplicate: { pointer: "/a", line: 2 } });
    const places = placesOf(nested, ["/a/b", "/a/c", ""]);
    expect(places.get("/a/b")).toEqual({ line: 7, duplicate: { pointer: "/a", line: 2 } });
    // /a/c is only in the first `a`, which JSON.parse dropped: the second `a`, its nearest parent.
    expect(places.get("/a/c")).toEqual({ line: 6, duplicate: { pointer: "/a", line: 2 } });
    expect(places.get("")).toEqual({ line: 1 });
  });
});

// Found by a trial: the root was printed as "/", which RFC 6901 reads as the member named "".
describe('the whole input\'s issue is at (root) in lines, at the pointer "" in JSON', () => {
  const five = join(dir, "five.json");
  writeFileSync(five, "5\n");
  test.each([["validate"], ["jsonld"]])("%s", (command) => {
    const run = runCli([command, five]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(`${five}:1: (root): must be object (got integer)\n`);
    expect(run.stdout + run.stderr).not.toMatch(/ \/: /);
  });

  test('validate --format json keeps the pointer ""', () => {
    const json = JSON.parse(runCli(["validate", "--format", "json", five]).stdout) as {
      files: { issues: { pointer: string; line: number }[] }[];
    };
    expect(json.files[0]?.issues).toMatchObject([{ pointer: "", line: 1 }]);
  });
});
