import type { Claim, Coup, Entity, Meeting, NewsEvent, Partnership, Quote } from "../../generated/types.js";
import { dayNumberOf, isCalendarDate } from "../../model/calendar.js";
import { NONE, type DocumentContext, type Path } from "./context.js";
import { checkCalendarDate, checkFuzzyDate } from "./dates.js";
import { checkEvidenceList, spansHold } from "./evidence.js";
import { ACTOR_OR_PLACE, ACTOR_OR_SOURCE, ANY_ACTOR, checkRef, EVENT, PLACE, STATE_OR_BODY } from "./references.js";

/*
 * Actors as reported (issue 22): a person with no name, a part of a body, members and non-members,
 * a document an article names, someone acting for a body; and what happened over time to them:
 * where a participant was, the days it attended, a coup's outcome as it changed.
 */

/**
 * The actor fields of an entity (a person's name or the article's words for it the schema
 * requires): a body is a part of a state or body, never of itself, and no state is both a member
 * and a non-member; a document's issuer is an actor and its date real.
 *
 * @example
 * ```ts
 * checkActorEntity(context, { type: "organization", id: "guard", name: "Guard", partOf: "guard" }, ["entities", 3]); // "inconsistent" at /entities/3/partOf
 * ```
 */
export function checkActorEntity(context: DocumentContext, entity: Entity, path: Path): void {
  if (entity.type === "organization") {
    if (entity.partOf !== undefined) checkPartOf(context, entity.id, entity.partOf, path);
    const nonMembers = entity.nonMembers ?? NONE;
    for (let j = 0; j < nonMembers.length; j++) {
      const id = nonMembers[j] as string;
      checkRef(context, id, STATE_OR_BODY, path, "nonMembers", j);
      if (entity.members?.includes(id))
        context.add("inconsistent", path.concat("nonMembers", j), `"${id}" is also listed in members`, { id });
    }
  }
  if (entity.type === "document") {
    if (entity.issuedBy !== undefined) checkRef(context, entity.issuedBy, ANY_ACTOR, path, "issuedBy");
    if (entity.issued !== undefined && !isCalendarDate(entity.issued))
      checkCalendarDate(context, entity.issued, path.concat("issued"));
  }
}

/**
 * A body is part of a state or body, never of itself however far up the chain goes; a cycle is
 * reported once, at its body with the smallest id.
 */
function checkPartOf(context: DocumentContext, id: string, partOf: string, parent: Path): void {
  checkRef(context, partOf, STATE_OR_BODY, parent, "partOf");
  // Most bodies are part of a state, which is part of nothing: no chain to follow, no set to make.
  if (partOf !== id && context.entities.get(partOf)?.type !== "organization") return;
  const path = parent.concat("partOf");
  const seen = new Set([id]);
  for (let next: string | undefined = partOf; next !== undefined;) {
    if (next === id) {
      if ([...seen].every((member) => member >= id))
        context.add(
          "inconsistent",
          path,
          next === partOf && seen.size === 1
            ? `makes "${id}" a part of itself`
            : `makes "${id}" a part of itself (through "${[...seen].slice(1).join('", "')}")`,
        );
      return;
    }
    if (seen.has(next)) return;
    seen.add(next);
    const entity = context.entities.get(next);
    next = entity?.type === "organization" ? entity.partOf : undefined;
  }
}

/**
 * A quote's or claim's body its speakers or claimant spoke for, and a claim's attribution (an
 * actor, a document the article names, or a source).
 *
 * @example
 * ```ts
 * checkStatementActors(context, quote, ["quotes", 0]); // "wrong-reference-type" when represents names a person
 * ```
 */
export function checkStatementActors(context: DocumentContext, statement: Quote | Claim, path: Path): void {
  if (statement.represents !== undefined) checkRef(context, statement.represents, STATE_OR_BODY, path, "represents");
  if (!("speakers" in statement) && statement.attribution) {
    checkRef(context, statement.attribution.source, ACTOR_OR_SOURCE, path, "attribution", "source");
    const { evidence } = statement.attribution;
    if (!spansHold(context, evidence)) checkEvidenceList(context, evidence, path.concat("attribution"), "evidence");
  }
}

/**
 * The actor fields of an event: where each participant was, the days it
 * attended a meeting; a coup's steps and outcome history; a partnership's milestones' actors.
 *
 * @example
 * ```ts
 * checkEventActors(context, meeting, ["events", 0]); // "inconsistent" at …/participants/1/days/0 for a day outside the meeting
 * ```
 */
export function checkEventActors(context: DocumentContext, event: NewsEvent, path: Path): void {
  // An index loop, the path built only for a participant with a location or days to check.
  // (A property read, not `in`: participants of every shape pass here, and `in` on many shapes is slow.)
  const participants: readonly { location?: string; days?: string[] }[] = event.participants ?? NONE;
  for (let j = 0; j < participants.length; j++) {
    const { location, days } = participants[j] as (typeof participants)[number];
    if (location !== undefined) checkRef(context, location, PLACE, path, "participants", j, "location");
    if (event.kind === "Meeting" && days !== undefined)
      checkDays(context, event, days, path.concat("participants", j, "days"));
  }
  if (event.kind === "Coup") checkCoupActors(context, event, path);
  if (event.kind === "Partnership") checkMilestoneActors(context, event, path);
}

/** The days a participant attended: real days, each within the meeting's date and endDate. */
function checkDays(context: DocumentContext, meeting: Meeting, days: readonly string[] | undefined, path: Path): void {
  const start = meeting.date?.value;
  const end = meeting.endDate?.value ?? start;
  days?.forEach((day, k) => {
    if (!isCalendarDate(day)) return checkCalendarDate(context, day, path.concat(k));
    if (start === undefined || end === undefined)
      return context.add("inconsistent", path.concat(k), `is a day of a meeting that has no date (got ${day})`);
    if (dayNumberOf(day, false) < dayNumberOf(start, false) || dayNumberOf(day, true) > dayNumberOf(end, true))
      context.add(
        "inconsistent",
        path.concat(k),
        `is not a day of the meeting (${start === end ? start : `${start} to ${end}`}; got ${day})`,
      );
  });
}

/** A coup's steps' bodies, and its outcome history: in date order, the last one its outcome as of outcomeAsOf. */
function checkCoupActors(context: DocumentContext, coup: Coup, path: Path): void {
  const steps = coup.steps ?? NONE;
  for (let j = 0; j < steps.length; j++) {
    const { represents } = steps[j] as (typeof steps)[number];
    if (represents !== undefined) checkRef(context, represents, STATE_OR_BODY, path, "steps", j, "represents");
  }
  const history = coup.outcomeHistory ?? NONE;
  let previous: string | undefined;
  history.forEach((change, j) => {
    const at = path.concat("outcomeHistory", j);
    if (change.event !== undefined) {
      if (change.event === coup.id)
        context.add("inconsistent", at.concat("event"), "names the coup itself: event is what changed its outcome");
      else checkRef(context, change.event, EVENT, at, "event");
    }
    checkFuzzyDate(context, change.date, at, "date");
    checkEvidenceList(context, change.evidence, at, "evidence");
    const value = change.date?.value;
    if (value === undefined) return;
    if (previous !== undefined && dayNumberOf(value, true) < dayNumberOf(previous, false))
      context.add(
        "date-order",
        at.concat("date"),
        `must not be before the change before it (${previous}; got ${value})`,
      );
    previous = value;
  });
  const last = history.at(-1);
  if (last === undefined) return;
  const at = path.concat("outcomeHistory", history.length - 1);
  if (last.outcome !== coup.outcome)
    context.add(
      "inconsistent",
      at.concat("outcome"),
      `is the latest outcome, so must equal the coup's outcome ("${coup.outcome}"; got "${last.outcome}")`,
    );
  const asOf = coup.outcomeAsOf;
  if (asOf !== undefined && last.date !== undefined && isCalendarDate(asOf))
    if (dayNumberOf(last.date.value, false) > dayNumberOf(asOf, true))
      context.add("date-order", at.concat("date"), `must not be after outcomeAsOf (${asOf}; got ${last.date.value})`);
}

/** A partnership's milestones: who acted, for whom, on what. */
function checkMilestoneActors(context: DocumentContext, partnership: Partnership, path: Path): void {
  partnership.milestones?.forEach((milestone, j) => {
    const at = path.concat("milestones", j);
    if (milestone.actor !== undefined) checkRef(context, milestone.actor, ANY_ACTOR, at, "actor");
    if (milestone.target !== undefined) checkRef(context, milestone.target, ACTOR_OR_PLACE, at, "target");
    if (milestone.represents !== undefined) checkRef(context, milestone.represents, STATE_OR_BODY, at, "represents");
  });
}
