import { EXPECTED } from "../generated/schema-facts.js";

/**
 * What a schema pattern or format asks for, in words. The validators' errors name a pattern or
 * format by its key in EXPECTED (`Url`, `FuzzyDate.time`), generated from the words beside it in
 * the schemas.
 *
 * @example
 * ```ts
 * expectedWords("Wikidata"); // => "a Wikidata QID such as Q965"
 * ```
 */
export function expectedWords(key: string): string {
  if (kindWords !== undefined && Object.hasOwn(kindWords, key)) return kindWords[key] as string;
  // Every key the generated validators use has words (the generator fails without them).
  return Object.hasOwn(EXPECTED, key) ? (EXPECTED[key] as string) : key;
}

/** The words of the patterns of the kind whose errors are being explained (see {@link withKindWords}). */
let kindWords: Readonly<Record<string, string>> | undefined;

/**
 * Runs `explain` with a user kind's pattern words (its module's `expected`, by pattern source) known
 * to {@link expectedWords}: a pattern is said in them wherever its error is worded, inside an
 * alternative's message or a key's as well as on its own.
 *
 * @example
 * ```ts
 * withKindWords(kind.expected, () => issuesOfErrors(errors, event));
 * ```
 */
export function withKindWords<T>(words: Readonly<Record<string, string>> | undefined, explain: () => T): T {
  const outer = kindWords;
  kindWords = words;
  try {
    return explain();
  } finally {
    kindWords = outer;
  }
}
