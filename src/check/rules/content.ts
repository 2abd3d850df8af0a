// The rules on the input's text (strings that a generator or a decoder broke, markup, numbers that
// are no JSON, size), and the list of the content rules with the event ones (events.ts).
import { escapePointerSegment as escapePointer } from "../../core/pointer.js";
import { MARKUP } from "../../core/text-rules.js";
import { slot, type CheckContext } from "../context.js";
import type { Place } from "../nodes.js";
import { rule } from "../rule.js";
import { EVENT_DATE_FORMAT, EVENT_DATE_OFFSET, EVENT_LOCATION, EVENT_PARTICIPANT } from "./events.js";
import { NON_ASCII, utf8Length } from "./utf8.js";

export { utf8Length };

const TEXT_FIELDS = new Set(["headline", "description", "name", "alternativeHeadline"]);
const SUSPICIOUS = new Set(["[object Object]", "undefined", "null", "NaN"]);
const SUSPICIOUS_LENGTH = Math.max(...[...SUSPICIOUS].map((s) => s.length));
/** U+FFFD, what a decoder puts for bytes that are not in the encoding it reads. */
const REPLACEMENT = "\uFFFD";

/** What the text rules' walk found: the values they report, and how many numbers the input has (for text/size). */
interface Leaves {
  readonly found: [Place, string, string | number][];
  /** The numbers of the input, or undefined when some values were too deep to walk. */
  readonly numbers: number | undefined;
}

const LEAVES = slot<Leaves>("text leaves");

/** True for a string or number one of the text rules below reports (the rest need no place). */
function reportable(key: string, value: string | number): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  // The length first: a set lookup hashes the whole string, and an article's body is long.
  return (
    (value.length <= SUSPICIOUS_LENGTH && SUSPICIOUS.has(value)) ||
    value.trim() === "" ||
    value.includes(REPLACEMENT) ||
    (TEXT_FIELDS.has(key) && MARKUP.test(value))
  );
}

/**
 * Every string and number of the input that a text rule reports, with its place and the key it
 * is the value of (found once per check). The keys down to a value are one stack: a pointer is
 * made only for a value that is reported, not for every value of the input.
 */
function walk(ctx: CheckContext): Leaves {
  const known = ctx.kept(LEAVES);
  if (known) return known;
  const out: [Place, string, string | number][] = [];
  let numbers: number | undefined = 0;
  const path: (string | number)[] = [];
  const pointer = (): string => path.map((segment) => `/${escapePointer(segment)}`).join("");
  for (const { block, value } of ctx.roots) {
    const visit = (value: unknown, key: string, depth: number): void => {
      if (depth > 64) {
        numbers = undefined;
        return;
      }
      if (typeof value === "number" && numbers !== undefined) numbers++;
      if (typeof value === "string" || typeof value === "number") {
        if (reportable(key, value)) out.push([{ block, pointer: pointer() }, key, value]);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          visit(value[i], key, depth + 1);
          path.pop();
        }
      } else if (value && typeof value === "object")
        // Keys, then each value: Object.entries would make an array per property of the input.
        for (const k of Object.keys(value)) {
          path.push(k);
          visit((value as Record<string, unknown>)[k], k, depth + 1);
          path.pop();
        }
    };
    visit(value, "", 0);
  }
  const walked = { found: out, numbers };
  return ctx.keep(LEAVES, walked);
}

/** The strings and numbers of the input that a text rule reports (see {@link walk}). */
const leaves = (ctx: CheckContext) => walk(ctx).found;

export const SUSPICIOUS_TEXT = rule({
  id: "text/suspicious",
  severity: "warning",
  summary: "no text is `[object Object]`, `undefined`, `null` or `NaN` (a value a generator failed to serialise)",
  run(ctx, report) {
    for (const [at, , value] of leaves(ctx))
      if (typeof value === "string" && SUSPICIOUS.has(value))
        report.add(at, "", `is the text ${JSON.stringify(value)}: a missing or unserialised value?`, { got: value });
  },
});

export const EMPTY_TEXT = rule({
  id: "text/empty",
  severity: "warning",
  summary: "no text is empty or only white space",
  run(ctx, report) {
    for (const [at, , value] of leaves(ctx))
      if (typeof value === "string" && !SUSPICIOUS.has(value) && value.trim() === "") report.add(at, "", "is empty");
  },
});

export const MARKUP_TEXT = rule({
  id: "text/markup",
  severity: "warning",
  summary: "a headline, description or name holds no HTML tags or entities",
  run(ctx, report) {
    for (const [at, key, value] of leaves(ctx)) {
      if (typeof value !== "string" || SUSPICIOUS.has(value) || value.trim() === "") continue;
      if (!TEXT_FIELDS.has(key) || !MARKUP.test(value)) continue;
      report.add(
        at,
        "",
        `contains HTML tags or entities, which consumers treat differently (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})`,
        { got: value },
      );
    }
  },
});

export const UNDECODED_TEXT = rule({
  id: "text/encoding",
  severity: "warning",
  summary:
    'no text holds U+FFFD (�), which a decoder puts for bytes not in the encoding it read: a page in windows-1252 read as UTF-8 for want of its `<meta charset>`; nor is a page declared in a single-byte charset (windows-1252, ISO-8859-x) UTF-8 instead, which decodes to mojibake ("Ã©" for "é") without one',
  run(ctx, report) {
    for (const [at, , value] of leaves(ctx))
      if (typeof value === "string" && value.includes(REPLACEMENT)) {
        const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
        report.add(
          at,
          "",
          `holds U+FFFD (�), the mark of bytes that could not be decoded (got ${shown}): the text was read in an encoding it is not in; a page is read as UTF-8 unless a byte order mark or a <meta charset> in its first 1,024 bytes says another`,
          { got: value },
        );
      }
  },
});

export const NOT_JSON = rule({
  id: "text/not-json",
  severity: "error",
  summary: "every number is finite (NaN and Infinity are not JSON)",
  run(ctx, report) {
    for (const [at, , value] of leaves(ctx))
      if (typeof value === "number" && !Number.isFinite(value)) report.add(at, "", "is not a finite number");
  },
});

/**
 * An upper bound on the UTF-8 bytes of `JSON.stringify(ctx.input)` when the input is the page's
 * parsed blocks, read from their texts (Infinity for a lone input): serialising tens of kilobytes
 * on every page to learn they are under budget is the size rule's whole cost. Compact JSON drops
 * the whitespace and never lengthens a string (an escape prints as itself or shorter; a raw
 * non-ASCII unit as at most 3 bytes, or a lone surrogate as the 6 of `\uXXXX`); only a number can
 * grow (`1e7` prints as `10000000`), to at most 25 characters.
 */
function compactBound(ctx: CheckContext): number {
  const input = ctx.input;
  const numbers = walk(ctx).numbers;
  if (!Array.isArray(input) || input.length !== ctx.roots.length || numbers === undefined)
    return Number.POSITIVE_INFINITY;
  // The brackets and commas of the array; each number's growth.
  let bound = input.length + 1 + 24 * numbers;
  for (let i = 0; i < input.length; i++) {
    const root = ctx.roots[i];
    if (root?.text === undefined || root.value !== input[i]) return Number.POSITIVE_INFINITY;
    bound += root.text.length;
    NON_ASCII.lastIndex = 0;
    while (NON_ASCII.test(root.text)) bound += 5;
  }
  return bound;
}

export const SIZE = rule({
  id: "text/size",
  severity: "warning",
  summary: "the JSON-LD is within its byte budget (`maxBytes`, 32 KB by default)",
  run(ctx, report) {
    const max = ctx.options.maxBytes ?? 32_768;
    if (compactBound(ctx) <= max) return;
    const bytes = utf8Length(JSON.stringify(ctx.input) ?? "");
    if (bytes > max)
      report.add(undefined, "", `is ${bytes} bytes of JSON, over the ${max}-byte budget`, { bytes, max });
  },
});

/** Events (dates, places, participants) and text a generator should not have produced. */
export const CONTENT_RULES = [
  EVENT_DATE_FORMAT,
  EVENT_DATE_OFFSET,
  EVENT_LOCATION,
  EVENT_PARTICIPANT,
  SUSPICIOUS_TEXT,
  EMPTY_TEXT,
  MARKUP_TEXT,
  UNDECODED_TEXT,
  NOT_JSON,
  SIZE,
] as const;
