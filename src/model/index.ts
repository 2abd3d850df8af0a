/**
 * The model: typed news documents, entities and events (generated from the JSON Schemas in
 * `schemas/`), date helpers, and the CAMEO / PLOVER / IPTC / Wikidata taxonomy.
 *
 * @module news-events/model
 */
// The generated types, by the explicit list the generator emits: a schema edit that adds or removes
// a type shows in src/generated/public-types.ts as a public-API change.
export type * from "../generated/public-types.js";
export {
  parseCalendarDate,
  isCalendarDate,
  precisionOf,
  dateBounds,
  isOpenInterval,
  type CalendarDateParts,
  type DateBounds,
} from "./calendar.js";
export {
  readRelativeDate,
  resolveRelativeDate,
  type RelativeDateReason,
  type RelativeDateResult,
} from "./relative-date.js";
export {
  classifyEvent,
  eventClasses,
  IPTC_MEDIA_TOPICS,
  WIKIDATA_CLASSES,
  type EventCodes,
  type IptcMediaTopic,
  type WikidataClass,
} from "./taxonomy.js";
export type { EventKind, EventOfKind } from "./kinds.js";
export { EVENT_KINDS } from "./kinds.js";
export { CAMEO_CODES, PLOVER_CONTEXTS, PLOVER_MODES, isKnownCode } from "./plover-codes.js";
