/**
 * Characters that must not reach a terminal or a report line as they are: C0 and C1 controls,
 * DEL, the Unicode line and paragraph separators, the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069: "Trojan Source" reordering), and lone surrogates
 * (half a character, which a UTF-8 writer would turn into U+FFFD).
 */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text from the input made safe to print on one line: every unsafe character (see above) is shown
 * as a `\u` escape, so input can neither forge report lines, drive a terminal, nor reorder what is
 * shown. Everything else, including any printable script and emoji, is kept. Escaping twice gives
 * the same text (an escape is plain ASCII).
 *
 * @example
 * ```ts
 * escapeControls("x\nforged.ndjson:7: \u001b[2J"); // => "x\\u000aforged.ndjson:7: \\u001b[2J"
 * escapeControls("abc\u202edef"); // => "abc\\u202edef"
 * ```
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, unicodeEscape);
}

/**
 * One UTF-16 code unit as a JSON / JavaScript `\u` escape: the replacement every escaping in the
 * library uses (report lines, JSON reports, script-safe JSON-LD).
 *
 * @example
 * ```ts
 * unicodeEscape("\u2028"); // => "\\u2028"
 * ```
 */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
