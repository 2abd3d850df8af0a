import {
  ID_KEYS as SCHEMA_ID_KEYS,
  URL_KEYS as SCHEMA_URL_KEYS,
  WIKIDATA_KEYS as SCHEMA_WIKIDATA_KEYS,
} from "../generated/schema-facts.js";

/*
 * The shapes the input guard (guard.ts) checks a document against, and how they are made: what a
 * key is (a URL, an id, a QID, skipped) and what its value must be (a text, a list, an object of
 * such fields), both found with one lookup per key. The document's own shapes are in shapes.ts.
 */

/**
 * What the walk does with a key's value: leave it (the text and its evidence spans), or check it
 * as a URL, an id or a Wikidata QID.
 *
 * @example
 * ```ts
 * ANY_OBJECT.fields.get("evidence")?.kind === SKIP; // => true
 * ```
 */
export const SKIP = 1;
/**
 * A URL (see {@link SKIP}).
 *
 * @example
 * ```ts
 * ANY_OBJECT.fields.get("sameAs")?.kind === URL_KEY; // => true
 * ```
 */
export const URL_KEY = 2;
/**
 * An id, or a list of them (see {@link SKIP}).
 *
 * @example
 * ```ts
 * ANY_OBJECT.fields.get("speakers")?.kind === ID_KEY; // => true
 * ```
 */
export const ID_KEY = 3;
/**
 * A Wikidata QID, or a list of them (see {@link SKIP}).
 *
 * @example
 * ```ts
 * ANY_OBJECT.fields.get("classes")?.kind === WIKIDATA_KEY; // => true
 * ```
 */
export const WIKIDATA_KEY = 4;

/*
 * JSON types as bits: a spec accepts the types whose bits it has. Anything JSON cannot hold (null,
 * NaN, undefined, a function) is OTHER, which only ANY accepts.
 */
/**
 * Text, as a type bit (see {@link typeBit}).
 *
 * @example
 * ```ts
 * typeBit("a") === STRING; // => true
 * ```
 */
export const STRING = 1;
/**
 * A finite number, as a type bit (see {@link typeBit}).
 *
 * @example
 * ```ts
 * typeBit(600) === NUMBER; // => true
 * ```
 */
export const NUMBER = 2;
/**
 * A boolean, as a type bit (see {@link typeBit}).
 *
 * @example
 * ```ts
 * typeBit(true) === BOOLEAN; // => true
 * ```
 */
export const BOOLEAN = 4;
/**
 * An object that is no array, as a type bit (see {@link typeBit}); the bits above it are an array's
 * and OTHER's, those below it a text's, a number's and a boolean's.
 *
 * @example
 * ```ts
 * typeBit({}) === OBJECT; // => true
 * ```
 */
export const OBJECT = 8;
const ARRAY = 16;
const OTHER = 32;
const ANY = 63;

/**
 * The type bit of a value, as {@link Spec.type} holds them.
 *
 * @example
 * ```ts
 * typeBit("a"); // => 1 (STRING)
 * typeBit(NaN); // => 32 (no JSON number: only a spec of any type accepts it)
 * ```
 */
export function typeBit(value: unknown): number {
  switch (typeof value) {
    case "string":
      return STRING;
    case "number":
      return Number.isFinite(value) ? NUMBER : OTHER;
    case "boolean":
      return BOOLEAN;
    case "object":
      return value === null ? OTHER : Array.isArray(value) ? ARRAY : OBJECT;
    default:
      return OTHER;
  }
}

/** What the guard expects of one value: made by the helpers below, all of one shape (one hidden class). */
export interface Spec {
  /** {@link SKIP}, {@link URL_KEY}, {@link ID_KEY}, {@link WIKIDATA_KEY}: what its key says of it. */
  readonly kind: number | undefined;
  /** The JSON types it may have ({@link STRING}…), and the same in words ("string or object"). */
  readonly type: number;
  readonly expected: string;
  /** 1 when its object must have it (a property the builder cannot do without), else 0: a count. */
  readonly needed: number;
  /** An object's properties, by name (with every key {@link KEY_KINDS} has), and those it needs. */
  readonly fields: ReadonlyMap<string, Spec>;
  readonly required: readonly string[];
  /** An array's items. */
  readonly items: Spec | undefined;
  /** A tagged union: the property that tells its variants apart, and each variant by its tag. */
  readonly tag: string;
  readonly variants: ReadonlyMap<unknown, Spec> | undefined;
}

const WORDS: Readonly<Record<number, string>> = {
  [STRING]: "string",
  [NUMBER]: "number",
  [BOOLEAN]: "boolean",
  [OBJECT]: "object",
  [ARRAY]: "array",
  [STRING | OBJECT]: "string or object",
};

const NO_FIELDS: ReadonlyMap<string, Spec> = new Map();

/**
 * A spec of `type` with `more` of it given: every spec is made by this one literal, so that all
 * have one hidden class and the walk's reads of them stay monomorphic.
 *
 * @example
 * ```ts
 * spec(STRING).expected; // => "string"
 * ```
 */
export function spec(type: number, more: Partial<Spec> = {}): Spec {
  return {
    kind: more.kind,
    type,
    expected: WORDS[type] ?? "",
    needed: more.needed ?? 0,
    fields: more.fields ?? NO_FIELDS,
    required: more.required ?? [],
    items: more.items,
    tag: more.tag ?? "",
    variants: more.variants,
  };
}

/**
 * `from` with `more` changed.
 *
 * @example
 * ```ts
 * copy(spec(STRING), { needed: 1 }).needed; // => 1
 * ```
 */
export const copy = (from: Spec, more: Partial<Spec>): Spec => spec(more.type ?? from.type, { ...from, ...more });

/** Each key's kind: a key that is a URL, an id or a QID wherever it is (the schemas' facts), or a skipped one. */
const KIND_ENTRIES: readonly (readonly [string, number])[] = [
  ...SCHEMA_WIKIDATA_KEYS.map((key) => [key, WIKIDATA_KEY] as const),
  ...SCHEMA_ID_KEYS.map((key) => [key, ID_KEY] as const),
  ...SCHEMA_URL_KEYS.map((key) => [key, URL_KEY] as const),
  // The text and its evidence spans (most of a document) never reach a URL or an `@id`.
  ...["body", "evidence", "mentions"].map((key) => [key, SKIP] as const),
];

/**
 * URL keys: every property the schemas type as a Url, whose values become URLs (`url`, `@id`,
 * `sameAs`, `logo`, `image`) in the graph. Id keys: every property the schemas type as an Id, own
 * or referenced, which may end up inside `@id` IRIs, whether the graph uses it today or not, so
 * that a reference the builder starts to use is already checked. Wikidata keys: QIDs, which
 * become wikidata.org IRIs. Each with no type of its own: any value is looked at by its key.
 */
const KEY_KINDS: ReadonlyMap<string, Spec> = new Map(
  KIND_ENTRIES.map(([key, kind]) => [key, spec(ANY, { kind })] as const),
);

/**
 * An object the builder reads `fields` of, `required` the ones it cannot do without (an id that
 * becomes an `@id`, a text it calls a method of). One lookup per key finds both what the key is
 * (its kind) and what its value must be.
 *
 * @example
 * ```ts
 * object({ id: spec(STRING) }, ["id"]).fields.get("id")?.kind; // => ID_KEY
 * ```
 */
export function object(shape: Record<string, Spec>, required: readonly string[] = []): Spec {
  const fields = new Map(KEY_KINDS);
  for (const [key, field] of Object.entries(shape))
    fields.set(key, copy(field, { kind: KEY_KINDS.get(key)?.kind, needed: required.includes(key) ? 1 : 0 }));
  return spec(OBJECT, { fields, required });
}

/**
 * A list of `items`.
 *
 * @example
 * ```ts
 * list(spec(STRING)).expected; // => "array"
 * ```
 */
export const list = (items: Spec): Spec => spec(ARRAY, { items });

/**
 * An object whose `tag` (an event's `kind`) chooses its variant, `fallback` for any other tag.
 *
 * @example
 * ```ts
 * tagged("kind", object({}), { Coup: object({ outcome: spec(STRING) }, ["outcome"]) }).variants?.get("Coup")?.required; // => ["outcome"]
 * ```
 */
export function tagged(tag: string, fallback: Spec, variants: Record<string, Spec>): Spec {
  return copy(fallback, { tag, variants: new Map(Object.entries(variants)) });
}

/**
 * Any object: its keys looked at by their kind alone.
 *
 * @example
 * ```ts
 * ANY_OBJECT.fields.get("url")?.kind; // => URL_KEY
 * ```
 */
export const ANY_OBJECT: Spec = spec(OBJECT, { fields: KEY_KINDS });
