import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { jsonFault } from "../../src/core/json-fault.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-input-"));
const pretty = JSON.stringify(canonicalDocument(), null, 2);
const prettyLines = pretty.split("\n");

/** The pretty canonical document with line `index` (0-based) replaced by `edit(line)`. */
function edited(index: number, edit: (line: string) => string): string {
  return prettyLines.map((l, i) => (i === index ? edit(l) : l)).join("\n");
}

/** The index of the first line that is the last member before a closing brace (no comma of its own). */
const beforeBrace = prettyLines.findIndex((l, i) => !l.endsWith(",") && /^\s*\}/.test(prettyLines[i + 1] ?? ""));
const headline = prettyLines.findIndex((l) => l.startsWith('  "headline"'));

// One slip in a pretty-printed document: exactly one line, naming the line and column of the
// fault and saying in words what it is (before: 84 lines of a document read as NDJSON).
const SLIPS: [string, string, number, number, RegExp][] = [
  [
    "a trailing comma",
    edited(beforeBrace, (l) => `${l},`),
    beforeBrace + 1,
    (prettyLines[beforeBrace]?.length ?? 0) + 1,
    /a trailing comma before }: remove the comma/,
  ],
  [
    "two commas in a row",
    edited(headline, (l) => `${l},`),
    headline + 1,
    (prettyLines[headline]?.length ?? 0) + 1,
    /two commas in a row \(,,\)/,
  ],
  [
    "a // comment",
    edited(headline, (l) => `${l} // draft`),
    headline + 1,
    (prettyLines[headline]?.length ?? 0) + 2,
    /a comment \(\/\/ or \/\* \*\/\): JSON has no comments; remove it/,
  ],
  [
    "an unclosed string",
    edited(headline, () => '  "headline": "Coup in the capital,'),
    headline + 1,
    15,
    /a string that is not closed: add the closing "/,
  ],
  [
    "a CRLF document with a trailing comma",
    edited(beforeBrace, (l) => `${l},`).replaceAll("\n", "\r\n"),
    beforeBrace + 1,
    (prettyLines[beforeBrace]?.length ?? 0) + 1,
    /a trailing comma/,
  ],
];

describe("one syntax slip in a pretty document is one issue at its line:column, for every command", () => {
  test.each(SLIPS)("%s", (name, text, line, column, words) => {
    const path = join(dir, `${name.replaceAll(/\W+/g, "-")}.json`);
    writeFileSync(path, text);
    const at = `${path}:${line}:${column}: is not valid JSON: `;
    const validate = runCli(["validate", path]);
    expect(validate.stdout.split("\n")).toEqual([expect.stringContaining(at), "0 valid, 1 invalid", ""]);
    expect(validate.stdout).toMatch(words);
    for (const args of [
      ["jsonld", path],
      ["ninjs", path],
      ["rebase", path, "--body", path],
      ["find", path, "x"],
    ]) {
      const run = runCli(args);
      // Invalid data, as validate counts it (exit 1), in validate's words (it was a usage error, exit 2).
      expect(run.code, args[0]).toBe(1);
      expect(run.stderr, args[0]).toBe(`${validate.stdout.split("\n")[0]}\n`);
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
  });

  test("a file whose first line is a complete value is NDJSON; its broken lines are each named", () => {
    const path = join(dir, "feed.ndjson");
    writeFileSync(path, '{"kind":"Coup"}\n{"kind":"Coup",}\n');
    const run = runCli(["validate", path]);
    expect(run.stdout).toContain(`${path}:2:15: is not valid JSON: a trailing comma before }: remove the comma`);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("0 valid, 2 invalid");
  });

  test("a document broken on its first line, whose next lines are records, says it may be NDJSON", () => {
    const path = join(dir, "broken-first.ndjson");
    writeFileSync(path, '{"kind":"Coup",\n{"kind":"Coup"}\n{"kind":"Coup"}\n');
    const run = runCli(["validate", path]);
    expect(run.stdout).toBe(
      `${path}:2:1: is not valid JSON: unexpected "{": expected a property name in double quotes (if this is NDJSON, one record per line, its first record, line 1, is not a complete JSON value)\n0 valid, 1 invalid\n`,
    );
  });
});

describe("jsonFault", () => {
  test.each<[string, string, number, number, RegExp]>([
    ["trailing comma in an array", "[1,\n 2,\n]", 2, 3, /a trailing comma before \]/],
    ["a comma after {", "{,}", 1, 2, /a comma right after \{/],
    ["a block comment", '{"a": /* x */ 1}', 1, 7, /a comment/],
    ["single quotes", "{\"a\": 'x'}", 1, 7, /single quotes/],
    ["a bare name", "{a: 1}", 1, 2, /without quotes \(a\): write it in double quotes, "a"/],
    ["Python's True", '{"a": True}', 1, 7, /True is not a JSON value/],
    ["a missing comma", '{"a": 1\n "b": 2}', 2, 2, /a missing comma before "b": /],
    ["cut short", '{"a": [1, 2', 1, 12, /ends before its closing \]/],
    ["two values", '{"a":1}\n{"b":2}', 2, 1, /more text after the end.*NDJSON/],
    ["a tab in a string", '{"a": "x\ty"}', 1, 7, /a control character/],
  ])("%s", (_, text, line, column, words) => {
    const fault = jsonFault(text);
    expect(fault).toMatchObject({ line, column });
    expect(fault?.message).toMatch(words);
  });

  test("JSON has no fault", () => expect(jsonFault('{"a": [1, {"b": null}]}')).toBeUndefined());

  test("property: a trailing comma added after any member of a pretty document is found at that comma", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), (object) => {
        const lines = JSON.stringify(object, null, 2).split("\n");
        const last = lines.length - 2; // the last member's last line, before the closing brace
        const text = lines.map((l, i) => (i === last ? `${l},` : l)).join("\n");
        expect(jsonFault(text)).toEqual({
          line: last + 1,
          column: (lines[last]?.length ?? 0) + 1,
          message: "a trailing comma before }: remove the comma",
        });
      }),
    );
  });

  test("property: never throws, and finds a fault in any text JSON.parse refuses", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const fault = jsonFault(text);
        if (valid) expect(fault).toBeUndefined();
        else if (text.trim() !== "") expect(fault?.line).toBeGreaterThan(0);
      }),
    );
  });
});
