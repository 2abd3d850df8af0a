// Two values a finding says differ, shown so that the difference is in sight.

/** How much of each value a message shows, in characters. */
const SHOWN = 60;

/**
 * Two values as JSON, each cut to 60 characters around where they first differ: two long URLs
 * or texts that share their first 57 characters would otherwise read the same in the message.
 *
 * @example
 * ```ts
 * const a = `https://news.example.org/${"section/".repeat(8)}a`;
 * shownApart(a, `${a}b`); // => ['...tion/section/section/section/a"', '...tion/section/section/section/ab"']
 * ```
 */
export function shownApart(mine: unknown, theirs: unknown): [string, string] {
  const a = JSON.stringify(mine) ?? "undefined";
  const b = JSON.stringify(theirs) ?? "undefined";
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  // Begin some characters before the difference, so that what differs is read in its context.
  const from = same > SHOWN - 20 ? same - 30 : 0;
  const cut = (text: string) => {
    const shown = from > 0 ? `...${text.slice(from)}` : text;
    return shown.length > SHOWN ? `${shown.slice(0, SHOWN - 3)}...` : shown;
  };
  return [cut(a), cut(b)];
}
