import type { Coup, FuzzyDate, NewsEvent, Partnership } from "../../generated/types.js";
import { isCalendarDate } from "../../model/calendar.js";
import { NONE, type DocumentContext, type Path } from "./context.js";
import { DatedFates } from "./dated-fates.js";
import {
  datedPath,
  eachDatedPart,
  earliestInstant,
  type DatedVisit,
  instantOf,
  isBefore,
  show,
  type When,
} from "./moments.js";

/*
 * The time impossibilities of a document as a whole: what the article reports as done is not dated
 * after the article; an end is not before its start, clock times included; a date stated relative
 * to another event or step agrees with that one's date (the order of a list says nothing about
 * time); and one fact stated in two fields has one date.
 */

/**
 * Every time check across the events of the document.
 *
 * @example
 * ```ts
 * checkTimeline(context); // "date-order" at /events/0/date/value for a meeting that occurred dated after the article
 * ```
 */
export function checkTimeline(context: DocumentContext): void {
  const events = context.doc.events;
  if (events === undefined) return;
  // The dates of events and coup steps by id, made only when a date is stated relative to one.
  let moments: Map<string, FuzzyDate> | undefined;
  const latest = latestPublication(context);
  // One visitor for every event (it reads the event and path of the loop); a date's path is built
  // only for its issue, from one path array whose index is set per event (every use copies it).
  let event = events[0] as NewsEvent;
  const path: (string | number)[] = ["events", 0];
  const visit: DatedVisit = (date, happened, key, j, sub, k, last) => {
    if (happened && earliestInstant(date) > latest.at)
      notAfterPublication(context, date, datedPath(path, key, j, sub, k, last, "value"), latest, what(event));
    // The day a relative phrase was read against is one the article had reached: "yesterday"
    // anchored after it is a phrase resolved against the wrong day.
    const anchor = date.anchor;
    if (anchor !== undefined && earliestInstant({ value: anchor }) > latest.at)
      context.add(
        "date-order",
        datedPath(path, key, j, sub, k, last, "anchor"),
        `is after the article (${latest.text}; got ${anchor}): the words "${date.text ?? ""}" are relative to a day the article had not reached`,
      );
    const relative = date.relativeTo;
    if (relative === undefined) return;
    const target = (moments ??= momentsOf(events)).get(relative.target);
    if (target) checkRelativeOrder(context, date, target, relative, datedPath(path, key, j, sub, k, last));
  };
  for (let i = 0; i < events.length; i++) {
    event = events[i] as NewsEvent;
    path[1] = i;
    eachDatedPart(event, visit);
    if (event.kind === "Coup" && event.reactions !== undefined) {
      const { reactions } = event;
      for (let j = 0; j < reactions.length; j++) {
        const r = reactions[j] as (typeof reactions)[number];
        if (r.date !== undefined && earliestInstant({ value: r.date }) > latest.at)
          notAfterPublication(
            context,
            { value: r.date },
            path.concat("reactions", j, "date"),
            latest,
            "a reaction made",
          );
      }
    }
    if (event.kind === "Coup") checkStepsAgainstFates(context, event, path);
    const quantities = event.quantities ?? NONE;
    for (let j = 0; j < quantities.length; j++) {
      const asOf = (quantities[j] as (typeof quantities)[number]).asOf;
      if (asOf !== undefined && earliestInstant({ value: asOf }) > latest.at)
        notAfterPublication(context, { value: asOf }, path.concat("quantities", j, "asOf"), latest, "a figure given");
    }
    if (event.kind === "Partnership") checkSigning(context, event, path);
    checkClockOrder(context, event, path);
  }
}

/** The dates of the events and coup steps by id (the last of an id that has one). */
function momentsOf(events: readonly NewsEvent[]): Map<string, FuzzyDate> {
  const moments = new Map<string, FuzzyDate>();
  for (const event of events) {
    if (event.date) moments.set(event.id, event.date);
    if (event.kind === "Coup") for (const step of event.steps ?? []) if (step.date) moments.set(step.id, step.date);
  }
  return moments;
}

/**
 * The latest instant the article speaks from: published, modified or its last update (NaN, and so
 * no comparison, when the publication date is not real: the date checks say so).
 */
function latestPublication(context: DocumentContext): { at: number; text: string } {
  const { published, modified, updates } = context.doc;
  if (!isCalendarDate(context.publishedDay)) return { at: Number.NaN, text: published };
  // Loops in place: no list of the texts, and one result object.
  let at = context.time(published);
  let text = published;
  const modifiedAt = context.time(modified);
  if (modifiedAt > at) {
    at = modifiedAt;
    text = modified ?? "";
  }
  if (updates !== undefined)
    for (let i = 0; i < updates.length; i++) {
      const update = (updates[i] as (typeof updates)[number]).published;
      const updateAt = context.time(update);
      if (updateAt > at) {
        at = updateAt;
        text = update;
      }
    }
  return { at, text };
}

/** How the article reports an event as done, for a message. */
function what(event: NewsEvent): string {
  if (event.kind === "Meeting") return "a meeting that took place (status occurred)";
  if (event.kind === "Coup") return `a coup reported as ${event.outcome}`;
  return `a partnership stage reached`;
}

/** Something reported as done cannot be dated after the article that reports it. */
function notAfterPublication(
  context: DocumentContext,
  date: When,
  path: Path,
  latest: { at: number; text: string },
  done: string,
): void {
  if (earliestInstant(date) > latest.at)
    context.add(
      "date-order",
      path,
      `is after the article (${latest.text}; got ${show(date)}), but it dates ${done}: an article reports what happened by then`,
    );
}

/** A date stated before, after or at the same time as a target agrees with the target's date. */
function checkRelativeOrder(
  context: DocumentContext,
  date: FuzzyDate,
  target: FuzzyDate,
  relative: NonNullable<FuzzyDate["relativeTo"]>,
  path: Path,
): void {
  const { relation } = relative;
  const wrong =
    relation === "after"
      ? isBefore(date, target)
      : relation === "before"
        ? isBefore(target, date)
        : isBefore(date, target) || isBefore(target, date);
  if (wrong)
    context.add(
      "date-order",
      path.concat("value"),
      `is ${show(date)}, but it is stated ${relation === "same-time" ? "at the same time as" : relation} "${relative.target}" (${show(target)})`,
    );
}

/** An end before its start on the same day: both clock times with their offsets, compared as instants. */
function checkClockOrder(context: DocumentContext, event: NewsEvent, path: Path): void {
  const start = event.date && instantOf(event.date);
  const end = event.endDate && instantOf(event.endDate);
  // A day before the start is said by the date checks; here only what the days alone cannot tell.
  if (start === undefined || end === undefined || end >= start || !event.date || !event.endDate) return;
  if (isBefore({ value: event.endDate.value }, { value: event.date.value })) return;
  context.add(
    "date-order",
    path.concat("endDate", "time"),
    `must not be before the event's start (${show(event.date)}; got ${show(event.endDate)})`,
  );
}

/** A partnership's signing stated twice (a stage reached, the instrument's date) has one date. */
function checkSigning(context: DocumentContext, event: Partnership, path: Path): void {
  const signed = event.instrument?.signed;
  if (!signed) return;
  const j = (event.stageHistory ?? []).findIndex((c) => c.stage === "signed" && c.party === undefined && c.date);
  const change = event.stageHistory?.[j]?.date;
  if (change && (isBefore(signed, change) || isBefore(change, signed)))
    context.add(
      "inconsistent",
      path.concat("instrument", "signed", "value"),
      `is ${show(signed)}, but stageHistory/${j} dates the signing ${show(change)}: one signing, one date`,
    );
}

/** The fates a step brings about, by action, and whom they befall: its target or its actor. */
const STEP_FATES = new Map<string, { fates: readonly string[]; who: "target" | "actor" }>([
  ["detention", { fates: ["detained", "house-arrest"], who: "target" }],
  ["arrest", { fates: ["detained"], who: "target" }],
  ["resignation", { fates: ["resigned"], who: "actor" }],
]);

/**
 * A step that brings about a fate (a detention, an arrest, a resignation) and the dated fate of the
 * person it befell are one fact: when the person's history dates that fate, one entry agrees.
 */
function checkStepsAgainstFates(context: DocumentContext, event: Coup, path: Path): void {
  const steps = event.steps ?? NONE;
  const participants = event.participants ?? NONE;
  // Each person's first participant, and each of their histories by action, made once per coup
  // when a step needs them: steps × participants or × history entries would grow with the square.
  let firstOf: Map<string, number> | undefined;
  let histories: Map<string, DatedFates> | undefined;
  for (let j = 0; j < steps.length; j++) {
    const step = steps[j] as (typeof steps)[number];
    const effect = typeof step.action === "string" ? STEP_FATES.get(step.action) : undefined;
    const who = effect && step[effect.who];
    if (!effect || who === undefined || !step.date) continue;
    firstOf ??= firstParticipants(participants);
    histories ??= new Map();
    const k = firstOf.get(who) ?? -1;
    const key = `${k} ${step.action as string}`;
    let dated = histories.get(key);
    if (dated === undefined) {
      const history = participants[k]?.fateHistory ?? NONE;
      const entries = history.filter(
        (entry) => entry.date && entry.fate.some((fate) => typeof fate === "string" && effect.fates.includes(fate)),
      );
      dated = new DatedFates(entries.map((entry) => entry.date as FuzzyDate));
      histories.set(key, dated);
    }
    const date = step.date;
    if (dated.dates.length === 0 || dated.agrees(date)) continue;
    const listed = dated.dates.slice(0, MAX_LISTED).map(show).join(", ");
    const more = dated.dates.length > MAX_LISTED ? ` and ${dated.dates.length - MAX_LISTED} more` : "";
    context.add(
      "inconsistent",
      path.concat("steps", j, "date", "value"),
      `is ${show(date)}, but participants/${k} (${who}) has the ${step.action} dated ${listed}${more}: one fact, one date`,
    );
  }
}

/** The dates a message lists at most. */
const MAX_LISTED = 10;

/** The index of each entity's first participant. */
function firstParticipants(participants: readonly { entity: string }[]): Map<string, number> {
  const first = new Map<string, number>();
  for (let k = 0; k < participants.length; k++) {
    const entity = (participants[k] as (typeof participants)[number]).entity;
    if (!first.has(entity)) first.set(entity, k);
  }
  return first;
}
