import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as prettier from "prettier";
import ts from "typescript";

/** The longest a hand-written source file may be, in lines as Prettier formats it. */
export const MAX_FILE_LINES = 300;
/** The longest a named function may be, in lines from its first to its last (its JSDoc not counted). */
export const MAX_FUNCTION_LINES = 60;

/** One hand-written source file: its path relative to `src/` (with `/`), and its text as Prettier formats it. */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

/** A named function and how many lines it spans. */
export interface FunctionLength {
  /** `path#name`; a method or class field is `path#Class.name`. */
  readonly id: string;
  /** The line it starts on, 1-based. */
  readonly line: number;
  readonly lines: number;
}

/** Every hand-written `.ts` file under `root` (`generated/` and declaration files left out), formatted by Prettier. */
export async function sourceTexts(root: string): Promise<SourceText[]> {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (relative(root, path) !== "generated") walk(path);
      } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) paths.push(path);
    }
  };
  walk(root);
  return Promise.all(
    paths.sort().map(async (path) => {
      const options = (await prettier.resolveConfig(path)) ?? {};
      const text = await prettier.format(readFileSync(path, "utf8"), { ...options, filepath: path });
      return { path: relative(root, path).split(sep).join("/"), text };
    }),
  );
}

/** The number of lines of a text (a final newline ends the last line, it does not start another). */
export const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

/** The name a function is known by: its own, or the variable, property or class field it is assigned to. */
function nameOf(node: ts.Node): string | undefined {
  const owner = (member: ts.Node) => {
    const parent = member.parent;
    return ts.isClassLike(parent) && parent.name ? `${parent.name.text}.` : "";
  };
  if (ts.isFunctionDeclaration(node)) return node.name?.text ?? "default";
  if (ts.isConstructorDeclaration(node)) return `${owner(node)}constructor`;
  if (ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node))
    return `${owner(node)}${node.name.getText()}`;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
    if (ts.isPropertyDeclaration(parent)) return `${owner(parent)}${parent.name.getText()}`;
  }
  return undefined;
}

const measured = new WeakMap<SourceText, FunctionLength[]>();

/** The length of every named function of a file (declarations, methods, functions assigned to a name). */
export function functionLengths(source: SourceText): FunctionLength[] {
  const known = measured.get(source);
  if (known) return known;
  const { path, text } = source;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node) => {
    const name = ts.isFunctionLike(node) ? nameOf(node) : undefined;
    if (name !== undefined) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ id: `${path}#${name}`, line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  measured.set(source, found);
  return found;
}

/**
 * What is over a limit and not allowed by name, as lines for a person: files over
 * {@link MAX_FILE_LINES} (allowed by path) and functions over {@link MAX_FUNCTION_LINES} (allowed
 * by `path#name`).
 */
export function oversized(texts: readonly SourceText[], allowed: Readonly<Record<string, string>>): string[] {
  const found: string[] = [];
  for (const source of texts) {
    const lines = lineCount(source.text);
    if (lines > MAX_FILE_LINES && !(source.path in allowed))
      found.push(`${source.path} has ${lines} lines (at most ${MAX_FILE_LINES}): split it by concept`);
    for (const f of functionLengths(source)) {
      if (f.lines > MAX_FUNCTION_LINES && !(f.id in allowed))
        found.push(
          `${f.id} (line ${f.line}) has ${f.lines} lines (at most ${MAX_FUNCTION_LINES}): split it, or allow it with a reason`,
        );
    }
  }
  return found;
}

/** The allow-list entries that allow nothing: the file or function is within its limit, or gone. */
export function staleAllowances(texts: readonly SourceText[], allowed: Readonly<Record<string, string>>): string[] {
  const over = new Set<string>();
  for (const source of texts) {
    if (lineCount(source.text) > MAX_FILE_LINES) over.add(source.path);
    for (const f of functionLengths(source)) if (f.lines > MAX_FUNCTION_LINES) over.add(f.id);
  }
  return Object.keys(allowed).filter((id) => !over.has(id));
}
