import type { Problem } from "../core/issue.js";

/**
 * One actor of a PLOVER record: the words of the sentence that name it, its coded country or
 * group, and its sector.
 *
 * @example
 * ```ts
 * const actor: PloverActor = { actorText: "Hungarian", code: "HUN", sector: "GOV" };
 * ```
 */
export interface PloverActor {
  /** The words of the sentence naming the actor ("..." joins words apart). */
  actorText: string;
  /** The actor's country (ISO 3166-1 alpha-3) or group code (IGO, NGO). */
  code?: string;
  /** The actor's sector (GOV, MIL, REB…), with any sub-code. */
  sector?: string;
}

/**
 * One PLOVER event record, as in the Open Event Data Alliance's gold standard (PLOVER 0.5b1): its
 * type, mode and context, its source and target actors, counts, date, place and sentence. What
 * `toPlover` writes; `fromPlover` also reads the manual's draft 2.0 names (`actor`, `recipient`,
 * `event_text`, `event_loc`, `text_info`: docs/plover.md).
 *
 * @example
 * ```ts
 * const record: PloverRecord = {
 *   id: "PLOVER-GSR01-PROTEST-0001",
 *   date: "2000-01-01",
 *   event: "PROTEST",
 *   mode: "demo-org",
 *   source: [{ actorText: "students", code: "SRB", sector: "EDU" }],
 *   text: "Thousands of students marched in Belgrade.",
 *   textInfo: { markup: "Thousands of (SRC: students) (EVT: marched) in Belgrade." },
 * };
 * ```
 */
export interface PloverRecord {
  /** The record's id. */
  id?: string;
  /** The event's date: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
  /** The PLOVER event type (AGREE … ASSAULT). */
  event: string;
  /** The words of the sentence that say what happened. */
  eventText?: string;
  /** The mode within the type (visit, demo-org, firearms…). */
  mode?: string;
  /** The contexts, comma-separated ("economic, refugees"). */
  context?: string;
  /** Who acts. */
  source?: PloverActor[];
  /** On whom. */
  target?: PloverActor[];
  /** Where: a name, with a country code and coordinates when known. */
  eventLoc?: {
    /** The place's name. */
    name: string;
    /** Its ISO 3166-1 alpha-2 country code. */
    "country code"?: string;
    /** WGS 84 latitude. */
    lat?: number;
    /** WGS 84 longitude. */
    lon?: number;
  };
  /** The number of people killed, as coded ("12"). */
  dead?: string;
  /** The number of people injured, as coded. */
  injured?: string;
  /** The size of a crowd, as coded ("1000", "Thousands"). */
  size?: string;
  /** The sentence the event was coded from. */
  text?: string;
  /** The sentence with the actor and event phrases marked: (SRC: …), (TAR: …), (SRC/TAR: …), (EVT: …). */
  textInfo?: {
    /** The marked-up sentence. */
    markup?: string;
  };
  /** The language of the sentence (en). */
  language?: string;
}

/** Why a part of a PLOVER record was not carried over into the document. */
export type PloverUnplacedCode =
  /** The record cannot be read as JSON (too deep, too large, not an object). */
  | "unreadable"
  /** `event` is not one of PLOVER's event types (draft 0.8's 18 and 2.0's REQUEST and ACCUSE). */
  | "unknown-type"
  /** A mode, context, actor code or sector that is not written as a code. */
  | "not-a-code"
  /**
   * A mode or context written as a code that is none of PLOVER's the library knows (its CAMEO
   * table, 0.8, and its gold-standard records): the document's validation would refuse it.
   */
  | "unknown-code"
  /** A phrase of the markup or an actor's words that is not in the sentence. */
  | "not-in-text"
  /** A date that is not YYYY-MM-DD, YYYY-MM or YYYY. */
  | "not-a-date"
  /** A count that is neither a number nor words. */
  | "not-a-count"
  /** A field the document has no place for (the place's country code, the coder). */
  | "no-place"
  /**
   * A 2.0 entity's Wikidata id (`identifier_id`): a coder's identification that no one has
   * verified, which an entity's `wikidata` (a verified QID) cannot take; `params.qid` gives the
   * QID to check.
   */
  | "unverified";

/**
 * Something in a PLOVER record that the document has no place for, with a JSON Pointer into the
 * record.
 *
 * @example
 * ```ts
 * const u: PloverUnplaced = { code: "unknown-type", pointer: "/event", message: "DOCUMENT is not a PLOVER event type" };
 * ```
 */
export interface PloverUnplaced extends Problem<PloverUnplacedCode> {
  /** JSON Pointer into the record. */
  readonly pointer: string;
}
