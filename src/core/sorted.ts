/**
 * How many leading numbers of an ascending list are at most `value`, found by halves: the index of
 * the first one above it (a line's number among the offsets where lines start; the intervals that
 * start by a day).
 *
 * @example
 * ```ts
 * countAtMost([0, 10, 20], 15); // => 2
 * countAtMost([0, 10, 20], -1); // => 0
 * ```
 */
export function countAtMost(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
