// The encoding a page declares, found as a browser finds it before it decodes a byte: the WHATWG
// HTML standard's "prescan a byte stream to determine its encoding" over the first 1,024 bytes
// (html.spec.whatwg.org, 13.2.3.2), which reads `<meta charset>` and
// `<meta http-equiv="Content-Type" content="…; charset=…">` and skips comments and other tags.

/**
 * How far a browser looks for a declaration: the standard's 1,024 bytes.
 *
 * @example
 * ```ts
 * prescanCharset(page.subarray(0, PRESCAN_BYTES)); // what a browser reads of it before decoding
 * ```
 */
export const PRESCAN_BYTES = 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;

const isSpace = (b: number | undefined): boolean => b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isLetter = (b: number | undefined): boolean => b !== undefined && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
/** A byte as the prescan keeps it: ASCII upper case lowered, anything else as it is (a Latin-1 character). */
const lowered = (b: number): string => String.fromCharCode(b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** True when `bytes` at `at` are `text`, ASCII case-insensitively (`text` in lower case). */
function startsWith(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (lowered(bytes[at + i] ?? 0) !== text[i]) return false;
  return true;
}

/**
 * An encoding's name from a label, as the Encoding Standard's "get an encoding" gives it (TextDecoder
 * knows its labels: "latin1" and "iso-8859-1" are windows-1252, "sjis" Shift_JIS…), with the
 * prescan's two changes: a UTF-16 label means UTF-8 (bytes that declare it in ASCII are not
 * UTF-16), x-user-defined windows-1252. Undefined for a label that names no encoding.
 */
function encodingOf(label: string): string | undefined {
  if (label.trim().toLowerCase() === "x-user-defined") return "windows-1252";
  try {
    const name = new TextDecoder(label).encoding;
    return name === "utf-16le" || name === "utf-16be" ? "utf-8" : name;
  } catch {
    return undefined;
  }
}

/** The charset a `content` attribute names ("text/html; charset=windows-1252"), per the standard's extraction. */
function charsetInContent(content: string): string | undefined {
  for (let at = content.indexOf("charset"); at >= 0; at = content.indexOf("charset", at + 1)) {
    const rest = /^[\t\n\f\r ]*=[\t\n\f\r ]*(.*)$/s.exec(content.slice(at + 7));
    if (rest === null) continue;
    const value = rest[1] ?? "";
    const quote = value.charAt(0);
    if (quote === '"' || quote === "'") {
      const close = value.indexOf(quote, 1);
      return close < 0 ? undefined : value.slice(1, close);
    }
    const cut = /[\t\n\f\r ;]/.exec(value);
    const bare = cut === null ? value : value.slice(0, cut.index);
    return bare === "" ? undefined : bare;
  }
  return undefined;
}

/** Reads one attribute at `state.at` (the standard's "get an attribute"); undefined when the tag ends. */
function attribute(bytes: Uint8Array, end: number, state: { at: number }): [string, string] | undefined {
  let at = state.at;
  while (at < end && (isSpace(bytes[at]) || bytes[at] === SLASH)) at++;
  if (at >= end || bytes[at] === GT) return void (state.at = at);
  let name = "";
  let value = "";
  for (; at < end; at++) {
    const b = bytes[at] as number;
    if (b === EQUALS && name !== "") break;
    if (isSpace(b)) {
      while (at < end && isSpace(bytes[at])) at++;
      if (bytes[at] !== EQUALS) return ((state.at = at), [name, ""]);
      break;
    }
    if (b === SLASH || b === GT) return ((state.at = at), [name, ""]);
    name += lowered(b);
  }
  at++;
  while (at < end && isSpace(bytes[at])) at++;
  const quote = bytes[at];
  if (quote === 0x22 || quote === 0x27) {
    for (at++; at < end && bytes[at] !== quote; at++) value += lowered(bytes[at] as number);
    return ((state.at = at + 1), [name, value]);
  }
  if (quote === GT) return ((state.at = at), [name, ""]);
  for (; at < end && !isSpace(bytes[at]) && bytes[at] !== GT; at++) value += lowered(bytes[at] as number);
  return ((state.at = at), [name, value]);
}

/** The encoding a `<meta>` element's attributes declare (the standard's steps for one), or undefined. */
function metaCharset(bytes: Uint8Array, end: number, state: { at: number }): string | undefined {
  const seen = new Set<string>();
  let pragma = false;
  let needsPragma: boolean | undefined;
  let charset: string | undefined;
  for (let attr = attribute(bytes, end, state); attr !== undefined; attr = attribute(bytes, end, state)) {
    const [name, value] = attr;
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === "http-equiv") pragma ||= value === "content-type";
    else if (name === "content" && charset === undefined) {
      // A content naming no encoding leaves the charset unset (a charset attribute's failure does not).
      const named = charsetInContent(value);
      const encoding = named === undefined ? undefined : encodingOf(named);
      if (encoding !== undefined) [charset, needsPragma] = [encoding, true];
    } else if (name === "charset") [charset, needsPragma] = [encodingOf(value) ?? "", false];
  }
  if (needsPragma === undefined || (needsPragma && !pragma) || !charset) return undefined;
  return charset;
}

/**
 * The encoding the first {@link PRESCAN_BYTES} bytes of a page declare, as a browser's prescan finds
 * it (`<meta charset>`, or `<meta http-equiv="Content-Type">` with a `content` naming a charset),
 * as a name `TextDecoder` takes; undefined when they declare none it knows.
 *
 * @example
 * ```ts
 * prescanCharset(new TextEncoder().encode('<!doctype html><meta charset="ISO-8859-1">')); // => "windows-1252"
 * prescanCharset(new TextEncoder().encode("<!-- <meta charset=sjis> --><p>")); // => undefined
 * ```
 */
export function prescanCharset(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  const state = { at: 0 };
  for (; state.at < end; state.at++) {
    const at = state.at;
    if (bytes[at] !== LT) continue;
    if (startsWith(bytes, at, "<!--")) {
      // A comment ends at the first "-->" after its "<!" (its own "--" may be that one's).
      let close = at + 2;
      while (close < end && !(bytes[close] === GT && bytes[close - 1] === 0x2d && bytes[close - 2] === 0x2d)) close++;
      state.at = close;
    } else if (startsWith(bytes, at, "<meta") && (isSpace(bytes[at + 5]) || bytes[at + 5] === SLASH)) {
      state.at = at + 5;
      const charset = metaCharset(bytes, end, state);
      if (charset !== undefined) return charset;
    } else if (isLetter(bytes[at + 1]) || (bytes[at + 1] === SLASH && isLetter(bytes[at + 2]))) {
      // Another tag: its name, then its attributes, read past (a charset in them declares nothing).
      let past = at + 1;
      while (past < end && !isSpace(bytes[past]) && bytes[past] !== GT) past++;
      state.at = past;
      while (attribute(bytes, end, state) !== undefined);
    } else if (bytes[at + 1] === 0x21 || bytes[at + 1] === SLASH || bytes[at + 1] === 0x3f) {
      // <!DOCTYPE…>, </…>, <?…>: to their end.
      let close = at + 1;
      while (close < end && bytes[close] !== GT) close++;
      state.at = close;
    }
  }
  return undefined;
}
