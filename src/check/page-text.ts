// A page's text, as a browser decodes it, in chunks small enough for the tokenizer to let go of.
import { PRESCAN_BYTES, prescanCharset } from "./charset.js";

/** The most text handed to the tokenizer at once: a page given as one string is cut into pieces this long. */
const PIECE = 64 * 1024;

/** The JSON-LD of one page: each block's text and first line, and the page's canonical and base links. */
export interface PageJsonLd {
  readonly blocks: { text: string; line: number; column?: number }[];
  /** The first `<link rel="canonical">`'s href, as written. */
  readonly canonical: string | undefined;
  /** The first `<base href>`, as written (it is what relative URLs in the page resolve against). */
  readonly base?: string;
  /** Set when the blocks together passed the limit: their length. */
  readonly overlong?: number;
  /** The single-byte charset a page declared whose bytes are UTF-8 instead ({@link Utf8Bytes}). */
  readonly mislabelled?: string;
}

/**
 * Whether bytes declared in a single-byte charset (windows-1252, ISO-8859-x, KOI8…) are UTF-8
 * instead: what the Encoding Standard's UTF-8 decoder reads without an error (an overlong form, an
 * encoded surrogate or a code point past U+10FFFF is not UTF-8, though its bytes have UTF-8's
 * pattern), a sequence split across chunks carried over, with at least one character past ASCII.
 * Decoded as declared, such a page says "Ã©" for "é" and "â€™" for "’" without a U+FFFD to show
 * it. It stops reading at the first error.
 *
 * @example
 * ```ts
 * const utf8 = new Utf8Bytes();
 * utf8.add(new TextEncoder().encode("Zoë"));
 * utf8.end(); // => true
 * ```
 */
export class Utf8Bytes {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private valid = true;
  private multibyte = false;
  private ended = false;
  /** Reads more of the page's bytes. */
  add(bytes: Uint8Array): void {
    if (!this.valid || this.ended) return;
    try {
      const text = this.decoder.decode(bytes, { stream: true });
      if (!this.multibyte) this.multibyte = PAST_ASCII.test(text);
    } catch {
      this.valid = false;
    }
  }
  /** True when every byte read is UTF-8, with at least one character past ASCII, none left open. Reads no more. */
  end(): boolean {
    if (this.valid && !this.ended)
      try {
        this.decoder.decode();
      } catch {
        this.valid = false;
      }
    this.ended = true;
    return this.valid && this.multibyte;
  }
}

const PAST_ASCII = /[^\x00-\x7f]/;

/** The single-byte encodings of the Encoding Standard, as TextDecoder names them. */
const SINGLE_BYTE = /^(?:windows-12\d\d|windows-874|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/;

/** Gathers text up to a limit, then only counts it. */
export class LimitedText {
  private parts: string[] = [];
  length = 0;
  constructor(private readonly max: number) {}
  add(text: string): void {
    this.length += text.length;
    if (this.length <= this.max) this.parts.push(text);
    else this.parts = [];
  }
  get over(): boolean {
    return this.length > this.max;
  }
  text(): string {
    return this.parts.join("");
  }
}

/**
 * The encoding a browser reads a page's bytes in: a byte order mark's (UTF-16LE, UTF-16BE, UTF-8),
 * else, for HTML, the one its first 1,024 bytes declare (`<meta charset>`, found by the standard's
 * prescan), else UTF-8. A JSON-LD file is UTF-8 (RFC 8259) and declares nothing: bytes that open
 * as JSON do (`{`, `[`) are not prescanned.
 */
function sniff(head: Uint8Array, html: boolean): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (!html) return "utf-8";
  let first = 0;
  for (let b = head[0]; b === 0x20 || (b !== undefined && b >= 0x09 && b <= 0x0d); b = head[++first]);
  if (head[first] === 0x7b || head[first] === 0x5b) return "utf-8";
  return prescanCharset(head) ?? "utf-8";
}

/** A long string in pieces of at most {@link PIECE} code units (the tokenizer joins a pair split between two). */
function* pieces(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += PIECE) yield text.slice(at, at + PIECE);
}

/**
 * Text chunks from text or bytes. Bytes are decoded as the browser would: by their byte order mark
 * (UTF-16LE, UTF-16BE or UTF-8, the mark itself dropped), else (unless `html` is false) by the
 * charset their first 1,024 bytes declare, else as UTF-8; a character split across chunks is kept
 * whole. No chunk is longer than 64 Ki code units.
 *
 * @example
 * ```ts
 * for await (const text of pageText([new Uint8Array([0xff, 0xfe, 0x3c, 0x00])])) console.log(text); // "<"
 * ```
 */
export async function* pageText(
  input: string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  html = true,
  charset: { mislabelled?: string } = {},
): AsyncGenerator<string> {
  if (typeof input === "string") {
    yield* pieces(input);
    return;
  }
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  // The first bytes, until there are enough to tell a byte order mark and a declared charset (1,024).
  let head: Uint8Array = new Uint8Array(0);
  // Bytes in the page's encoding not decoded yet: the last given, decoded when the next comes or the
  // input ends, so that a page read whole is decoded in one call without `stream` (a third faster).
  let held: Uint8Array | undefined;
  // Only a page declared in a single-byte charset has its bytes looked at again.
  let utf8: Utf8Bytes | undefined;
  let declared: string | undefined;
  const start = (): void => {
    const encoding = sniff(head, html);
    decoder = new TextDecoder(encoding);
    if (SINGLE_BYTE.test(encoding)) [utf8, declared] = [new Utf8Bytes(), encoding];
    held = head;
  };
  const release = function* (): Generator<string> {
    if (held === undefined || decoder === undefined) return;
    utf8?.add(held);
    const text = decoder.decode(held, { stream: true });
    held = undefined;
    yield* pieces(text);
  };
  for await (const chunk of input) {
    if (typeof chunk === "string") {
      if (decoder === undefined) start();
      yield* release();
      yield* pieces(chunk);
    } else if (decoder !== undefined) {
      yield* release();
      held = chunk;
    } else {
      // A first chunk is the head as it is (a page read whole is not copied to sniff its first bytes).
      if (head.length === 0) head = chunk;
      else {
        const joined = new Uint8Array(head.length + chunk.length);
        joined.set(head);
        joined.set(chunk, head.length);
        head = joined;
      }
      if (head.length >= PRESCAN_BYTES) start();
    }
  }
  if (decoder === undefined) start();
  // The last bytes end the stream: decoded and flushed in one call.
  if (held !== undefined) utf8?.add(held);
  if (utf8?.end() === true && declared !== undefined) charset.mislabelled = declared;
  const tail = (decoder as InstanceType<typeof TextDecoder>).decode(held);
  if (tail !== "") yield* pieces(tail);
}
