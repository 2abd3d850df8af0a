/*
 * User-defined event kinds, as `news-events kinds build` writes them into a project's own module:
 * what the validators (news-events/validate) and the JSON-LD builder (news-events/jsonld) both read.
 * The entry points do not import each other, so the shape lives here.
 */

/** One error of a kind's compiled validator (Ajv's error object, the fields the library reads). */
export interface KindValidatorError {
  /** The JSON Schema keyword that failed (required, enum, unevaluatedProperties…). */
  readonly keyword: string;
  /** JSON Pointer to the failing value inside the event. */
  readonly instancePath: string;
  /** The keyword's parameters (missingProperty, allowedValues…). */
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * A kind's precompiled validator (Ajv standalone code): true when the event is valid; otherwise
 * `errors` holds every error of the run, up to a thousand (a module built before kinds build
 * compiled with allErrors: the first error only).
 *
 * @example
 * ```ts
 * if (!kind.validate(event)) console.log(kind.validate.errors?.[0]?.instancePath);
 * ```
 */
export interface KindValidator {
  (data: unknown): boolean;
  /** Errors of the last failed call, or null. */
  errors?: readonly KindValidatorError[] | null;
}

/**
 * A value the document checks look at inside a kind's own properties, found by `kinds build` in
 * its schema: an id to resolve, a list of evidence to match against the body, a date to check, a
 * quantity (the library's `Quantity`: its id declared, its number and unit checked as in an
 * event's `quantities`).
 */
export type KindFieldCheck = "reference" | "evidence" | "fuzzy-date" | "calendar-date" | "quantity";

/**
 * Where a checked value sits in an event of the kind: property names; `*` for every array item or
 * object value, `*{…}` for the values of the keys a map's `patternProperties` or
 * `additionalProperties` take (core/kind-path.ts); a tuple's item by its index ("0").
 */
export interface KindField {
  /**
   * The path from the event: property names; `*` for each item of an array or value of an object;
   * `*{…}` for the values of the keys a `patternProperties` or `additionalProperties` takes
   * (core/kind-path.ts); a tuple's item by its index ("0").
   */
  readonly path: readonly string[];
  /** What the document checks do with the value. */
  readonly check: KindFieldCheck;
  /**
   * For a reference, what it may name, from the schema's `"x-news-events": { "refersTo": […] }`
   * beside the `Id`: entity types (person, country, organization, place, document), `event` (an
   * event of any kind) or event kinds (Meeting, or one of the user's own). Absent: any entity or
   * event (and a module built before it was written).
   */
  readonly refersTo?: readonly string[];
}

/**
 * One user-defined kind: its tag, how it appears in JSON-LD, its validator and what the document
 * checks look at. `news-events kinds build` writes a list of these (`export const kinds`).
 *
 * @example
 * ```ts
 * import { kinds } from "./generated/kinds/index.js"; // written by `news-events kinds build`
 * kinds[0].kind; // => "Election"
 * ```
 */
export interface KindDefinition {
  /** The event's `kind` tag (UpperCamelCase, not a built-in kind). */
  readonly kind: string;
  /** The schema.org class of its JSON-LD node (Event, or a subclass such as SportsEvent; any class for a non-event). */
  readonly schemaOrgType: string;
  /** True when schemaOrgType is Event or one of its subclasses: such a node follows Google's Event rules. */
  readonly isEvent: boolean;
  /** The Wikidata class of every event of the kind (Q40231, election), as an additionalType IRI. */
  readonly wikidata?: string;
  /** The `$id` of the kind's schema. */
  readonly schema?: string;
  /** Its precompiled validator. */
  readonly validate: KindValidator;
  /** The values of its own properties the document checks look at. */
  readonly fields?: readonly KindField[];
  /** What each pattern of its schema asks for, in words, by the pattern's source (from `$comment: "expected: …"`). */
  readonly expected?: Readonly<Record<string, string>>;
  /**
   * The property names of each object of the kind, by its path from the event (`""` for the event,
   * the event base's names included; `*` for each array item; segments JSON Pointer-escaped): a
   * misspelt property's "did you mean". A module built before it was written has none.
   */
  readonly properties?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The definition of an event's kind among `kinds`, if it is one of them. Reads `kind` once and
 * never throws (a getter on hostile input answers undefined).
 *
 * @example
 * ```ts
 * kindOf(kinds, { kind: "Election" })?.schemaOrgType; // => "Event"
 * ```
 */
export function kindOf(kinds: readonly KindDefinition[] | undefined, event: unknown): KindDefinition | undefined {
  if (kinds === undefined || kinds.length === 0 || event === null || typeof event !== "object") return undefined;
  let tag: unknown;
  try {
    tag = (event as { kind?: unknown }).kind;
  } catch {
    return undefined;
  }
  return typeof tag === "string" ? kinds.find((k) => k.kind === tag) : undefined;
}
