import type { Coup, Evidence, FuzzyDate, Meeting, NewsEvent, Partnership } from "../../generated/types.js";
import { checkEventConsistency } from "../event-consistency.js";
import { checkEventActors } from "./actors.js";
import { NONE, type DocumentContext, type Path } from "./context.js";
import { isCalendarDate } from "../../model/calendar.js";
import { checkCalendarDate, checkFuzzyDate, fuzzyDateHolds } from "./dates.js";
import { checkEvidenceList, spansHold } from "./evidence.js";
import { checkAtMeetings, checkImpossibleEvent } from "./impossible.js";
import { checkTerms } from "./terms.js";
import {
  ACTOR_OR_PLACE,
  ANY_ACTOR,
  BODY_OR_PARTNERSHIP,
  checkRef,
  COUNTRY,
  refHolds,
  MEETING,
  PARTNERSHIP,
  PLACE,
  STATE_OR_BODY,
} from "./references.js";

/*
 * The walk over one event of a document and its parts (a coup's steps, fates and reactions, a
 * partnership's stages, components, milestones and clauses): their references, dates and evidence,
 * then what the event states must agree with itself (event-consistency.ts).
 */

/**
 * Every check of one event of the document at `path`.
 *
 * @example
 * ```ts
 * doc.events?.forEach((event, i) => checkEvent(context, event, ["events", i]));
 * ```
 */
export function checkEvent(context: DocumentContext, event: NewsEvent, path: Path): void {
  checkEventConsistency(event, event.date, event.endDate, path, context.entities, context.add, context.publishedDay);
  checkImpossibleEvent(event, path, context.add);
  if (!context.termsKnown) checkTerms(event, path, context.add);
  // Index loops and paths built only for an issue: this runs for every event of every document.
  const details = event.details ?? NONE;
  const participants = event.participants ?? NONE;
  for (let j = 0; j < details.length; j++) {
    const { evidence } = details[j] as (typeof details)[number];
    if (!spansHold(context, evidence)) checkEvidenceList(context, evidence, path.concat("details", j), "evidence");
  }
  checkEvidenceList(context, event.evidence, path, "evidence");
  checkFuzzyDate(context, event.date, path, "date");
  checkFuzzyDate(context, event.endDate, path, "endDate");
  if (event.location !== undefined) checkRef(context, event.location, PLACE, path, "location");
  const places = event.places ?? NONE;
  for (let j = 0; j < places.length; j++) checkRef(context, places[j] as string, PLACE, path, "places", j);
  // A route starts somewhere and goes somewhere else.
  if (event.route === true && (event.location === undefined || !event.places?.length))
    context.add(
      "required",
      path.concat(event.location === undefined ? "location" : "places"),
      "is required for a route: location is where it starts, places where it went",
    );
  for (let j = 0; j < participants.length; j++) {
    const participant = participants[j] as (typeof participants)[number];
    checkRef(context, participant.entity, ANY_ACTOR, path, "participants", j, "entity");
    if (participant.represents !== undefined)
      checkRef(context, participant.represents, STATE_OR_BODY, path, "participants", j, "represents");
    if (!spansHold(context, participant.evidence))
      checkEvidenceList(context, participant.evidence, path.concat("participants", j), "evidence");
  }
  checkEventActors(context, event, path);
  switch (event.kind) {
    case "Meeting": {
      const advances = event.advances ?? NONE;
      for (let j = 0; j < advances.length; j++)
        checkRef(context, advances[j] as string, PARTNERSHIP, path, "advances", j);
      break;
    }
    case "Coup":
      checkCoupParts(context, event, path);
      break;
    case "Partnership":
      checkPartnershipParts(context, event, path);
      checkAtMeetings(event, context, meetingsOf, path, context.add);
      break;
  }
}

/** The document's meetings by id, made once per document (the first part reached at a meeting asks). */
function meetingsOf(context: DocumentContext): ReadonlyMap<string, Meeting> {
  let index = context.meetings;
  if (index === undefined) {
    index = new Map();
    for (const event of context.doc.events ?? []) if (event.kind === "Meeting") index.set(event.id, event);
    context.meetings = index;
  }
  return index;
}

/** A coup's country, outcome date, steps, participants' fates and reactions. */
function checkCoupParts(context: DocumentContext, event: Coup, path: Path): void {
  checkRef(context, event.country, COUNTRY, path, "country");
  if (event.outcomeAsOf !== undefined && !isCalendarDate(event.outcomeAsOf))
    checkCalendarDate(context, event.outcomeAsOf, path.concat("outcomeAsOf"));
  // Index loops; a part's path is built only when it has something to report.
  const steps = event.steps ?? NONE;
  for (let j = 0; j < steps.length; j++) {
    const step = steps[j] as (typeof steps)[number];
    if (step.actor !== undefined) checkRef(context, step.actor, ANY_ACTOR, path, "steps", j, "actor");
    if (step.target !== undefined) checkRef(context, step.target, ACTOR_OR_PLACE, path, "steps", j, "target");
    if (!datedPartHolds(context, step)) checkDatedPart(context, step, path.concat("steps", j));
  }
  const participants = event.participants ?? NONE;
  for (let j = 0; j < participants.length; j++) {
    const history = (participants[j] as (typeof participants)[number]).fateHistory ?? NONE;
    for (let k = 0; k < history.length; k++) {
      const fate = history[k] as (typeof history)[number];
      if (!datedPartHolds(context, fate))
        checkDatedPart(context, fate, path.concat("participants", j, "fateHistory", k));
    }
  }
  const reactions = event.reactions ?? NONE;
  for (let j = 0; j < reactions.length; j++) {
    const reaction = reactions[j] as (typeof reactions)[number];
    checkRef(context, reaction.actor, ANY_ACTOR, path, "reactions", j, "actor");
    if ((reaction.date !== undefined && !isCalendarDate(reaction.date)) || !spansHold(context, reaction.evidence)) {
      const at = path.concat("reactions", j);
      checkCalendarDate(context, reaction.date, at.concat("date"));
      checkEvidenceList(context, reaction.evidence, at, "evidence");
    }
  }
}

/** A partnership's stage changes, components, milestones, transformations and instrument. */
function checkPartnershipParts(context: DocumentContext, event: Partnership, path: Path): void {
  const stageHistory = event.stageHistory ?? NONE;
  for (let j = 0; j < stageHistory.length; j++) {
    const change = stageHistory[j] as (typeof stageHistory)[number];
    if (change.party !== undefined) checkRef(context, change.party, STATE_OR_BODY, path, "stageHistory", j, "party");
    if (!datedPartHolds(context, change)) checkDatedPart(context, change, path.concat("stageHistory", j));
  }
  event.components?.forEach((component, j) => {
    const at = path.concat("components", j);
    component.providers?.forEach((id, k) => checkRef(context, id, STATE_OR_BODY, at, "providers", k));
    component.beneficiaries?.forEach((id, k) => checkRef(context, id, STATE_OR_BODY, at, "beneficiaries", k));
    checkEvidenceList(context, component.evidence, at, "evidence");
  });
  const milestones = event.milestones ?? NONE;
  for (let j = 0; j < milestones.length; j++) {
    const milestone = milestones[j] as (typeof milestones)[number];
    if (!datedPartHolds(context, milestone)) checkDatedPart(context, milestone, path.concat("milestones", j));
  }
  event.transformations?.forEach((change, j) => {
    checkRef(context, change.into, BODY_OR_PARTNERSHIP, path.concat("transformations", j), "into");
    checkDatedPart(context, change, path.concat("transformations", j));
  });
  checkFuzzyDate(context, event.instrument?.signed, path, "instrument", "signed");
  event.instrument?.clauses?.forEach((clause, j) =>
    checkEvidenceList(context, clause.evidence, path.concat("instrument", "clauses", j), "evidence"),
  );
}

/** A part of an event that may be dated, at a meeting or place, with evidence. */
type DatedPart = { date?: FuzzyDate; meeting?: string; location?: string; evidence?: Evidence[] };

/** True when {@link checkDatedPart} would report nothing, answered without a path. */
function datedPartHolds(context: DocumentContext, part: DatedPart): boolean {
  return (
    (part.meeting === undefined || refHolds(context, part.meeting, MEETING)) &&
    (part.location === undefined || refHolds(context, part.location, PLACE)) &&
    (part.date === undefined || fuzzyDateHolds(context, part.date)) &&
    spansHold(context, part.evidence)
  );
}

/**
 * A dated part of an event (a coup's step or a fate, a partnership's stage change, milestone or
 * transformation): its date, the meeting or place where it happened, its evidence.
 */
function checkDatedPart(context: DocumentContext, part: DatedPart, at: Path): void {
  if (part.meeting !== undefined) checkRef(context, part.meeting, MEETING, at, "meeting");
  if (part.location !== undefined) checkRef(context, part.location, PLACE, at, "location");
  checkFuzzyDate(context, part.date, at, "date");
  checkEvidenceList(context, part.evidence, at, "evidence");
}
