import type { Deadline, FuzzyDate, NewsEvent } from "../../generated/types.js";
import { addDuration, dayNumberOf, formatDayNumber, shiftDay } from "../../model/calendar.js";
import { NONE, type DocumentContext, type Path } from "./context.js";
import { checkFuzzyDate } from "./dates.js";
import { checkEvidenceList } from "./evidence.js";
import { isBefore, show, type When } from "./moments.js";
import { checkRef, MOMENT } from "./references.js";

/*
 * Deadlines ("within 48 hours", "by 6 August"): a length or a last day, what the period runs from,
 * and — when both are given — one last day: the start plus the length is the day it runs out,
 * give or take a day for hours and time zones. No deadline runs out before it was set.
 */

/**
 * Every deadline of an event's parts (a coup's steps and reactions, a partnership's milestones),
 * each against the date of what carries it unless it names what it runs from.
 *
 * @example
 * ```ts
 * checkDeadlines(context, coup, ["events", 0]); // "inconsistent" at /events/0/reactions/0/deadline/by/value when PT48H from 30 July is not 6 August
 * ```
 */
export function checkDeadlines(context: DocumentContext, event: NewsEvent, path: Path): void {
  // Each list read in place (no copy of every step, reaction or milestone): most have no deadline.
  if (event.kind === "Coup") {
    const { steps = NONE, reactions = NONE } = event;
    for (let j = 0; j < steps.length; j++) {
      const { deadline, date } = steps[j] as (typeof steps)[number];
      if (deadline) checkDeadline(context, deadline, date, path.concat("steps", j, "deadline"));
    }
    for (let j = 0; j < reactions.length; j++) {
      const { deadline, date } = reactions[j] as (typeof reactions)[number];
      if (deadline)
        checkDeadline(
          context,
          deadline,
          date === undefined ? undefined : { value: date },
          path.concat("reactions", j, "deadline"),
        );
    }
  }
  if (event.kind === "Partnership") {
    const { milestones = NONE } = event;
    for (let j = 0; j < milestones.length; j++) {
      const { deadline, date } = milestones[j] as (typeof milestones)[number];
      if (deadline) checkDeadline(context, deadline, date, path.concat("milestones", j, "deadline"));
    }
  }
}

/** One deadline at `where`, carried by something dated `date`. */
function checkDeadline(context: DocumentContext, deadline: Deadline, date: When | undefined, where: Path): void {
  if (deadline.duration === undefined && deadline.by === undefined)
    context.add("required", where.concat("duration"), "is required, or by: how long the period is, or the day it ends");
  if (deadline.from !== undefined) checkRef(context, deadline.from, MOMENT, where, "from");
  checkFuzzyDate(context, deadline.by, where, "by");
  checkEvidenceList(context, deadline.evidence, where, "evidence");
  const start = deadline.from === undefined ? date : momentOf(context, deadline.from);
  if (start) checkEnd(context, deadline, start, where);
}

/** The date of the event or coup step `id`. */
function momentOf(context: DocumentContext, id: string): FuzzyDate | undefined {
  for (const event of context.doc.events ?? []) {
    if (event.id === id) return event.date;
    if (event.kind === "Coup") {
      const step = event.steps?.find((s) => s.id === id);
      if (step) return step.date;
    }
  }
  return undefined;
}

/** The last day not before the start, and the start plus the length on it (a day either side). */
function checkEnd(context: DocumentContext, deadline: Deadline, start: When, where: Path): void {
  const { by, duration } = deadline;
  if (!by) return;
  if (isBefore(by, start)) {
    context.add(
      "date-order",
      where.concat("by", "value"),
      `must not be before the date the period runs from (${show(start)}; got ${show(by)})`,
    );
    return;
  }
  if (duration === undefined) return;
  const first = addDuration(dayNumberOf(start.value, false), duration);
  const last = addDuration(dayNumberOf(start.value, true), duration);
  const from = dayNumberOf(by.value, false);
  const to = dayNumberOf(by.value, true);
  // One day of slack either side: "within 48 hours" of an evening runs out on the third day.
  if (last === undefined || first === undefined || (last >= shiftDay(from, -1) && first <= shiftDay(to, 1))) return;
  context.add(
    "inconsistent",
    where.concat("by", "value"),
    `is ${show(by)}, but ${duration} from ${show(start)} runs out on ${formatDayNumber(first)}${last === first ? "" : `–${formatDayNumber(last)}`}: one deadline, one day`,
  );
}
