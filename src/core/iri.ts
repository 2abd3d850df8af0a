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
