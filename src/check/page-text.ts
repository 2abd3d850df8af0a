// A page's text, as a browser decodes it, in chunks small enough for the tokenizer to let go of.

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
}

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
 * The encoding a browser reads bytes in when they start with a byte order mark: UTF-16 (either
 * byte order) or UTF-8; without one, UTF-8 (the page reader's assumption).
 */
function sniff(head: Uint8Array): "utf-16le" | "utf-16be" | "utf-8" {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** A long string in pieces of at most {@link PIECE} code units (the tokenizer joins a pair split between two). */
function* pieces(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += PIECE) yield text.slice(at, at + PIECE);
}

/**
 * Text chunks from text or bytes. Bytes are decoded as the browser would: by their byte order mark
 * (UTF-16LE, UTF-16BE or UTF-8, the mark itself dropped), else as UTF-8; a character split across
 * chunks is kept whole. No chunk is longer than 64 Ki code units.
 *
 * @example
 * ```ts
 * for await (const text of pageText([new Uint8Array([0xff, 0xfe, 0x3c, 0x00])])) console.log(text); // "<"
 * ```
 */
export async function* pageText(
  input: string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): AsyncGenerator<string> {
  if (typeof input === "string") {
    yield* pieces(input);
    return;
  }
  // Decodes bytes in the page's encoding once it is known (a call without bytes ends the input).
  let decode: ((bytes?: Uint8Array) => string) | undefined;
  // The first bytes, until there are enough to tell a byte order mark (3 for UTF-8's).
  let head = new Uint8Array(0);
  const start = function* (): Generator<string> {
    const decoder = new TextDecoder(sniff(head));
    decode = (bytes) => (bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true }));
    yield* pieces(decode(head));
  };
  for await (const chunk of input) {
    if (typeof chunk === "string") {
      if (decode === undefined) yield* start();
      yield* pieces(chunk);
    } else if (decode !== undefined) yield* pieces(decode(chunk));
    else {
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      head = joined;
      if (head.length >= 3) yield* start();
    }
  }
  if (decode === undefined) yield* start();
  const tail = decode?.() ?? "";
  if (tail !== "") yield tail;
}
