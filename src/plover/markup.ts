/*
 * The marked-up sentence of a PLOVER record: "(SRC: Hungarian) officials (EVT: agreed)". A phrase
 * may hold parentheses of its own ("(SRC: Revolutionary United Front (RUF))"), so each is read to
 * its balancing parenthesis.
 */

/**
 * One marked phrase: its tag (SRC, TAR, SRC/TAR, EVT…) and its words.
 *
 * @example
 * ```ts
 * const phrase: MarkedPhrase = { tag: "EVT", text: "agreed" };
 * ```
 */
export interface MarkedPhrase {
  /** The tag before the colon. */
  readonly tag: string;
  /** The words inside the mark. */
  readonly text: string;
}

const OPEN = /\(([A-Z]+(?:\/[A-Z]+)*): ?/g;

/**
 * The marked phrases of a PLOVER markup, in order. Time is linear in the markup's length.
 *
 * @example
 * ```ts
 * markedPhrases("(SRC: Hungarian) officials (EVT: agreed)"); // => [{ tag: "SRC", text: "Hungarian" }, { tag: "EVT", text: "agreed" }]
 * ```
 */
export function markedPhrases(markup: string): MarkedPhrase[] {
  const phrases: MarkedPhrase[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(markup); m !== null; m = OPEN.exec(markup)) {
    const start = OPEN.lastIndex;
    let depth = 1;
    let i = start;
    for (; i < markup.length && depth > 0; i++) {
      if (markup[i] === "(") depth++;
      else if (markup[i] === ")") depth--;
    }
    if (depth > 0) break;
    const text = markup.slice(start, i - 1).trim();
    if (text !== "") phrases.push({ tag: m[1] ?? "", text });
    // Marks do not nest: go on after this one's closing parenthesis.
    OPEN.lastIndex = i;
  }
  return phrases;
}

/**
 * Where the words of a phrase stand in a sentence: each part of an actor text joined by "..." on
 * its own, white space matched loosely ("NATO  peacekeeping troops" finds "NATO peacekeeping
 * troops"). Undefined when a part is not there. Searching from `from` first keeps repeated words
 * in their order.
 *
 * @example
 * ```ts
 * locate("U.S. and Iraqi negotiators met", "U.S. ... negotiators"); // => [[0, 4], [16, 27]]
 * ```
 */
export function locate(sentence: string, words: string, from = 0): [number, number][] | undefined {
  const spans: [number, number][] = [];
  let cursor = from;
  for (const part of words.split("...")) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const pattern = new RegExp(tokens.map(escapeRegExp).join("\\s+"), "g");
    const found = find(pattern, sentence, cursor) ?? find(pattern, sentence, 0);
    if (found === undefined) return undefined;
    spans.push(found);
    cursor = found[1];
  }
  return spans.length > 0 ? spans : undefined;
}

function find(pattern: RegExp, text: string, from: number): [number, number] | undefined {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m === null ? undefined : [m.index, m.index + m[0].length];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
