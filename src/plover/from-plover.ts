import type {
  EventParticipant,
  FuzzyDate,
  GeneralEvent,
  NewsDocument,
  Organization,
  Place,
  Publisher,
} from "../generated/types.js";
import { REQUIRED_DOCUMENT_FIELDS } from "../generated/schema-facts.js";
import { isRecord } from "../core/json.js";
import { readUntrustedJson, type UntrustedObject } from "../core/untrusted-json.js";
import { markedPhrases, type MarkedPhrase } from "./markup.js";
import { readCounts } from "./counts.js";
import { Reading } from "./reading.js";
import type { PloverUnplaced } from "./record.js";
import { PLOVER_TYPES, ploverTerm, ploverContexts, ploverMode } from "./terms.js";

/** What a PLOVER record does not hold and a document needs: give them to {@link fromPlover}. */
export interface FromPloverDefaults {
  /** The article's headline. */
  readonly headline?: string;
  /** The article's canonical URL. */
  readonly url?: string;
  /** When it was published, with its UTC offset. */
  readonly published?: string;
  /** Its language, when the record gives none. */
  readonly language?: string;
  /** Its authors (at least one, as in a document). */
  readonly authors?: NewsDocument["authors"];
  /** Its publisher. */
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

const KNOWN = new Set(["id", "date", "event", "eventText", "mode", "context", "source", "target", "eventLoc"]);
for (const k of ["dead", "injured", "size", "text", "textInfo", "language"]) KNOWN.add(k);

/**
 * A news document from one PLOVER record: the sentence as its body; each actor an organization
 * entity, its participant role source, target or both, with its actor code and sector; the event
 * a general `Event` with the PLOVER type, mode and contexts as coded terms, the date at its
 * precision, the place as a place entity and `dead`, `injured` and `size` as quantities; evidence
 * spans for every actor and every event phrase of the markup. `missing` lists the required
 * document fields PLOVER does not hold (give them in `defaults`), `unplaced` what found no place.
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
  const markup = isRecord(record["textInfo"]) ? record["textInfo"]["markup"] : undefined;
  const text = typeof record["text"] === "string" ? record["text"] : undefined;
  // Without the sentence, its words are the markup's with the marks taken out.
  const body = text ?? (typeof markup === "string" ? unmark(markup) : "");
  const r = new Reading(record, body);
  for (const key of Object.keys(record))
    if (!KNOWN.has(key))
      r.unplace(`/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, "no-place", "has no place in a news document", {
        key,
      });
  const phrases = markedPhrases(typeof markup === "string" ? markup : "");
  const { participants, entities } = readActors(r, phrases);
  const place = readPlace(r);
  const event = readEvent(r, phrases, participants, place?.id);
  const doc: Partial<NewsDocument> = {
    ...pick(defaults, ["headline", "url", "published"]),
    ...(r.text(record["language"]) !== undefined &&
    /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(String(record["language"]))
      ? { language: String(record["language"]) }
      : pick(defaults, ["language"])),
    ...(defaults.authors?.length ? { authors: structuredClone(defaults.authors) } : {}),
    ...(defaults.publisher ? { publisher: structuredClone(defaults.publisher) } : {}),
    ...(body !== "" ? { body } : {}),
    entities: [...entities, ...(place ? [place] : [])],
    ...(event ? { events: [event] } : {}),
  };
  const missing = REQUIRED_DOCUMENT_FIELDS.filter((k) => doc[k] === undefined);
  return { document: doc, missing, unplaced: r.unplaced };
}

function pick<K extends keyof FromPloverDefaults>(defaults: FromPloverDefaults, keys: K[]): Partial<NewsDocument> {
  return Object.fromEntries(keys.filter((k) => typeof defaults[k] === "string").map((k) => [k, defaults[k]]));
}

const unmark = (markup: string) => markup.replace(/\(([A-Z]+(?:\/[A-Z]+)*): ?([^()]*)\)/g, "$2");

const ACTOR_CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;
const SECTOR = /^[A-Za-z*]{1,40}$/;

/** The source and target actors: one organization entity each, one participant each (both sides: role both). */
function readActors(
  r: Reading,
  phrases: readonly MarkedPhrase[],
): { participants: EventParticipant[]; entities: Organization[] } {
  const participants: EventParticipant[] = [];
  const entities: Organization[] = [];
  const seen = new Map<string, EventParticipant>();
  for (const side of ["source", "target"] as const) {
    const list = r.record[side];
    if (!Array.isArray(list)) {
      if (list !== undefined && list !== "") r.unplace(`/${side}`, "no-place", `${side} is not a list of actors`);
      continue;
    }
    // A coder may write an actor in other words than the sentence's ("Greek-Cypriot" for "Greek"):
    // then its evidence is the side's marked phrase in the same place.
    const marked = phrases.filter((p) => p.tag.split("/").includes(side === "source" ? "SRC" : "TAR"));
    list.forEach((actor: unknown, i: number) => {
      const at = `/${side}/${i}`;
      const name = isRecord(actor) ? r.text(actor["actorText"]) : undefined;
      if (!isRecord(actor) || name === undefined)
        return r.unplace(at, "no-place", "an actor without actorText: no entity to make");
      const code = r.text(actor["code"]);
      const sector = r.text(actor["sector"]);
      const key = JSON.stringify([name, code, sector]);
      const known = seen.get(key);
      if (known) {
        if (known.role !== side) known.role = "both";
        return;
      }
      const id = r.id(name, "actor");
      const phrase = marked[i]?.text;
      const evidence = r.evidence(name, `${at}/actorText`, phrase);
      const participant: EventParticipant = { entity: id, role: side };
      if (code !== undefined && ACTOR_CODE.test(code)) participant.actorCode = code;
      else if (code !== undefined) r.unplace(`${at}/code`, "not-a-code", `"${code}" is not an actor code`, { code });
      if (sector !== undefined && SECTOR.test(sector)) participant.sector = sector;
      else if (sector !== undefined) r.unplace(`${at}/sector`, "not-a-code", `"${sector}" is not a sector code`);
      if (evidence) participant.evidence = evidence;
      seen.set(key, participant);
      participants.push(participant);
      entities.push({ type: "organization", id, name });
    });
  }
  return { participants, entities };
}

/** The event's place: a place entity with its coordinates. */
function readPlace(r: Reading): Place | undefined {
  const loc = r.record["eventLoc"];
  const name = isRecord(loc) ? r.text(loc["name"]) : undefined;
  if (!isRecord(loc) || name === undefined) {
    if (loc !== undefined) r.unplace("/eventLoc", "no-place", "a place without a name");
    return undefined;
  }
  const place: Place = { type: "place", id: r.id(name, "place"), name };
  const [lat, lon] = [loc["lat"], loc["lon"]];
  if (typeof lat === "number" && typeof lon === "number" && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    place.latitude = lat;
    place.longitude = lon;
  }
  if (loc["country code"] !== undefined)
    r.unplace("/eventLoc/country code", "no-place", "a place's country is a country entity with both ISO codes");
  const mentions = r.evidence(name, "/eventLoc/name");
  if (mentions) place.mentions = mentions;
  return place;
}

/** The record's date at its precision, as the coder gave it. */
function readDate(r: Reading): FuzzyDate | undefined {
  const value = r.record["date"];
  if (value === undefined || value === "") return undefined;
  const m = typeof value === "string" ? /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(value) : null;
  if (m === null) {
    r.unplace("/date", "not-a-date", "is not a date as YYYY-MM-DD, YYYY-MM or YYYY");
    return undefined;
  }
  const precision = m[2] !== undefined ? "day" : m[1] !== undefined ? "month" : "year";
  return { value: m[0], precision, method: "source" };
}

/** The general event: type, mode, contexts, date, place, participants, counts and the event phrases' evidence. */
function readEvent(
  r: Reading,
  phrases: readonly MarkedPhrase[],
  participants: EventParticipant[],
  location: string | undefined,
): GeneralEvent | undefined {
  const type = r.record["event"];
  if (typeof type !== "string" || !(PLOVER_TYPES as readonly string[]).includes(type)) {
    r.unplace("/event", "unknown-type", `${JSON.stringify(type) ?? "nothing"} is not one of PLOVER's event types`);
    return undefined;
  }
  const words = r.text(r.record["eventText"]);
  const evidence = phrases
    .filter((p) => p.tag.split("/").includes("EVT"))
    .flatMap((p) => r.evidence(p.text, "/textInfo/markup") ?? []);
  const mode = ploverMode(r);
  const contexts = ploverContexts(r);
  const date = readDate(r);
  const quantities = readCounts(r);
  const id = r.text(r.record["id"]);
  return {
    kind: "Event",
    id: r.id(id ?? type, "event"),
    name: words === undefined ? type : `${type}: ${words}`,
    salience: "main",
    ...(date ? { date } : {}),
    ...(location !== undefined ? { location } : {}),
    ...(evidence.length > 0 ? { evidence } : {}),
    ...(quantities.length > 0 ? { quantities } : {}),
    plover: ploverTerm(type as (typeof PLOVER_TYPES)[number]),
    ...(mode ? { mode } : {}),
    ...(contexts.length > 0 ? { contexts } : {}),
    ...(participants.length > 0 ? { participants } : {}),
  };
}
