import type { Event as EventNode, Thing } from "schema-dts";
import type { Coup, Entity, FuzzyDate, NewsDocument, NewsEvent, Term } from "../../generated/types.js";
import { eventClasses } from "../../model/taxonomy.js";
import { iptcMediaTopicIri, termIri, wikidataIri, wikidataPage } from "../../core/iri.js";
import { codedValue, codedWords, isTerm } from "../../core/coded.js";
import { defined, kept } from "../defined.js";
import type { NodeIds } from "../ids.js";
import { heading, isEnglish, ref } from "./common.js";

/*
 * The nodes of the news events: an Event where Google can list it (eventTiming, the SEO policy),
 * else a Thing; a coup's dated steps as its sub-events; meetings and the partnerships they advanced
 * linked from both ends.
 */

/**
 * A schema.org Date at the precision known: a day, month or year as written; nothing for an
 * interval, whose span is in the event's description rather than an invented day.
 */
function eventDate(date: FuzzyDate | undefined): string | undefined {
  if (!date || date.precision === "interval") return undefined;
  // A clock time with its offset makes the start a schema.org DateTime; an approximate one
  // ("around 3 a.m.") is no DateTime, so only its day is said.
  return date.time === undefined || date.qualifier !== undefined ? date.value : `${date.value}T${date.time}`;
}

/** Where an event stands by its own fields, for its description: a coup's outcome, a partnership's stage. */
function standing(event: NewsEvent): string | undefined {
  if (event.kind === "Coup")
    return `Outcome: ${event.outcome.replace("-", " ")}${event.outcomeAsOf === undefined ? "" : ` as of ${event.outcomeAsOf}`}.`;
  return event.kind === "Partnership" ? `Stage: ${codedWords(event.stage)}.` : undefined;
}

/** Meetings and partnerships linked either way, indexed from both ends, so both ends say the same. */
export interface EventLinks {
  /** Partnership id → the meetings that advanced it. */
  readonly partnerships: Map<string, Set<string>>;
  /** Meeting id → the partnerships it advanced. */
  readonly meetings: Map<string, Set<string>>;
  /** The ids of the events that become Event nodes. */
  readonly asEvent: Set<string>;
  /** The document's entities by id (an Event's place must have an address). */
  readonly entities: ReadonlyMap<string, Entity>;
  /**
   * Whether the document is in English, the language the graph's own words are in ("Outcome: in
   * control."): a graph in another language says where an event stands by no sentence of ours.
   */
  readonly english: boolean;
}

/**
 * The links between meetings and partnerships (a meeting's `advances`, a stage change's
 * `meeting`), and which events become Event nodes by `asEvent`.
 *
 * @example
 * ```ts
 * partnershipMeetings(doc, (event) => event.kind === "Meeting").meetings.get("summit"); // => Set { "treaty" }
 * ```
 */
export function partnershipMeetings(
  doc: NewsDocument,
  asEvent: (event: NewsEvent) => boolean,
  entities: ReadonlyMap<string, Entity> = new Map((doc.entities ?? []).map((e) => [e.id, e])),
): EventLinks {
  const links: EventLinks = {
    partnerships: new Map(),
    meetings: new Map(),
    asEvent: new Set((doc.events ?? []).filter(asEvent).map((e) => e.id)),
    entities,
    english: isEnglish(doc.language),
  };
  const add = (index: Map<string, Set<string>>, key: string, value: string) => {
    const set = index.get(key) ?? new Set<string>();
    set.add(value);
    index.set(key, set);
  };
  const link = (partnership: string, meeting: string) => {
    add(links.partnerships, partnership, meeting);
    add(links.meetings, meeting, partnership);
  };
  for (const event of doc.events ?? []) {
    if (event.kind === "Meeting") for (const p of event.advances ?? []) link(p, event.id);
    if (event.kind === "Partnership")
      for (const s of event.stageHistory ?? []) if (s.meeting !== undefined) link(event.id, s.meeting);
  }
  return links;
}

/**
 * Whether a news event may be a schema.org `Event` for search engines, and its dates and place.
 * Google's Event rich result is for events people can attend and requires `name`, `startDate` and
 * `location` with `location.address` (docs/jsonld-and-seo.md): so `eligible` only when the
 * document says the public can attend (`public: true`), it starts on a day, and its location is a
 * place with a postal address. A coup, a summit or a month-dated protest is not eligible.
 *
 * @example
 * ```ts
 * eventTiming(rally, entities).eligible; // => true for a public rally on a day at a venue with an address
 * ```
 */
export function eventTiming(
  event: NewsEvent,
  entities: ReadonlyMap<string, Entity>,
): {
  startDate: string | undefined;
  endDate: string | undefined;
  location: string | undefined;
  eligible: boolean;
} {
  const location = event.kind === "Coup" && event.location === undefined ? event.country : event.location;
  const startDate = eventDate(event.date);
  const endDate = eventDate(event.endDate);
  const place = location === undefined ? undefined : entities.get(location);
  // A month or a year is no start date a listing can show; a country or a city has no address.
  const eligible =
    event.kind === "Event" &&
    event.public === true &&
    startDate !== undefined &&
    startDate.length >= 10 &&
    place?.type === "place" &&
    place.address !== undefined;
  return { startDate, endDate, location, eligible };
}

/** The IRIs of an event's classes: the library's, its own Wikidata classes, and a general event's codes. */
function classIris(event: NewsEvent): string[] {
  const codes = eventClasses(event);
  const own: Term[] =
    event.kind === "Event"
      ? [
          ...(event.plover ? [event.plover] : []),
          ...(event.mode ? [event.mode] : []),
          ...(event.contexts ?? []),
          ...(event.cameo ?? []),
          ...(event.topics ?? []),
        ]
      : [];
  return [
    ...codes.wikidataClasses.map(wikidataIri),
    ...codes.iptcMediaTopics.map(iptcMediaTopicIri),
    ...(event.classes ?? []).map(wikidataIri),
    ...own.map(termIri),
  ];
}

/**
 * The node of one news event. By default (`events: "eligible"`) an event the public can attend,
 * on a day, at a place with an address ({@link eventTiming}) is an `Event` with its attendees in
 * roles, dates, place and status; any other is a `Thing` with the same id, name, description,
 * classes (`additionalType`, the IRIs of its Wikidata classes and coded terms) and Wikidata link,
 * because Google reads every Event node as an event listing people can attend (see
 * docs/jsonld-and-seo.md). `events: "all"` makes every news event an Event.
 *
 * @example
 * ```ts
 * eventNode(coup, ids, links, attendees.id); // => [the coup's Event, its steps' Events…]
 * ```
 */
export function eventNode(
  event: NewsEvent,
  ids: NodeIds,
  links: EventLinks,
  attendeeId: (entity: string) => string,
  nameOf: (entity: string) => string | undefined = () => undefined,
): (EventNode | Thing)[] {
  const additionalType = classIris(event);
  const id = ids.local("event", event.id);
  const summary = event.summary || undefined;
  const stands = links.english ? standing(event) : undefined;
  const common = {
    "@id": id,
    name: event.name,
    // The summary and the standing, either alone, as `[summary, standing].filter(Boolean).join(" ")`.
    description: summary === undefined ? stands : stands === undefined ? `${summary}` : `${summary} ${stands}`,
    additionalType,
  };
  const sameAs = event.wikidata && wikidataPage(event.wikidata);
  if (!links.asEvent.has(event.id)) return [thingNode(common, sameAs)];
  const { startDate, endDate, location } = eventTiming(event, links.entities);
  const attendee = (event.participants ?? []).map((p) => ({
    "@type": "Role" as const,
    // A coded role goes out as its IRI (schema.org's roleName takes Text or URL).
    roleName: codedValue(p.role),
    attendee: ref(attendeeId(p.entity)),
  }));
  const steps = event.kind === "Coup" ? stepNodes(event, id, ids, nameOf, links.english) : [];
  // Sub- and super-events link Event nodes only: their range is Event.
  const linked = (index: Map<string, Set<string>>, kind: NewsEvent["kind"]) =>
    event.kind === kind
      ? [...(index.get(event.id) ?? [])].filter((id) => links.asEvent.has(id)).map((id) => ref(ids.local("event", id)))
      : [];
  const status = event.kind === "Meeting" ? event.status : undefined;
  const places = [...new Set([location, ...(event.places ?? [])])].flatMap((place) =>
    place === undefined ? [] : [ref(ids.entity(place))],
  );
  const node: EventNode = defined({
    "@type": "Event",
    ...common,
    startDate,
    endDate,
    // Every place it happened in: the location, then the others (a route in its order).
    location: places.length === 1 ? places[0] : places,
    attendee,
    eventStatus: status === undefined || status === "occurred" ? undefined : MEETING_STATUS[status],
    eventAttendanceMode: event.kind === "Meeting" ? ATTENDANCE[event.attendance] : undefined,
    subEvent: [...linked(links.partnerships, "Partnership"), ...steps.map((step) => ref(step["@id"] as string))],
    superEvent: [...linked(links.meetings, "Meeting"), ...series(event, ids, links)],
    sameAs,
  } as const);
  return [node, ...steps];
}

/** The usual node of an event (see eventTiming): a Thing, built field by field as `defined` would keep it. */
function thingNode(
  common: { "@id": string; name: string | undefined; description: string | undefined; additionalType: string[] },
  sameAs: string | undefined,
): Thing {
  const thing: Record<string, unknown> = { "@type": "Thing", "@id": common["@id"] };
  if (kept(common.name)) thing["name"] = common.name;
  if (kept(common.description)) thing["description"] = common.description;
  if (kept(common.additionalType)) thing["additionalType"] = common.additionalType;
  if (kept(sameAs)) thing["sameAs"] = sameAs;
  return thing as Thing;
}

/**
 * What an event is part of (its `part-of` relations): the Event node of the document's event, or
 * the series by its name and Wikidata page (its number in the series is in Linked Data only). Other relations are in Linked Data only: schema.org
 * has no property for them.
 */
function series(event: NewsEvent, ids: NodeIds, links: EventLinks): (EventNode | ReturnType<typeof ref>)[] {
  return (event.relations ?? []).flatMap((r): (EventNode | ReturnType<typeof ref>)[] => {
    if (r.relation !== "part-of") return [];
    if (r.target !== undefined) return links.asEvent.has(r.target) ? [ref(ids.local("event", r.target))] : [];
    // A Thing, not an Event: Google reads every Event as a listing, and a series has no date or place.
    const named = defined({ "@type": "Thing", name: r.name, sameAs: r.wikidata && wikidataPage(r.wikidata) } as const);
    return [named as unknown as EventNode];
  });
}

/**
 * A coup's dated steps as its sub-events: Events that start on a day, where they happened or
 * else in the coup's country (not its venue, which the step may not share). A step is named by
 * its description, else by its action and what it acted on, so two detentions are two people's;
 * a coded action is also its additionalType. A built-in action's words are English: a document
 * in another language names the step by its own words only (a coded action's label, what it acted
 * on, the coup's name), since an Event needs a name (Google's event listings require one).
 */
function stepNodes(
  coup: Coup,
  coupId: string,
  ids: NodeIds,
  nameOf: (entity: string) => string | undefined,
  english: boolean,
): EventNode[] {
  return (coup.steps ?? []).flatMap((step): EventNode[] => {
    const start = eventDate(step.date);
    if (start === undefined || start.length < 10) return [];
    const target = step.target === undefined ? undefined : nameOf(step.target);
    // A coded term's label is the document's own words; a built-in action's are ours.
    const action = english || isTerm(step.action) ? heading(codedWords(step.action)) : undefined;
    const acted = [action, target].filter((part) => part !== undefined).join(": ");
    const name = step.description ?? (acted === "" ? coup.name : `${acted} (${coup.name})`);
    return [
      {
        "@type": "Event",
        "@id": ids.local("step", step.id),
        name,
        ...(isTerm(step.action) && { additionalType: termIri(step.action) }),
        startDate: start,
        location: ref(ids.entity(step.location ?? coup.country)),
        superEvent: ref(coupId),
      },
    ];
  });
}

/** schema.org's EventAttendanceModeEnumeration for each attendance. */
const ATTENDANCE = {
  "in-person": "https://schema.org/OfflineEventAttendanceMode",
  remote: "https://schema.org/OnlineEventAttendanceMode",
  hybrid: "https://schema.org/MixedEventAttendanceMode",
} as const;

/** schema.org's EventStatusType for a meeting's status; a meeting that took place states none. */
const MEETING_STATUS = {
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
  planned: "https://schema.org/EventScheduled",
} as const satisfies Partial<Record<string, string>>;
