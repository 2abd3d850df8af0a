import type { Problem } from "../core/issue.js";

/** Why a part of a ninjs item was not carried over into the document. */
export type UnplacedCode =
  /** `uri` is not an http(s) URL. */
  | "not-a-url"
  /** A headline beside the one the document keeps. */
  | "extra-headline"
  /** A body that is not plain text. */
  | "marked-up-body"
  /** An info source that is neither an author nor the publisher. */
  | "info-source"
  /** An IPTC Media Topic (a document derives its topics from its events). */
  | "media-topic"
  /** A person, organisation or place without a name. */
  | "no-name"
  /** A place that is a country (a document's countries need ISO codes). */
  | "country-place"
  /** A ninjs event, which is a reference only. */
  | "event-reference"
  /** An association that is not an https picture. */
  | "not-a-picture"
  /** A property a document has no place for. */
  | "unknown-property"
  /** The editorial note. */
  | "editorial-note"
  /** The whole item, which cannot be read as JSON (too deep, too large, or not JSON): the pointer says where. */
  | "unreadable"
  /** The last entry of a capped list: how many more were left out (`params.omitted`). */
  | "too-many-issues";

/**
 * Something in a ninjs item that the document has no place for: a problem whose pointer points
 * into the item, with the values its message names in `params`.
 *
 * @example
 * ```ts
 * const u: Unplaced = {
 *   code: "unknown-property",
 *   pointer: "/located",
 *   message: "has no place in a news document",
 *   params: { key: "located" },
 *   reason: "has no place in a news document",
 * };
 * ```
 */
export interface Unplaced extends Problem<UnplacedCode> {
  /** JSON Pointer into the ninjs item. */
  readonly pointer: string;
  /**
   * Why it was not carried over, and what to do about it: the same text as `message`.
   *
   * @deprecated Read `message`.
   */
  readonly reason: string;
}
