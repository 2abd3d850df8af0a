import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { hasStackTrace, runCli } from "../helpers/cli.js";

// Found by a trial of the packed package: a document over the record limit was told that
// "--max-record-bytes raises it", and find and rebase then refused the flag as unknown. Every
// command that reads a document takes it.
const doc = "examples/burkina-faso-russia/document.json";
const dir = mkdtempSync(join(tmpdir(), "news-events-limit-"));
const body = join(dir, "body.txt");
writeFileSync(body, "Any text.");
const record = join(dir, "record.json");
writeFileSync(record, JSON.stringify({ id: "X1", event: "CONSULT", text: "A met B." }));

test.each([
  ["find", ["find", doc, "Moscow"]],
  ["rebase", ["rebase", doc, "--body", body]],
  ["plover", ["plover", doc]],
  ["ninjs", ["ninjs", doc]],
  ["jsonld", ["jsonld", doc]],
  ["init --from-plover", ["init", "--from-plover", record]],
  ["init --from-ninjs", ["init", "--from-ninjs", doc]],
])("%s takes --max-record-bytes: below the input it is the limit named, above it the input is read", (_, args) => {
  const input = args.includes("--from-plover") ? record : doc;
  const refused = runCli([...args, "--max-record-bytes", "16"]);
  // A document over the limit is invalid input, exit 1, as validate counts such a record.
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(new RegExp(`^${input.replaceAll(".", "\\.")}:1: is a (JSON document|line) of `));
  expect(refused.stderr).toContain("over the 16-byte record limit");
  const read = runCli([...args, "--max-record-bytes", "64M"]);
  expect(read.stderr).not.toMatch(/Unknown option|record limit/);
  expect(hasStackTrace(read.stderr)).toBe(false);
});
