import { dayNumberOf } from "../../model/calendar.js";
import { countAtMost } from "../../core/sorted.js";
import { instantOf, type When } from "./moments.js";

/*
 * A coup's steps each held to the fate history of the person they befell: whether one dated entry
 * agrees with a step's date (neither before the other, as `isBefore` says) is answered by an index
 * of the entries, in logarithmic time, so that thousands of steps against thousands of entries
 * cost what their number does, not its square.
 */

/** Day intervals (first and last day as YYYYMMDD) that answer "does one meet this interval?". */
class DayIntervals {
  /** The intervals' first days, in order. */
  private readonly starts: number[] = [];
  /** The latest last day among the intervals up to each one, in the same order. */
  private readonly reach: number[] = [];
  /** Whether one interval is not real (NaN): such a date compares false, so it meets every date. */
  private readonly unreal: boolean;

  constructor(dates: readonly When[]) {
    const intervals = dates.map((date) => [dayNumberOf(date.value, false), dayNumberOf(date.value, true)] as const);
    this.unreal = intervals.some(([first, last]) => Number.isNaN(first) || Number.isNaN(last));
    intervals.sort((a, b) => a[0] - b[0]);
    let reach = -Infinity;
    for (const [first, last] of intervals) {
      reach = Math.max(reach, last);
      this.starts.push(first);
      this.reach.push(reach);
    }
  }

  /** True when one interval shares a day with `first`…`last` (neither wholly before the other). */
  meets(first: number, last: number): boolean {
    if (this.starts.length === 0) return false;
    if (this.unreal || Number.isNaN(first) || Number.isNaN(last)) return true;
    // The intervals that start on or before `last`: a prefix. One of them must reach `first`.
    const starting = countAtMost(this.starts, last);
    return starting > 0 && (this.reach[starting - 1] as number) >= first;
  }
}

/**
 * The dates of a person's fate-history entries that record a fate, indexed: {@link agrees} says
 * whether one of them and a date are one moment, as two `isBefore` calls would (by instants when
 * both give one, else by days).
 *
 * @example
 * ```ts
 * const detained = new DatedFates([{ value: "2022-10-01" }, { value: "2022-10-05" }]);
 * detained.agrees({ value: "2022-10" }); // => true
 * detained.agrees({ value: "2022-11-02" }); // => false
 * ```
 */
export class DatedFates {
  /** The entries' dates, in the history's order (a message lists them). */
  readonly dates: readonly When[];
  /** The instants of the entries that have one. */
  private readonly instants = new Set<number>();
  /** Every entry by its days. */
  private readonly all: DayIntervals;
  /** The entries without an instant, by their days. */
  private readonly dayOnly: DayIntervals;

  constructor(dates: readonly When[]) {
    this.dates = dates;
    const dayOnly: When[] = [];
    for (const date of dates) {
      const instant = instantOf(date);
      if (instant === undefined) dayOnly.push(date);
      else this.instants.add(instant);
    }
    this.all = new DayIntervals(dates);
    this.dayOnly = new DayIntervals(dayOnly);
  }

  /** True when one entry's date and `date` are neither before the other. */
  agrees(date: When): boolean {
    const instant = instantOf(date);
    // Two instants agree only when equal; an instant and a day compare by days.
    if (instant !== undefined && this.instants.has(instant)) return true;
    const days = instant === undefined ? this.all : this.dayOnly;
    return days.meets(dayNumberOf(date.value, false), dayNumberOf(date.value, true));
  }
}
