/**
 * `news-events kinds build KIND.schema.json… --out DIR`: a project's own event kinds compiled into
 * DIR/index.js (precompiled, eval-free validators and what the document checks and JSON-LD need)
 * and DIR/index.d.ts (their TypeScript types). Ajv and json-schema-to-typescript are the user's
 * development dependencies (optional peer dependencies of news-events), loaded only here.
 */
import { existsSync } from "node:fs";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { makeDirectory } from "./make-directory.js";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describeThrown } from "../core/error.js";
import { errLine, outLine } from "./output.js";
import { EXIT, UsageError, type Io } from "./usage.js";
import {
  compiledKinds,
  compileValidators,
  depthNotes,
  KindsCompileError,
  moduleText,
  type AjvTools,
} from "./kinds-build.js";
import { declarations, type CompileTypes } from "./kinds-types.js";
import { baseMistakes } from "./kinds-base.js";
import { outPackageProblem } from "./kinds-package.js";
import { cycleMistakes, formatMistakes, patternMistakes, refersToMistakes } from "./kinds-rules.js";
import { compileErrorLines, metaSchemaMistakes } from "./kinds-ajv.js";
import { cappedMistakes, readKinds } from "./kinds-read.js";

/** What to tell a user whose project lacks the build's tools. */
export const MISSING_TOOLS =
  "kinds build needs ajv and json-schema-to-typescript in your project: npm i -D ajv json-schema-to-typescript";

/** Loads a module from the user's project (the working directory), else from beside news-events. */
async function load(spec: string): Promise<Record<string, unknown>> {
  for (const base of [join(process.cwd(), "package.json"), import.meta.url]) {
    let path: string;
    try {
      path = createRequire(base).resolve(spec);
    } catch {
      continue;
    }
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  }
  throw new UsageError(MISSING_TOOLS);
}

/** A CommonJS module's default export, as Node's ESM loader gives it. */
const defaultOf = (module: Record<string, unknown>): unknown =>
  (module["default"] as Record<string, unknown> | undefined)?.["default"] ?? module["default"];

/** Ajv 2020 with its standalone generator, and json-schema-to-typescript's compile. */
async function loadTools(): Promise<{ ajv: AjvTools; compile: CompileTypes }> {
  const [ajv2020, standalone, jstt] = await Promise.all([
    load("ajv/dist/2020.js"),
    load("ajv/dist/standalone/index.js"),
    load("json-schema-to-typescript"),
  ]);
  const compile = (jstt["compile"] ??
    (jstt["default"] as Record<string, unknown> | undefined)?.["compile"]) as CompileTypes;
  return {
    ajv: {
      Ajv2020: defaultOf(ajv2020) as AjvTools["Ajv2020"],
      standaloneCode: defaultOf(standalone) as AjvTools["standaloneCode"],
    },
    compile,
  };
}

/** The library's own schemas: beside dist/ in the package (this chunk is in dist/cli/), beside src/ here. */
async function librarySchemas(): Promise<unknown[]> {
  const names = [
    "defs.json",
    "event-base.json",
    "event.json",
    "meeting.json",
    "coup.json",
    "partnership.json",
    "document.json",
  ];
  const candidates = ["../../schemas/", "../schemas/"].map((up) => new URL(up, import.meta.url));
  const root = candidates.find((dir) => existsSync(new URL("event-base.json", dir))) ?? (candidates[0] as URL);
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(new URL(name, root), "utf8")) as unknown));
}

/** Writes `text` to `path` whole or not at all: a failed write leaves the old file. */
async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw new UsageError(
      `${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? describeThrown(error)})`,
    );
  }
}

/**
 * Builds the kinds in `files` into `out`: index.js and index.d.ts. Prints what it wrote; exit 2
 * with a line for each mistake of a schema that is not a kind, naming the file and where, or
 * one for a schema that does not compile. Nothing is written unless the build succeeds.
 *
 * @example
 * ```ts
 * await kindsBuildCommand(["schemas/election.schema.json"], "src/kinds", io); // => 0
 * ```
 */
export async function kindsBuildCommand(files: readonly string[], out: string, io: Io): Promise<number> {
  const tools = await loadTools();
  const library = await librarySchemas();
  const { kinds, mistakes } = await readKinds(files, io, (schema) => [
    ...baseMistakes(schema, library),
    ...patternMistakes(schema),
    ...formatMistakes(schema),
    ...refersToMistakes(schema),
    ...cycleMistakes(schema),
    ...metaSchemaMistakes(tools.ajv, schema),
  ]);
  // The kinds read clean are compiled even so: each one's compile error is said in this run too.
  if (mistakes.length > 0) {
    const { failures } = compiledKinds(tools.ajv, library, kinds);
    return refuse(io, inFileOrder(files, [...mistakes, ...compileErrorLines(new KindsCompileError(failures), kinds)]));
  }
  let validators: string;
  let types: string;
  try {
    validators = compileValidators(tools.ajv, library, kinds);
  } catch (error) {
    if (error instanceof KindsCompileError) return refuse(io, compileErrorLines(error, kinds));
    throw error;
  }
  try {
    types = await declarations(tools.compile, library, kinds);
  } catch (error) {
    const why = error instanceof Error ? error.message : describeThrown(error);
    throw new UsageError(`${files.join(", ")}: the types cannot be made: ${why}`);
  }
  // A failed build leaves the user's files as they were: the folder is judged before any is written.
  const refused = outPackageProblem(out);
  if (refused !== undefined) throw new UsageError(refused);
  const dir = resolve(out);
  try {
    makeDirectory(dir);
  } catch (error) {
    throw new UsageError(
      `${out}: cannot be created (${(error as NodeJS.ErrnoException).code ?? describeThrown(error)})`,
    );
  }
  await writeWhole(join(dir, "index.js"), moduleText(validators, library, kinds));
  await writeWhole(join(dir, "index.d.ts"), types);
  // Node reads a .js file as an ES module only under "type": "module": the folder says so when
  // it had no package.json of its own (one that says otherwise was refused above).
  const marked = !existsSync(join(dir, "package.json"));
  if (marked) await writeWhole(join(dir, "package.json"), MODULE_PACKAGE);
  for (const { file, meta } of kinds) outLine(io, `${file}: ${meta.kind} (${meta.schemaOrgType})`);
  for (const note of depthNotes(library, kinds)) errLine(io, `news-events: ${note}`);
  const wrote = [join(out, "index.js"), join(out, "index.d.ts"), ...(marked ? [join(out, "package.json")] : [])];
  errLine(io, `wrote ${wrote.slice(0, -1).join(", ")} and ${wrote.at(-1)}`);
  return EXIT.ok;
}

/** The lines of a failed build in the order of the files given, each file's in the order found. */
function inFileOrder(files: readonly string[], lines: readonly string[]): string[] {
  const at = (line: string) => {
    const index = files.findIndex((file) => line.startsWith(`${file}:`));
    return index === -1 ? files.length : index;
  };
  return lines
    .map((line, i) => ({ line, i, file: at(line) }))
    .sort((a, b) => a.file - b.file || a.i - b.i)
    .map((l) => l.line);
}

/** Says each of `mistakes` on its line (capped), and the exit status of a build that wrote nothing. */
function refuse(io: Io, mistakes: readonly string[]): number {
  for (const line of cappedMistakes(mistakes)) errLine(io, `news-events: ${line}`);
  return EXIT.usage;
}

/** What DIR/package.json says when kinds build writes it: index.js is an ES module. */
const MODULE_PACKAGE = `${JSON.stringify({ type: "module" })}\n`;
