import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bodyFromFile } from "../../src/cli/authoring-commands.js";
import { rebaseEvidence, validateDocument } from "../../src/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-rebase-in-place-"));
const doc = canonicalDocument();
const newBody = `Updated at 10:00. ${doc.body}`;
const bodyFile = join(dir, "body.txt");
writeFileSync(bodyFile, newBody);

// The same document written three ways: the rebased file must be the same writing of the rebased
// document, byte for byte (only the body and the moved offsets changed; before: the whole file was
// reprinted with two-space indentation and LF).
const STYLES: [string, (value: unknown) => string][] = [
  ["pretty, 2 spaces", (v) => `${JSON.stringify(v, null, 2)}\n`],
  ["compact, no final newline", (v) => JSON.stringify(v)],
  ["CRLF, tabs", (v) => `${JSON.stringify(v, null, "\t").replaceAll("\n", "\r\n")}\r\n`],
];

describe("rebase --write changes only the spans it moved (#25)", () => {
  const expected = rebaseEvidence(doc, newBody).document;
  test.each(STYLES)("%s", (name, write) => {
    const path = join(dir, `${name.replaceAll(/\W+/g, "-")}.json`);
    writeFileSync(path, write(doc));
    const run = runCli(["rebase", path, "--body", bodyFile, "--write"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/\d+ moved, 0 lost/);
    expect(readFileSync(path, "utf8")).toBe(write(expected));
    expect(validateDocument(JSON.parse(readFileSync(path, "utf8"))).ok).toBe(true);
  });

  test("escapes, spacing and key order elsewhere in the file are kept as written", () => {
    const pretty = JSON.stringify(doc, null, 2).replace('"name": "Example News"', '"name"  :  "Example\\u0020News"');
    const path = join(dir, "odd.json");
    writeFileSync(path, pretty);
    expect(runCli(["rebase", path, "--body", bodyFile, "--write"]).code).toBe(0);
    const after = readFileSync(path, "utf8");
    expect(after).toContain('"name"  :  "Example\\u0020News"');
    expect(after.split("\n").length).toBe(pretty.split("\n").length);
  });

  test("a byte order mark is kept", () => {
    const path = join(dir, "bom.json");
    writeFileSync(path, `\ufeff${JSON.stringify(doc, null, 2)}`);
    expect(runCli(["rebase", path, "--body", bodyFile, "--write"]).code).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(`\ufeff${JSON.stringify(expected, null, 2)}`);
  });

  test("without --write, the edited text goes to stdout in the file's own shape", () => {
    const path = join(dir, "stdout.json");
    writeFileSync(path, JSON.stringify(doc));
    expect(runCli(["rebase", path, "--body", bodyFile]).stdout).toBe(JSON.stringify(expected));
  });
});

describe("rebase --drop-lost removes the spans whose words are gone, and lists them", () => {
  const gone = doc.events[0]!.evidence![0]!.text;
  const cut = doc.body!.replaceAll(gone, "");
  const cutFile = join(dir, "cut.txt");
  writeFileSync(cutFile, cut);

  test("without it: lost, exit 1, nothing written", () => {
    const path = join(dir, "keep.json");
    writeFileSync(path, JSON.stringify(doc, null, 2));
    const run = runCli(["rebase", path, "--body", cutFile, "--write"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/lost \/events\/0\/evidence\/0: /);
    expect(run.stderr).toMatch(/--drop-lost/);
    expect(readFileSync(path, "utf8")).toBe(JSON.stringify(doc, null, 2));
  });

  test("with it: each lost span is listed as dropped and removed, the rest re-placed", () => {
    const path = join(dir, "drop.json");
    writeFileSync(path, JSON.stringify(doc, null, 2));
    const run = runCli(["rebase", path, "--body", cutFile, "--write", "--drop-lost"]);
    expect(run.code, run.stderr).toBe(0);
    const lost = rebaseEvidence(doc, cut).lost;
    expect(lost.length).toBeGreaterThan(0);
    for (const span of lost) expect(run.stderr).toContain(`dropped ${span.pointer}: `);
    const after = JSON.parse(readFileSync(path, "utf8")) as typeof doc;
    expect(JSON.stringify(after)).not.toContain(JSON.stringify(gone));
    expect(after.body).toBe(cut);
    const issues = validateDocument(after);
    expect(issues.ok ? [] : issues.issues.filter((i) => i.code.startsWith("evidence"))).toEqual([]);
  });
});

describe("the body file's line breaks (stated in rebase --help)", () => {
  test.each<[string, string, string, string, number]>([
    ["as it is", "a\nb", "a\nb c", "a\nb c", 0],
    ["a final LF an editor added is dropped", "a", "a b\n", "a b", 1],
    ["a final CRLF too (and CRLF read as LF)", "a", "a b\r\n", "a b", 2],
    ["kept when the body ends with one", "a\n", "a b\n", "a b\n", 0],
    ["CRLF inside read as LF", "a\nb", "a\r\nb c", "a\nb c", 1],
    ["CRLF kept when the body has CR", "a\r\nb", "a\r\nb c", "a\r\nb c", 0],
    ["both", "a\nb", "a\r\nb c\r\n", "a\nb c", 2],
  ])("%s", (_, old, file, body, notes) => {
    const result = bodyFromFile(file, old);
    expect(result.body).toBe(body);
    expect(result.notes).toHaveLength(notes);
  });
});

describe("news-events find", () => {
  const path = join(dir, "find.json");
  writeFileSync(path, JSON.stringify(doc));
  test("one occurrence: the span to paste", () => {
    const words = doc.body!.slice(0, 40);
    const start = doc.body!.indexOf(words);
    const run = runCli(["find", path, words]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify({ start, end: start + words.length, text: words })}\n`);
  });
  test("several: every one listed, exit 1 until one is chosen", () => {
    const run = runCli(["find", path, "Burkina Faso"]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n").length).toBeGreaterThan(1);
    expect(run.stderr).toMatch(/--occurrence N/);
  });
  test("absent: says so at /body, exit 1", () => {
    const run = runCli(["find", path, "Atlantis"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${path}: /body: is not in the body: "Atlantis"\n`);
  });
});
