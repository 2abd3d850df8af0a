/*
 * Why a relative date phrase names no date: the reason codes readRelativeDate answers with, shared
 * by the modules that read the anchor and the phrase.
 */

/** Why {@link readRelativeDate} could not resolve a phrase. */
export type RelativeDateReason =
  /** The anchor is not a real calendar day or a date-time with its UTC offset. */
  | "invalid-anchor"
  /** The phrase is blank. */
  | "empty-phrase"
  /** The phrase names its year ("26 July 2023"): it is an explicit date, not a relative one. */
  | "has-year"
  /** The phrase names a time of day, not a day ("around dawn", "at 3 a.m."): give it as time or partOfDay. */
  | "time-of-day"
  /** The phrase names a day or span that does not exist ("31 June", "19–18 June"). */
  | "no-such-date"
  /** The weekday and the day disagree ("Monday, 5 September" where the 5th is no Monday). */
  | "weekday-mismatch"
  /** A phrase of none of the understood forms. */
  | "not-understood";

/** A phrase or anchor that names no date: a reason code to branch on and words to show. */
export interface Failure {
  /** Always false: no date. */
  readonly ok: false;
  /** Why, as a code. */
  readonly reason: RelativeDateReason;
  /** Why, in words. */
  readonly message: string;
}

/**
 * A failure with its reason and message.
 *
 * @example
 * ```ts
 * fail("empty-phrase", "the phrase is blank");
 * // => { ok: false, reason: "empty-phrase", message: "the phrase is blank" }
 * ```
 */
export const fail = (reason: RelativeDateReason, message: string): Failure => ({ ok: false, reason, message });
