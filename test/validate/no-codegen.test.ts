import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";

// `npm test` builds dist/ before running the tests.
test("the built validators work with code generation from strings disallowed", () => {
  const script = `
    const { validateDocument, validateEvent } = await import(${JSON.stringify(repoPath("dist/index.js"))});
    const { burkinaFasoRussia } = await import(${JSON.stringify(repoPath("dist/examples.js"))});
    let evalBlocked = false;
    try { new Function("return 1"); } catch { evalBlocked = true; }
    const bad = validateEvent({ kind: "Coup", id: "c", name: "c", salience: "main", country: "x", outcome: "sucessful" });
    console.log(JSON.stringify({ evalBlocked, canonical: validateDocument(burkinaFasoRussia).ok, bad: bad.ok ? null : bad.issues }));
  `;
  const out = execFileSync(
    process.execPath,
    ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script],
    { encoding: "utf8" },
  );
  const result = JSON.parse(out) as { evalBlocked: boolean; canonical: boolean; bad: { pointer: string }[] };
  expect(result.evalBlocked).toBe(true);
  expect(result.canonical).toBe(true);
  expect(result.bad.map((i) => i.pointer)).toEqual(["/outcome"]);
});

test("the CommonJS build validates too", () => {
  const script = `
    const { validateDocument } = require(${JSON.stringify(repoPath("dist/index.cjs"))});
    const { burkinaFasoRussia } = require(${JSON.stringify(repoPath("dist/examples.cjs"))});
    console.log(validateDocument(burkinaFasoRussia).ok);
  `;
  expect(
    execFileSync(process.execPath, ["--disallow-code-generation-from-strings", "-e", script], {
      encoding: "utf8",
    }).trim(),
  ).toBe("true");
});

test("the generated validators contain no eval or Function constructor", () => {
  for (const file of ["src/generated/check-validators.js"]) {
    const code = readFileSync(repoPath(file), "utf8");
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|(?<![\w.])Function\(/);
  }
});
