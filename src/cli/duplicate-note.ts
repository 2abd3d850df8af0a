// What a problem's line says of a member given twice: apart from the line finder (cli/locate.ts),
// which loads only when a record written over several lines has a problem.

/** Where a pointer's value starts; `duplicate`: a member on its way that is given twice, and its first line. */
export interface Place {
  readonly line: number;
  readonly duplicate?: { readonly pointer: string; readonly line: number };
}

/**
 * What a problem's message adds when its place is in a member given twice: the problem is in the
 * last (what JSON.parse keeps, and where the line points), and the first is named by its line.
 *
 * @example
 * ```ts
 * duplicateNote({ line: 4, duplicate: { pointer: "/language", line: 3 } });
 * // => " (/language is given twice: the one at line 3 is overridden by this one)"
 * ```
 */
export function duplicateNote(place: Place | undefined): string {
  const dup = place?.duplicate;
  return dup ? ` (${dup.pointer} is given twice: the one at line ${dup.line} is overridden by this one)` : "";
}
