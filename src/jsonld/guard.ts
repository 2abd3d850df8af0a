import type { NewsDocument } from "../generated/types.js";
import {
  ID_MAX_LENGTH,
  matchesId,
  matchesUrl,
  matchesWikidata,
  URL_MAX_LENGTH,
  WIKIDATA_MAX_LENGTH,
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

/** What the walk does with a key's value: leave it, or check it as a URL, an id or a Wikidata QID. */
const SKIP = 1;
const URL_KEY = 2;
const ID_KEY = 3;
const WIKIDATA_KEY = 4;

/**
 * One lookup per key (the walk's hot path). URL keys: every property the schemas type as a Url,
 * whose values become URLs (`url`, `@id`, `sameAs`, `logo`, `image`) in the graph. Id keys: every
 * property the schemas type as an Id, own or referenced, which may end up inside `@id` IRIs,
 * whether the graph uses it today or not, so that a reference the builder starts to use is
 * already checked. Wikidata keys: QIDs, which become wikidata.org IRIs. Skipped: the text and its
 * evidence spans (most of a document), which never reach a URL or an `@id`.
 */
const KEY_KINDS = new Map<string, number>([
  ...SCHEMA_WIKIDATA_KEYS.map((key) => [key, WIKIDATA_KEY] as const),
  ...SCHEMA_ID_KEYS.map((key) => [key, ID_KEY] as const),
  ...SCHEMA_URL_KEYS.map((key) => [key, URL_KEY] as const),
  ...["body", "evidence", "mentions"].map((key) => [key, SKIP] as const),
]);

const NOT_PLAIN = "must be a plain JSON object or array";

/** What the values under one kind of key must be. */
interface Rule {
  /** The schema's pattern, tested as the validators test it (an id's costs 27 ns where its RegExp's costs 40). */
  readonly matches: (text: string) => boolean;
  readonly max: number;
  readonly code: IssueCode;
  readonly message: string;
}
const URL_RULE: Rule = {
  matches: matchesUrl,
  max: URL_MAX_LENGTH,
  code: "unsafe-url",
  message: "must be an absolute http(s) URL",
};
const ID_RULE: Rule = {
  matches: matchesId,
  max: ID_MAX_LENGTH,
  code: "unsafe-id",
  message: "must be an id: ASCII a–z, 0–9 and hyphens, not starting with a hyphen",
};
const WIKIDATA_RULE: Rule = {
  matches: matchesWikidata,
  max: WIKIDATA_MAX_LENGTH,
  code: "unsafe-id",
  message: "must be a Wikidata QID",
};

const isString = (item: unknown) => typeof item === "string";
const passes = (value: unknown, rule: Rule) =>
  typeof value === "string" && value.length <= rule.max && rule.matches(value);

function hasEnumerable(value: object): boolean {
  for (const _ in value) return true;
  return false;
}

/**
 * One walk of a document by the guard: the issues found, and whether every object and array it
 * read is frozen (then its verdict cannot change).
 */
class InputWalk {
  readonly issues: Issue[] = [];
  frozen = true;
  /** Whether `Object.prototype` has an enumerable property, which a for-in loop would visit. */
  private readonly inherits = hasEnumerable(Object.prototype);
  /**
   * The path to where the walk is, one stack pushed and popped: made into a pointer only for a
   * problem found, so a walk of a sound document allocates nothing per step.
   */
  private readonly path: (string | number)[] = [];

  add(message: string, code: IssueCode = "type", got?: unknown, last?: string | number): void {
    if (this.issues.length >= 100) return;
    const pointer = toPointer(last === undefined ? this.path : [...this.path, last]);
    // The value refused, raw, when it is text (what a program or a formatter may want to show).
    const params = typeof got === "string" ? { params: { got } } : {};
    this.issues.push({ code, pointer, message, ...params });
  }

  /** The parts every graph needs, then everything else. */
  root(input: Record<string, unknown>): void {
    this.path.push("authors");
    if (!Array.isArray(input["authors"])) this.add("must be an array");
    this.path[0] = "publisher";
    if (!isRecord(input["publisher"])) this.add("must be an object");
    this.path.pop();
    this.walk(input);
  }

  /** A value that must pass `rule`, or a list of them. */
  each(value: unknown, rule: Rule): void {
    if (!Array.isArray(value)) {
      if (!passes(value, rule)) this.add(rule.message, rule.code, value);
    } else if (!isPlainJson(value)) this.add(NOT_PLAIN);
    else {
      if (this.frozen && !Object.isFrozen(value)) this.frozen = false;
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) continue; // a hole, as forEach skips it
        const item: unknown = value[i];
        if (!passes(item, rule)) this.add(rule.message, rule.code, item, i);
      }
    }
  }

  check(kind: number | undefined, key: string, value: unknown): void {
    if (kind === URL_KEY) this.each(value, URL_RULE);
    // An id, or a list of references such as a quote's speakers (the document's own `sources`
    // list, of objects, is walked instead).
    else if (
      kind === ID_KEY &&
      (typeof value === "string" || key === "id" || (Array.isArray(value) && value.every(isString)))
    )
      this.each(value, ID_RULE);
    else if (kind === WIKIDATA_KEY) this.each(value, WIKIDATA_RULE);
    else this.walk(value);
  }

  /** A value that is no object or array under a URL, id or Wikidata key (`kind`), as {@link check} checks it. */
  scalar(kind: number, key: string, value: unknown): void {
    const rule =
      kind === URL_KEY
        ? URL_RULE
        : kind === WIKIDATA_KEY
          ? WIKIDATA_RULE
          : typeof value === "string" || key === "id"
            ? ID_RULE
            : undefined;
    if (rule !== undefined && !passes(value, rule)) this.add(rule.message, rule.code, value, key);
  }

  /** Only what JSON text makes: the builder then reads nothing the walk did not (no inherited value). */
  walk(value: unknown): void {
    if (value === null || typeof value !== "object") return;
    if (!isPlainJson(value)) return this.add(NOT_PLAIN);
    if (this.frozen && !Object.isFrozen(value)) this.frozen = false;
    const path = this.path;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === null || typeof item !== "object") continue;
        path.push(i);
        this.walk(item);
        path.pop();
      }
      return;
    }
    // Own names, enumerable or not: every property the builder can read is checked. JSON text makes
    // only enumerable ones, read in a for-in loop: V8 reads each value there through the loop's
    // cache, where `value[key]` over a list of names is a generic lookup per key (a sixth of the
    // guard). The loop also sees inherited enumerable names, so it is used only when there are
    // none and it sees as many names as the object has.
    const record = value as Record<string, unknown>;
    const names = Object.getOwnPropertyNames(record);
    let enumerable = 0;
    if (!this.inherits) for (const _ in record) enumerable++;
    if (!this.inherits && enumerable === names.length)
      for (const key in record) {
        const kind = KEY_KINDS.get(key);
        if (kind !== SKIP) this.entry(key, kind, record[key]);
      }
    else
      for (let k = 0; k < names.length; k++) {
        const key = names[k] as string;
        const kind = KEY_KINDS.get(key);
        if (kind !== SKIP) this.entry(key, kind, record[key]);
      }
  }

  /** One property of an object: its name, what is checked under it, and its value (read by the caller, see walk). */
  entry(key: string, kind: number | undefined, item: unknown): void {
    if (item === null || typeof item !== "object") {
      // Nothing to check in a number, a boolean or a text under a key no URL or id comes from;
      // one under such a key is checked in place, the path extended only for an issue.
      if (kind !== undefined) this.scalar(kind, key, item);
      return;
    }
    this.path.push(key);
    this.check(kind, key, item);
    this.path.pop();
  }
}

/**
 * Checks what the JSON-LD builder turns into a URL or an `@id`, wherever it is in the document:
 * every `url`, `sameAs` and `logo` value must be an http(s) URL browsers read as written, every
 * `id` a safe id, every `wikidata` a QID; and the parts every graph needs must have their shape.
 * It is not the validator — `validateDocument` checks far more, and the JSON-LD entry must not
 * carry its code — but an unvalidated or hostile document can no longer put a `javascript:` URL
 * into a page.
 */
function graphInputIssues(input: unknown): { issues: Issue[]; frozen: boolean } {
  if (!isRecord(input)) return { issues: [{ code: "type", pointer: "", message: "must be an object" }], frozen: false };
  const walk = new InputWalk();
  walk.root(input);
  return { issues: walk.issues, frozen: walk.frozen };
}

/**
 * The documents the guard accepted whose every object and array it read was frozen: nothing in
 * them can change (a frozen object's own values are fixed, and so are the nested ones), so the
 * verdict holds for every later call with the same object (a page rendered again and again from
 * one cached, frozen document). A document that is not deeply frozen is walked on every call, so
 * a change made after a first call — or after validation — is always seen.
 */
const accepted = new WeakSet<object>();

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
  if (typeof input === "object" && input !== null && accepted.has(input)) return;
  let issues: Issue[];
  try {
    const walked = graphInputIssues(input);
    issues = walked.issues;
    if (issues.length === 0 && walked.frozen) accepted.add(input as object);
  } catch (error) {
    // A getter or proxy that throws while being read: the input cannot be used.
    const thrown = describeThrown(error);
    issues = [{ code: "unreadable", pointer: "", message: `could not be read: ${thrown}`, params: { error: thrown } }];
  }
  throwIssues("document for JSON-LD", issues);
}
