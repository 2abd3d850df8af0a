import type { FuzzyDate, NewsEvent } from "../../generated/types.js";
import { dayNumberOf } from "../../model/calendar.js";
import { NONE, type Path } from "./context.js";

/*
 * Dates as moments to compare: two dates of the same story compare by their days (both are local
 * to where it happened), or by their instants when both give an unqualified clock time with its
 * offset; a date compares with the article's publication by the earliest instant its day can begin
 * anywhere (UTC+14), so no time zone makes a true report impossible.
 */

/** The part of a date the comparisons read (a coup reaction's calendar date is one too). */
export type When = Pick<FuzzyDate, "value"> & Partial<Pick<FuzzyDate, "time" | "qualifier">>;

/**
 * The instant of a date that gives an unqualified clock time ("22:30+01:00", not "around 3 a.m."):
 * ms since the epoch, else undefined.
 *
 * @example
 * ```ts
 * instantOf({ value: "2023-07-26", time: "13:00+01:00" }); // => Date.parse("2023-07-26T13:00+01:00")
 * ```
 */
export function instantOf(date: When): number | undefined {
  if (date.time === undefined || date.qualifier !== undefined || date.value.length !== 10) return undefined;
  const t = Date.parse(`${date.value}T${date.time}`);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * True when every moment `a` can mean is before every moment `b` can: by instants when both have
 * one, else by days (an open end reaches forever; a date that is not real compares false).
 *
 * @example
 * ```ts
 * isBefore({ value: "2023-07-26", time: "13:00Z" }, { value: "2023-07-26", time: "14:00Z" }); // => true
 * isBefore({ value: "2023-07" }, { value: "2023-07-26" }); // => false (July may be the 26th)
 * ```
 */
export function isBefore(a: When, b: When): boolean {
  const ta = instantOf(a);
  const tb = instantOf(b);
  if (ta !== undefined && tb !== undefined) return ta < tb;
  return dayNumberOf(a.value, true) < dayNumberOf(b.value, false);
}

/** A date for a message: its value, with its time when it has one. */
export function show(date: When): string {
  return date.time === undefined ? date.value : `${date.value} ${date.time}`;
}

/**
 * The earliest instant a date can mean: its instant, else the start of its first day in the
 * earliest time zone (UTC+14). -Infinity for an open start, NaN when it is not a real date.
 */
export function earliestInstant(date: When): number {
  const exact = instantOf(date);
  if (exact !== undefined) return exact;
  const day = dayNumberOf(date.value, false);
  if (!Number.isFinite(day)) return day;
  // `Date.parse(\`${formatDayNumber(day)}T00:00:00+14:00\`)`, by arithmetic: no string per date.
  return daysSinceEpoch(Math.floor(day / 10_000), Math.floor(day / 100) % 100, day % 100) * 86_400_000 - 14 * 3_600_000;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar, as Date counts them (any
 * year, 0000 too, unlike Date.UTC's 1900 offset for years below 100); H. Hinnant's days_from_civil.
 *
 * @example
 * ```ts
 * daysSinceEpoch(1970, 1, 2); // => 1
 * ```
 */
export function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * What {@link eachDatedPart} says of each date: the date, whether what it dates is reported as
 * done, and where it is, below the event, as up to five keys (…/date, …/instrument/signed): the
 * path is built only when an issue is reported.
 */
export type DatedVisit = (
  date: FuzzyDate,
  happened: boolean,
  key: string,
  j?: number,
  sub?: string,
  k?: number,
  last?: string,
) => void;

/**
 * The path of a dated part below its event's `path`, from the keys {@link eachDatedPart} gave.
 *
 * @example
 * ```ts
 * datedPath(["events", 0], "steps", 2, "date"); // => ["events", 0, "steps", 2, "date"]
 * ```
 */
export function datedPath(path: Path, ...keys: (string | number | undefined)[]): Path {
  return path.concat(keys.filter((key): key is string | number => key !== undefined));
}

/**
 * Every date of an event, in document order, with whether the article reports what it dates as
 * done: a meeting that occurred, a coup (not a plot or an allegation) and its steps and fates, a
 * stage a partnership reached, its instrument's signing once it is signed. Ends, milestones,
 * changes to come and deadlines are dates too, but of things that may lie ahead. Index loops and
 * no path per date: this runs for every event of every valid document.
 *
 * @example
 * ```ts
 * eachDatedPart(coup, (date, happened, ...keys) => console.log(datedPath(["events", 0], ...keys), happened));
 * // ["events", 0, "date"] true, …
 * ```
 */
export function eachDatedPart(event: NewsEvent, visit: DatedVisit): void {
  const done =
    event.kind === "Meeting"
      ? (event.status ?? "occurred") === "occurred"
      : event.kind === "Coup" && event.outcome !== "plot" && event.outcome !== "alleged";
  if (event.date) visit(event.date, done, "date");
  if (event.endDate) visit(event.endDate, false, "endDate");
  if (event.kind === "Coup") {
    const { steps = NONE, participants = NONE, reactions = NONE } = event;
    for (let j = 0; j < steps.length; j++) {
      const step = steps[j] as (typeof steps)[number];
      if (step.date) visit(step.date, done, "steps", j, "date");
      if (step.deadline?.by) visit(step.deadline.by, false, "steps", j, "deadline", undefined, "by");
    }
    for (let j = 0; j < participants.length; j++) {
      const history = (participants[j] as (typeof participants)[number]).fateHistory ?? NONE;
      for (let k = 0; k < history.length; k++) {
        const date = (history[k] as (typeof history)[number]).date;
        if (date) visit(date, done, "participants", j, "fateHistory", k, "date");
      }
    }
    for (let j = 0; j < reactions.length; j++) {
      const by = (reactions[j] as (typeof reactions)[number]).deadline?.by;
      if (by) visit(by, false, "reactions", j, "deadline", undefined, "by");
    }
  }
  if (event.kind === "Partnership") {
    const { stageHistory = NONE, milestones = NONE, transformations = NONE } = event;
    for (let j = 0; j < stageHistory.length; j++) {
      const date = (stageHistory[j] as (typeof stageHistory)[number]).date;
      if (date) visit(date, true, "stageHistory", j, "date");
    }
    const signed = event.stage !== "proposed" && event.stage !== "negotiating";
    if (event.instrument?.signed) visit(event.instrument.signed, signed, "instrument", undefined, "signed");
    for (let j = 0; j < milestones.length; j++) {
      const milestone = milestones[j] as (typeof milestones)[number];
      if (milestone.date) visit(milestone.date, false, "milestones", j, "date");
      if (milestone.deadline?.by) visit(milestone.deadline.by, false, "milestones", j, "deadline", undefined, "by");
    }
    for (let j = 0; j < transformations.length; j++) {
      const date = (transformations[j] as (typeof transformations)[number]).date;
      if (date) visit(date, false, "transformations", j, "date");
    }
  }
}
