// A page's JSON-LD blocks in UTF-8, as the site check keeps them until the end of the site: half a
// two-byte string, and outside the collected heap.
import { hasLoneSurrogate } from "../core/utf16.js";

const encoder = new TextEncoder();

/** True when the bytes hold U+FFFD's UTF-8 (EF BF BD), which a lone surrogate becomes: without it the text had none. */
function hasReplacement(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0xef); at !== -1; at = bytes.indexOf(0xef, at + 1))
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) return true;
  return false;
}
/** The size of the buffers the blocks' UTF-8 is written into, one after another. */
const SLAB = 1 << 20;
let slab = new Uint8Array(0);
let slabUsed = 0;

/**
 * `text` in UTF-8, written into a shared buffer (a site's blocks live until its end: one allocation
 * per mebibyte, not one per block), or `text` itself when it has a lone surrogate (UTF-8 cannot give
 * it back). The bytes are searched for U+FFFD, which is rare, instead of the text for a lone
 * surrogate (that search cost half the time of encoding, on every block). The last buffer (1 MiB)
 * stays for the next site.
 *
 * @example
 * ```ts
 * new TextDecoder().decode(blockBytes('{"name": "Ouagadougou"}') as Uint8Array); // => the same text
 * blockBytes("a\ud800"); // => "a\ud800" (kept as text)
 * ```
 */
export function blockBytes(text: string): string | Uint8Array {
  // A block of more than a third of a buffer gets its own, of its size: a buffer lives as long as any block in it.
  if (text.length * 3 > SLAB) return hasLoneSurrogate(text) ? text : encoder.encode(text);
  if (slab.length - slabUsed < text.length * 3) {
    slab = new Uint8Array(SLAB);
    slabUsed = 0;
  }
  const { written } = encoder.encodeInto(text, slab.subarray(slabUsed));
  const bytes = slab.subarray(slabUsed, slabUsed + written);
  if (hasReplacement(bytes) && hasLoneSurrogate(text)) return text;
  slabUsed += written;
  return bytes;
}
