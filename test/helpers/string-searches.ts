/*
 * Work counted, not timed: while installed, every `indexOf` and `lastIndexOf` of a string at least
 * `minLength` long adds the characters it passed over (to its match, or to the end) to a total.
 */
const { indexOf, lastIndexOf } = String.prototype;

/**
 * Counts what the string searches of long strings pass over until `restore` is called.
 *
 * @example
 * ```ts
 * const searches = countStringSearches(body.length);
 * validateDocument(doc);
 * const passes = searches.restore() / body.length;
 * ```
 */
export function countStringSearches(minLength: number): { scanned: () => number; restore: () => number } {
  let scanned = 0;
  String.prototype.indexOf = function (this: string, text: string, from = 0) {
    const at = indexOf.call(this, text, from);
    if (this.length >= minLength) scanned += (at === -1 ? this.length : at) - Math.max(0, from);
    return at;
  };
  String.prototype.lastIndexOf = function (this: string, text: string, from = Infinity) {
    const at = lastIndexOf.call(this, text, from);
    if (this.length >= minLength) scanned += Math.min(from, this.length) - (at === -1 ? 0 : at);
    return at;
  };
  return {
    scanned: () => scanned,
    restore: () => {
      String.prototype.indexOf = indexOf;
      String.prototype.lastIndexOf = lastIndexOf;
      return scanned;
    },
  };
}

/** Puts the string searches back (for an `afterEach`, in case a test failed while counting). */
export function restoreStringSearches(): void {
  String.prototype.indexOf = indexOf;
  String.prototype.lastIndexOf = lastIndexOf;
}
