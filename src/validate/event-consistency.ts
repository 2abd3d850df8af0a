import type { Coup, Entity, FuzzyDate, NewsEvent, Partnership } from "../generated/types.js";
import { dayNumberOf, daysInMonth, formatDayNumber } from "../model/calendar.js";
import type { Issue } from "../core/issue.js";
import { codedValue, codedName } from "../core/coded.js";
import { checkMeetingSides, isPartnershipSide, sidesOf } from "./checks/sides.js";

type Path = readonly (string | number)[];
type Add = (code: Issue["code"], path: Path, message: string) => void;

/** Fates no one can share: "unknown" with anything known, "unharmed" with harm. */
const EXCLUSIVE_FATES: readonly (readonly [string, string])[] = [
  ["unharmed", "killed"],
  ["unharmed", "injured"],
];

/** The first or last day a date value covers (YYYYMMDD), NaN when there is none. */
const dayOf = (value: string | undefined, last: boolean) =>
  value === undefined ? Number.NaN : dayNumberOf(value, last);

/**
 * `later` must not end before `earlier` begins: an interval or an imprecise date only conflicts
 * when every day it could mean is before every day the other could.
 */
function checkNotBefore(
  earlier: string | undefined,
  later: string | undefined,
  path: Path,
  earlierName: string,
  add: Add,
): void {
  if (earlier === undefined || later === undefined) return;
  // NaN (a date that is not real, said by the date checks) compares false.
  if (dayOf(later, true) < dayOf(earlier, false))
    add("date-order", path, `must not be before ${earlierName} (${earlier}; got ${later})`);
}

const dateOf = (date: FuzzyDate | undefined) => date?.value;

/** One participant of a coup. */
type CoupParticipant = NonNullable<Coup["participants"]>[number];

/** The day a week after a day given as YYYYMMDD, as YYYYMMDD (arithmetic: no Date per coup). */
function weekAfter(day: number): number {
  let year = Math.floor(day / 10_000);
  let month = Math.floor(day / 100) % 100;
  let date = (day % 100) + 7;
  const length = daysInMonth(year, month);
  if (date > length) {
    date -= length;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return year * 10_000 + month * 100 + date;
}

/** Dated items (the list at `path`) in time order: each not before the one before it that has a date. */
function inOrder(items: readonly { date?: FuzzyDate }[], path: Path, previousName: string, add: Add): void {
  let previous: string | undefined;
  // An index loop; paths are built only for an issue: this runs for every dated item of every event.
  for (let j = 0; j < items.length; j++) {
    const at = dateOf((items[j] as (typeof items)[number]).date);
    if (previous !== undefined && at !== undefined && dayOf(at, true) < dayOf(previous, false))
      checkNotBefore(previous, at, path.concat(j, "date", "value"), previousName, add);
    previous = at ?? previous;
  }
}

/**
 * What an event states must agree with itself: dates in order (an end not before the start, an
 * outcome, a reaction or a stage not before the event's start, a stage history in time order),
 * the partnership's `stage` the last one its history reaches, `scale` the number of sides,
 * two sides at least to a partnership, fates a person can have together, and a third-country
 * venue in none of the sides' countries. One issue per contradiction, at the field that states
 * the later or the summary fact. The event's two dates are given as read (the one pass gives them).
 */
export function checkEventConsistency(
  event: NewsEvent,
  date: FuzzyDate | undefined,
  endDate: FuzzyDate | undefined,
  path: Path,
  entities: Pick<ReadonlyMap<string, Entity>, "get">,
  add: Add,
  published?: string,
): void {
  checkDateOrder(date, endDate, path, add);
  switch (event.kind) {
    case "Meeting":
      checkMeetingSides(event.thirdLocation, event.location, event.scale, event.participants, path, entities, add);
      break;
    case "Coup":
      checkCoup(event, dateOf(date), path, add, published);
      break;
    case "Partnership":
      checkPartnership(event, path, add);
      break;
  }
}

/**
 * The event's end not before its start, given its two dates as read (the one pass gives them).
 *
 * @example
 * ```ts
 * checkDateOrder(event.date, event.endDate, ["events", 0], add); // an end before the start → "date-order"
 * ```
 */
export function checkDateOrder(
  date: FuzzyDate | undefined,
  endDate: FuzzyDate | undefined,
  path: Path,
  add: Add,
): void {
  if (endDate !== undefined)
    checkNotBefore(dateOf(date), endDate.value, path.concat("endDate", "value"), "the event's date", add);
}

/** A coup's outcome (and the week "successful" needs), reactions in time, and its participants' fates. */
function checkCoup(event: Coup, start: string | undefined, path: Path, add: Add, published?: string): void {
  if (event.outcomeAsOf !== undefined)
    checkNotBefore(start, event.outcomeAsOf, path.concat("outcomeAsOf"), "the coup's date", add);
  // Successful means seven days in power: an article can say so only a week after the start.
  // No day the outcome is known on (an event alone, no outcomeAsOf): nothing to compare, the start not parsed.
  const known = event.outcome === "successful" ? dayOf(event.outcomeAsOf ?? published, true) : Number.NaN;
  if (!Number.isNaN(known)) {
    const earliest = dayOf(start, false);
    const week = Number.isNaN(earliest) ? Number.NaN : weekAfter(earliest);
    // (An outcome known before the start, or a reversed interval, is said by the date checks.)
    if (earliest <= dayOf(start, true) && known >= earliest && known < week) {
      add(
        "inconsistent",
        path.concat("outcome"),
        `is successful, which needs seven days in power, but the outcome is known as of ${formatDayNumber(known)}, before ${formatDayNumber(week)}: say in-control`,
      );
    }
  }
  // Steps are ordered by their dates, not by the list (checks/timeline.ts compares what is stated relative).
  // Index loops, paths only for an issue: no closure per coup.
  const reactions = event.reactions ?? [];
  for (let j = 0; j < reactions.length; j++) {
    const { date } = reactions[j] as (typeof reactions)[number];
    if (date !== undefined && dayOf(date, true) < dayOf(start, false))
      checkNotBefore(start, date, path.concat("reactions", j, "date"), "the coup's date", add);
  }
  const participants = event.participants ?? [];
  for (let j = 0; j < participants.length; j++) checkFates(participants[j] as CoupParticipant, path, j, add);
}

/**
 * The fates of participant `j` of the coup at `path`: none that exclude each other, a history that
 * lists only them, in time order. Paths are built only for issues.
 */
function checkFates(participant: CoupParticipant, path: Path, j: number, add: Add): void {
  if (participant.fate === undefined && participant.fateHistory === undefined) return;
  // Fates compared as strings: a coded fate by its IRI.
  const fates = new Set((participant.fate ?? []).map(codedValue));
  const clash = EXCLUSIVE_FATES.find(([a, b]) => fates.has(a) && fates.has(b));
  if (clash)
    add("inconsistent", path.concat("participants", j, "fate"), `cannot be both "${clash[0]}" and "${clash[1]}"`);
  else if (fates.has("unknown") && fates.size > 1)
    add("inconsistent", path.concat("participants", j, "fate"), `cannot be "unknown" beside known fates`);
  const history = participant.fateHistory ?? [];
  history.forEach((entry, k) => {
    const unlisted = entry.fate.filter((fate) => !fates.has(codedValue(fate)));
    if (unlisted.length > 0)
      add(
        "inconsistent",
        path.concat("participants", j, "fateHistory", k, "fate"),
        `has "${unlisted.map(codedName).join('", "')}", which the participant's fate does not list`,
      );
  });
  // A list's path only for a list long enough to be out of order.
  if (history.length > 1) inOrder(history, path.concat("participants", j, "fateHistory"), "the fate before it", add);
}

/** A partnership's parties against its scale, its stage history, and its components' parties. */
function checkPartnership(event: Partnership, path: Path, add: Add): void {
  const sides = sidesOf(event.participants, isPartnershipSide);
  if (sides.size < 2)
    add(
      "inconsistent",
      path.concat("participants"),
      `must name at least two different parties (got ${[...sides].join(", ") || "none"})`,
    );
  else if (event.scale === "bilateral" && sides.size > 2)
    add(
      "inconsistent",
      path.concat("scale"),
      `is bilateral, but the partnership has ${sides.size} parties (${[...sides].join(", ")})`,
    );
  else if (event.scale === "multilateral" && sides.size === 2)
    add(
      "inconsistent",
      path.concat("scale"),
      `is multilateral, but the partnership has two parties (${[...sides].join(", ")})`,
    );
  checkStageHistory(event, sides, path, add);
  event.components?.forEach((component, j) => {
    for (const key of ["providers", "beneficiaries"] as const) {
      component[key]?.forEach((id, k) => {
        if (!sides.has(id))
          add(
            "inconsistent",
            path.concat("components", j, key, k),
            `is "${id}", which is not a party to the partnership (${[...sides].join(", ")})`,
          );
      });
    }
  });
}

/** Stage changes in time order, each by a party (one is needed to ratify), the last whole one the partnership's stage. */
function checkStageHistory(event: Partnership, sides: ReadonlySet<string>, path: Path, add: Add): void {
  const history = event.stageHistory ?? [];
  if (history.length > 1) inOrder(history, path.concat("stageHistory"), "the stage change before it", add);
  for (let j = 0; j < history.length; j++) {
    const change = history[j] as (typeof history)[number];
    if (change.stage === "ratified" && change.party === undefined)
      add(
        "required",
        path.concat("stageHistory", j, "party"),
        "is required for ratified: name the party that ratified",
      );
    else if (change.party !== undefined && !sides.has(change.party))
      add(
        "inconsistent",
        path.concat("stageHistory", j, "party"),
        `is "${change.party}", which is not a party to the partnership (${[...sides].join(", ")})`,
      );
  }
  // The partnership's own stage is the last one reached as a whole, not one party's.
  let last = history.length - 1;
  while (last >= 0 && history[last]?.party !== undefined) last--;
  const reached = history[last];
  if (reached && codedValue(reached.stage) !== codedValue(event.stage))
    add(
      "inconsistent",
      path.concat("stage"),
      `is "${codedName(event.stage)}", but the last stage change (stageHistory/${last}) is "${codedName(reached.stage)}"`,
    );
}
