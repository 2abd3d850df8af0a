/** IRIs of the vocabularies the library links to, and IRI arithmetic shared by every output. */
import type { IptcMediaTopic } from "../model/taxonomy.js";

/** The base of IPTC Media Topic IRIs; a code is appended. */
export const MEDIA_TOPIC_BASE = "http://cv.iptc.org/newscodes/mediatopic/";

/**
 * The IRI of an IPTC Media Topic, as used in `additionalType` and `about`.
 *
 * @example
 * ```ts
 * iptcMediaTopicIri("20000070"); // => "http://cv.iptc.org/newscodes/mediatopic/20000070"
 * ```
 */
export function iptcMediaTopicIri(code: IptcMediaTopic): string {
  return `${MEDIA_TOPIC_BASE}${code}`;
}

/**
 * The IRI of a Wikidata item (the entity, not its page).
 *
 * @example
 * ```ts
 * wikidataIri("Q45382"); // => "http://www.wikidata.org/entity/Q45382"
 * ```
 */
export function wikidataIri(qid: string): string {
  return `http://www.wikidata.org/entity/${qid}`;
}

/** A URL whose scheme and host are in lower case and that names no port: its own resource key. */
const PLAIN_AUTHORITY = /^https?:\/\/[^/?#A-Z:]*(?:[/?#]|$)/;

/**
 * A URL as it names a resource, for telling whether two URLs are one: its host in lower case and a
 * default port left out (`:80` for http, `:443` for https), as RFC 3986 §6.2.2.1 and §6.2.3
 * compare them; its path and query as they are (case matters there). A URL already so is
 * returned as it is, nothing allocated.
 *
 * @example
 * ```ts
 * resourceKey("https://Example.ORG:443/Photo.jpg"); // => "https://example.org/Photo.jpg"
 * ```
 */
export function resourceKey(url: string): string {
  if (PLAIN_AUTHORITY.test(url)) return url;
  const match = /^(https?):\/\/([^/?#]*)(.*)$/s.exec(url);
  if (match === null) return url;
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
  const host = authority.toLowerCase();
  const port = scheme === "https" ? ":443" : ":80";
  return `${scheme}://${host.endsWith(port) ? host.slice(0, -port.length) : host}${rest}`;
}

/**
 * The https page of a Wikidata item, as search engines expect in `sameAs`.
 *
 * @example
 * ```ts
 * wikidataPage("Q45382"); // => "https://www.wikidata.org/wiki/Q45382"
 * ```
 */
export function wikidataPage(qid: string): string {
  return `https://www.wikidata.org/wiki/${qid}`;
}

/**
 * An IRI without its fragment: the page a `#…` id belongs to.
 *
 * @example
 * ```ts
 * withoutFragment("https://example.org/a/#article"); // => "https://example.org/a/"
 * ```
 */
export function withoutFragment(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * The namespace of the library's own vocabulary (`nev:`), as in `schemas/context.jsonld`. PLOVER
 * and CAMEO publish no IRIs of their own, so their codes are minted under it.
 */
export const VOCABULARY_BASE = "https://unpkg.com/news-events@0/docs/vocabulary.md#";

/** A coded term's scheme and code: the part of a `Term` that names it (the label only describes). */
export interface TermCode {
  /** The vocabulary: plover, plover-mode, plover-context, cameo, wikidata or iptc. */
  readonly scheme: "plover" | "plover-mode" | "plover-context" | "cameo" | "wikidata" | "iptc";
  /** The code in that vocabulary (AGREE, visit, 042, Q164128, 20000070). */
  readonly code: string;
}

/**
 * The IRI of a coded term, used for it in JSON-LD and Linked Data: Wikidata's and IPTC's own IRIs,
 * and for PLOVER and CAMEO (which publish none) `nev:` IRIs that keep the scheme and code.
 *
 * @example
 * ```ts
 * termIri({ scheme: "wikidata", code: "Q164128" }); // => "http://www.wikidata.org/entity/Q164128"
 * termIri({ scheme: "plover", code: "PROTEST" }); // => "https://unpkg.com/news-events@0/docs/vocabulary.md#plover-PROTEST"
 * ```
 */
export function termIri(term: TermCode): string {
  if (term.scheme === "wikidata") return wikidataIri(term.code);
  if (term.scheme === "iptc") return `${MEDIA_TOPIC_BASE}${term.code}`;
  return `${VOCABULARY_BASE}${term.scheme}-${term.code}`;
}

const TERM_IRIS: readonly [TermCode["scheme"], string][] = [
  ["wikidata", "http://www.wikidata.org/entity/"],
  ["iptc", MEDIA_TOPIC_BASE],
  // Longest prefix first: "plover-" is a prefix of the mode and context IRIs.
  ["plover-mode", `${VOCABULARY_BASE}plover-mode-`],
  ["plover-context", `${VOCABULARY_BASE}plover-context-`],
  ["plover", `${VOCABULARY_BASE}plover-`],
  ["cameo", `${VOCABULARY_BASE}cameo-`],
];

/**
 * The scheme and code of a term's IRI ({@link termIri}'s inverse), or undefined for any other IRI.
 *
 * @example
 * ```ts
 * termFromIri("http://cv.iptc.org/newscodes/mediatopic/20000070"); // => { scheme: "iptc", code: "20000070" }
 * termFromIri("https://example.org/"); // => undefined
 * ```
 */
export function termFromIri(iri: string): TermCode | undefined {
  for (const [scheme, base] of TERM_IRIS)
    if (iri.startsWith(base) && iri.length > base.length) return { scheme, code: iri.slice(base.length) };
  return undefined;
}
