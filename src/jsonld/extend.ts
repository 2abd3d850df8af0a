import { URL_PATTERN } from "../generated/patterns.js";
import { describeThrown } from "../core/error.js";
import type { Issue } from "../core/issue.js";
import { escapePointerSegment } from "../core/pointer.js";

/*
 * The `extend` option's values: the caller's own JSON-LD, copied into the graph as plain data and
 * checked as the document's values are. A trial of the packed package put `url: "javascript:…"`
 * into the article through `extend.article`, and the graph shared the caller's arrays.
 */

/**
 * schema.org properties whose text is a URL (their range holds URL): a page links it and a search
 * engine follows it, so it must be an absolute http(s) URL browsers read as written.
 */
const URL_VALUED: ReadonlySet<string> = new Set([
  "@id",
  "url",
  "sameAs",
  "image",
  "logo",
  "contentUrl",
  "thumbnailUrl",
  "embedUrl",
  "discussionUrl",
  "mainEntityOfPage",
  "license",
  "isBasedOn",
  "archivedAt",
  "hasMap",
  "downloadUrl",
  "installUrl",
  "codeRepository",
  "target",
  "urlTemplate",
]);

/** Levels of nesting an extend value may have: JSON-LD a page carries is shallow. */
const MAX_DEPTH = 64;

/** One walk of an extend value: where the issues go, and the objects being copied (a cycle). */
interface Copying {
  readonly issues: Issue[];
  readonly open: Set<object>;
}

function issue(copying: Copying, code: Issue["code"], pointer: string, message: string): undefined {
  copying.issues.push({ code, pointer, message });
  return undefined;
}

/** Whether `text`, under a URL-valued `key`, is a URL browsers read as written (a template's `{…}` filled in). */
function isSafeUrl(key: string, text: string): boolean {
  return URL_PATTERN.test(key === "urlTemplate" ? text.replace(/\{[^{}]*\}/g, "x") : text);
}

/** A plain JSON copy of `value`, found under `key` at `pointer`; undefined, with an issue, for what JSON-LD cannot hold. */
function copy(copying: Copying, value: unknown, key: string, pointer: string, depth: number): unknown {
  if (typeof value === "string") {
    if (URL_VALUED.has(key) && !isSafeUrl(key, value))
      return issue(copying, "unsafe-url", pointer, `must be an absolute http(s) URL (got ${JSON.stringify(value)})`);
    return value;
  }
  if (typeof value === "number")
    return Number.isFinite(value) ? value : issue(copying, "type", pointer, `must be a finite number (got ${value})`);
  if (value === null || typeof value === "boolean") return value;
  if (typeof value !== "object") return issue(copying, "type", pointer, `must be JSON (got ${typeof value})`);
  if (depth >= MAX_DEPTH) return issue(copying, "out-of-range", pointer, `nests more than ${MAX_DEPTH} levels`);
  if (copying.open.has(value)) return issue(copying, "circular-reference", pointer, "contains itself");
  const prototype = Object.getPrototypeOf(value) as unknown;
  const array = Array.isArray(value);
  if (!array && prototype !== Object.prototype && prototype !== null)
    return issue(copying, "type", pointer, "must be a plain JSON object or array");
  copying.open.add(value);
  try {
    if (array) return value.map((item, i) => copy(copying, item, key, `${pointer}/${i}`, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value))
      if (item !== undefined)
        out[name] = copy(copying, item, name, `${pointer}/${escapePointerSegment(name)}`, depth + 1);
    return out;
  } finally {
    copying.open.delete(value);
  }
}

/**
 * A plain JSON copy of one value of the `extend` option (a property for the article, or a node),
 * given under `key` at `pointer`: every text under a URL-valued property (url, sameAs, image, an
 * `@id`…) must be an absolute http(s) URL, and only what JSON holds is taken (no function, BigInt,
 * infinite number, class instance or cycle). Each problem is an issue in `issues`; the graph shares
 * no array or object with the caller's value.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * extendValue({ "@type": "Person", url: "javascript:alert(1)" }, "author", "/options/extend/article/author", issues);
 * issues[0]?.pointer; // => "/options/extend/article/author/url"
 * ```
 */
export function extendValue(value: unknown, key: string, pointer: string, issues: Issue[]): unknown {
  const copying: Copying = { issues, open: new Set() };
  try {
    return copy(copying, value, key, pointer, 0);
  } catch (error) {
    // A getter or proxy that throws while being read.
    return issue(copying, "unreadable", pointer, `could not be read: ${describeThrown(error)}`);
  }
}
