/**
 * Rules for text that becomes JSON-LD, shared by document validation and the JSON-LD checker:
 * whatever the checker calls an error in our own output, validation rejects first, in the same
 * words.
 */

/**
 * An HTML tag or character reference: text that consumers read differently. A tag's body stops
 * at the next "<" as well as ">", which keeps the search linear ("<a" repeated 100,000 times was
 * quadratic with `[^>]*`).
 */
export const MARKUP = /<\/?[a-z][^<>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** A byline rather than a name: "By Jane Doe". */
export const BYLINE = /^(?:by|posted by|written by)\s/i;

/**
 * Several people in one name: "Jane Doe and John Roe", "Doe, Roe", "Doe; Roe"; not a comma before
 * a generational suffix or a degree that ends the name ("Martin Luther King, Jr.", "Jane Doe,
 * PhD"). A name as HTML templating writes it into JSON-LD is read as its reader shows it (Ghost
 * writes O'Neil as `O&#x27;Neil`): the ";" that ends a character reference separates no one, and
 * "Doe &amp; Roe" is two names.
 */
export const MERGED_NAMES =
  /,(?!\s*(?:jr|sr|ii|iii|iv|phd|md)\.?\s*$)|\s&(?:amp;|#38;|#x26;)?\s|\sand\s|\s\|\s|(?<!&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6}));/i;

/** An honorific or rank before a name: "Dr.", "Gen.". */
export const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|sir|dame|gen|col|capt)\.?\s/i;
