import type { NewsDocument } from "../generated/types.js";
import { NewsEventsError, throwIssues } from "../core/error.js";
import type { Issue, IssueCode } from "../core/issue.js";
import { toPointer } from "../core/pointer.js";
import { isPlainJson } from "../core/json.js";
import { typeIssue } from "../core/type-issue.js";
import { jsonFaults, unreadable } from "./json-faults.js";
import { ID_RULE, passes, URL_RULE, WIKIDATA_RULE, type Rule } from "./rules.js";
import { DOCUMENT } from "./shapes.js";
import { ANY_OBJECT, ID_KEY, OBJECT, SKIP, STRING, typeBit, URL_KEY, WIKIDATA_KEY, type Spec } from "./spec.js";

const NOT_PLAIN = "must be a plain JSON object or array";

const isString = (item: unknown) => typeof item === "string";

function hasEnumerable(value: object): boolean {
  for (const _ in value) return true;
  return false;
}

/**
 * Levels of nesting the walk goes into: a valid document nests a dozen at most (every key is a
 * known one, none recursive), so a walk deeper than this is going round a cycle or into nesting
 * no document has, and stops there with an issue instead of exhausting the stack.
 */
const MAX_DEPTH = 64;

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
   * problem found, so a walk of a sound document allocates nothing per step. Left as it was when
   * a read throws, so that the error can be placed (see {@link graphInputIssues}).
   */
  readonly path: (string | number)[] = [];
  private tooDeep = false;

  constructor(private readonly input: unknown) {}

  add(message: string, code: IssueCode = "type", got?: unknown, last?: string | number): void {
    if (this.issues.length >= 100) return;
    const pointer = toPointer(last === undefined ? this.path : [...this.path, last]);
    // The value refused, raw, when it is text (what a program or a formatter may want to show).
    const params = typeof got === "string" ? { params: { got } } : {};
    this.issues.push({ code, pointer, message, ...params });
  }

  /** A value at `last` that is not of the type `spec` expects, in validateDocument's words. */
  wrongType(spec: Spec, value: unknown, last: string | number): void {
    if (this.issues.length < 100) this.issues.push(typeIssue(toPointer([...this.path, last]), spec.expected, value));
  }

  /** The properties `spec` requires that `record` lacks (some are: the walk counted fewer). */
  missing(record: Record<string, unknown>, spec: Spec): void {
    for (const key of spec.required)
      if (record[key] === undefined && this.issues.length < 100)
        this.issues.push({
          code: "required",
          pointer: toPointer([...this.path, key]),
          message: "is required but missing",
          params: { property: key },
        });
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

  /** An object or array under `key`, which `spec` describes. */
  check(spec: Spec, key: string, value: object): void {
    const kind = spec.kind;
    if (kind === URL_KEY) this.each(value, URL_RULE);
    // An id, or a list of references such as a quote's speakers (the document's own `sources`
    // list, of objects, is walked instead).
    else if (kind === ID_KEY && (key === "id" || (Array.isArray(value) && value.every(isString))))
      this.each(value, ID_RULE);
    else if (kind === WIKIDATA_KEY) this.each(value, WIKIDATA_RULE);
    else this.walk(value, spec);
  }

  /**
   * A value that is no object or array under a URL, id or Wikidata key (`kind`), as {@link check}
   * checks it: true when it is refused.
   */
  scalar(kind: number, key: string, value: unknown): boolean {
    const rule =
      kind === URL_KEY
        ? URL_RULE
        : kind === WIKIDATA_KEY
          ? WIKIDATA_RULE
          : typeof value === "string" || key === "id"
            ? ID_RULE
            : undefined;
    if (rule === undefined || passes(value, rule)) return false;
    this.add(rule.message, rule.code, value, key);
    return true;
  }

  /**
   * An object or array, as `spec` describes it (undefined: anything). Only what JSON text makes:
   * the builder then reads nothing the walk did not (no inherited value).
   */
  walk(value: object, spec: Spec | undefined): void {
    if (!isPlainJson(value)) return this.add(NOT_PLAIN);
    if (this.frozen && !Object.isFrozen(value)) this.frozen = false;
    const path = this.path;
    if (path.length > MAX_DEPTH) return this.deep();
    if (Array.isArray(value)) {
      const items = spec?.items;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        // A wrong item is not walked: the document is refused for it already.
        if (items !== undefined && (items.type & typeBit(item)) === 0) this.wrongType(items, item, i);
        else if (item !== null && typeof item === "object") {
          path.push(i);
          this.walk(item, items);
          path.pop();
        }
      }
      return;
    }
    const record = value as Record<string, unknown>;
    let shape = spec ?? ANY_OBJECT;
    // A tagged union (an event by its kind): the variant's fields, any other tag the fallback's.
    if (shape.variants !== undefined) shape = shape.variants.get(record[shape.tag]) ?? shape;
    const fields = shape.fields;
    let found = 0;
    // Own names, enumerable or not: every property the builder can read is checked. JSON text makes
    // only enumerable ones, read in a for-in loop: V8 reads each value there through the loop's
    // cache, where `value[key]` over a list of names is a generic lookup per key (a sixth of the
    // guard). The loop also sees inherited enumerable names, so it is used only when there are
    // none and it sees as many names as the object has.
    const names = Object.getOwnPropertyNames(record);
    let enumerable = 0;
    if (!this.inherits) for (const _ in record) enumerable++;
    if (!this.inherits && enumerable === names.length)
      for (const key in record) {
        const field = fields.get(key);
        if (field?.kind !== SKIP) found += this.entry(key, field, record[key]);
      }
    else
      for (let k = 0; k < names.length; k++) {
        const key = names[k] as string;
        const field = fields.get(key);
        if (field?.kind !== SKIP) found += this.entry(key, field, record[key]);
      }
    // The required properties present were counted on the way: only a shortfall is looked into.
    if (found < shape.required.length) this.missing(record, shape);
  }

  /**
   * One property of an object: its name, what is expected of it (undefined: any value, looked
   * into) and its value (read by the caller, see walk). 1 when it is a required one, present.
   */
  entry(key: string, field: Spec | undefined, item: unknown): number {
    if (field === undefined) {
      if (item !== null && typeof item === "object") {
        this.path.push(key);
        this.walk(item, undefined);
        this.path.pop();
      }
      return 0;
    }
    const kind = field.kind;
    // Absent, as JSON.stringify and the builder read undefined (a key or an id checked as before).
    if (item === undefined) {
      if (kind !== undefined) this.scalar(kind, key, item);
      return 0;
    }
    // A value under a key a URL or an id comes from is checked in place, the path extended only
    // for an issue (a URL that is not text is its rule's issue, in the rule's words); then its
    // type. A text first: most values are, and it needs no look at its type beyond `typeof`.
    const type = typeof item === "string" ? STRING : typeBit(item);
    if (type < OBJECT) {
      if ((kind === undefined || !this.scalar(kind, key, item)) && (field.type & type) === 0)
        this.wrongType(field, item, key);
    } else if ((field.type & type) === 0) this.wrongType(field, item, key);
    else {
      this.path.push(key);
      this.check(field, key, item as object);
      this.path.pop();
    }
    return field.needed;
  }

  /**
   * Where the walk went deeper than {@link MAX_DEPTH}: round a cycle (the first the input holds,
   * named where it closes), or into nesting no document has.
   */
  deep(): void {
    if (this.tooDeep) return;
    this.tooDeep = true;
    this.issues.push(
      faultOf(this.input, "circular-reference") ?? {
        code: "too-deep",
        pointer: toPointer(this.path),
        message: `is nested more than ${MAX_DEPTH} levels deep: no document nests so deep`,
        params: { maxDepth: MAX_DEPTH },
      },
    );
  }
}

/** The first issue of `code` that {@link jsonFaults} finds in `input`. */
const faultOf = (input: unknown, code: IssueCode) => jsonFaults(input).find((issue) => issue.code === code);

/**
 * Checks what the JSON-LD builder turns into a URL or an `@id`, wherever it is in the document:
 * every `url`, `sameAs` and `logo` value must be an http(s) URL browsers read as written, every
 * `id` a safe id, every `wikidata` a QID; and every part the builder reads must have its shape
 * (shapes.ts): an object, an array or a text where it reads one, what it cannot do without
 * present. It is not the validator — `validateDocument` checks far more, and the JSON-LD entry
 * must not carry its code — but an unvalidated or hostile document can no longer put a
 * `javascript:` URL into a page, nor a value of the wrong type into the graph.
 */
function graphInputIssues(input: unknown): { issues: Issue[]; frozen: boolean } {
  if (input === null || typeof input !== "object" || Array.isArray(input))
    return { issues: [typeIssue("", "object", input)], frozen: false };
  const walk = new InputWalk(input);
  try {
    walk.walk(input, DOCUMENT);
  } catch (error) {
    // A getter or proxy that throws while being read: the input cannot be used. Read again, it
    // names the property that throws; else the walk's path is where it was when the read threw.
    return { issues: [faultOf(input, "unreadable") ?? unreadable(toPointer(walk.path), error)], frozen: false };
  }
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
 * assertGraphInput({ headline: "x" }); // throws NewsEventsError: Invalid document for JSON-LD: /url: is required but missing (and 2 more issues)
 * ```
 */
export function assertGraphInput(input: unknown): asserts input is NewsDocument {
  if (typeof input === "object" && input !== null && accepted.has(input)) return;
  const { issues, frozen } = graphInputIssues(input);
  if (issues.length === 0 && frozen) accepted.add(input as object);
  throwIssues("document for JSON-LD", issues);
}
