import type { Coup, FuzzyDate, Meeting, NewsEvent, Partnership } from "../../generated/types.js";
import { dayNumberOf } from "../../model/calendar.js";
import { codedName } from "../../core/coded.js";
import type { AddIssue, Path } from "./context.js";
import { checkRoles } from "./roles.js";

/*
 * What no real event can be, beyond time (issue 22): an outcome its own participants and steps
 * contradict, a fate the outcome excludes, one actor in two roles that exclude each other, a stage
 * reached at a meeting that never took place or outside that meeting's days, a ratification before
 * the signature it follows. Each rule reads known tokens only: a coded term makes no claim these
 * rules could test. One issue per contradiction, at the field that states the later fact.
 */

/**
 * The non-time impossibilities of one event alone: roles that exclude each other, and for a coup
 * its outcome against its participants, steps and fates.
 *
 * @example
 * ```ts
 * checkImpossibleEvent(coup, ["events", 0], add); // a failed coup with an ousted leader not reinstated → one issue
 * ```
 */
export function checkImpossibleEvent(event: NewsEvent, path: Path, add: AddIssue): void {
  checkRoles(event.kind, event.participants, path, add);
  if (event.kind === "Coup") checkOutcome(event, path, add);
}

const NO_PARTICIPANTS: NonNullable<Coup["participants"]> = [];
const NO_FATES: NonNullable<NonNullable<Coup["participants"]>[number]["fate"]> = [];

/** Steps a coup that was never launched cannot have. */
// (Not detention or arrest: a foiled plot's plotters are arrested by the government.)
const LAUNCHED_ONLY: ReadonlySet<unknown> = new Set(["assault", "self-declaration", "swearing-in"]);

/** What cannot befall the target of a plot, which was never launched. */
const HARM: ReadonlySet<unknown> = new Set([
  "injured",
  "killed",
  "house-arrest",
  "detained",
  "fled",
  "exiled",
  "resigned",
  "reinstated",
]);

/**
 * A coup's outcome against who lost power and what was done: the perpetrators hold power, so the
 * leader they aimed at did not keep it; a failed coup removed no one (unless the ousted leader was
 * reinstated); a plot, never launched, removed no one, did nothing to its target and had no assault,
 * self-declaration or swearing-in. (A junta may reinstate the leader it ousted and keep power, as
 * Sudan's did in November 2021: "reinstated" beside a coup in control is no contradiction.)
 *
 * @example
 * ```ts
 * checkOutcome(failedCoupWithOustedLeader, ["events", 0], add); // → "inconsistent" at the outcome
 * ```
 */
export function checkOutcome(event: Coup, path: Path, add: AddIssue): void {
  const { outcome } = event;
  const holds = outcome === "successful" || outcome === "in-control";
  const participants = event.participants ?? NO_PARTICIPANTS;
  for (let j = 0; j < participants.length; j++) {
    const participant = participants[j] as (typeof participants)[number];
    const fates = participant.fate ?? NO_FATES;
    if (holds && participant.role === "target")
      add(
        "inconsistent",
        path.concat("participants", j, "role"),
        `is "target" (a leader who kept power), but the coup's outcome is "${outcome}": the perpetrators hold power, so say ousted`,
      );
    else if (
      participant.role === "ousted" &&
      (outcome === "plot" || (outcome === "failed" && !fates.includes("reinstated")))
    )
      add(
        "inconsistent",
        path.concat("participants", j, "role"),
        outcome === "plot"
          ? `is "ousted", but the coup's outcome is "plot", never launched: it removed no one, so say target`
          : `is "ousted", but the coup's outcome is "failed": a failed coup leaves its target in power, so say target, or give the fate "reinstated"`,
      );
    const harm = outcome === "plot" && participant.role === "target" ? fates.findIndex((f) => HARM.has(f)) : -1;
    if (harm >= 0)
      add(
        "inconsistent",
        path.concat("participants", j, "fate", harm),
        `is "${String(fates[harm])}", which the coup's outcome "plot" excludes: a plot was never launched, so nothing befell its target`,
      );
  }
  if (outcome !== "plot") return;
  event.steps?.forEach((step, j) => {
    if (LAUNCHED_ONLY.has(step.action))
      add(
        "inconsistent",
        path.concat("steps", j, "action"),
        `is "${String(step.action)}", but the coup's outcome is "plot": a plot was never launched`,
      );
  });
}

/** The statuses of a meeting that did not take place (yet). */
const NOT_HELD = new Set(["planned", "cancelled", "postponed"]);

/**
 * The non-time impossibilities between a partnership and the meetings of its document: a stage,
 * milestone or transformation reached at a meeting that did not take place, or dated outside that
 * meeting's days; a ratification or entry into force dated before the signature it follows. The
 * meetings by id are asked of `meetingsOf(owner)` only when a part names a meeting.
 *
 * @example
 * ```ts
 * checkAtMeetings(partnership, doc, (d) => meetingsById(d), ["events", 1], add);
 * ```
 */
export function checkAtMeetings<O>(
  event: Partnership,
  owner: O,
  meetingsOf: (owner: O) => ReadonlyMap<string, Meeting>,
  path: Path,
  add: AddIssue,
): void {
  // Index loops over the three lists: no list of them and no closure per partnership.
  checkPartsAtMeetings(event.stageHistory, "stageHistory", owner, meetingsOf, path, add);
  checkPartsAtMeetings(event.milestones, "milestones", owner, meetingsOf, path, add);
  checkPartsAtMeetings(event.transformations, "transformations", owner, meetingsOf, path, add);
  checkAfterSignature(event, path, add);
}

/** The parts of one list of a partnership (at `path` + `key`) reached at a meeting. */
function checkPartsAtMeetings<O>(
  list: readonly { meeting?: string; date?: FuzzyDate }[] | undefined,
  key: string,
  owner: O,
  meetingsOf: (owner: O) => ReadonlyMap<string, Meeting>,
  path: Path,
  add: AddIssue,
): void {
  if (list === undefined) return;
  for (let j = 0; j < list.length; j++) {
    const part = list[j] as (typeof list)[number];
    const meeting = part.meeting === undefined ? undefined : meetingsOf(owner).get(part.meeting);
    if (meeting === undefined) continue;
    if (meeting.status !== undefined && NOT_HELD.has(meeting.status))
      add(
        "inconsistent",
        path.concat(key, j, "meeting"),
        `is "${meeting.id}", which is ${meeting.status}: nothing happened at a meeting that did not take place`,
      );
    else checkWithin(part.date, meeting, path, key, j, add);
  }
}

/** First (or last) day a date can mean (YYYYMMDD); NaN when it has none. */
const dayOf = (date: FuzzyDate | undefined, last: boolean): number =>
  date === undefined ? Number.NaN : dayNumberOf(date.value, last);

/** A part's date (at `path` + `key` + `j`) against the days of the meeting it was reached at. */
function checkWithin(
  date: FuzzyDate | undefined,
  meeting: Meeting,
  path: Path,
  key: string,
  j: number,
  add: AddIssue,
): void {
  const first = dayOf(date, false);
  const last = dayOf(date, true);
  const start = dayOf(meeting.date, false);
  const end = dayOf(meeting.endDate ?? meeting.date, true);
  // A meeting that ends before it starts is the date checks' to say; nothing is inside it.
  if (end < start) return;
  // Only when every day the part could mean lies outside every day the meeting could (NaN: unknown).
  if (last < start || first > end)
    add(
      "inconsistent",
      path.concat(key, j, "date", "value"),
      `is ${date?.value ?? ""}, outside the days of the meeting it was reached at (${meeting.id}: ${meeting.date?.value ?? ""}${meeting.endDate ? `/${meeting.endDate.value}` : ""})`,
    );
}

/** Stages that follow a signature. */
const AFTER_SIGNATURE = new Set(["ratified", "in-force"]);

/** Ratification and entry into force not before the signature: the signed stage's, else the instrument's. */
function checkAfterSignature(event: Partnership, path: Path, add: AddIssue): void {
  const history = event.stageHistory ?? [];
  const signedAt = history.findIndex((change) => change.stage === "signed" && change.party === undefined);
  const signed = signedAt >= 0 ? history[signedAt]?.date : event.instrument?.signed;
  const signedFirst = dayOf(signed, false);
  if (Number.isNaN(signedFirst)) return;
  const where = signedAt >= 0 ? `stageHistory/${signedAt}` : "the instrument";
  history.forEach((change, j) => {
    if (typeof change.stage !== "string" || !AFTER_SIGNATURE.has(change.stage)) return;
    const last = dayOf(change.date, true);
    // Every day it could mean is before every day the signature could: a ratification cannot precede it.
    if (last < signedFirst)
      add(
        "date-order",
        path.concat("stageHistory", j, "date", "value"),
        `is ${change.date?.value ?? ""}, before the signature it follows (${where}: ${signed?.value ?? ""}); ${codedName(change.stage)} comes after signing`,
      );
  });
}
