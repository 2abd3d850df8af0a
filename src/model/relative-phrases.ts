import { formatDay } from "./calendar.js";
import { resolveDayAndMonth, WEEKDAYS } from "./day-and-month.js";
import { resolveCountAgo } from "./relative-counts.js";
import type { Failure } from "./relative-failure.js";

/*
 * The English relative-date phrases ("yesterday", "last Tuesday", "this weekend", "two weeks ago",
 * "26 July") and the date or interval each names from its anchor day. A week runs Monday to Sunday.
 */

/** The day a phrase is resolved against, in the forms the resolvers need. */
export interface Anchor {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** Its year and month as written (a year below 100 too, which `Date.UTC` would move to the 1900s). */
  readonly year: number;
  /** Its month, 1–12. */
  readonly month: number;
  /** Midnight UTC of the day. */
  readonly base: Date;
  /** The day `days` after it (before it when negative), as `YYYY-MM-DD`. */
  readonly shift: (days: number) => string;
}

/**
 * The date (or interval) the normalized words name; `undefined` when they name none, a failure
 * when one that cannot be.
 *
 * @example
 * ```ts
 * resolveWords("the day before yesterday", anchor); // => "2023-11-06" (anchor 2023-11-08)
 * ```
 */
export function resolveWords(words: string, anchor: Anchor): string | Failure | undefined {
  const direct = fixedPhrases(anchor).get(words);
  if (direct) return direct();

  const ago = resolveCountAgo(words, anchor.year, anchor.month, anchor.shift);
  if (ago !== undefined) return ago;

  const calendar = resolveDayAndMonth(words, anchor.base);
  if (calendar !== undefined) return calendar;

  return resolveWeekday(words, anchor);
}

/**
 * The phrases that name one date or span by themselves ("yesterday", "last week"), each with how
 * to compute it from the anchor day. A Map, not an object literal: a phrase such as "constructor"
 * must not find Object.prototype.
 */
function fixedPhrases({ day: anchorDay, year: y, month: m, base, shift }: Anchor): ReadonlyMap<string, () => string> {
  const monthText = (year: number, month: number) => formatDay(year, month, 1).slice(0, 7);
  const yearText = (year: number) => formatDay(year, 1, 1).slice(0, 4);
  // Days from the Monday of the anchor's week: its Monday is shift(monday), Sunday shift(monday + 6).
  const monday = -((base.getUTCDay() + 6) % 7);
  const week = (weeks: number) => `${shift(monday + 7 * weeks)}/${shift(monday + 7 * weeks + 6)}`;
  const weekend = (weeks: number) => `${shift(monday + 7 * weeks + 5)}/${shift(monday + 7 * weeks + 6)}`;
  return new Map<string, () => string>([
    ["today", () => anchorDay],
    ["yesterday", () => shift(-1)],
    ["tomorrow", () => shift(1)],
    ["the day before yesterday", () => shift(-2)],
    ["the day after tomorrow", () => shift(2)],
    // The anchor is the day the phrase is relative to: an event's day for "the day before".
    ["the day before", () => shift(-1)],
    ["the previous day", () => shift(-1)],
    ["the day after", () => shift(1)],
    ["the next day", () => shift(1)],
    ["the following day", () => shift(1)],
    ["this month", () => monthText(y, m)],
    ["last month", () => (m === 1 ? monthText(y - 1, 12) : monthText(y, m - 1))],
    ["next month", () => (m === 12 ? monthText(y + 1, 1) : monthText(y, m + 1))],
    ["earlier this month", () => `${monthText(y, m)}-01/${anchorDay}`],
    ["this year", () => yearText(y)],
    ["last year", () => yearText(y - 1)],
    ["next year", () => yearText(y + 1)],
    ["earlier this year", () => `${yearText(y)}-01-01/${anchorDay}`],
    // "This week" in a report is the part of it gone by; "next week" all of the next.
    ["this week", () => `${shift(monday)}/${anchorDay}`],
    ["last week", () => week(-1)],
    ["next week", () => week(1)],
    // Saturday and Sunday of the anchor's week, of the week before, of the week after, as "this
    // Saturday", "last week" and "next week" name those weeks.
    ["this weekend", () => weekend(0)],
    ["last weekend", () => weekend(-1)],
    ["next weekend", () => weekend(1)],
  ]);
}

/**
 * "[this|last|next|on] <weekday>": bare and "on" weekdays prefer the past, as news copy does;
 * "this" names the day of the anchor's own week, Monday to Sunday ("this Tuesday" written on a
 * Wednesday is the day before, "this Friday" written on a Thursday the day after).
 */
function resolveWeekday(words: string, { base, shift }: Anchor): string | undefined {
  const weekday = /^(?:(this|last|next|on) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(words);
  if (!weekday) return undefined;
  const target = WEEKDAYS.indexOf(weekday[2] ?? "");
  const today = base.getUTCDay();
  const back = (today - target + 7) % 7;
  if (weekday[1] === "next") return shift((target - today + 7) % 7 || 7);
  if (weekday[1] === "last") return shift(-(back || 7));
  // Days counted from Monday (0) to Sunday (6): the same week's day is that many days away.
  if (weekday[1] === "this") return shift(((target + 6) % 7) - ((today + 6) % 7));
  return shift(-back);
}
