import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { judgeAll } from "../../src/cli/judge.js";
import { readRecords } from "../../src/cli/records.js";
import { parseTree, type Node } from "jsonc-parser";
import { lineIndex, linesOf } from "../../src/cli/locate.js";
import { MAX_ISSUES } from "../../src/core/issue.js";
import { validateDocument } from "../../src/validate/index.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-validate-limits-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("validate's output per record is capped as the library caps one input (issue 21)", () => {
  test("one 300 KB line [{},{},…] of 100,000 documents: 100 lines and a count, every document counted", () => {
    const line = file("array.ndjson", `[${Array(100_000).fill("{}").join(",")}]\n`);
    const run = runCli(["validate", line]);
    const lines = run.stdout.trimEnd().split("\n");
    // 600,001 lines (55 MB) before: each document of the array was capped, the record was not.
    expect(lines).toHaveLength(MAX_ISSUES + 1);
    // The count is the record's, at no place in it (it was at "/", the member named "").
    expect(lines.at(-2)).toBe(`${line}:1: ${600_000 - (MAX_ISSUES - 1)} more issues not shown`);
    expect(lines.at(-1)).toBe("0 valid, 100000 invalid");
    expect(run.code).toBe(1);
  });

  test("--format json: the same cap", () => {
    const line = file("array.json", `[${Array(20_000).fill("{}").join(",")}]`);
    const report = JSON.parse(runCli(["validate", "--format", "json", line]).stdout) as {
      files: { issues: { code: string; line: number }[]; invalid: number }[];
    };
    const [only] = report.files;
    expect(only?.issues).toHaveLength(MAX_ISSUES);
    expect(only?.issues.at(-1)).toMatchObject({ code: "too-many-issues", line: 1 });
    expect(only?.invalid).toBe(20_000);
  });

  /** The record of one JSON value, as the reader makes it. */
  const record = (value: unknown) => ({ ok: true as const, line: 1, value, text: JSON.stringify(value) });
  const issuesOf = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${i}`, 1]));

  test.each([
    ["a document the library caps", { headline: "", ...issuesOf(150) }],
    ["a document with fewer issues than the cap", { headline: "" }],
  ])("%s: exactly the library's issues", (_, value) => {
    const result = validateDocument(value);
    expect(result.ok).toBe(false);
    const expected = result.ok ? [] : result.issues;
    expect(judgeAll([record(value)]).problems.map(({ line: _, ...p }) => p)).toEqual(expected);
  });

  test.each([2, 16, 30])("an array of %i documents: every problem up to the cap, then a count", (count) => {
    const value = Array.from({ length: count }, () => ({ x: 1 }));
    const one = validateDocument({ x: 1 });
    const total = count * (one.ok ? 0 : one.issues.length);
    expect(total).toBeGreaterThan(0);
    const { problems, invalid } = judgeAll([record(value)]);
    expect(invalid).toBe(count);
    if (total <= MAX_ISSUES) expect(problems).toHaveLength(total);
    else {
      expect(problems).toHaveLength(MAX_ISSUES);
      expect(problems.at(-1)?.message).toBe(`${total - (MAX_ISSUES - 1)} more issues not shown`);
    }
  });
});

describe("linesOf: where values start, in one pass over the text", () => {
  const json = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value, null, 2) ?? "null");

  test("the lines of a parse tree, for every value, and a missing member at its parent's line", () => {
    fc.assert(
      fc.property(json, (text) => {
        const lineOf = lineIndex(text);
        const expected = new Map<string, number>();
        const walk = (node: Node, at: string) => {
          expected.set(at, lineOf(node.offset));
          expected.set(`${at}/missing~1member`, lineOf(node.offset));
          (node.children ?? []).forEach((child, i) => {
            if (node.type === "array") walk(child, `${at}/${i}`);
            else if (child.children?.[1]) {
              const key = String(child.children[0]?.value).replaceAll("~", "~0").replaceAll("/", "~1");
              walk(child.children[1], `${at}/${key}`);
            }
          });
        };
        walk(parseTree(text) as Node, "");
        const lines = linesOf(text, [...expected.keys()]);
        for (const [pointer, line] of expected) expect([pointer, lines.get(pointer)]).toEqual([pointer, line]);
      }),
    );
  });

  test("a 1,000,000-value text is scanned in linear time (no tree, no scan per pointer)", () => {
    const text = `[\n${Array(1_000_000).fill("{}").join(",\n")}\n]`;
    const pointers = Array.from({ length: 100 }, (_, i) => `/${i * 10_100}/headline`);
    const started = performance.now();
    const lines = linesOf(text, pointers);
    expect(lines.get("/999900/headline")).toBe(999_902);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("--max-record-bytes: a record of exactly the limit is read, one byte more is not (issue 21)", () => {
  const record = '{"headline":"Ouagadougou – “ok”"}';
  const size = Buffer.byteLength(record);
  const pretty = JSON.stringify(JSON.parse(record), null, 2);
  const prettySize = Buffer.byteLength(pretty);
  /** Whether each record of `text`, read in chunks of 5 bytes with the limit `max`, was read or refused. */
  async function verdicts(text: string, max: number): Promise<string[]> {
    async function* chunks() {
      const bytes = Buffer.from(text);
      for (let i = 0; i < bytes.length; i += 5) yield bytes.subarray(i, i + 5);
    }
    const out: string[] = [];
    for await (const r of readRecords(chunks(), { maxRecordBytes: max })) out.push(r.ok ? "read" : r.code);
    return out;
  }
  test.each<[string, string, number, string[]]>([
    ["NDJSON lines (LF) at the limit", `${record}\n${record}\n`, size, ["read", "read"]],
    ["NDJSON lines (CRLF) at the limit: the CR is not counted", `${record}\r\n${record}\r\n`, size, ["read", "read"]],
    ["NDJSON lines (LF) one byte over", `${record}\n${record}\n`, size - 1, ["too-large", "too-large"]],
    ["NDJSON lines (CRLF) one byte over", `${record}\r\n${record}\r\n`, size - 1, ["too-large", "too-large"]],
    ["a pretty document at the limit, no last newline", pretty, prettySize, ["read"]],
    ["a pretty document at the limit, with a last newline", `${pretty}\n`, prettySize, ["read"]],
    ["a pretty CRLF document at the limit", `${pretty.replaceAll("\n", "\r\n")}\r\n`, prettySize, ["read"]],
    ["a pretty document one byte over", pretty, prettySize - 1, ["too-large"]],
  ])("%s", async (_, text, max, expected) => {
    expect(await verdicts(text, max)).toEqual(expected);
  });

  test("the same on worker threads: validate --jobs 2 reads a CRLF line of exactly the limit", () => {
    const feed = file("crlf.ndjson", `${record}\r\n`.repeat(3));
    const args = ["validate", feed, "--max-record-bytes", String(size)];
    const expected = "0 valid, 3 invalid";
    for (const jobs of ["1", "2"]) {
      const run = runCli([...args, "--jobs", jobs]);
      expect(run.stdout).not.toMatch(/record limit/);
      expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(expected);
    }
  });
});
