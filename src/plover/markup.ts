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
  return marks(markup).flatMap((m) => (m.text === undefined || m.text === "" ? [] : [{ tag: m.tag, text: m.text }]));
}

/**
 * Where the marks of a PLOVER markup that are never closed open (character offsets): a typo such
 * as "(SRC: Students} (EVT: marched)". Such a mark is skipped, and the marks after it are read.
 *
 * @example
 * ```ts
 * unclosedMarks("(SRC: Students} (EVT: marched)"); // => [0]
 * ```
 */
export function unclosedMarks(markup: string): number[] {
  return marks(markup).flatMap((m) => (m.text === undefined ? [m.at] : []));
}

/**
 * Each mark: its tag, where it opens, and its words (undefined when it is never closed). Every
 * parenthesis is paired with its balancing one in one pass first, so that marks left open (each
 * would otherwise be searched to the end of the text) keep the time linear.
 */
function marks(markup: string): { tag: string; at: number; text?: string }[] {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < markup.length; i++) {
    const c = markup.charCodeAt(i);
    if (c === 40) open.push(i);
    else if (c === 41 && open.length > 0) closing.set(open.pop() as number, i);
  }
  const found: { tag: string; at: number; text?: string }[] = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(markup); m !== null; m = OPEN.exec(markup)) {
    const start = OPEN.lastIndex;
    const tag = m[1] ?? "";
    const close = closing.get(m.index);
    if (close === undefined) {
      // Never closed: read on from just after its opening, so that a mark inside is still found.
      found.push({ tag, at: m.index });
      continue;
    }
    found.push({ tag, at: m.index, text: markup.slice(start, close).trim() });
    // Marks do not nest: go on after this one's closing parenthesis.
    OPEN.lastIndex = close + 1;
  }
  return found;
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
