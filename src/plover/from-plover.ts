import type { EventParticipant, GeneralEvent, NewsDocument, Publisher } from "../generated/types.js";
import { REQUIRED_DOCUMENT_FIELDS } from "../generated/schema-facts.js";
import { isRecord } from "../core/json.js";
import { readUntrustedJson, type UntrustedObject } from "../core/untrusted-json.js";
import { markedPhrases, unclosedMarks, type MarkedPhrase } from "./markup.js";
import { readCounts } from "./counts.js";
import { readActors } from "./actors.js";
import { readPlace } from "./place.js";
import { readCitation } from "./citation.js";
import { readDates } from "./dates.js";
import { Reading } from "./reading.js";
import { preview } from "../core/issue.js";
import type { PloverUnplaced } from "./record.js";
import { PLOVER_TYPES, ploverTerm, ploverContexts, ploverMode, type PloverType } from "./terms.js";

/**
 * What a PLOVER record does not hold and a document needs: give them to {@link fromPlover}. Each
 * is used when the record gives none: a 2.0 record's `cite_info` may give the headline (its
 * `title`), the url and the publisher, and the record its language.
 */
export interface FromPloverDefaults {
  /** The article's headline, when the record's citation gives no title. */
  readonly headline?: string;
  /** The article's canonical URL, when the record's citation gives none. */
  readonly url?: string;
  /** When it was published, with its UTC offset. */
  readonly published?: string;
  /** Its language, when the record gives none. */
  readonly language?: string;
  /** Its authors (at least one, as in a document). */
  readonly authors?: NewsDocument["authors"];
  /** Its publisher, when the record's citation gives none with its home page (a name alone is none). */
  readonly publisher?: Publisher;
}

/** The result of {@link fromPlover}. */
export interface FromPloverResult {
  /** The document: the sentence as body, the actors and place as entities, one general event. */
  readonly document: Partial<NewsDocument>;
  /** The required document fields neither the record nor the defaults gave: add them and it validates. */
  readonly missing: readonly string[];
  /** What the record holds that the document has no place for (at most 100 entries). */
  readonly unplaced: readonly PloverUnplaced[];
}

// The fields read, by either draft's name: 0.8's (the gold standard's) and 2.0's (the manual's
// "Data Fields" chapter: actor, recipient, event_text, event_loc, text_info, cite_info).
const KNOWN = new Set(["id", "date", "event", "eventText", "mode", "context", "source", "target", "eventLoc"]);
for (const k of ["dead", "injured", "size", "text", "textInfo", "language"]) KNOWN.add(k);
for (const k of ["actor", "recipient", "event_text", "event_loc", "text_info", "cite_info"]) KNOWN.add(k);
for (const k of ["time", "enddate", "endtime", "has_event"]) KNOWN.add(k);

/**
 * A news document from one PLOVER record: the sentence as its body; each actor an organization
 * entity, its participant role source, target or both, with its actor code and sector; the event
 * a general `Event` with the PLOVER type, mode and contexts as coded terms, the date at its
 * precision, the place as a place entity and `dead`, `injured` and `size` as quantities; evidence
 * spans for every actor and every event phrase of the markup. `missing` lists the required
 * document fields PLOVER does not hold (give them in `defaults`), `unplaced` what found no place.
 *
 * Records of the gold standard's shape (0.8: `source`, `target`, `eventText`, `eventLoc`) and of
 * the manual's draft 2.0 (`actor` and `recipient` lists of entities, `event`, `mode` and
 * `context` lists, `event_text`, `event_loc`, `text_info`) are read alike; a list of event types
 * is an event per type. 2.0's `cite_info` gives the headline, url, language and publisher (one
 * with its home page), its `time`, `enddate` and `endtime` the event's time and end, and
 * `has_event` false no event; an entity's Wikidata id is unplaced as `unverified`. What goes
 * where: docs/plover.md.
 *
 * The record is untrusted: read as plain JSON (own data properties, at most 512 levels), never
 * mutated, and `fromPlover` never throws.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { fromPlover } from "news-events/plover";
 *
 * const record: unknown = JSON.parse(readFileSync("record.json", "utf8")); // one PLOVER record
 * const { document, missing } = fromPlover(record, { url: "https://news.example.org/a" });
 * // missing: ["headline", "published", "authors", "publisher"]
 * ```
 */
export function fromPlover(input: unknown, defaults: FromPloverDefaults = {}): FromPloverResult {
  const taken = readUntrustedJson(input);
  if (!taken.ok || !isRecord(taken.value)) {
    const message = taken.ok ? "is not a PLOVER record (expected a JSON object)" : taken.issue.message;
    return {
      document: {},
      missing: [...REQUIRED_DOCUMENT_FIELDS],
      unplaced: [{ code: "unreadable", pointer: taken.ok ? "" : taken.issue.pointer, message }],
    };
  }
  const record = taken.value as UntrustedObject;
  const { body, markup, at } = readText(record);
  const r = new Reading(record, body);
  r.unplaceRest(record, "", KNOWN);
  if (record["text"] !== undefined && typeof record["text"] !== "string")
    r.unplace("/text", "no-place", `is not text (got ${preview(record["text"])}), so it is not the body`);
  const pointerOfMarkup = typeof record["textInfo"] === "string" ? "/textInfo" : `${at}/markup`;
  for (const offset of unclosedMarks(markup ?? ""))
    r.unplace(pointerOfMarkup, "no-place", `the mark at character ${offset} is not closed: its words are not read`, {
      offset,
    });
  if (at === "/text_info") r.unplaceRest(record["text_info"] as UntrustedObject, at, TEXT_INFO_READ);
  const phrases = markedPhrases(markup ?? "");
  const { participants, entities } = readActors(r, phrases);
  const place = readPlace(r);
  const events = readEvents(r, { phrases, markupAt: pointerOfMarkup }, participants, place?.id);
  const cited = readCitation(r, defaults.publisher);
  const publisher = cited.publisher ?? (defaults.publisher && structuredClone(defaults.publisher));
  const doc: Partial<NewsDocument> = {
    ...pick(defaults, ["headline", "url", "published", "language"]),
    ...cited,
    ...(defaults.authors?.length ? { authors: structuredClone(defaults.authors) } : {}),
    ...(publisher ? { publisher } : {}),
    ...(body !== "" ? { body } : {}),
    entities: [...entities, ...(place ? [place] : [])],
    ...(events.length > 0 ? { events } : {}),
  };
  const missing = REQUIRED_DOCUMENT_FIELDS.filter((k) => doc[k] === undefined);
  return { document: doc, missing, unplaced: r.unplaced };
}

function pick<K extends keyof FromPloverDefaults>(defaults: FromPloverDefaults, keys: K[]): Partial<NewsDocument> {
  return Object.fromEntries(keys.filter((k) => typeof defaults[k] === "string").map((k) => [k, defaults[k]]));
}

const unmark = (markup: string) => markup.replace(/\(([A-Z]+(?:\/[A-Z]+)*): ?([^()]*)\)/g, "$2");

/** What a 2.0 `text_info` holds that is read; its sentence number and offsets have no place. */
const TEXT_INFO_READ = new Set(["markup", "text_story"]);

/**
 * The body and the markup. The body is the sentence (`text`); without it, the markup's words with
 * the marks taken out; without those, 2.0's `text_info.text_story`, the story's sentences (a list,
 * or one text).
 */
function readText(record: UntrustedObject): { body: string; markup?: string; at: "/textInfo" | "/text_info" } {
  const at = isRecord(record["textInfo"]) || !isRecord(record["text_info"]) ? "/textInfo" : "/text_info";
  const info = record[at.slice(1)];
  // The gold standard's INVESTIGATE-0002 gives its markup as textInfo itself, a string.
  const markup =
    isRecord(info) && typeof info["markup"] === "string"
      ? info["markup"]
      : typeof info === "string" && at === "/textInfo"
        ? info
        : undefined;
  const story = isRecord(info) ? info["text_story"] : undefined;
  // The story's sentences as a list, or the story as one text (a one-sentence story often is).
  const sentences =
    typeof story === "string"
      ? story
      : Array.isArray(story) && story.every((s) => typeof s === "string")
        ? story.join(" ")
        : undefined;
  const text = typeof record["text"] === "string" ? record["text"] : undefined;
  return {
    body: text ?? (markup !== undefined ? unmark(markup) : (sentences ?? "")),
    ...(markup ? { markup } : {}),
    at,
  };
}

/**
 * The record's event types: 0.8's one, or 2.0's list, each once; any other entry is unplaced.
 * None when 2.0's `has_event` is false: the record says no event was coded (a pipeline's record).
 */
function readTypes(r: Reading): PloverType[] {
  const value = r.record["event"];
  const coded = r.record["has_event"];
  if (coded !== undefined && typeof coded !== "boolean")
    r.unplace("/has_event", "not-a-code", "is neither true nor false");
  if (coded === false) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      r.unplace("/event", "no-place", "has_event is false: the record says no event was coded, so none is made");
    return [];
  }
  if (Array.isArray(value) && value.length === 0)
    r.unplace("/event", "unknown-type", "an empty list names none of PLOVER's event types");
  const types = new Set<PloverType>();
  for (const [type, at] of r.entries(value, "/event"))
    if (typeof type === "string" && (PLOVER_TYPES as readonly string[]).includes(type)) types.add(type as PloverType);
    else r.unplace(at, "unknown-type", `${JSON.stringify(type) ?? "nothing"} is not one of PLOVER's event types`);
  return [...types];
}

/** The fields that only an event holds. */
const EVENT_FIELDS = ["date", "time", "enddate", "endtime", "mode", "context", "dead", "injured", "size"];
for (const k of ["eventText", "event_text"]) EVENT_FIELDS.push(k);

/**
 * A general event per type (2.0 lists several when the same actors did several things: its
 * "Data Fields", note 3), each with the record's mode, contexts, date, place, participants and
 * counts, the event text (0.8's `eventText`, 2.0's `event_text`, a list joined by "; ") in its
 * name and the markup's event phrases as evidence.
 */
function readEvents(
  r: Reading,
  { phrases, markupAt }: { phrases: readonly MarkedPhrase[]; markupAt: string },
  participants: EventParticipant[],
  location: string | undefined,
): GeneralEvent[] {
  const types = readTypes(r);
  if (types.length === 0) {
    // What only an event holds has no place without one: each field is said, not dropped.
    for (const key of EVENT_FIELDS)
      if (r.record[key] !== undefined && r.record[key] !== "")
        r.unplace(`/${key}`, "no-place", "belongs to an event, and none was made");
    return [];
  }
  const texts = r.record["eventText"] ?? r.record["event_text"];
  const words = r
    .entries(texts, "")
    .flatMap(([t]) => r.text(t) ?? [])
    .join("; ");
  const evidence = phrases
    .filter((p) => p.tag.split("/").includes("EVT"))
    .flatMap((p) => r.evidence(p.text, markupAt) ?? []);
  const mode = ploverMode(r, types.length);
  const contexts = ploverContexts(r);
  const dates = readDates(r);
  const quantities = readCounts(r);
  const id = r.text(r.record["id"]);
  const head = {
    ...dates,
    ...(location !== undefined ? { location } : {}),
    ...(evidence.length > 0 ? { evidence } : {}),
    ...(quantities.length > 0 ? { quantities } : {}),
  };
  const tail = {
    ...(mode ? { mode } : {}),
    ...(contexts.length > 0 ? { contexts } : {}),
    ...(participants.length > 0 ? { participants } : {}),
  };
  return types.map((type) => ({
    kind: "Event",
    id: r.id(types.length > 1 ? `${id ?? "event"} ${type}` : (id ?? type), "event"),
    name: words === "" ? type : `${type}: ${words}`,
    salience: "main",
    ...structuredClone(head),
    plover: ploverTerm(type),
    ...structuredClone(tail),
  }));
}
