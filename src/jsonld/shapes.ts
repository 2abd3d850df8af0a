import { BOOLEAN, copy, list, NUMBER, OBJECT, object, spec, STRING, tagged, type Spec } from "./spec.js";

/*
 * What the input guard (guard.ts) expects of each part of a document the JSON-LD builder reads:
 * an object where it reads properties, an array where it maps or spreads a list, a string where
 * a text goes into the graph. Without it, a string of keywords was spread into its letters, an
 * entity that was a string became the mention `#/entity/undefined`, and an image that was a
 * string failed as a bare TypeError (found by a trial of the packed package). The shapes mirror
 * the builder (nodes/*.ts), not the schemas: what the builder never reads is not typed here.
 */

const S = spec(STRING);
const N = spec(NUMBER);
const B = spec(BOOLEAN);
const TEXTS = list(S);
/** A coded term: read as its IRI (scheme and code) and in words (label). */
const TERM = object({ scheme: S, code: S, label: S }, ["scheme", "code", "label"]);
/** A token, or a coded term where no token fits. */
const CODED = copy(TERM, { type: STRING | OBJECT });
/** A fuzzy date: its value is written out, with its clock time when it has one. */
const DATE = object({ value: S, precision: S, time: S, qualifier: S }, ["value"]);

const EVENT: Record<string, Spec> = {
  kind: S,
  id: S,
  name: S,
  summary: S,
  salience: S,
  date: DATE,
  endDate: DATE,
  location: S,
  places: TEXTS,
  wikidata: S,
  classes: TEXTS,
  relations: list(object({ relation: CODED, target: S, name: S, wikidata: S })),
  participants: list(object({ entity: S, role: CODED }, ["entity"])),
};
/** A coup's name goes into the names of its steps. */
const EVENT_IDS = ["kind", "id", "name"];

/** What a document's events must be: the fields of each kind the builder reads, by `kind`. */
const EVENTS = tagged(
  "kind",
  // A kind of the caller's own (options.kinds): its participants' roles go out as they are.
  object({ ...EVENT, participants: list(object({ entity: S, role: S }, ["entity"])) }, EVENT_IDS),
  {
    Meeting: object({ ...EVENT, scale: S, attendance: S, status: S, advances: TEXTS }, EVENT_IDS),
    Coup: object(
      {
        ...EVENT,
        country: S,
        outcome: S,
        outcomeAsOf: S,
        steps: list(
          object({ id: S, action: CODED, target: S, description: S, date: DATE, location: S }, ["id", "action"]),
        ),
      },
      [...EVENT_IDS, "country", "outcome"],
    ),
    Partnership: object(
      {
        ...EVENT,
        stage: CODED,
        stageHistory: list(object({ meeting: S })),
        domains: TEXTS,
        instrument: object({ type: CODED }),
      },
      [...EVENT_IDS, "stage", "domains"],
    ),
    Event: object(
      { ...EVENT, plover: TERM, mode: TERM, contexts: list(TERM), cameo: list(TERM), topics: list(TERM), public: B },
      EVENT_IDS,
    ),
  },
);

const ENTITY = object(
  {
    type: S,
    id: S,
    name: S,
    aliases: TEXTS,
    positions: list(object({ title: S, start: S, end: S }, ["title"])),
    iso2: S,
    iso3: S,
    url: S,
    within: S,
    country: S,
    latitude: N,
    longitude: N,
    address: object({ streetAddress: S, addressLocality: S, addressRegion: S, postalCode: S, addressCountry: S }),
    wikidata: S,
    sameAs: TEXTS,
  },
  ["type", "id"],
);

/**
 * What a document must be for the builder: the parts it reads, each of its type. `url`, `authors`
 * and `publisher` every graph needs.
 *
 * @example
 * ```ts
 * DOCUMENT.fields.get("keywords")?.expected; // => "array"
 * ```
 */
export const DOCUMENT: Spec = object(
  {
    headline: S,
    description: S,
    url: S,
    published: S,
    modified: S,
    language: S,
    section: S,
    keywords: TEXTS,
    coverageEnded: S,
    authors: list(object({ type: S, name: S, url: S, sameAs: TEXTS }, ["type", "name"])),
    publisher: object({ name: S, url: S, logo: S }, ["name", "url"]),
    images: list(object({ url: S, width: N, height: N, caption: S }, ["url"])),
    paywall: object({ cssSelector: S }),
    entities: list(ENTITY),
    events: list(EVENTS),
    quotes: list(
      object({ id: S, text: S, speakers: TEXTS, event: S, attribution: object({ source: S }) }, ["id", "speakers"]),
    ),
    claims: list(object({ text: S, claimant: S })),
    sources: list(object({ id: S, url: S })),
    updates: list(object({ id: S, headline: S, published: S, text: S, url: S }, ["id"])),
    verifications: list(
      object(
        {
          id: S,
          target: S,
          stated: S,
          rating: S,
          verified: object({ text: S }),
          note: S,
          sources: TEXTS,
          checked: S,
        },
        ["id", "target", "stated", "rating"],
      ),
    ),
  },
  ["url", "authors", "publisher"],
);
