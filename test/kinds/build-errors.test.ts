// What `news-events kinds build` says of a kind file it cannot build, and what it leaves behind.
// Each case was found by a trial of the packed package.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { hasStackTrace, runCli } from "../helpers/cli.js";
import { ELECTION_SCHEMA } from "./helpers.js";

/** Invisible characters a report line must never carry as they are. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00a0]/;

/** Writes `content` as `name` in a new folder and builds it into `out` there. */
function build(content: string | Buffer | object, name = "kind.schema.json") {
  const folder = mkdtempSync(join(tmpdir(), "kinds-build-"));
  const file = join(folder, name);
  writeFileSync(
    file,
    typeof content === "object" && !Buffer.isBuffer(content) ? JSON.stringify(content, null, 2) : content,
  );
  const out = join(folder, "out");
  return { ...runCli(["kinds", "build", file, "--out", out]), out, folder };
}

describe("a kind file's bytes", () => {
  // It said `bom.schema.json:1:1: is not valid JSON: unexpected "﻿"`, the mark printed as it is.
  test("a UTF-8 byte order mark is read past, as validate reads past it", () => {
    const run = build(`\ufeff${readFileSync(ELECTION_SCHEMA, "utf8")}`);
    expect(run).toMatchObject({ code: 0, stdout: "kind.schema.json: Election (Event)\n" });
    expect(existsSync(join(run.out, "index.js"))).toBe(true);
  });

  test.each([
    ["a zero-width space before the schema", "\u200b{}", "kind.schema.json:1:1:", '"\\u200b"'],
    ["a second byte order mark", "\ufeff\ufeff{}", "kind.schema.json:1:1:", '"\\ufeff"'],
    // jsonc-parser reads the space and the number after it as one symbol.
    ["a no-break space before a value", '{"a":\u00a01}', "kind.schema.json:1:6:", '"\\u00a01"'],
    ["a byte order mark and a trailing comma", '\ufeff{\n  "a": 1,\n}', "kind.schema.json:2:9:", "a trailing comma"],
  ])("%s: named at its line and column, escaped, never printed as it is", (_name, text, at, words) => {
    const run = build(text);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${at} is not valid JSON: `);
    expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(INVISIBLE);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
