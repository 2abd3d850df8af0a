/*
 * How far apart two names are, for "did you mean" hints: the validator's (an unknown property) and
 * toJsonLd's (an option that is none).
 */

/** The two rows of {@link distance}, as long as the longest name measured so far. */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance (insertions, deletions, substitutions), stopping early above `max`.
 *
 * @example
 * ```ts
 * distance("salince", "salience", 2); // => 1
 * ```
 */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  // Two rows reused across calls: a hint measures one key against every name of a schema object.
  if (rows[0].length <= m) rows = [new Int32Array(m + 1), new Int32Array(m + 1)];
  let [previous, row] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= m; j++) {
      const value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (c === b.charCodeAt(j - 1) ? 0 : 1),
      );
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    const done = previous;
    previous = row;
    row = done;
  }
  return previous[m] as number;
}

/**
 * How many edits a name may be from the one meant: a third of its length, 1 to 3, and fewer than
 * its length, so that a name of one letter is no misspelling of another ("t" of "n").
 *
 * @example
 * ```ts
 * editsAllowed("salince"); // => 2
 * editsAllowed("t"); // => 0
 * ```
 */
export function editsAllowed(name: string): number {
  return Math.min(name.length - 1, Math.max(1, Math.min(3, Math.floor(name.length / 3))));
}

/**
 * The name of `names` nearest `name` (case aside), when it is within a few edits (a third of its
 * length, 1 to 3); else undefined.
 *
 * @example
 * ```ts
 * nearestName("entityId", ["corrections", "entityIds"]); // => "entityIds"
 * nearestName("zzz", ["corrections", "entityIds"]); // => undefined
 * ```
 */
export function nearestName(name: string, names: readonly string[]): string | undefined {
  const max = editsAllowed(name);
  const lower = name.toLowerCase();
  let nearest: string | undefined;
  let nearestDistance = max + 1;
  for (const candidate of names) {
    const d = distance(lower, candidate.toLowerCase(), max);
    if (d < nearestDistance) {
      nearest = candidate;
      nearestDistance = d;
    }
  }
  return nearest;
}
