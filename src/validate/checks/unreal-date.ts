import type { ProblemParams } from "../../core/issue.js";

/**
 * What an "invalid-date" issue says of a date no calendar has (2023-02-30): its words, and the
 * date as written in `params.got`, the same wherever a date is checked.
 *
 * @example
 * ```ts
 * add("invalid-date", ["outcomeAsOf"], ...unrealDate("2023-02-30"));
 * // message 'is not a real calendar date (got "2023-02-30")', params { got: "2023-02-30" }
 * ```
 */
export function unrealDate(value: string): [message: string, params: ProblemParams] {
  return [`is not a real calendar date (got "${value}")`, { got: value }];
}
