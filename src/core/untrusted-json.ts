/**
 * The one reader of untrusted JSON that every import shares (Linked Data, ninjs, and any import
 * added later). Whatever the caller hands over — `JSON.parse` output, or a hostile object with
 * getters, proxies, a poisoned prototype or 100,000 levels of nesting — comes back as plain data or
 * as one issue, in time and memory linear in its size, and nothing is thrown.
 */
import type { Issue } from "./issue.js";
import { toPointer } from "./pointer.js";

/** How much of an untrusted value {@link readUntrustedJson} reads before it refuses it. */
export interface UntrustedJsonLimits {
  /** The deepest nesting of objects and arrays accepted (the top level is depth 0). Default 512. */
  readonly maxDepth?: number;
  /** The most values (objects, arrays, strings, numbers, booleans, nulls) accepted. Default 5,000,000. */
  readonly maxValues?: number;
}

/** A JSON object read by {@link readUntrustedJson}: its own keys only, on a null prototype. */
export type UntrustedObject = { readonly [key: string]: UntrustedJson };

/** A value read by {@link readUntrustedJson}. */
export type UntrustedJson = null | boolean | number | string | readonly UntrustedJson[] | UntrustedObject;

/** What {@link readUntrustedJson} gives: the data, or the one reason it was refused. */
export type UntrustedReading =
  { readonly ok: true; readonly value: UntrustedJson } | { readonly ok: false; readonly issue: Issue };

const DEFAULT_MAX_DEPTH = 512;
const DEFAULT_MAX_VALUES = 5_000_000;

/** Where a value is: a linked path, so that no value's path is copied (deep nesting stays linear). */
interface At {
  readonly up: At | undefined;
  readonly key: string | number;
  readonly depth: number;
}

/** A container still to be filled: its copy, and the source it is copied from. */
interface Pending {
  readonly source: object;
  readonly copy: Record<string, UntrustedJson> | UntrustedJson[];
  readonly at: At | undefined;
}

/** The JSON Pointer of a linked path, built only for the one issue reported. */
function pointerOf(at: At | undefined): string {
  const keys: (string | number)[] = [];
  for (let step = at; step !== undefined; step = step.up) keys.push(step.key);
  return toPointer(keys.reverse());
}

/**
 * Copies an untrusted value into plain JSON data: own enumerable data properties only (a getter is
 * never called, an inherited property never read), every object on a null prototype (so a key
 * `"__proto__"` is an ordinary key and cannot become a prototype), arrays as arrays, and only what
 * JSON can hold (finite numbers, strings, booleans, null; undefined as `JSON.stringify` writes it:
 * a property holding it left out, an item holding it null). The walk is iterative — deep nesting is
 * an issue at its pointer, not a `RangeError` — and stops at the limits. Never throws.
 *
 * @param input - Anything.
 * @param limits - Depth and size limits.
 * @returns `{ ok: true, value }` or `{ ok: false, issue }` (codes `too-deep`, `too-large`, `type`).
 *
 * @example
 * ```ts
 * const read = readUntrustedJson(JSON.parse('{"__proto__": {"url": "javascript:alert(1)"}}'));
 * // read.ok === true; read.value has an own key "__proto__" and no inherited "url"
 * readUntrustedJson({ n: NaN }); // => { ok: false, issue: { code: "type", pointer: "/n", … } }
 * ```
 */
export function readUntrustedJson(input: unknown, limits: UntrustedJsonLimits = {}): UntrustedReading {
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxValues = limits.maxValues ?? DEFAULT_MAX_VALUES;
  let values = 0;
  const pending: Pending[] = [];
  let refusal: Issue | undefined;
  const refuse = (issue: Issue) => {
    refusal ??= issue; // the first reason found is the one reported
    return null;
  };
  // One value: a primitive is returned as it is; a container gets an empty copy, filled later.
  const take = (value: unknown, at: At | undefined): UntrustedJson => {
    if (++values > maxValues) {
      return refuse({
        code: "too-large",
        pointer: pointerOf(at),
        message: `holds more than ${maxValues} values`,
        params: { maxValues },
      });
    }
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      return Number.isFinite(value) ? value : refuse(notJson(at, String(value)));
    }
    if (typeof value !== "object") return refuse(notJson(at, typeof value));
    if ((at?.depth ?? 0) > maxDepth) {
      return refuse({
        code: "too-deep",
        pointer: pointerOf(at),
        message: `is nested more than ${maxDepth} levels deep`,
        params: { maxDepth },
      });
    }
    const copy: Record<string, UntrustedJson> | UntrustedJson[] = Array.isArray(value) ? [] : Object.create(null);
    pending.push({ source: value, copy, at });
    return copy;
  };
  try {
    const root = take(input, undefined);
    for (let next = pending.pop(); next !== undefined && refusal === undefined; next = pending.pop()) fill(next, take);
    return refusal === undefined ? { ok: true, value: root } : { ok: false, issue: refusal };
  } catch {
    // A proxy's trap or a revoked proxy: nothing of it can be trusted.
    return {
      ok: false,
      issue: { code: "type", pointer: "", message: "cannot be read as JSON (a trap threw while it was read)" },
    };
  }
}

/** Copies the own enumerable data properties of one container into its copy. */
function fill({ source, copy, at }: Pending, take: (value: unknown, at: At | undefined) => UntrustedJson): void {
  const depth = (at?.depth ?? 0) + 1;
  if (Array.isArray(copy)) {
    const length = (source as unknown[]).length;
    for (let i = 0; i < length; i++) {
      const descriptor = Reflect.getOwnPropertyDescriptor(source, i);
      // A hole, an accessor or undefined is null, as JSON.stringify writes it.
      copy.push(
        descriptor !== undefined && "value" in descriptor && descriptor.value !== undefined
          ? take(descriptor.value, { up: at, key: i, depth })
          : null,
      );
    }
    return;
  }
  for (const key of Object.keys(source)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(source, key);
    // An accessor is skipped, never called: JSON text cannot make one. A property holding undefined
    // is absent, as JSON.stringify leaves it out: a caller's `{ ...record, comment: undefined }`
    // says nothing about a comment (it refused the whole record, found by a trial).
    if (descriptor === undefined || !("value" in descriptor) || descriptor.value === undefined) continue;
    copy[key] = take(descriptor.value, { up: at, key, depth });
  }
}

function notJson(at: At | undefined, got: string): Issue {
  return { code: "type", pointer: pointerOf(at), message: `must be a JSON value (got ${got})`, params: { got } };
}
