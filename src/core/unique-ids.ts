/**
 * Unique ids for things an import creates (`ann-lee`, `ann-lee-2`, …), in time linear in their
 * number: each base remembers the next suffix to try, so 15,000 people of one name cost 15,000
 * steps, not 15,000² probes from `-2` each time.
 */

/**
 * Makes a function that turns a wanted id into one not yet taken, appending `-2`, `-3`, … when the
 * base is taken. Ids given in `taken` count as taken from the start.
 *
 * @example
 * ```ts
 * const unique = uniqueIds(["ann-lee"]);
 * unique("ann-lee"); // => "ann-lee-2"
 * unique("ann-lee"); // => "ann-lee-3"
 * unique("bo-chen"); // => "bo-chen"
 * ```
 */
export function uniqueIds(taken: Iterable<string> = []): (base: string) => string {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  return (base) => {
    let id = base;
    if (used.has(id)) {
      let n = nextSuffix.get(base) ?? 2;
      // A suffixed id may itself have been taken as a base ("a-2" before the second "a"): skip it.
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      nextSuffix.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
}
