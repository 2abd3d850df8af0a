import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";

/*
 * The `@example` blocks of the public API (issue 25): every file the entry points export from,
 * followed through their re-exports, has its ```ts examples extracted and type-checked under
 * strict against the built package, imported by name as a user would. A failure names the
 * source file and line of the block.
 */

/** The source files the public entry points export from, following `export … from "./x.js"`. */
function publicFiles(): string[] {
  const entries = [repoPath("src/index.ts"), ...readdirSync(repoPath("src")).map((d) => repoPath(`src/${d}/index.ts`))];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/export\s[^;]*?from\s+"(\.[^"]+)"/g))
      visit(resolve(dirname(file), (spec ?? "").replace(/\.js$/, ".ts")));
  };
  entries.forEach(visit);
  return [...seen].filter((f) => !f.includes("/generated/"));
}

/** Each ```ts block of each `@example`, with the 1-based line where the block starts. */
function examples(file: string): { line: number; code: string }[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: { line: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i] ?? "")) continue;
    const open = lines.findIndex((l, j) => j > i && /^\s*\*\s*```(ts|typescript)\s*$/.test(l));
    if (open < 0 || open > i + 3) continue;
    const close = lines.findIndex((l, j) => j > open && /^\s*\*\s*```\s*$/.test(l));
    if (close < 0) continue;
    out.push({ line: open + 1, code: lines.slice(open + 1, close).map((l) => l.replace(/^\s*\* ?/, "")).join("\n") });
    i = close;
  }
  return out;
}

/** The examples that import the package by name: complete programs a user can paste. */
const runnable = (code: string) => /from "news-events(\/[a-z-]+)?"/.test(code);

test("every @example of the public API that imports the package type-checks under strict, by file:line", () => {
  const dir = repoPath(".tmp/jsdoc-examples");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const where = new Map<string, string>();
  let n = 0;
  for (const file of publicFiles())
    for (const { line, code } of examples(file).filter((e) => runnable(e.code))) {
      const name = `example_${n++}.ts`;
      where.set(name, `${relative(repoPath("."), file)}:${line}`);
      // Names an example uses without defining them (a text read elsewhere) are declared here.
      const preamble = 'declare const text: string;\ndeclare const line: string;\ndeclare const doc: import("news-events").NewsDocument;\n' +
        // A page's JSON-LD texts, read elsewhere (checkJsonLd's example).
        "declare const articleJson: string;\ndeclare const breadcrumbJson: string;\n";
      writeFileSync(join(dir, name), `${preamble}${code}\nexport {};\n`);
    }
  expect(n).toBeGreaterThanOrEqual(8);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        types: ["node"],
        lib: ["ES2022", "DOM"],
        skipLibCheck: true,
      },
      include: ["*.ts"],
    }),
  );
  const result = spawnSync(process.execPath, [repoPath("node_modules/typescript/bin/tsc"), "-p", dir], {
    encoding: "utf8",
  });
  const failures = (result.stdout + result.stderr)
    .split("\n")
    .filter((l) => /error TS/.test(l))
    .map((l) => l.replace(/^(?:\S*\/)?(example_\d+\.ts)\((\d+),\d+\)/, (_, f: string, at: string) => `${where.get(f)} (+${Number(at) - 3}): `));
  expect(failures).toEqual([]);
});
