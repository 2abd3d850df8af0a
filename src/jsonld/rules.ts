import {
  ID_MAX_LENGTH,
  matchesId,
  matchesUrl,
  matchesWikidata,
  URL_MAX_LENGTH,
  WIKIDATA_MAX_LENGTH,
} from "../generated/patterns.js";
import type { IssueCode } from "../core/issue.js";

/*
 * What the input guard (guard.ts) asks of a value that becomes a URL, part of an `@id` or a
 * Wikidata IRI, by the kind of key it is under (shapes.ts): the schema's pattern and length.
 */

/** What the values under one kind of key must be. */
export interface Rule {
  /** The schema's pattern, tested as the validators test it (an id's costs 27 ns where its RegExp's costs 40). */
  readonly matches: (text: string) => boolean;
  readonly max: number;
  readonly code: IssueCode;
  readonly message: string;
}
/**
 * A URL: absolute http(s), as browsers read it as written.
 *
 * @example
 * ```ts
 * passes("https://news.example.org/", URL_RULE); // => true
 * ```
 */
export const URL_RULE: Rule = {
  matches: matchesUrl,
  max: URL_MAX_LENGTH,
  code: "unsafe-url",
  message: "must be an absolute http(s) URL",
};
/**
 * A document-local id, safe inside an IRI.
 *
 * @example
 * ```ts
 * passes('x"><script>', ID_RULE); // => false
 * ```
 */
export const ID_RULE: Rule = {
  matches: matchesId,
  max: ID_MAX_LENGTH,
  code: "unsafe-id",
  message: "must be an id: ASCII a–z, 0–9 and hyphens, not starting with a hyphen",
};
/**
 * A Wikidata QID.
 *
 * @example
 * ```ts
 * passes("Q965", WIKIDATA_RULE); // => true
 * ```
 */
export const WIKIDATA_RULE: Rule = {
  matches: matchesWikidata,
  max: WIKIDATA_MAX_LENGTH,
  code: "unsafe-id",
  message: "must be a Wikidata QID",
};

/**
 * Whether `value` is text that `rule` accepts.
 *
 * @example
 * ```ts
 * passes("javascript:alert(1)", URL_RULE); // => false
 * ```
 */
export const passes = (value: unknown, rule: Rule): boolean =>
  typeof value === "string" && value.length <= rule.max && rule.matches(value);
