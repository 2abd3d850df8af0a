/*
 * Reading the kind files `news-events kinds build` is given, and saying every mistake in them: one
 * line each, naming the file, the line and the JSON Pointer, all of a run's mistakes at once (at
 * most MAX_ISSUES lines, as validate caps a document's issues), so that a schema with five
 * mistakes is fixed in one round rather than five builds.
 */
import { basename } from "node:path";
import { MAX_ISSUES, pointerText } from "../core/issue.js";
import { readSingleJson } from "./input.js";
import type { KindSource } from "./kinds-build.js";
import { kindDeclarations, KindSchemaError } from "./kinds-schema.js";
import { linesOf } from "./locate.js";
import { UsageError, type Io } from "./usage.js";

/** The checks of a kind's schema beyond its declarations (the event base, patterns, formats, Ajv's). */
export type KindChecks = (schema: Record<string, unknown>) => readonly KindSchemaError[];

/** The kinds read, and the lines that say what is wrong with them (none: they can be compiled). */
export interface ReadKinds {
  readonly kinds: readonly KindSource[];
  readonly mistakes: readonly string[];
}

/**
 * Each mistake as its line, `file:line: pointer: what`, in the order of the lines of the file; a
 * pointer said once (the first check to find it speaks: the declarations, then the others).
 *
 * @example
 * ```ts
 * mistakeLines("k.json", text, [new KindSchemaError("/allOf", "must include …")]); // => ["k.json:5: /allOf: must include …"]
 * ```
 */
export function mistakeLines(display: string, text: string, mistakes: readonly KindSchemaError[]): string[] {
  const first = new Map<string, KindSchemaError>();
  for (const mistake of mistakes) if (!first.has(mistake.pointer)) first.set(mistake.pointer, mistake);
  const lines = linesOf(text, [...first.keys()]);
  return [...first.values()]
    .map((mistake) => ({ line: lines.get(mistake.pointer) ?? 1, mistake }))
    .sort((a, b) => a.line - b.line)
    .map(({ line, mistake }) => `${display}:${line}: ${pointerText(mistake.pointer)}: ${mistake.message}`);
}

/**
 * Reads and checks each kind file: as every command reads one document (a byte order mark read
 * past, text that is not UTF-8 or not JSON named at its line and column), then its declarations
 * and `checks`. A file that cannot be read is its one line; the others are still checked.
 *
 * @example
 * ```ts
 * const { kinds, mistakes } = await readKinds(["election.schema.json"], io, () => []);
 * ```
 */
export async function readKinds(files: readonly string[], io: Io, checks: KindChecks): Promise<ReadKinds> {
  const kinds: KindSource[] = [];
  const mistakes: string[] = [];
  const seen = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const file of files) {
    let read;
    try {
      read = await readSingleJson(file, io, { expected: "a kind's JSON Schema" });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      mistakes.push(error.message);
      continue;
    }
    const { value: schema, text, display } = read;
    const { meta, mistakes: declared } = kindDeclarations(schema);
    const isObject = schema !== null && typeof schema === "object" && !Array.isArray(schema);
    const found = [...declared, ...(isObject ? checks(schema as Record<string, unknown>) : [])];
    mistakes.push(...mistakeLines(display, text, found));
    if (meta === undefined || found.length > 0) continue;
    const before = seen.get(meta.kind);
    if (before !== undefined) {
      mistakes.push(`${display}: kind "${meta.kind}" is already defined in ${before}`);
      continue;
    }
    seen.set(meta.kind, display);
    // Ajv knows a schema by its $id: a second kind under the same one would not compile.
    const id = (schema as Record<string, unknown>)["$id"];
    const sameId = typeof id === "string" ? ids.get(id) : undefined;
    if (sameId !== undefined) {
      mistakes.push(
        ...mistakeLines(display, text, [new KindSchemaError("/$id", `is ${sameId}'s $id too: give each kind its own`)]),
      );
      // Not compiled beside the first: Ajv would refuse its $id again.
      continue;
    }
    if (typeof id === "string") ids.set(id, display);
    kinds.push({ file: basename(display), display, text, schema: schema as Record<string, unknown>, meta });
  }
  return { kinds, mistakes };
}

/**
 * The lines to print of `mistakes`: all of them up to {@link MAX_ISSUES}, else one fewer and a
 * line counting the rest, as validate caps a document's issues.
 *
 * @example
 * ```ts
 * cappedMistakes(Array.from({ length: 150 }, (_, i) => `k.json:${i}: …`)).at(-1); // => "51 more mistakes not shown"
 * ```
 */
export function cappedMistakes(mistakes: readonly string[]): readonly string[] {
  if (mistakes.length <= MAX_ISSUES) return mistakes;
  const shown = mistakes.slice(0, MAX_ISSUES - 1);
  return [...shown, `${mistakes.length - shown.length} more mistakes not shown`];
}
