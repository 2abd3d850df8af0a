import type { Term } from "../generated/types.js";
import { termIri } from "./iri.js";

/*
 * A value of an open, coded list (a coup step's action, a participant's role, a partnership's
 * stage…) is a known token or a coded term. The library's outputs need one string for it and one
 * phrase: these say which, so that no output drops a term or prints "[object Object]".
 */

/** A value of an open, coded list: a known token, or a coded term when no token fits. */
export type Coded<Token extends string = string> = Token | Term;

/**
 * True when a coded value is a term rather than a known token.
 *
 * @example
 * ```ts
 * isTerm({ scheme: "wikidata", code: "Q164128", label: "martial law" }); // => true
 * isTerm("curfew"); // => false
 * ```
 */
export function isTerm(value: Coded): value is Term {
  return typeof value === "object";
}

/**
 * The string a coded value goes out as: a known token as itself, a term as its IRI
 * ({@link termIri}), so two values are the same string exactly when they mean the same.
 *
 * @example
 * ```ts
 * codedValue("curfew"); // => "curfew"
 * codedValue({ scheme: "wikidata", code: "Q164128", label: "martial law" }); // => "http://www.wikidata.org/entity/Q164128"
 * ```
 */
export function codedValue(value: Coded): string {
  return isTerm(value) ? termIri(value) : value;
}

/**
 * A coded value in words: a token with its hyphens as spaces, a term by its label.
 *
 * @example
 * ```ts
 * codedWords("in-force"); // => "in force"
 * codedWords({ scheme: "cameo", code: "1711", label: "Confiscate property" }); // => "Confiscate property"
 * ```
 */
export function codedWords(value: Coded): string {
  return isTerm(value) ? value.label : value.replaceAll("-", " ");
}

/**
 * A coded value as a message names it: a token as written, a term by its label, scheme and code.
 *
 * @example
 * ```ts
 * codedName("in-force"); // => "in-force"
 * codedName({ scheme: "wikidata", code: "Q164128", label: "martial law" }); // => "martial law (wikidata Q164128)"
 * ```
 */
export function codedName(value: Coded): string {
  return isTerm(value) ? `${value.label} (${value.scheme} ${value.code})` : value;
}
