/**
 * A list of problems that stops growing at a cap: an import or a check of hostile input may find
 * millions, and output must stay linear in what is worth reading, not in the input.
 */
import { MAX_ISSUES, type Problem } from "./issue.js";

/**
 * Collects problems up to `max`; past it, only counts them. `list()` gives the kept ones and, when
 * some were left out, a last problem (code `too-many-issues`) saying how many.
 *
 * @example
 * ```ts
 * const problems = new ProblemList(2);
 * for (let i = 0; i < 5; i++) problems.add({ code: "type", pointer: `/${i}`, message: "must be a string" });
 * problems.list().map((p) => p.pointer); // => ["/0", "/1", ""]: two kept, then "3 more problems not shown"
 * ```
 */
export class ProblemList<P extends Problem> {
  readonly #max: number;
  readonly #kept: P[] = [];
  #omitted = 0;

  /** @param max - The most problems kept (default {@link MAX_ISSUES}). */
  constructor(max: number = MAX_ISSUES) {
    this.#max = max;
  }

  /** Keeps a problem, or counts it once the cap is reached. */
  add(problem: P): void {
    if (this.#kept.length < this.#max) this.#kept.push(problem);
    else this.#omitted++;
  }

  /** How many problems were added, kept or not. */
  get size(): number {
    return this.#kept.length + this.#omitted;
  }

  /** The kept problems, then one saying how many were left out (if any). */
  list(): (P | Problem<"too-many-issues">)[] {
    if (this.#omitted === 0) return [...this.#kept];
    const omitted = this.#omitted;
    return [
      ...this.#kept,
      { code: "too-many-issues", pointer: "", message: `${omitted} more problems not shown`, params: { omitted } },
    ];
  }
}
