import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, test } from "vitest";
import { toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { SHELL_LANGS, TS_LANGS, JS_LANGS, docBlocks, documentationFiles, exampleReadmes, withClaims } from "./doc-blocks.js";
import type { DocBlock } from "./doc-blocks.js";
import { COMMANDS, shellCommands, shellPrelude } from "./shell-commands.js";

/*
 * Documentation that runs (issue 25): every TypeScript/JavaScript and shell block of README.md and
 * docs/*.md is run offline against the built package (dist/, built once before the tests), in a
 * temporary project where `news-events` is the checkout (as `npm install /path/to/checkout` links
 * it). TypeScript blocks are type-checked under strict too. What cannot run is marked in the
 * Markdown (see doc-blocks.ts) and listed below, so the exceptions stay few and visible.
 */

// The examples' READMEs run too; their commands run in a project holding the example's files.
const files = [...documentationFiles(), ...exampleReadmes()];
const all = files.flatMap(docBlocks);
const isCode = (b: DocBlock) => [...TS_LANGS, ...JS_LANGS].includes(b.lang);
const runs = (b: DocBlock) => b.mark === undefined;
const at = (b: DocBlock) => `${b.file}:${b.line}`;
const projects: string[] = [];
afterAll(() => projects.forEach((p) => rmSync(p, { recursive: true, force: true })));

/**
 * A reader's project: the package linked in, and the files the docs' commands name. The checkout's
 * examples/ is linked in for the shell commands only: code that reads an example must find it
 * through the package, as it must in a reader's project (a relative path threw ENOENT there).
 */
function readerProject(file = "README.md", examples = true): string {
  const dir = mkdtempSync(join(tmpdir(), "news-events-docs-"));
  projects.push(dir);
  const example = /^examples\/([^/]+)\/README\.md$/.exec(file)?.[1];
  if (example) cpSync(repoPath(`examples/${example}`), dir, { recursive: true });
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(repoPath("."), join(dir, "node_modules/news-events"), "dir");
  if (examples) symlinkSync(repoPath("examples"), join(dir, "examples"), "dir");
  cpSync(repoPath("examples/ndjson-feed/events.ndjson"), join(dir, "feed.ndjson"));
  cpSync(repoPath("examples/ndjson-feed/events.ndjson"), join(dir, "big.ndjson"));
  cpSync(repoPath("examples/burkina-faso-russia/document.json"), join(dir, "article.json"));
  // The article's body after an edit: a sentence added in front, every evidence span moves.
  writeFileSync(join(dir, "edited.txt"), `Updated on 9 November. ${canonicalDocument().body ?? ""}`);
  const doc = canonicalDocument();
  const page = `<!doctype html><html><head><title>${doc.headline}</title><link rel="canonical" href="${doc.url}">\n${toJsonLdScript(toJsonLd(doc))}\n</head><body></body></html>\n`;
  mkdirSync(join(dir, "dist"));
  for (const name of ["dist/index.html", "a.html", "b.html"]) writeFileSync(join(dir, name), page);
  // A real PLOVER record: the first event of the Open Event Data Alliance's gold standard.
  const gold = JSON.parse(readFileSync(repoPath("test/plover-gold-standard/PLOVER_GSR_CAMEO.txt"), "utf8")) as unknown[];
  writeFileSync(join(dir, "record.json"), JSON.stringify(gold[1]));
  // The kind schema docs/custom-kinds.md writes in its step 1.
  const election = docBlocks("docs/custom-kinds.md").find((b) => b.lang === "json" && b.code.includes('"Election"'));
  mkdirSync(join(dir, "schemas"));
  writeFileSync(join(dir, "schemas/election.schema.json"), election?.code ?? "");
  return dir;
}

test("the documentation's runnable blocks are found, and the few that do not run say why", () => {
  const code = all.filter((b) => isCode(b) || SHELL_LANGS.includes(b.lang));
  expect(code.length).toBeGreaterThanOrEqual(30);
  // Named by file and heading, not line: a line moves whenever the page above it grows.
  const marked = code.filter((b) => b.mark).map((b) => `${b.file} § ${b.section}: ${b.mark?.kind}: ${b.mark?.reason}`);
  expect(marked).toEqual([
    "README.md § Quick start: skip: the project's own install and whole test suite (the test 'npm start prints the canonical article's JSON-LD' runs npm start's command)",
    "docs/custom-kinds.md § 3. Validate: types-only: uses the kinds your build wrote; the shell blocks run that build, and test/kinds builds examples/custom-kind-election and validates with the same calls",
    "docs/custom-kinds.md § 4. JSON-LD: types-only: uses the kinds your build wrote and a document validated with them (see the block above)",
    "docs/tables.md § Loading the files: skip: a job on a cluster with a cloud bucket (gsutil); the export it runs per shard is the block at the top of this page",
    "docs/tables.md § Loading the files: skip: creates a BigQuery table (bq, a cloud project)",
    "examples/astro-site/README.md § Astro example: JSON-LD rendered at build time, checked in CI: skip: installs Astro from the lockfile and builds a site (minutes); test/examples runs the same script",
    "examples/static-site/README.md § Static-site example: skip: rebuilds dist/ (npm run build) under the tests that use it; test/docs runs build.mjs and reads the page back",
  ]);
  for (const b of code.filter((b) => b.mark?.kind === "types-only")) expect(TS_LANGS, at(b)).toContain(b.lang);
});

test("every TypeScript block of the README, the guides and the examples' READMEs type-checks against the built package", () => {
  const dir = repoPath(".tmp/doc-blocks");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const where = new Map<string, string>();
  const blocks = all.filter((b) => TS_LANGS.includes(b.lang) && b.mark?.kind !== "skip");
  blocks.forEach((b, i) => {
    const name = `block_${i}.${b.lang === "tsx" ? "tsx" : "ts"}`;
    where.set(name, at(b));
    // Each block is its own module, importing the package by name as a user would.
    writeFileSync(join(dir, name), `${b.code}\nexport {};\n`);
  });
  expect(blocks.length).toBeGreaterThanOrEqual(22);
  const compilerOptions = {
    ...{ target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", jsx: "react-jsx", noEmit: true },
    ...{ strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
    ...{ types: ["node", "react"], lib: ["ES2022", "DOM"], skipLibCheck: true },
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts", "*.tsx"] }));
  const result = spawnSync(process.execPath, [repoPath("node_modules/typescript/bin/tsc"), "-p", dir], { encoding: "utf8" });
  const failures = (result.stdout + result.stderr)
    .split("\n")
    .filter((l) => /error TS/.test(l))
    .map((l) => l.replace(/^(?:\S*\/)?(block_\d+\.tsx?)\((\d+),\d+\)/, (_, f: string, line: string) => `${where.get(f)} +${line}`));
  expect(failures).toEqual([]);
  expect(result.status).toBe(0);
});

/** Runs a file's code blocks, in order, in one Node process; each block's output and failures. */
function runCodeBlocks(project: string, blocks: DocBlock[]): { at: string; out: string; failures: string[]; checked: number }[] {
  const modules = blocks.map((b, i) => {
    const name = `block_${i}.mjs`;
    const { code } = withClaims(b);
    const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX } }).outputText;
    writeFileSync(join(project, name), js);
    return { name, at: at(b) };
  });
  const runner = `import { format, inspect, isDeepStrictEqual } from "node:util";
const modules = ${JSON.stringify(modules)};
const write = process.stdout.write.bind(process.stdout);
let current;
for (const name of ["log", "error", "warn", "info"]) console[name] = (...args) => { current.out += format(...args) + "\\n"; };
globalThis.__docExpect = (actual, expected, where) => {
  current.checked++;
  if (!isDeepStrictEqual(actual, expected)) current.failures.push(where + ": got " + inspect(actual, { depth: 4 }) + ", the docs say " + inspect(expected, { depth: 4 }));
};
const results = [];
for (const m of modules) {
  current = { at: m.at, out: "", failures: [], checked: 0 };
  try { await import("./" + m.name); } catch (error) { current.failures.push(m.at + ": threw " + (error?.stack ?? String(error))); }
  results.push(current);
}
write(JSON.stringify(results));
`;
  writeFileSync(join(project, "run-blocks.mjs"), runner);
  const result = spawnSync(process.execPath, ["run-blocks.mjs"], { cwd: project, encoding: "utf8", timeout: 60_000 });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as { at: string; out: string; failures: string[]; checked: number }[];
}

describe("TypeScript and JavaScript blocks run, and what they claim holds", () => {
  let claims = 0;
  for (const file of files) {
    const blocks = all.filter((b) => b.file === file && isCode(b) && runs(b));
    if (blocks.length === 0) continue;
    test(`${file}: ${blocks.length} block(s)`, () => {
      const project = readerProject(file, false);
      // Packages a block imports besides this one are the reader's own (zod; react for TSX's JSX
      // runtime): linked from the checkout.
      const imported = blocks.flatMap((b) => [...b.code.matchAll(/from "([a-z@][^/"]*)/g)].map((m) => m[1] ?? ""));
      const theirs = new Set([...imported, ...(blocks.some((b) => b.lang === "tsx") ? ["react"] : [])]);
      theirs.delete("news-events");
      for (const name of theirs) symlinkSync(repoPath(`node_modules/${name}`), join(project, `node_modules/${name}`), "dir");
      const results = runCodeBlocks(project, blocks);
      expect(results.flatMap((r) => r.failures)).toEqual([]);
      expect(results.map((r) => r.at)).toEqual(blocks.map(at));
      claims += results.reduce((n, r) => n + r.checked, 0);
    }, 60_000);
  }
  test("the blocks hold claims that were checked", () => {
    expect(claims).toBeGreaterThanOrEqual(8);
  });
});

describe("shell blocks run with the built CLI, exit as documented and print what the docs say", () => {
  const used = new Set<string>();
  for (const file of files) {
    const blocks = all.filter((b) => b.file === file && SHELL_LANGS.includes(b.lang) && runs(b));
    if (blocks.length === 0) continue;
    const commands = blocks.flatMap(shellCommands);
    test(`${file}: ${commands.length} command(s)`, () => {
      const project = readerProject(file);
      for (const command of commands) {
        const expected = COMMANDS[command];
        expect(expected, `no expectation for \`${command}\` (${file}): add it to shell-commands.ts`).toBeDefined();
        used.add(command);
        const result = spawnSync("bash", ["-c", `${shellPrelude(repoPath("."))}\n${command}`], { cwd: project, encoding: "utf8", timeout: 60_000 });
        const output = result.stdout + result.stderr;
        expect({ command, status: result.status }).toEqual({ command, status: expected?.exit });
        expect(output, command).toMatch(expected?.output ?? /^$/);
        expect(output, command).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
        expected?.check?.(output);
      }
    }, 120_000);
  }
  test("every expectation belongs to a command in the docs", () => {
    expect(Object.keys(COMMANDS).filter((c) => !used.has(c))).toEqual([]);
  });
});

test("the README's sample of validate's output is what validate prints for the feed", () => {
  const readme = docBlocks("README.md");
  const sample = readme.find((b) => b.lang === "text" && b.code.includes("valid,"));
  const project = readerProject();
  const result = spawnSync(process.execPath, [repoPath("dist/cli.cjs"), "validate", "feed.ndjson"], { cwd: project, encoding: "utf8" });
  expect(result.status).toBe(1);
  expect(result.stdout + result.stderr).toBe(`${sample?.code}\n`);
});
