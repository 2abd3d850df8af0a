import type { FuzzyDate, NewsEvent } from "../../generated/types.js";
import { dayNumberOf, formatDayNumber } from "../../model/calendar.js";
import type { Path } from "./context.js";

/*
 * Dates as moments to compare: two dates of the same story compare by their days (both are local
 * to where it happened), or by their instants when both give an unqualified clock time with its
 * offset; a date compares with the article's publication by the earliest instant its day can begin
 * anywhere (UTC+14), so no time zone makes a true report impossible.
 */

/** The part of a date the comparisons read (a coup reaction's calendar date is one too). */
export type When = Pick<FuzzyDate, "value"> & Partial<Pick<FuzzyDate, "time" | "qualifier">>;

/** A dated part of an event: its date, where it is, and whether the article says it has happened. */
export interface Dated {
  /** The date. */
  readonly date: FuzzyDate;
  /** Where the date is (…/date, …/instrument/signed). */
  readonly path: Path;
  /** True when what it dates is reported as done: a meeting that occurred, a coup's step, a stage reached. */
  readonly happened: boolean;
}

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
  return Date.parse(`${formatDayNumber(day)}T00:00:00+14:00`);
}

/**
 * Every date of an event with its path and whether the article reports what it dates as done: a
 * meeting that occurred, a coup (not a plot or an allegation) and its steps and fates, a stage a
 * partnership reached, its instrument's signing once it is signed. Ends, milestones, changes to
 * come and deadlines are dates too, but of things that may lie ahead.
 *
 * @example
 * ```ts
 * datedParts(coup, ["events", 0]); // => [{ date: coup.date, path: ["events", 0, "date"], happened: true }, …]
 * ```
 */
export function datedParts(event: NewsEvent, path: Path): Dated[] {
  const parts: Dated[] = [];
  const add = (date: FuzzyDate | undefined, at: Path, happened: boolean) => {
    if (date !== undefined) parts.push({ date, path: at, happened });
  };
  const done =
    event.kind === "Meeting"
      ? (event.status ?? "occurred") === "occurred"
      : event.kind === "Coup" && event.outcome !== "plot" && event.outcome !== "alleged";
  add(event.date, path.concat("date"), done);
  add(event.endDate, path.concat("endDate"), false);
  if (event.kind === "Coup") {
    event.steps?.forEach((step, j) => {
      add(step.date, path.concat("steps", j, "date"), done);
      add(step.deadline?.by, path.concat("steps", j, "deadline", "by"), false);
    });
    event.participants?.forEach((p, j) =>
      p.fateHistory?.forEach((fate, k) =>
        add(fate.date, path.concat("participants", j, "fateHistory", k, "date"), done),
      ),
    );
    event.reactions?.forEach((r, j) => add(r.deadline?.by, path.concat("reactions", j, "deadline", "by"), false));
  }
  if (event.kind === "Partnership") {
    event.stageHistory?.forEach((change, j) => add(change.date, path.concat("stageHistory", j, "date"), true));
    const signed = event.stage !== "proposed" && event.stage !== "negotiating";
    add(event.instrument?.signed, path.concat("instrument", "signed"), signed);
    event.milestones?.forEach((m, j) => {
      add(m.date, path.concat("milestones", j, "date"), false);
      add(m.deadline?.by, path.concat("milestones", j, "deadline", "by"), false);
    });
    event.transformations?.forEach((t, j) => add(t.date, path.concat("transformations", j, "date"), false));
  }
  return parts;
}
