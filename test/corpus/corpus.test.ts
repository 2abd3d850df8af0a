import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateDocument, validateEvent } from "../../src/index.js";
import { canonicalDocument, deepFreeze, repoPath } from "../helpers/fixtures.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";

const corpus = (name: string) => repoPath(`test/corpus/${name}`);
const parseFile = (name: string): unknown => JSON.parse(readFileSync(corpus(name), "utf8")) as unknown;
const validate = (value: unknown) => {
  const isEvent = value !== null && typeof value === "object" && "kind" in value;
  return isEvent ? validateEvent(deepFreeze(value)) : validateDocument(deepFreeze(value));
};
const issuesOf = (value: unknown) => {
  const result = validate(value);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.pointer]);
};

describe("the bad-input corpus through the API: one clear issue each", () => {
  const cases: [string, [string, string][]][] = [
    ["unknown-kind.json", [["unknown-kind", "/events/1/kind"]]],
    ["missing-required.json", [["required", "/events/0/participants"]]],
    ["impossible-date.json", [["invalid-date", "/events/2/date/value"]]],
    ["date-time-without-offset.json", [["format", "/published"]]],
    ["evidence-past-end.json", [["evidence-out-of-range", "/quotes/0/evidence/0/end"]]],
    ["evidence-splits-surrogate.json", [["evidence-splits-character", "/entities/0/mentions/0/start"]]],
    ["dangling-reference.json", [["dangling-reference", "/events/0/location"]]],
    ["duplicate-ids.json", [["duplicate-id", "/entities/10/id"]]],
  ];
  for (const [file, expected] of cases) test(file, () => expect(issuesOf(parseFile(file))).toEqual(expected));

  test("wrong-types.ndjson: a wrong JSON type at every level", () => {
    const lines = readFileSync(corpus("wrong-types.ndjson"), "utf8").trim().split("\n");
    expect(lines.map((l) => issuesOf(JSON.parse(l)))).toEqual([
      [["type", ""]],
      [["type", ""]],
      [["type", ""]],
      [["type", "/participants"]],
      [["type", "/participants/0/entity"]],
      [["type", "/date/evidence/0/start"]],
      [["type", "/initiators"]],
      [["enum", "/outcome"]],
    ]);
  });

  test("prototype-keys: rejected, and nothing polluted", () => {
    const lines = readFileSync(corpus("prototype-keys.json"), "utf8").trim().split("\n");
    expect(lines.map((l) => issuesOf(JSON.parse(l)))).toEqual([
      [["unknown-property", "/__proto__"]],
      [["unknown-property", "/constructor"]],
      [["unknown-property", "/prototype"]],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("the bad-input corpus through the CLI: one line per problem, exit 1 or 2, no stack trace, nothing lost", () => {
  const cases: { file: string; code: number; lines: (string | RegExp)[] }[] = [
    { file: "unknown-kind.json", code: 1, lines: [/^unknown-kind\.json:\d+: \/events\/1\/kind: must be one of Meeting, Coup, Partnership, Event \(got "Summit"\); a kind of your own\? give --kinds DIR, built by news-events kinds build$/, "0 valid, 1 invalid"] },
    { file: "missing-required.json", code: 1, lines: [/^missing-required\.json:\d+: \/events\/0\/participants: is required but missing$/, "0 valid, 1 invalid"] },
    { file: "impossible-date.json", code: 1, lines: [/: \/events\/2\/date\/value: is not a real calendar date \(got "2022-02-30"\)$/, "0 valid, 1 invalid"] },
    { file: "date-time-without-offset.json", code: 1, lines: [/: \/published: must be a date-time with a UTC offset/, "0 valid, 1 invalid"] },
    { file: "evidence-past-end.json", code: 1, lines: [/: \/quotes\/0\/evidence\/0\/end: must be at most 2035/, "0 valid, 1 invalid"] },
    { file: "evidence-splits-surrogate.json", code: 1, lines: [/: \/entities\/0\/mentions\/0\/start: splits a character written as a UTF-16 surrogate pair$/, "0 valid, 1 invalid"] },
    { file: "dangling-reference.json", code: 1, lines: [/: \/events\/0\/location: no place or country has id "ouagadougou"$/, "0 valid, 1 invalid"] },
    { file: "duplicate-ids.json", code: 1, lines: [/: \/entities\/10\/id: "niger" is already used at \/entities\/2$/, "0 valid, 1 invalid"] },
    { file: "prototype-keys.json", code: 1, lines: [/:1: \/__proto__: is not a known property here; expected one of classes, date, details, endDate, evidence, initiators, location, outcomeAsOf, outcomeHistory, participants, places, quantities, reactions, relations, route, steps, summary, wikidata$/, /:2: \/constructor: /, /:3: \/prototype: /, "0 valid, 3 invalid"] },
    { file: "nan.json", code: 1, lines: [/^nan\.json:1:174: is not valid JSON: NaN is not a JSON value: use true, false, null, or a number$/, "0 valid, 1 invalid"] },
    { file: "byte-order-mark.json", code: 0, lines: ["1 valid, 0 invalid"] },
    { file: "invalid-utf8.ndjson", code: 1, lines: ["invalid-utf8.ndjson:2: is not valid UTF-8", "2 valid, 1 invalid"] },
    { file: "truncated.ndjson", code: 1, lines: [/^truncated\.ndjson:2:103: is not valid JSON: a string that is not closed: add the closing "/, /^truncated\.ndjson:4:24: is not valid JSON: a string that is not closed: add the closing "/, "2 valid, 2 invalid"] },
    { file: "empty.json", code: 1, lines: ["empty.json:1: is empty: expected a JSON document, an event, an array of them, or NDJSON", "0 valid, 1 invalid"] },
    { file: "whitespace-only.ndjson", code: 1, lines: [/^whitespace-only\.ndjson:1: is empty/, "0 valid, 1 invalid"] },
    { file: "wrong-types.ndjson", code: 1, lines: [...Array.from({ length: 7 }, (_, i) => new RegExp(`^wrong-types\\.ndjson:${i + 1}: (/\\S*|\\(root\\)): must be`)), /^wrong-types\.ndjson:8: \/outcome: must be one of/, "0 valid, 8 invalid"] },
  ];
  for (const c of cases) {
    test(c.file, () => {
      const run = runCli(["validate", c.file], { cwd: repoPath("test/corpus") });
      expect(run.code).toBe(c.code);
      expect(run.stderr).toBe("");
      expect(hasStackTrace(run.stdout)).toBe(false);
      const lines = run.stdout.trim().split("\n");
      expect(lines).toHaveLength(c.lines.length);
      c.lines.forEach((expected, i) => (typeof expected === "string" ? expect(lines[i]).toBe(expected) : expect(lines[i]).toMatch(expected)));
    });
  }

  // Found by a trial: `jsonld` of an empty file said it expected "an array of them, or NDJSON",
  // which it does not take. A command that takes one input names what it takes. Found by a later
  // trial: an empty file was a usage error (exit 2) there, where `validate` and `export` count it
  // invalid (exit 1, what the README's exit codes promise for invalid data): it is the user's file,
  // not a mistake in the command line. Two values where one is expected stays a usage error.
  const feedOfDocuments = "a news document, an array of them, or NDJSON";
  test.each([
    [["jsonld"], "one news document"],
    [["find", "@", "words"], "one news document"],
    [["rebase", "@", "--body", "README.md"], "one news document"],
    [["init", "--from-plover", "@"], "one PLOVER record"],
    [["init", "--from-ninjs", "@"], "one ninjs item"],
    [["ninjs"], feedOfDocuments],
    [["plover"], feedOfDocuments],
  ])("%j: an empty file is invalid input (exit 1) saying what it takes; two values a usage error", (args, expected) => {
    const withFile = (file: string) => (args.includes("@") ? args.map((a) => (a === "@" ? file : a)) : [...args, file]);
    for (const file of ["empty.json", "whitespace-only.ndjson"]) {
      const empty = runCli(withFile(file), { cwd: repoPath("test/corpus") });
      expect([empty.code, empty.stdout, empty.stderr]).toEqual([1, "", `${file}:1: is empty: expected ${expected}\n`]);
    }
    if (expected === feedOfDocuments) return; // a feed takes two documents
    const two = join(mkdtempSync(join(tmpdir(), "news-events-two-")), "two.ndjson");
    writeFileSync(two, "{}\n{}\n");
    const run = runCli(withFile(two));
    expect([run.code, run.stderr]).toEqual([2, `news-events: ${two}: holds more than one JSON value; expected ${expected}\n`]);
  });

  test("every command that reads a document says an empty file is empty, exit 1, as validate does", () => {
    const out = mkdtempSync(join(tmpdir(), "news-events-empty-"));
    const cwd = repoPath("test/corpus");
    const validateRun = runCli(["validate", "empty.json"], { cwd });
    const exportRun = runCli(["export", "empty.json", "--format", "csv", "--out", join(out, "t")], { cwd });
    const check = runCli(["check", "empty.json"], { cwd });
    for (const run of [validateRun, exportRun, check]) expect(run.code).toBe(1);
    expect(validateRun.stdout).toMatch(/^empty\.json:1: is empty: expected /);
    expect(exportRun.stdout).toMatch(/^empty\.json:1: is empty: expected /);
    expect(check.stdout).toMatch(/^empty\.json:1: error json\/syntax .*: is empty: expected a JSON-LD object or an array of them\n/);
  });

  test("the whole corpus at once: every file judged, valid records counted", () => {
    const files = ["byte-order-mark.json", "invalid-utf8.ndjson", "truncated.ndjson", "empty.json", "nan.json"];
    const run = runCli(["validate", ...files], { cwd: repoPath("test/corpus") });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("5 valid, 5 invalid");
  });
});

describe("huge and deep inputs finish, with one clear issue", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-events-huge-"));
  const big = "x".repeat(50 * 1024 * 1024);
  const doc = canonicalDocument();

  test("a 50 MB string where an id belongs", () => {
    const event = { ...doc.events[2], id: big };
    expect(issuesOf(event)).toEqual([["pattern", "/id"]]);
    const path = join(dir, "huge.ndjson");
    writeFileSync(path, `${JSON.stringify(doc.events[0])}\n${JSON.stringify(event)}\n`);
    // Over the default 32 MiB record limit: one invalid record, the valid one still counted.
    const capped = runCli(["validate", path]);
    expect(capped.code).toBe(1);
    const bytes = Buffer.byteLength(JSON.stringify(event)).toLocaleString("en");
    expect(capped.stdout.trim().split("\n")).toEqual([`${path}:2: is a line of ${bytes} bytes, over the 32 MiB record limit (--max-record-bytes raises it)`, "1 valid, 1 invalid"]);
    // With a larger limit it is read, and the id is judged.
    const run = runCli(["validate", "--max-record-bytes", "64M", path]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toEqual([expect.stringMatching(/:2: \/id: must be an id of ASCII a–z, 0–9 and hyphens, not starting with a hyphen \(at most 100\) \(got "x+\.\.\.\)$/) as unknown as string, "1 valid, 1 invalid"]);
  });

  test("a 50 MB body is just text", () => {
    expect(validateDocument(deepFreeze({ ...doc, body: doc.body + big })).ok).toBe(true);
  });

  test("10,000-deep nesting, in the API and through the CLI", () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const text = `{"kind":"Coup","id":"c","name":"Coup","salience":"main","country":"x","outcome":"failed","participants":${deep}}`;
    expect(issuesOf(JSON.parse(text))).toEqual([["type", "/participants/0"]]);
    const pretty = `{\n"headline": "x",\n"events": ${deep}\n}\n`;
    const path = join(dir, "deep.json");
    writeFileSync(path, `${text}\n`);
    writeFileSync(join(dir, "deep-pretty.json"), pretty);
    for (const file of [path, join(dir, "deep-pretty.json")]) {
      const run = runCli(["validate", file]);
      expect(run.code).toBe(1);
      expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
      expect(run.stdout.trim().split("\n").at(-1)).toBe("0 valid, 1 invalid");
    }
  });
});
