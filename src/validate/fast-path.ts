import { fast_event, type FastPathHooks } from "../generated/fast-path.js";
import type { FuzzyDate, NewsEvent } from "../generated/types.js";
import { fuzzyPartsHold } from "./checks/date-parts.js";
import { eventBeyondDatesHolds } from "./document-checks.js";
import { isUnknownTerm, MAX_VALUES } from "./plain-data.js";

/*
 * The valid path of validateEvent in one pass (issue 27): the generated predicate
 * (scripts/generate/fast-path.mjs) reads each value once, tests it as the schema and the plain-data
 * walk would, and calls the checks beyond the schema with the values it has read. Ajv's run keeps
 * the books of every error it may report, and the checks after it read the event a second time:
 * on an event of one of many shapes, each read costs as much as the first. False is never an
 * answer here: it sends the input down the full path, which says what is wrong.
 */

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
  event: (event) => eventBeyondDatesHolds(event as NewsEvent),
};

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
  return fast_event(input, MAX_VALUES, isUnknownTerm, HOOKS);
}
