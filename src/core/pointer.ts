/**
 * Builds a JSON Pointer (RFC 6901) from path segments, escaping `~` and `/`.
 *
 * @example
 * ```ts
 * toPointer(["events", 2, "date"]); // => "/events/2/date"
 * ```
 */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapePointerSegment(s)}`).join("");
}

/**
 * Escapes one JSON Pointer segment: `~` becomes `~0`, `/` becomes `~1`.
 *
 * @example
 * ```ts
 * escapePointerSegment("a/b"); // => "a~1b"
 * ```
 */
export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  // Most keys hold neither character: two searches instead of two regular-expression replacements.
  return text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text;
}

/**
 * Splits a JSON Pointer into its unescaped segments; `""` is the root.
 *
 * @example
 * ```ts
 * parsePointer("/entities/0/a~1b"); // => ["entities", "0", "a/b"]
 * ```
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** What a JSON Pointer resolves to. */
export interface PointerResolution {
  /** True when every segment exists. */
  readonly found: boolean;
  /** The value there, or undefined. */
  readonly value: unknown;
}

/**
 * Resolves a JSON Pointer against a value. Only own properties count, so `/__proto__` or
 * `/constructor` never reach Object.prototype.
 *
 * @example
 * ```ts
 * resolvePointer({ a: [10, 20] }, "/a/1"); // => { found: true, value: 20 }
 * ```
 */
export function resolvePointer(root: unknown, pointer: string): PointerResolution {
  let current: unknown = root;
  // Segment by segment, without splitting: verifications resolve one pointer each.
  for (let from = 1; pointer !== "";) {
    const slash = pointer.indexOf("/", from);
    const raw = pointer.slice(from, slash === -1 ? pointer.length : slash);
    const segment = raw.includes("~") ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw;
    if (Array.isArray(current)) {
      if (!isArrayIndex(segment) || Number(segment) >= current.length) return NOT_FOUND;
      current = current[Number(segment)];
    } else if (
      current !== null &&
      typeof current === "object" &&
      Object.prototype.hasOwnProperty.call(current, segment)
    ) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return NOT_FOUND;
    }
    if (slash === -1) break;
    from = slash + 1;
  }
  return { found: true, value: current };
}

// Pure: an entry that never resolves a pointer (JSON-LD) leaves it out.
const NOT_FOUND: PointerResolution = /* @__PURE__ */ Object.freeze({ found: false, value: undefined });

/** `0` or digits without a leading zero, as RFC 6901 writes an array index. */
function isArrayIndex(segment: string): boolean {
  if (segment === "" || (segment.length > 1 && segment.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
