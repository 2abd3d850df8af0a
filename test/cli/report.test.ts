import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Problem } from "../../src/core/issue.js";
import { findingLine, issueLine, JsonReport, labelledLine, refusedLine, summaryLine } from "../../src/cli/report.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const problem = (code: string, pointer: string, message: string): Problem => ({ code, pointer, message });

describe("the CLI's report lines", () => {
  test.each<[string, string, string]>([
    [
      "an issue at a line",
      issueLine("feed.ndjson", 7, problem("required", "/kind", "is required")),
      "feed.ndjson:7: /kind: is required",
    ],
    [
      // "/" is the member named "" (RFC 6901); the whole input's pointer is "" (found by a trial).
      "the whole input as (root)",
      issueLine("doc.json", undefined, problem("type", "", "must be an object")),
      "doc.json: (root): must be an object",
    ],
    [
      "a record that could not be read has no pointer",
      issueLine("feed.ndjson", 3, problem("invalid-json", "", "is not valid JSON: x")),
      "feed.ndjson:3: is not valid JSON: x",
    ],
    [
      "so has a record over the limit",
      issueLine("feed.ndjson", 4, problem("too-large", "", "is a line of 9 bytes")),
      "feed.ndjson:4: is a line of 9 bytes",
    ],
    [
      "control characters in file, pointer and message are escaped",
      issueLine("a\nb", 1, problem("enum", "/k\u001b", "got \u202e")),
      "a\\u000ab:1: /k\\u001b: got \\u202e",
    ],
    [
      "a finding with its line",
      findingLine("page.html", 12, { severity: "error", rule: "google/headline", pointer: "", message: "is missing" }),
      "page.html:12: error google/headline (root): is missing",
    ],
    [
      "a finding without a line (jsonld --check)",
      findingLine("doc.json", undefined, { severity: "warning", rule: "r/x", pointer: "/a", message: "m" }),
      "doc.json: warning r/x /a: m",
    ],
    [
      "a labelled part",
      labelledLine("item.json", undefined, "not carried over", { pointer: "/edNote", message: "a note" }),
      "item.json: not carried over /edNote: a note",
    ],
    [
      "a summary",
      summaryLine([
        [3, "valid"],
        [0, "invalid"],
      ]),
      "3 valid, 0 invalid",
    ],
    [
      "one issue refused",
      refusedLine("d.json", 1, "ninjs"),
      "d.json: not a valid news document (1 issue); no ninjs written",
    ],
    [
      "several refused",
      refusedLine("d.json", 2, "JSON-LD"),
      "d.json: not a valid news document (2 issues); no JSON-LD written",
    ],
  ])("%s", (_, line, expected) => {
    expect(line).toBe(expected);
  });
});

describe("JsonReport writes what JSON.stringify(report, null, 2) would, line separators escaped", () => {
  type File = { head: Record<string, unknown>; items: unknown[]; tail: Record<string, unknown> };
  const cases: [string, File[], Record<string, unknown>][] = [
    ["no file", [], { files: 0 }],
    ["a file without items", [{ head: { file: "a" }, items: [], tail: { valid: 1, invalid: 0 } }], { files: 1 }],
    [
      "files with items, nested values and no tail",
      [
        {
          head: { file: "a\nb", errors: 1, list: [1, { x: [] }] },
          items: [{ code: "x", params: { got: "\u2028" } }, "two", [1, 2]],
          tail: {},
        },
        { head: { file: "c" }, items: [{}], tail: { valid: 0, invalid: 1 } },
      ],
      { files: 2, nested: { a: [1] } },
    ],
  ];
  test.each(cases)("%s", (_, files, totals) => {
    let text = "";
    const report = new JsonReport((t) => (text += t), "issues");
    for (const f of files) {
      report.startFile(f.head);
      for (const item of f.items) report.add(item);
      report.endFile(f.tail);
    }
    report.end(totals);
    const expected = {
      version: 1,
      files: files.map((f) => ({ ...f.head, issues: f.items, ...f.tail })),
      totals,
    };
    // Byte for byte, but for U+2028 and the like, which are written as escapes (#21).
    expect(text).toBe(`${JSON.stringify(expected, null, 2).replaceAll("\u2028", "\\u2028")}\n`);
    expect(JSON.parse(text)).toEqual(expected);
  });
});

describe("validate --format json", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-events-report-"));
  const doc = canonicalDocument();
  const feed = join(dir, "feed.ndjson");
  writeFileSync(
    feed,
    `${JSON.stringify(doc.events[0])}\n{"kind":\n${JSON.stringify({ ...doc.events[1], kind: "Summit\u001b" })}\n`,
  );
  const pretty = join(dir, "doc.json");
  writeFileSync(pretty, JSON.stringify({ ...doc, headline: "" }, null, 2));

  test("prints { version, files, totals } with each problem's code, pointer, message, params, file and line", () => {
    const run = runCli(["validate", "--format", "json", feed, pretty]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as unknown;
    expect(report).toEqual({
      version: 1,
      files: [
        {
          file: feed,
          issues: [
            {
              code: "invalid-json",
              pointer: "",
              message: expect.stringMatching(/^is not valid JSON/),
              file: feed,
              line: 2,
              column: 9,
            },
            expect.objectContaining({
              code: "unknown-kind",
              pointer: "/kind",
              message: 'must be one of Meeting, Coup, Partnership, Event (got "Summit\\u001b")',
              params: { expected: "Meeting, Coup, Partnership, Event", got: '"Summit\\u001b"' },
              file: feed,
              line: 3,
            }),
          ],
          valid: 1,
          invalid: 2,
        },
        {
          file: pretty,
          issues: [
            expect.objectContaining({
              code: "too-short",
              pointer: "/headline",
              file: pretty,
              line: expect.any(Number),
            }),
          ],
          valid: 0,
          invalid: 1,
        },
      ],
      totals: { files: 2, valid: 1, invalid: 3 },
    });
    // Each issue is a Problem (params only where the message names values), then where it is.
    for (const issue of (report as { files: { issues: object[] }[] }).files.flatMap((f) => f.issues))
      expect(Object.keys(issue).join(",")).toMatch(/^code,pointer,message,(params,)?file,line(,column)?$/);
  });

  test("--format text is the default; any other format is a usage error", () => {
    expect(runCli(["validate", "--format", "text", feed]).stdout).toBe(runCli(["validate", feed]).stdout);
    const bad = runCli(["validate", "--format", "xml", feed]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('news-events: --format must be text or json (got "xml")\n');
  });

  test("a file that cannot be opened is left out of the report, said on stderr, exit 2", () => {
    const run = runCli(["validate", "--format", "json", join(dir, "missing.json"), pretty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.json: no such file\n$/);
    expect((JSON.parse(run.stdout) as { totals: unknown }).totals).toEqual({ files: 1, valid: 0, invalid: 1 });
  });
});

// Found by the fifth trial: a document that lists its entities after its events got the entities'
// issue first (the checks' order), line 1046 above line 55.
describe("a document's issues are listed in the order of its lines", () => {
  const dir = mkdtempSync(join(tmpdir(), "news-events-order-"));
  const { entities, ...rest } = canonicalDocument();
  const document = { ...rest, entities: structuredClone(entities) };
  document.events[0]!.date!.value = "2023-02-30";
  document.entities[2]!.id = document.entities[1]!.id;

  test("pretty-printed: line after line, whatever the order the checks found them in", () => {
    const file = join(dir, "entities-last.json");
    writeFileSync(file, JSON.stringify(document, null, 2));
    const lines = runCli(["validate", file])
      .stdout.split("\n")
      .filter((l) => l.startsWith(file));
    expect(lines.map((l) => /^:\d+: [^ ]+/.exec(l.slice(file.length))?.[0])).toEqual([
      ":55: /events/0/date/value:",
      ":241: /events/3/country:",
      ":1046: /entities/2/id:",
    ]);
  });

  test("past the cap, the line that counts the rest stays last", () => {
    const many = {
      ...document,
      entities: [...document.entities, ...Array.from({ length: 150 }, () => ({ ...document.entities[1]! }))],
    };
    const file = join(dir, "many.json");
    writeFileSync(file, JSON.stringify(many, null, 2));
    const lines = runCli(["validate", file])
      .stdout.split("\n")
      .filter((l) => l.startsWith(file));
    expect(lines.at(-1)).toMatch(/:1: \d+ more issues not shown$/);
    const numbers = lines.slice(0, -1).map((l) => Number(/:(\d+):/.exec(l)?.[1]));
    expect(numbers).toHaveLength(99);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});
