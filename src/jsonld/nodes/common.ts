import type { IdReference } from "schema-dts";

/**
 * A reference to a node of the graph by its id.
 *
 * @example
 * ```ts
 * ref("https://example.com/a#article"); // => { "@id": "https://example.com/a#article" }
 * ```
 */
export const ref = (id: string): IdReference => ({ "@id": id });

/**
 * A word with its first letter in upper case, hyphens read as spaces ("self-declaration" → "Self declaration").
 *
 * @example
 * ```ts
 * heading("self-declaration"); // => "Self declaration"
 * ```
 */
export const heading = (word: string) => `${word[0]?.toUpperCase() ?? ""}${word.slice(1).replace(/-/g, " ")}`;
