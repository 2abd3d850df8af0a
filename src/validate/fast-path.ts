import { fast_event, type FastPathHooks } from "../generated/fast-path.js";
import type { FuzzyDate, Meeting, NewsEvent, Quantity } from "../generated/types.js";
import { fuzzyPartsHold } from "./checks/date-parts.js";
import { numberAndUnitHold } from "./checks/quantity-number.js";
import { kindAloneHolds, meetingAloneHolds } from "./event-alone.js";
import { rolesExclude } from "./checks/roles.js";
import { isUnknownTerm, MAX_VALUES } from "./plain-data.js";

/*
 * The valid path of validateEvent in one pass (issue 27): the generated predicate
 * (scripts/generate/fast-path.mjs) reads each value once, tests it as the schema and the plain-data
 * walk would, and calls the checks beyond the schema with the values it has read. Ajv's run keeps
 * the books of every error it may report, and the checks after it read the event a second time:
 * on an event of one of many shapes, each read costs as much as the first. False is never an
 * answer here: it sends the input down the full path, which says what is wrong.
 */

/** The actors and roles of the participants the one pass has read of the event it is reading. */
const actors: unknown[] = [];
const roles: unknown[] = [];
let read = 0;
/** Longest list of participants tested pair by pair here; a longer one is the full path's (it indexes them). */
const PAIRWISE = 64;

/** Whether a participant's role excludes none of those before it for the same actor (checks/roles.ts). */
function participantHolds(kind: NewsEvent["kind"], actor: unknown, role: unknown): boolean {
  if (read === PAIRWISE) return false;
  for (let k = 0; k < read; k++) if (actors[k] === actor && rolesExclude(kind, role, roles[k])) return false;
  actors[read] = actor;
  roles[read++] = role;
  return true;
}

const HOOKS: FastPathHooks = {
  date: (_date, value, precision, method, anchor, time, partOfDay, qualifier) =>
    fuzzyPartsHold(
      value as string,
      precision as FuzzyDate["precision"],
      method as FuzzyDate["method"],
      anchor as string | undefined,
      time as string | undefined,
      partOfDay as FuzzyDate["partOfDay"],
      qualifier as FuzzyDate["qualifier"],
    ),
  quantity: (_q, precision, value, min, max, counts, unit) =>
    numberAndUnitHold(
      precision as Quantity["precision"],
      value as number | undefined,
      min as number | undefined,
      max as number | undefined,
      counts as Quantity["counts"],
      unit as string | undefined,
    ),
  meetingParticipant: (_p, actor, role) => participantHolds("Meeting", actor, role),
  coupParticipant: (_p, actor, role) => participantHolds("Coup", actor, role),
  partnershipParticipant: (_p, actor, role) => participantHolds("Partnership", actor, role),
  eventParticipant: (_p, actor, role) => participantHolds("Event", actor, role),
  meeting: (_m, date, endDate, scale, thirdLocation, location, participants) =>
    meetingAloneHolds(
      date as FuzzyDate | undefined,
      endDate as FuzzyDate | undefined,
      scale as Meeting["scale"],
      thirdLocation as boolean | undefined,
      location as string | undefined,
      participants as Meeting["participants"],
    ),
  coup: (event, date, endDate) => kindAlone("Coup", event, date, endDate),
  partnership: (event, date, endDate) => kindAlone("Partnership", event, date, endDate),
  event: (event, date, endDate) => kindAlone("Event", event, date, endDate),
};

/** {@link kindAloneHolds} of what the one pass read, typed as the schema it tested says it is. */
const kindAlone = (kind: NewsEvent["kind"], event: object, date: unknown, endDate: unknown) =>
  kindAloneHolds(kind, event as NewsEvent, date as FuzzyDate | undefined, endDate as FuzzyDate | undefined);

/**
 * True when the input is certainly a valid event, as validateEvent would say: the schema, plain
 * data, known coded terms, every date's value and the checks of an event alone. False when it is
 * not, or may not be: only the full path answers then. Never throws.
 *
 * @example
 * ```ts
 * if (eventCertainlyValid(input)) return { ok: true, value: input };
 * ```
 */
export function eventCertainlyValid(input: unknown): input is NewsEvent {
  // A getter of the input may call validateEvent while the pass reads it: that call takes the
  // full path, and the pass it interrupted, whose state it may have met, is not certain either.
  if (passing) {
    interrupted = true;
    return false;
  }
  passing = true;
  interrupted = false;
  read = 0;
  try {
    return fast_event(input, MAX_VALUES, isUnknownTerm, HOOKS) && !interrupted;
  } finally {
    passing = false;
    // Hold nothing of this input.
    for (let k = 0; k < read; k++) actors[k] = roles[k] = undefined;
  }
}

/** Whether a pass is under way, and whether a call from inside it (a getter's) met it. */
let passing = false;
let interrupted = false;
