import type { NewsEvent } from "../generated/types.js";
import { classifyEvent, type EventCodes } from "../model/taxonomy.js";
import type { RowTarget } from "./row-target.js";

/*
 * The events table's derived columns (scripts/generate/tables.mjs, DERIVED_EVENT_COLUMNS): the
 * codes classifyEvent gives an event, so that events of every kind can be grouped by one PLOVER
 * type or CAMEO code, each kind's stated or derived its own way.
 */

/** Each derived column and the field of {@link EventCodes} it holds. */
const COLUMNS: readonly (readonly [column: string, field: keyof EventCodes])[] = [
  ["derived_cameo", "cameo"],
  ["derived_plover", "ploverCategory"],
  ["derived_plover_mode", "ploverMode"],
  ["derived_plover_contexts", "ploverContexts"],
  ["derived_iptc", "iptcMediaTopics"],
  ["derived_wikidata", "wikidataClasses"],
];

/**
 * Gives `to` the derived cells of an event's row: a code as text, a list of codes as a JSON array,
 * none for an empty list or a code there is not. An item that is no valid event (rows are made of
 * any value without throwing) gets the cells classifyEvent can give it, or none.
 *
 * @example
 * ```ts
 * derivedCodes(to, meeting); // to.cell("derived_plover", "CONSULT"), to.cell("derived_cameo", ["042", "043"])…
 * ```
 */
export function derivedCodes(to: RowTarget, event: Readonly<Record<string, unknown>>): void {
  let codes: EventCodes;
  try {
    codes = classifyEvent(event as unknown as NewsEvent);
  } catch {
    // classifyEvent reads a valid event's fields (a meeting's participants, a partnership's
    // domains); an invalid one's row still comes, without them.
    return;
  }
  for (const [column, field] of COLUMNS) {
    const value = codes[field];
    if (typeof value === "string" || (Array.isArray(value) && value.length > 0)) to.cell(column, value);
  }
}
