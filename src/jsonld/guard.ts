import type { NewsDocument } from "../generated/types.js";
import {
  ID_MAX_LENGTH,
  ID_PATTERN,
  URL_MAX_LENGTH,
  URL_PATTERN,
  WIKIDATA_MAX_LENGTH,
  WIKIDATA_PATTERN,
} from "../generated/patterns.js";
import { describeThrown, NewsEventsError, throwIssues } from "../core/error.js";
import type { Issue, IssueCode } from "../core/issue.js";
import { toPointer } from "../core/pointer.js";
import { isPlainJson, isRecord } from "../core/json.js";
import {
  ID_KEYS as SCHEMA_ID_KEYS,
  URL_KEYS as SCHEMA_URL_KEYS,
  WIKIDATA_KEYS as SCHEMA_WIKIDATA_KEYS,
} from "../generated/schema-facts.js";

/**
 * Keys whose values become URLs (`url`, `@id`, `sameAs`, `logo`, `image`) in the graph: every
 * property the schemas type as a Url.
 */
const URL_KEYS = new Set(SCHEMA_URL_KEYS);
/** Keys whose values are Wikidata QIDs, which become wikidata.org IRIs. */
const WIKIDATA_KEYS = new Set(SCHEMA_WIKIDATA_KEYS);
/** Parts that never reach a URL or an `@id`: the text and its evidence spans (most of a document). */
const SKIPPED = new Set(["body", "evidence", "mentions"]);

const NOT_AN_ID = "must be an id: lower-case letters, digits and hyphens";

/**
 * Keys whose values are document ids, own or referenced, and so may end up inside `@id` IRIs:
 * every property the schemas type as an Id, whether the graph uses it today or not, so that a
 * reference the builder starts to use is already checked.
 */
const ID_KEYS = new Set(SCHEMA_ID_KEYS);

/**
 * Checks what the JSON-LD builder turns into a URL or an `@id`, wherever it is in the document:
 * every `url`, `sameAs` and `logo` value must be an http(s) URL browsers read as written, every
 * `id` a safe id, every `wikidata` a QID; and the parts every graph needs must have their shape.
 * It is not the validator — `validateDocument` checks far more, and the JSON-LD entry must not
 * carry its code — but an unvalidated or hostile document can no longer put a `javascript:` URL
 * into a page.
 */
function graphInputIssues(input: unknown): Issue[] {
  const issues: Issue[] = [];
  // The path as a chain of links, made into a pointer only for a problem found: the walk
  // allocates one small link per step rather than one array per step.
  type Link = { readonly up: Link | undefined; readonly key: string | number } | undefined;
  const add = (at: Link, message: string, code: IssueCode = "type", got?: unknown) => {
    const path: (string | number)[] = [];
    for (let l = at; l; l = l.up) path.unshift(l.key);
    // The value refused, raw, when it is text (what a program or a formatter may want to show).
    const params = typeof got === "string" ? { params: { got } } : {};
    if (issues.length < 100) issues.push({ code, pointer: toPointer(path), message, ...params });
  };
  if (!isRecord(input)) return [{ code: "type", pointer: "", message: "must be an object" }];
  if (!Array.isArray(input["authors"])) add({ up: undefined, key: "authors" }, "must be an array");
  if (!isRecord(input["publisher"])) add({ up: undefined, key: "publisher" }, "must be an object");
  const each = (value: unknown, at: Link, pattern: RegExp, max: number, code: IssueCode, message: string) => {
    const ok = (item: unknown) => typeof item === "string" && item.length <= max && pattern.test(item);
    if (!Array.isArray(value)) {
      if (!ok(value)) add(at, message, code, value);
    } else if (plain(value, at)) value.forEach((item, i) => ok(item) || add({ up: at, key: i }, message, code, item));
  };
  const check = (key: string, value: unknown, at: Link): void => {
    if (URL_KEYS.has(key))
      each(value, at, URL_PATTERN, URL_MAX_LENGTH, "unsafe-url", "must be an absolute http(s) URL");
    // An id, or a list of references such as a quote's speakers (the document's own `sources`
    // list, of objects, is walked instead).
    else if (
      ID_KEYS.has(key) &&
      (typeof value === "string" || key === "id" || (Array.isArray(value) && value.every((v) => typeof v === "string")))
    )
      each(value, at, ID_PATTERN, ID_MAX_LENGTH, "unsafe-id", NOT_AN_ID);
    else if (WIKIDATA_KEYS.has(key))
      each(value, at, WIKIDATA_PATTERN, WIKIDATA_MAX_LENGTH, "unsafe-id", "must be a Wikidata QID");
    else walk(value, at);
  };
  // Only what JSON text makes: the builder then reads nothing the walk did not (no inherited value).
  const plain = (value: object, at: Link): boolean =>
    isPlainJson(value) || (add(at, "must be a plain JSON object or array"), false);
  const walk = (value: unknown, at: Link): void => {
    if (value === null || typeof value !== "object" || !plain(value, at)) return;
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) walk(value[i], { up: at, key: i });
    // Own names, enumerable or not: every property the builder can read is checked.
    else
      for (const key of Object.getOwnPropertyNames(value))
        if (!SKIPPED.has(key)) check(key, value[key as never], { up: at, key });
  };
  walk(input, undefined);
  return issues;
}

/**
 * Throws a {@link NewsEventsError} listing every problem when `input` cannot safely become JSON-LD
 * (see `toJsonLd`); returns when it can.
 *
 * @example
 * ```ts
 * assertGraphInput({ headline: "x" }); // throws NewsEventsError: Invalid document for JSON-LD: /url: must be…
 * ```
 */
export function assertGraphInput(input: unknown): asserts input is NewsDocument {
  let issues: Issue[];
  try {
    issues = graphInputIssues(input);
  } catch (error) {
    // A getter or proxy that throws while being read: the input cannot be used.
    const thrown = describeThrown(error);
    issues = [{ code: "unreadable", pointer: "", message: `could not be read: ${thrown}`, params: { error: thrown } }];
  }
  throwIssues("document for JSON-LD", issues);
}
