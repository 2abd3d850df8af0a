import type { Coup, Entity, FuzzyDate, Meeting, NewsEvent, Quantity } from "../generated/types.js";
import { isCalendarDate } from "../model/calendar.js";
import type { Coded } from "../core/coded.js";
import type { AddIssue, Path } from "./checks/context.js";
import { checkOutcome } from "./checks/impossible.js";
import { checkQuantityAlone, numberAndUnitHold } from "./checks/quantity-number.js";
import { checkRoles } from "./checks/roles.js";
import { checkMeetingSides } from "./checks/sides.js";
import { unrealDate } from "./checks/unreal-date.js";
import { checkDateOrder, checkEventConsistency } from "./event-consistency.js";

/*
 * The checks of one schema-valid event outside a document beyond its dates' values: a coup's
 * outcome date real, the end not before the start, each kind's consistency, roles that exclude
 * each other, a coup's outcome against its participants. checkStandaloneEvent reads the event's
 * dates and participants to give them; the one pass (fast-path.ts) gives them as it read them,
 * because a second read of an event of many shapes costs as much as the first.
 */

type Participants = readonly { entity: string; role: Coded }[] | undefined;

/** Alone, an event has no entities to place its venue with. */
const NO_ENTITIES: Pick<ReadonlyMap<string, Entity>, "get"> = new Map();
const NOWHERE: Path = [];

/**
 * Every issue of an event of `kind` alone beyond the values of its two dates, given its dates and
 * participants as read.
 *
 * @example
 * ```ts
 * checkEventAlone(event.kind, event, event.date, event.endDate, event.participants, add);
 * ```
 */
export function checkEventAlone(
  kind: NewsEvent["kind"],
  event: NewsEvent,
  date: FuzzyDate | undefined,
  endDate: FuzzyDate | undefined,
  participants: Participants,
  add: AddIssue,
): void {
  checkBeforeRoles(kind, event, date, endDate, add);
  checkRoles(kind, participants, NOWHERE, add);
  if (kind === "Coup") checkOutcome(event as Coup, NOWHERE, add);
  // A figure's number and unit need no document (its references and evidence do): a feed of events
  // is told of a range whose max is below its min as a document is.
  const quantities = event.quantities;
  if (quantities !== undefined)
    for (let j = 0; j < quantities.length; j++) {
      const q = quantities[j] as Quantity;
      if (!numberAndUnitHold(q.precision, q.value, q.min, q.max, q.counts, q.unit))
        checkQuantityAlone(q, ["quantities", j], add);
    }
}

/** A coup's outcome date real, the end not before the start, the kind's own consistency. */
function checkBeforeRoles(
  kind: NewsEvent["kind"],
  event: NewsEvent,
  date: FuzzyDate | undefined,
  endDate: FuzzyDate | undefined,
  add: AddIssue,
): void {
  if (kind === "Coup") {
    const { outcomeAsOf } = event as Coup;
    if (outcomeAsOf !== undefined && !isCalendarDate(outcomeAsOf))
      add("invalid-date", ["outcomeAsOf"], ...unrealDate(outcomeAsOf));
  }
  checkEventConsistency(event, date, endDate, NOWHERE, NO_ENTITIES, add);
}

/** Set by {@link NOTED}: whether a probing run found anything. */
let noted = false;
/** An issue sink that only notes that there was one (no message kept, no pointer built). */
const NOTED: AddIssue = () => {
  noted = true;
};

/**
 * True when {@link checkEventAlone} finds nothing but what its roles may say: the one pass's check
 * of a schema-valid event whose coded terms are known and whose every date value holds, given its
 * dates as read. The one pass tests the roles as it reads the participants (fast-path.ts).
 *
 * @example
 * ```ts
 * kindAloneHolds("Coup", coup, coup.date, coup.endDate); // => true for a coup with no contradiction
 * ```
 */
export function kindAloneHolds(
  kind: NewsEvent["kind"],
  event: NewsEvent,
  date: FuzzyDate | undefined,
  endDate: FuzzyDate | undefined,
): boolean {
  noted = false;
  checkBeforeRoles(kind, event, date, endDate, NOTED);
  if (kind === "Coup") checkOutcome(event as Coup, NOWHERE, NOTED);
  return !noted;
}

/**
 * {@link kindAloneHolds} of a meeting, given the fields its checks read as read: its dates in
 * order and its sides against its scale (alone, a meeting has no entities to place its venue with).
 *
 * @example
 * ```ts
 * meetingAloneHolds(m.date, m.endDate, m.scale, m.thirdLocation, m.location, m.participants); // => true
 * ```
 */
export function meetingAloneHolds(
  date: FuzzyDate | undefined,
  endDate: FuzzyDate | undefined,
  scale: Meeting["scale"],
  thirdLocation: boolean | undefined,
  location: string | undefined,
  participants: Meeting["participants"],
): boolean {
  noted = false;
  checkDateOrder(date, endDate, NOWHERE, NOTED);
  checkMeetingSides(thirdLocation, location, scale, participants, NOWHERE, NO_ENTITIES, NOTED);
  return !noted;
}
