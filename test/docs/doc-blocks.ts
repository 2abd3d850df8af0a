import { existsSync, readFileSync, readdirSync } from "node:fs";
import { repoPath } from "../helpers/fixtures.js";

/*
 * The code blocks of the Markdown documentation, as the tests run them (issue 25, "documentation
 * that runs"). A block is a fence with an info string; the languages below are the ones a reader
 * is told to run. A block that cannot run says so in the Markdown, on the line just before its
 * fence, so the exception is visible to the reader as well as to the test:
 *
 *   <!-- doc-test: skip — REASON -->        not run (a cluster job, the project's own npm scripts)
 *   <!-- doc-test: types-only — REASON -->  TypeScript type-checked under strict but not run
 *
 * In a TypeScript/JavaScript block that runs, a line `EXPR; // => VALUE` (or a line `// => VALUE`
 * right after a one-line `EXPR;`, or `const NAME = EXPR; // => VALUE`) is a claim: the test
 * evaluates VALUE in the block's scope and asserts that EXPR deep-equals it.
 */

/** The languages of blocks that are run (or type-checked). */
export const TS_LANGS = ["ts", "typescript", "tsx"];
export const JS_LANGS = ["js", "javascript", "mjs"];
export const SHELL_LANGS = ["sh", "bash", "shell", "console"];

/** One fenced block of a Markdown file. */
export interface DocBlock {
  /** The file, relative to the repository root. */
  file: string;
  /** The 1-based line of the opening fence. */
  line: number;
  /**
   * The heading the block is under (its text, without the #s; "" above the first): names a block
   * in a list of exceptions that lines would break whenever a page above it grows.
   */
  section: string;
  /** The info string's first word. */
  lang: string;
  code: string;
  /** The marker before the fence, if any. */
  mark?: { kind: "skip" | "types-only"; reason: string };
}

/** README.md and docs/*.md: the documentation whose shell and TypeScript blocks are run. */
export const documentationFiles = (): string[] => [
  "README.md",
  ...readdirSync(repoPath("docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];

/** The examples' READMEs: their TypeScript blocks are type-checked too. */
export const exampleReadmes = (): string[] =>
  readdirSync(repoPath("examples"))
    .sort()
    .map((d) => `examples/${d}/README.md`)
    .filter((f) => existsSync(repoPath(f)));

/** Every fenced block of `file` with an info string. */
export function docBlocks(file: string): DocBlock[] {
  const lines = readFileSync(repoPath(file), "utf8").split("\n");
  const out: DocBlock[] = [];
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})([\w-]+)/.exec(lines[i] ?? "");
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(lines[i] ?? "");
    if (heading) section = heading[1] ?? "";
    if (!open) {
      // A fence without an info string: skip to its end so its content is not read as fences.
      if (/^(`{3,}|~{3,})\s*$/.test(lines[i] ?? "")) i = lines.findIndex((l, j) => j > i && /^(`{3,}|~{3,})\s*$/.test(l));
      if (i < 0) break;
      continue;
    }
    const close = lines.findIndex((l, j) => j > i && l.startsWith(open[1] ?? "```") && l.trim() === open[1]);
    const end = close < 0 ? lines.length : close;
    const marker = /^<!--\s*doc-test:\s*(skip|types-only)\s*[—-]\s*(.+?)\s*-->\s*$/.exec(lines[i - 1] ?? "");
    const block: DocBlock = { file, line: i + 1, section, lang: open[2] ?? "", code: lines.slice(i + 1, end).join("\n") };
    if (marker) block.mark = { kind: marker[1] as "skip" | "types-only", reason: marker[2] ?? "" };
    out.push(block);
    i = end;
  }
  return out;
}

const STATEMENT_KEYWORDS = /^(if|for|while|return|throw|import|export|let|var|function|type|interface|declare|else|try)\b/;

/**
 * A block's code with its `// => VALUE` claims turned into calls of `__docExpect(actual,
 * expected, "file:line")`, each on the line of its claim so errors keep their line numbers.
 * Returns the code and how many claims it holds.
 */
export function withClaims(block: DocBlock): { code: string; claims: number } {
  const lines = block.code.split("\n");
  let claims = 0;
  const where = (i: number) => JSON.stringify(`${block.file}:${block.line + 1 + i}`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const own = /^(\s*)(.*\S)\s*;\s*\/\/ => (.+)$/.exec(line);
    const next = /^\s*\/\/ => (.+)$/.exec(line);
    if (own) {
      const [, indent, expr = "", value] = own;
      const decl = /^const (\w+) = /.exec(expr);
      if (decl) lines[i] = `${indent}${expr}; __docExpect(${decl[1]}, (${value}), ${where(i)});`;
      else if (!STATEMENT_KEYWORDS.test(expr)) lines[i] = `${indent}__docExpect((${expr}), (${value}), ${where(i)});`;
      else throw new Error(`${block.file}:${block.line + 1 + i}: a claim must follow an expression or a const`);
      claims++;
    } else if (next && i > 0) {
      const previous = /^(\s*)(.*\S)\s*;\s*$/.exec(lines[i - 1] ?? "");
      const decl = /^const (\w+) = /.exec(previous?.[2] ?? "");
      if (!previous || (!decl && STATEMENT_KEYWORDS.test(previous[2] ?? "")))
        throw new Error(`${block.file}:${block.line + 1 + i}: a claim on its own line must follow a one-line expression or const`);
      lines[i] = `__docExpect(${decl ? decl[1] : `(${previous[2]})`}, (${next[1]}), ${where(i)});`;
      if (!decl) lines[i - 1] = "";
      claims++;
    }
  }
  return { code: lines.join("\n"), claims };
}
