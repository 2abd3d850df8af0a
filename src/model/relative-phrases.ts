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
  const direct = FIXED_PHRASES.get(words);
  if (direct) return direct(anchor);

  const ago = resolveCountAgo(words, anchor.year, anchor.month, anchor.shift);
  if (ago !== undefined) return ago;

  const calendar = resolveDayAndMonth(words, anchor.base);
  if (calendar !== undefined) return calendar;

  return resolveWeekday(words, anchor);
}

const monthText = (year: number, month: number) => formatDay(year, month, 1).slice(0, 7);
const yearText = (year: number) => formatDay(year, 1, 1).slice(0, 4);
/** Days from the anchor to the Monday of its week: its Monday is shift(monday), its Sunday shift(monday + 6). */
const monday = ({ base }: Anchor) => -((base.getUTCDay() + 6) % 7);
/** Monday to Sunday of the week `weeks` after the anchor's. */
const week = (a: Anchor, weeks: number) => `${a.shift(monday(a) + 7 * weeks)}/${a.shift(monday(a) + 7 * weeks + 6)}`;
/** Saturday and Sunday of the week `weeks` after the anchor's. */
const weekend = (a: Anchor, weeks: number) =>
  `${a.shift(monday(a) + 7 * weeks + 5)}/${a.shift(monday(a) + 7 * weeks + 6)}`;

/**
 * The phrases that name one date or span by themselves ("yesterday", "last week"), each with how
 * to compute it from the anchor day. A Map, not an object literal: a phrase such as "constructor"
 * must not find Object.prototype.
 */
const FIXED_PHRASES: ReadonlyMap<string, (anchor: Anchor) => string> = new Map<string, (a: Anchor) => string>([
  ["today", (a) => a.day],
  ["yesterday", (a) => a.shift(-1)],
  ["tomorrow", (a) => a.shift(1)],
  ["the day before yesterday", (a) => a.shift(-2)],
  ["the day after tomorrow", (a) => a.shift(2)],
  // The anchor is the day the phrase is relative to: an event's day for "the day before".
  ["the day before", (a) => a.shift(-1)],
  ["the previous day", (a) => a.shift(-1)],
  ["the day after", (a) => a.shift(1)],
  ["the next day", (a) => a.shift(1)],
  ["the following day", (a) => a.shift(1)],
  ["this month", (a) => monthText(a.year, a.month)],
  ["last month", (a) => (a.month === 1 ? monthText(a.year - 1, 12) : monthText(a.year, a.month - 1))],
  ["next month", (a) => (a.month === 12 ? monthText(a.year + 1, 1) : monthText(a.year, a.month + 1))],
  ["earlier this month", (a) => `${monthText(a.year, a.month)}-01/${a.day}`],
  ["this year", (a) => yearText(a.year)],
  ["last year", (a) => yearText(a.year - 1)],
  ["next year", (a) => yearText(a.year + 1)],
  ["earlier this year", (a) => `${yearText(a.year)}-01-01/${a.day}`],
  // "This week" in a report is the part of it gone by; "next week" all of the next.
  ["this week", (a) => `${a.shift(monday(a))}/${a.day}`],
  ["last week", (a) => week(a, -1)],
  ["next week", (a) => week(a, 1)],
  // Saturday and Sunday of the anchor's week, of the week before, of the week after, as "this
  // Saturday", "last week" and "next week" name those weeks.
  ["this weekend", (a) => weekend(a, 0)],
  ["last weekend", (a) => weekend(a, -1)],
  ["next weekend", (a) => weekend(a, 1)],
]);

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
