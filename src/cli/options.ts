/**
 * The options several commands share, and how each is read and checked: `--max-record-bytes`,
 * `--format`, `--rule` and whole numbers. A wrong value is a {@link UsageError} naming the option
 * and what it takes.
 */
import { parseByteSize, UsageError } from "./usage.js";
import type { RuleSeverities } from "../check/context.js";

/** What a command's handler is given: its parsed options and arguments. */
export interface Parsed {
  /** The options, by name (a boolean, a string, or a string list for a repeatable one). */
  readonly flags: Readonly<Record<string, unknown>>;
  /** The arguments that are not options. */
  readonly positionals: readonly string[];
}

/**
 * The default for `--max-record-bytes`: the longest line, or whole-input document, that is read.
 * Here, not in records.ts, so that starting the CLI does not load the record reader and the JSON
 * fault locator (jsonc-parser) it imports: they load with the commands that read records.
 */
export const DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024;

/** The `--max-record-bytes` option, shared by the commands that read records. */
export const RECORD_LIMIT = { "max-record-bytes": { type: "string" } } as const;

/** `--max-record-bytes` as a number of bytes, or the default. */
export function recordLimit(flags: Parsed["flags"]): number {
  const text = flags["max-record-bytes"];
  return typeof text === "string" ? parseByteSize("--max-record-bytes", text) : DEFAULT_MAX_RECORD_BYTES;
}

/** `--format text|json`. */
export function format(flags: Parsed["flags"]): "text" | "json" {
  const value = flags["format"] ?? "text";
  if (value !== "text" && value !== "json")
    throw new UsageError(`--format must be text or json (got "${String(value)}")`);
  return value;
}

/** The `--rule` option of the commands that run the checker. */
export const RULE = { rule: { type: "string", multiple: true } } as const;

/** A `NAME=VALUE` option's two sides, split at the first `=` ("" for a side not there). */
function pairOf(text: string): [string, string] {
  const [, name = "", value = ""] = /^([^=]*)=(.*)$/.exec(text) ?? [];
  return [name, value];
}

/** `--rule ID=off|note|warning|error`, repeatable, checked against the checker's rules (loaded only then). */
export async function ruleSettings(given: unknown): Promise<RuleSeverities | undefined> {
  if (!Array.isArray(given)) return undefined;
  const { ruleById } = await import("../check/rules/index.js");
  const settings: Record<string, string> = {};
  for (const text of given as string[]) {
    const [id, level] = pairOf(text);
    if (ruleById(id) === undefined)
      throw new UsageError(
        `--rule takes ID=off|note|warning|error with a rule id (got "${text}"; see docs/jsonld-and-seo.md)`,
      );
    if (!["off", "note", "warning", "error"].includes(level))
      throw new UsageError(`--rule ${id} takes off, note, warning or error (got "${level}")`);
    settings[id] = level;
  }
  return settings as RuleSeverities;
}

/**
 * `--rating RATING=WORDS`, repeatable: the words of a rating in the document's language (toJsonLd's
 * `ratingWords`, which checks the ratings named).
 */
export function ratingWords(given: unknown): Record<string, string> | undefined {
  if (!Array.isArray(given)) return undefined;
  const words: Record<string, string> = {};
  for (const text of given as string[]) {
    const [rating, said] = pairOf(text);
    if (rating === "" || said.trim() === "")
      throw new UsageError(`--rating takes RATING=WORDS, such as wrong=Faux (got "${text}")`);
    words[rating] = said;
  }
  return words;
}

/** A whole number option, or undefined when not given. */
export function wholeNumber(flags: Parsed["flags"], name: string, min: number): number | undefined {
  const text = flags[name];
  if (text === undefined) return undefined;
  if (!/^(0|[1-9][0-9]{0,8})$/.test(String(text)) || Number(text) < min)
    throw new UsageError(`--${name} takes a whole number from ${min} (got "${String(text)}")`);
  return Number(text);
}
