import type { IdReference, Thing } from "schema-dts";

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
 * A reference to a node the graph holds (made with its `@id`).
 *
 * @example
 * ```ts
 * refTo({ "@type": "Thing", "@id": "https://example.com/a#x" }); // => { "@id": "https://example.com/a#x" }
 * ```
 */
export const refTo = (node: Thing): IdReference => ref((node as { "@id"?: string })["@id"] ?? "");

/**
 * A word with its first letter in upper case, hyphens read as spaces ("self-declaration" → "Self declaration").
 *
 * @example
 * ```ts
 * heading("self-declaration"); // => "Self declaration"
 * ```
 */
export const heading = (word: string) => `${word[0]?.toUpperCase() ?? ""}${word.slice(1).replace(/-/g, " ")}`;

/**
 * A length in pixels (UN/CEFACT unit E37), as schema.org ranges width and height.
 *
 * @example
 * ```ts
 * pixels(600); // => { "@type": "QuantitativeValue", value: 600, unitCode: "E37" }
 * ```
 */
export const pixels = (value: number) => ({ "@type": "QuantitativeValue" as const, value, unitCode: "E37" });

/**
 * Whether a document's language is English, the language of the graph's own words (a rating's
 * "Misleading", a step's "Detention", "Outcome: in control."): a graph in another language says
 * nothing in words of ours, only the document's own.
 *
 * @example
 * ```ts
 * isEnglish("en-GB"); // => true
 * isEnglish("fr"); // => false
 * ```
 */
export const isEnglish = (language: string): boolean => /^en(?:-|$)/i.test(language);
