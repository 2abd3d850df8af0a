import { isPlainJson } from "../core/json.js";
import type { Issue } from "../core/issue.js";
import { toPointer } from "../core/pointer.js";
import { hasLoneSurrogate } from "../core/utf16.js";
import { isKnownCode } from "../model/plover-codes.js";
import { plainRun, SPAN_KEYS } from "../generated/check-validators.js";

/*
 * What the schema cannot say about the input itself, checked before the schema is: that it is data
 * JSON text could have made (the validators read inherited properties, so an object whose prototype
 * holds `url` would pass `required`), and that its text is Unicode a page can carry.
 */

/** The most values walked: far beyond any news document, short of a walk without end. */
export const MAX_VALUES = 5_000_000;

/** A value still to look at, with its path as a chain of links (a pointer is built only for an issue). */
type Link = { readonly up: Link | undefined; readonly key: string | number } | undefined;

function pointerOf(at: Link): string {
  const path: (string | number)[] = [];
  for (let step = at; step; step = step.up) path.unshift(step.key);
  return toPointer(path);
}

/**
 * What {@link plainDataIssues} found: `plain` is false when the schema cannot be trusted to judge
 * the input; `termsKnown` is true when the walk saw every coded term of the input (an object with
 * string `scheme`, `code` and `label`) and each has a code its scheme's list holds, or a scheme
 * without a list — then the terms check (checks/terms.ts) would find nothing and need not walk again.
 */
export interface PlainDataIssues {
  readonly plain: boolean;
  readonly issues: readonly Issue[];
  readonly termsKnown: boolean;
}

/**
 * What a generated validator's run saw of the input (its `plainRun`): "suspect" when the walk
 * below may find something, else "plain", or "unknown-term" when a coded term it met has a code
 * its scheme's list lacks.
 */
export type PlainRun = "suspect" | "plain" | "unknown-term";

/**
 * The plain-data answer of the generated validator's last run (see {@link PlainRun}); call it
 * right after the run, whatever the run answered: it lets go of the terms the run kept.
 *
 * @example
 * ```ts
 * check.check_event(event);
 * lastPlainRun(); // => "plain"
 * ```
 */
export function lastPlainRun(): PlainRun {
  return plainRun(MAX_VALUES, isUnknownTerm) as PlainRun;
}

/** The answer for the common case, shared: nothing wrong, every term known. */
const CLEAN: PlainDataIssues = Object.freeze({ plain: true, issues: Object.freeze([]), termsKnown: true });

/**
 * Evidence spans (`evidence`, `mentions`) quote the body at offsets: a span that cuts a surrogate
 * pair is the evidence checks' own issue (`evidence-splits-character`), and any other lone
 * surrogate in one is in the body too, where this walk reports it.
 */
const SPANS: ReadonlySet<string> = new Set(SPAN_KEYS);

/**
 * Walks the input (iteratively, each object once: nesting depth costs no stack, a cycle or a
 * shared part no repeated work) for objects JSON text cannot make — a prototype other than
 * `Object.prototype` or null, an array's other than `Array.prototype`: what validation accepts
 * becomes JSON-LD, whose builder reads what the input inherits — and for text holding a lone
 * surrogate, which no UTF-8 page can carry (it would become U+FFFD). At most `max` issues.
 *
 * @example
 * ```ts
 * plainDataIssues({ name: "Ana \uD800" }).issues[0]?.code; // => "lone-surrogate"
 * plainDataIssues(Object.create({ url: "javascript:alert(1)" })).plain; // => false
 * ```
 */
export function plainDataIssues(input: unknown, schemaValid: boolean, max = 100, run?: PlainRun): PlainDataIssues {
  // Valid input is the common case: the generated validator's own run saw every value of it
  // (scripts/generate/plain-keywords.mjs), else a walk that builds no path tells it apart first.
  if (schemaValid && run !== undefined && run !== "suspect")
    return run === "unknown-term" ? { plain: true, issues: [], termsKnown: false } : CLEAN;
  if (!mayHaveIssues(input, schemaValid))
    return unknownTermSeen ? { plain: true, issues: [], termsKnown: false } : CLEAN;
  const issues: Issue[] = [];
  const seen = new Set<object>();
  let plain = true;
  // Each value with its path, and whether its text is checked (not inside an evidence span).
  const stack: [unknown, Link, boolean][] = [[input, undefined, true]];
  let values = 0;
  for (let next = stack.pop(); next !== undefined && issues.length < max; next = stack.pop()) {
    const [value, at, text] = next;
    if (++values > MAX_VALUES) {
      issues.push({ code: "too-large", pointer: "", message: `holds more than ${MAX_VALUES} values` });
      break;
    }
    if (typeof value === "string") {
      if (text && hasLoneSurrogate(value))
        issues.push({
          code: "lone-surrogate",
          pointer: pointerOf(at),
          message: "holds a lone surrogate (half of a UTF-16 pair), which UTF-8 cannot encode",
        });
    } else if (value !== null && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      if (!isPlainJson(value)) {
        plain = false;
        issues.push({ code: "type", pointer: pointerOf(at), message: "must be a plain JSON object or array" });
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], { up: at, key: i }, text]);
      } else {
        const keys = Object.getOwnPropertyNames(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i] as string;
          stack.push([(value as Record<string, unknown>)[key], { up: at, key }, text && !SPANS.has(key)]);
        }
      }
    }
  }
  return { plain, issues, termsKnown: false };
}

/**
 * True when the input holds a non-plain object or a lone surrogate anywhere (evidence spans too).
 * Input the schema accepted is finite and acyclic (every key is a known one, none recursive), so
 * its walk needs no record of the objects seen, which costs a quarter of the time. On the way it
 * looks at each coded term (one walk instead of two): {@link unknownTermSeen} says what it saw.
 */
function mayHaveIssues(input: unknown, schemaValid: boolean): boolean {
  const seen = schemaValid ? undefined : new Set<object>();
  unknownTermSeen = false;
  // One stack for every call (a new one regrows on every document), each slot emptied as it is
  // taken so that no value of the input is held after the walk; a walk cut short leaves slots
  // that the next walk overwrites or empties.
  const stack = walkStack;
  let top = 0;
  stack[top++] = input;
  try {
    // A proxy that makes a new object at every read has no end: the walk has one. Every value
    // read counts (the input itself is the first), text too, though only objects are stacked.
    for (let values = 1; top > 0;) {
      if (values > MAX_VALUES) return true;
      const value = stack[--top];
      stack[top] = undefined;
      if (typeof value === "string") {
        if (hasLoneSurrogate(value)) return true;
      } else if (value !== null && typeof value === "object" && !seen?.has(value)) {
        seen?.add(value);
        if (!isPlainJson(value)) return true;
        // Text is checked where it is read and only objects go on the stack: most values are text.
        if (Array.isArray(value)) {
          values += value.length;
          if (values > MAX_VALUES) return true;
          for (let i = 0; i < value.length; i++) {
            const item: unknown = value[i];
            if (typeof item === "object") stack[top++] = item;
            else if (typeof item === "string" && hasLoneSurrogate(item)) return true;
          }
        } else {
          // `for in` allocates no key list; the prototype is Object's or none, so the keys are own ones.
          // A key compared to "scheme" is one pointer compare: only a term's fields are read again.
          let term = false;
          for (const key in value) {
            if (key === "scheme") term = true;
            values++;
            const item = (value as Record<string, unknown>)[key];
            if (typeof item === "object") stack[top++] = item;
            else if (typeof item === "string" && hasLoneSurrogate(item)) return true;
          }
          if (term && !unknownTermSeen) unknownTermSeen = isUnknownTerm(value as Record<string, unknown>);
        }
      }
    }
    return false;
  } finally {
    // Whatever stopped the walk, hold nothing of this input.
    for (let i = 0; i < top; i++) stack[i] = undefined;
  }
}

/** True for a coded term whose code its scheme's shipped list lacks (what checks/terms.ts reports). */
export function isUnknownTerm(record: Record<string, unknown>): boolean {
  const { scheme, code } = record;
  return (
    typeof scheme === "string" &&
    typeof code === "string" &&
    typeof record["label"] === "string" &&
    isKnownCode(scheme, code) === false
  );
}

/** Set by {@link mayHaveIssues}: whether its last walk met a coded term with an unknown code. */
let unknownTermSeen = false;

/** The stack of {@link mayHaveIssues}, kept between calls (empty between them). */
const walkStack: unknown[] = [];
