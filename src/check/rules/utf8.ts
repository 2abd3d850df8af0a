// Byte counts of text in UTF-8, for the size rule (text/size), without encoding it.

/** A character outside ASCII: the only ones whose UTF-8 takes more than a byte. */
export const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * The length of a text in UTF-8, as `TextEncoder` would write it (a lone surrogate as U+FFFD's 3
 * bytes), counted without writing it: a page's JSON-LD is tens of kilobytes, on every page, and
 * the pattern skips its ASCII faster than a loop over its characters.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  NON_ASCII.lastIndex = 0;
  for (let found = NON_ASCII.exec(text); found !== null; found = NON_ASCII.exec(text)) {
    const at = found.index;
    const c = text.charCodeAt(at);
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
      // A pair: 4 bytes for its 2 units.
      bytes += 2;
      NON_ASCII.lastIndex = at + 2;
    } else bytes += 2;
  }
  return bytes;
}
