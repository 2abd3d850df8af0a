import type { NewsDocument } from "../generated/types.js";
import { termIri, type TermCode } from "../core/iri.js";

/** The published JSON-LD context of a whole document (the package's `schemas/context.jsonld`). */
export const LINKED_DATA_CONTEXT = "https://unpkg.com/news-events@0/schemas/context.jsonld";

/** The IRI of `xsd:decimal`. */
const XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal";

/**
 * A number that is not a safe integer, as an `xsd:decimal` literal holding the shortest decimal
 * that reads back to the same number. JSON-LD's RDF algorithm writes a JSON double (and any
 * `xsd:double` literal) in canonical form, with 15 significant digits — `0.30000000000000004`
 * became `0.3` — while a decimal's digits are kept as written.
 */
export interface LinkedDataNumber {
  /** The number in plain decimal notation (`"0.30000000000000004"`, never an exponent). */
  readonly "@value": string;
  /** `http://www.w3.org/2001/XMLSchema#decimal`. */
  readonly "@type": typeof XSD_DECIMAL;
}

/** A value of a document as Linked Data: the same, except that non-integers are {@link LinkedDataNumber}s. */
export type AsLinkedData<T> = T extends number
  ? number | LinkedDataNumber
  : T extends readonly (infer U)[]
    ? AsLinkedData<U>[]
    : T extends object
      ? { [K in keyof T]: AsLinkedData<T[K]> }
      : T;

/** A document as JSON-LD: every field under {@link LINKED_DATA_CONTEXT}, the document a `NewsDocument` node. */
export type LinkedDataDocument = AsLinkedData<NewsDocument> & {
  /** {@link LINKED_DATA_CONTEXT}. */
  readonly "@context": typeof LINKED_DATA_CONTEXT;
  /** The article's canonical URL: the document node is the article's page. */
  readonly "@id": string;
  /** Always `NewsDocument` (`nev:NewsDocument`). */
  readonly "@type": "NewsDocument";
};

/**
 * The whole document as JSON-LD, losslessly: unlike `toJsonLd`, which says what search engines
 * read in schema.org terms, this keeps every field — what the article says and what is verified,
 * evidence offsets included — each as an IRI (schema.org or Wikidata where the meaning is the
 * same, the library's own vocabulary otherwise: docs/vocabulary.md). Lists keep their order
 * through RDF, and numbers keep every digit (non-integers are written as exact `xsd:decimal`
 * literals); {@link fromLinkedData} reads the document back. The input is not changed and shares
 * nothing with the output.
 *
 * @example
 * ```ts
 * import { toLinkedData } from "news-events/linked-data";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const data = toLinkedData(burkinaFasoRussia);
 * data["@type"]; // => "NewsDocument"
 * // jsonld.toRDF(data) gives N-Quads; fromLinkedData(compacted) gives the document back.
 * ```
 */
export function toLinkedData(doc: NewsDocument): LinkedDataDocument {
  return {
    "@context": LINKED_DATA_CONTEXT,
    "@id": doc.url,
    "@type": "NewsDocument",
    ...(copyExactly(doc) as AsLinkedData<NewsDocument>),
  };
}

/**
 * The shortest decimal that reads back to `n`, without an exponent: `String(n)` is the shortest
 * round-tripping form, and moving its decimal point changes no digit.
 *
 * @example
 * ```ts
 * plainDecimal(1e-7); // => "0.0000001"
 * ```
 */
function plainDecimal(n: number): string {
  const text = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The schemes of a coded term (defs.json's Term). */
const SCHEMES: ReadonlySet<unknown> = new Set(["plover", "plover-mode", "plover-context", "cameo", "wikidata", "iptc"]);

/** True for a coded term: an object with a known scheme, a code and a label. */
function isTermValue(value: object): value is TermCode {
  const { scheme, code, label } = value as Record<string, unknown>;
  return SCHEMES.has(scheme) && typeof code === "string" && typeof label === "string";
}

/** A deep copy in which every number that is not a safe integer becomes a {@link LinkedDataNumber}. */
function copyExactly(value: unknown): unknown {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) ? value : { "@value": plainDecimal(value), "@type": XSD_DECIMAL };
  }
  if (Array.isArray(value)) return value.map(copyExactly);
  if (value === null || typeof value !== "object") return value;
  // A coded term's node is typed with the term's IRI (Wikidata's, IPTC's, nev:plover-…), so the
  // graph says what it means; scheme, code and label stay beside it, and fromLinkedData, which
  // drops @type, reads the term back as it was.
  const term = isTermValue(value) ? { "@type": termIri(value) } : {};
  const copy: Record<string, unknown> = { ...term };
  for (const key of Object.keys(value)) {
    // defineProperty, not assignment: a key "__proto__" stays a key.
    Object.defineProperty(copy, key, {
      value: copyExactly((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
