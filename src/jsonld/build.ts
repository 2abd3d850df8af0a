import type {
  BlogPosting,
  ClaimReview,
  CorrectionComment,
  Country as CountryNode,
  Event as EventNode,
  Graph,
  IdReference,
  ImageObject,
  NewsArticle,
  Organization as OrganizationNode,
  Person as PersonNode,
  Place as PlaceNode,
  Quotation,
  Thing,
  WebPage,
} from "schema-dts";
import type {
  Author,
  Claim,
  Coup,
  Entity,
  FuzzyDate,
  NewsDocument,
  NewsEvent,
  Person,
  Source,
  Update,
  Verification,
} from "../generated/types.js";
import { dateBounds } from "../model/dates.js";
import { eventClasses } from "../model/taxonomy.js";
import { iptcMediaTopicIri, wikidataIri, wikidataPage, withoutFragment } from "../core/iri.js";
import { describeThrown, NewsEventsError } from "../core/error.js";
import { defined } from "./defined.js";
import { assertGraphInput } from "./guard.js";
import { nodeIds, type EntityIds, type NodeIds } from "./ids.js";
import { siteParts, type SiteOptions } from "./site.js";

/** Options for {@link toJsonLd}: what to state, and what a site's pages need beside the article ({@link SiteOptions}). */
export interface JsonLdOptions extends SiteOptions {
  /**
   * Also emit what is verified: each verification rated imprecise, wrong, unsupported or
   * misleading becomes a `CorrectionComment` in the article's `correction`. The graph otherwise
   * states only what the article states.
   * @default true
   */
  readonly corrections?: boolean;
  /**
   * Which news events become schema.org `Event` nodes. `"eligible"`: those with a start day and a
   * place, the rest become `Thing` nodes with the same id, name, classes and Wikidata link,
   * because Google reads every Event as an event listing and reports one without startDate or
   * location as invalid. `"all"`: every news event is an Event (for consumers other than search
   * engines).
   * @default "eligible"
   */
  readonly events?: "eligible" | "all";
  /**
   * Site-wide entity ids (a base IRI or a function, see {@link EntityIds}), so that a site's
   * pages merge into one knowledge graph. The shared nodes then leave out what belongs to one
   * article: a person's `jobTitle` on the publication day.
   */
  readonly entityIds?: EntityIds;
}

/** The JSON-LD produced for a document: one schema.org `@graph`. */
export type NewsArticleGraph = Graph;

const ref = (id: string): IdReference => ({ "@id": id });

/** A length in pixels (UN/CEFACT unit E37). */
const pixels = (value: number) => ({ "@type": "QuantitativeValue" as const, value, unitCode: "E37" });

/** Whether a list has items. */
const some = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

/** A word with its first letter in upper case, hyphens read as spaces ("self-declaration" → "Self declaration"). */
const heading = (word: string) => `${word[0]?.toUpperCase() ?? ""}${word.slice(1).replace(/-/g, " ")}`;

/**
 * A schema.org Date at the precision known: a day, month or year as written; nothing for an
 * interval, whose span is in the event's description rather than an invented day.
 */
function eventDate(date: FuzzyDate | undefined): string | undefined {
  if (!date || date.precision === "interval") return undefined;
  // A clock time with its offset makes the start a schema.org DateTime.
  return date.time === undefined ? date.value : `${date.value}T${date.time}`;
}

/** Where an event stands by its own fields, for its description: a coup's outcome, a partnership's stage. */
function standing(event: NewsEvent): string | undefined {
  if (event.kind === "Coup")
    return `Outcome: ${event.outcome.replace("-", " ")}${event.outcomeAsOf === undefined ? "" : ` as of ${event.outcomeAsOf}`}.`;
  return event.kind === "Partnership" ? `Stage: ${event.stage.replace("-", " ")}.` : undefined;
}

/** Positions held on the day the article was published. */
function positionsAt(person: Person, published: string): string[] {
  const day = published.slice(0, 10);
  return (person.positions ?? [])
    .filter((p) => {
      const start = p.start === undefined ? undefined : dateBounds(p.start);
      const end = p.end === undefined ? undefined : dateBounds(p.end);
      return (!start || start.earliest <= day) && (!end || end.latest >= day);
    })
    .map((p) => p.title);
}

/** An entity's node; `positionsOn` is the day whose job titles it states (none for site-wide nodes). */
function entityNode(entity: Entity, ids: NodeIds, positionsOn: string | undefined): Thing {
  const common = {
    "@id": ids.entity(entity.id),
    name: entity.name,
    alternateName: entity.aliases && [...entity.aliases],
  };
  const sameAs = [...(entity.wikidata !== undefined ? [wikidataPage(entity.wikidata)] : []), ...(entity.sameAs ?? [])];
  switch (entity.type) {
    case "person": {
      const node: PersonNode = defined({
        "@type": "Person",
        ...common,
        jobTitle: positionsOn === undefined ? undefined : positionsAt(entity, positionsOn),
        sameAs,
      } as const);
      return node;
    }
    case "country": {
      const node: CountryNode = defined({
        "@type": "Country",
        ...common,
        identifier: [
          { "@type": "PropertyValue", propertyID: "ISO 3166-1 alpha-2", value: entity.iso2 },
          { "@type": "PropertyValue", propertyID: "ISO 3166-1 alpha-3", value: entity.iso3 },
        ],
        sameAs,
      } as const);
      return node;
    }
    case "organization": {
      const node: OrganizationNode = defined({ "@type": "Organization", ...common, sameAs } as const);
      return node;
    }
    case "place": {
      // The next place up: the square a palace is in, else the country.
      const up = entity.within ?? entity.country;
      const node: PlaceNode = defined({
        "@type": "Place",
        ...common,
        geo:
          entity.latitude !== undefined && entity.longitude !== undefined
            ? ({ "@type": "GeoCoordinates", latitude: entity.latitude, longitude: entity.longitude } as const)
            : undefined,
        containedInPlace: up === undefined ? undefined : ref(ids.entity(up)),
        sameAs,
      } as const);
      return node;
    }
  }
}

/** Each author's node id, in order; the same person listed twice gets the same id. */
function authorNodeIds(authors: readonly Author[], ids: NodeIds): string[] {
  const taken = new Map<string, string>();
  return authors.map((author) => {
    const id = ids.author(author, taken);
    if (!taken.has(id)) taken.set(id, author.name);
    return id;
  });
}

/** Meetings and partnerships linked either way, indexed from both ends, so both ends say the same. */
interface EventLinks {
  /** Partnership id → the meetings that advanced it. */
  readonly partnerships: Map<string, Set<string>>;
  /** Meeting id → the partnerships it advanced. */
  readonly meetings: Map<string, Set<string>>;
  /** The ids of the events that become Event nodes. */
  readonly asEvent: Set<string>;
}

function partnershipMeetings(doc: NewsDocument, asEvent: (event: NewsEvent) => boolean): EventLinks {
  const links: EventLinks = {
    partnerships: new Map(),
    meetings: new Map(),
    asEvent: new Set((doc.events ?? []).filter(asEvent).map((e) => e.id)),
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

/** What Google requires of an Event before it reads it as one: a day to start on, and a place. */
function eventTiming(event: NewsEvent): {
  startDate: string | undefined;
  endDate: string | undefined;
  location: string | undefined;
  eligible: boolean;
} {
  const location = event.kind === "Coup" && event.location === undefined ? event.country : event.location;
  const startDate = eventDate(event.date);
  const endDate = eventDate(event.endDate);
  // Google's Event requirements: name, startDate and location. A month or a year is no start date
  // a listing can show; locations are Place or Country nodes (Country is a Place).
  const eligible = startDate !== undefined && startDate.length >= 10 && location !== undefined;
  return { startDate, endDate, location, eligible };
}

/**
 * The node of one news event. By default (`events: "eligible"`) an event with a start day and a
 * place is an `Event` with its attendees in roles, dates, place and status; one without them is
 * a `Thing` with the same id, name, classes and Wikidata link, because Google reads every Event
 * node as an event listing and reports one without startDate or location as invalid (see
 * docs/jsonld-and-seo.md). `events: "all"` makes every news event an Event.
 */
function eventNode(
  event: NewsEvent,
  ids: NodeIds,
  links: EventLinks,
  attendeeId: (entity: string) => string,
): (EventNode | Thing)[] {
  const codes = eventClasses(event);
  const additionalType = [
    ...codes.wikidataClasses.map(wikidataIri),
    ...codes.iptcMediaTopics.map(iptcMediaTopicIri),
    ...(event.classes ?? []).map(wikidataIri),
  ];
  const id = ids.local("event", event.id);
  const common = {
    "@id": id,
    name: event.name,
    description: [event.summary, standing(event)].filter(Boolean).join(" ") || undefined,
    additionalType,
  };
  const sameAs = event.wikidata && wikidataPage(event.wikidata);
  if (!links.asEvent.has(event.id)) return [defined({ "@type": "Thing", ...common, sameAs } as const)];
  const { startDate, endDate, location } = eventTiming(event);
  const attendee = (event.participants ?? []).map((p) => ({
    "@type": "Role" as const,
    roleName: p.role,
    attendee: ref(attendeeId(p.entity)),
  }));
  const steps = event.kind === "Coup" ? stepNodes(event, id, ids) : [];
  // Sub- and super-events link Event nodes only: their range is Event.
  const linked = (id: string) => ids.local("event", id);
  const subEvents =
    event.kind === "Partnership"
      ? [...(links.partnerships.get(event.id) ?? [])].filter((id) => links.asEvent.has(id))
      : [];
  const superEvents =
    event.kind === "Meeting" ? [...(links.meetings.get(event.id) ?? [])].filter((id) => links.asEvent.has(id)) : [];
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
    subEvent: [...subEvents.map((sub) => ref(linked(sub))), ...steps.map((step) => ref(step["@id"] as string))],
    superEvent: superEvents.map((sup) => ref(linked(sup))),
    sameAs,
  } as const);
  return [node, ...steps];
}

/**
 * A coup's dated steps as its sub-events: Events that start on a day, where they happened or
 * else in the coup's country (not its venue, which the step may not share).
 */
function stepNodes(coup: Coup, coupId: string, ids: NodeIds): EventNode[] {
  return (coup.steps ?? []).flatMap((step): EventNode[] => {
    const start = eventDate(step.date);
    if (start === undefined || start.length < 10) return [];
    const name = step.description ?? `${heading(step.action)} (${coup.name})`;
    return [
      {
        "@type": "Event",
        "@id": ids.local("step", step.id),
        name,
        startDate: start,
        location: ref(ids.entity(step.location ?? coup.country)),
        superEvent: ref(coupId),
      },
    ];
  });
}

/** One update of a live blog: a BlogPosting of its own, dated, with its own address when it has one. */
function updateNode(update: Update, ids: NodeIds): BlogPosting {
  return defined({
    "@type": "BlogPosting",
    "@id": ids.local("update", update.id),
    headline: update.headline,
    datePublished: update.published,
    articleBody: update.text,
    url: update.url,
  } as const);
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

/** The node a verification's target denotes, when it is one of the graph's nodes. */
function correctedNode(verification: Verification, doc: NewsDocument, ids: NodeIds): string | undefined {
  const m = /^\/(events|entities|quotes)\/(\d+)(?:\/|$)/.exec(verification.target);
  if (!m) return verification.target === "/headline" ? ids.article : undefined;
  const index = Number(m[2]);
  const item = m[1] === "events" ? doc.events?.[index] : m[1] === "entities" ? doc.entities?.[index] : undefined;
  if (item) return m[1] === "events" ? ids.local("event", item.id) : ids.entity(item.id);
  if (m[1] !== "quotes") return undefined;
  const quote = doc.quotes?.[index];
  return quote && ids.local("quote", quote.id);
}

/** The claim a verification checks, when someone other than the article makes it. */
function claimOf(verification: Verification, doc: NewsDocument): Claim | undefined {
  const m = /^\/claims\/(\d+)(?:\/|$)/.exec(verification.target);
  const claim = m ? doc.claims?.[Number(m[1])] : undefined;
  return claim?.claimant === undefined ? undefined : claim;
}

/** A verification of a third party's claim: schema.org's ClaimReview, rated in words. */
function claimReviewNode(verification: Verification, claim: Claim, doc: NewsDocument, ids: NodeIds): ClaimReview {
  return defined({
    "@type": "ClaimReview",
    "@id": ids.local("review", verification.id),
    url: doc.url,
    claimReviewed: claim.text,
    itemReviewed: { "@type": "Claim", author: ref(ids.entity(claim.claimant as string)) },
    reviewRating: { "@type": "Rating", alternateName: heading(verification.rating) },
    reviewBody: verification.verified?.text ?? verification.note,
    author: ref(ids.publisher),
    datePublished: verification.checked,
  } as const);
}

function correctionNode(
  verification: Verification,
  doc: NewsDocument,
  ids: NodeIds,
  sources: ReadonlyMap<string, Source>,
): CorrectionComment {
  const about = correctedNode(verification, doc, ids);
  const citations = (verification.sources ?? [])
    .map((id) => sources.get(id)?.url)
    .filter((url): url is string => url !== undefined);
  const verified = verification.verified?.text;
  return defined({
    "@type": "CorrectionComment",
    "@id": ids.local("correction", verification.id),
    name: `${heading(verification.rating)}: “${verification.stated}”`,
    text: verified ?? verification.note ?? verification.rating,
    about: about && ref(about),
    dateCreated: verification.checked,
    citation: citations,
  } as const);
}

/**
 * Builds the schema.org JSON-LD of a document: one `@graph` with the WebPage, the NewsArticle,
 * its publisher, authors and images, a node for each news event (an `Event` when it has a start
 * day and a place, else a `Thing`: see {@link JsonLdOptions.events}; main events in `about`,
 * the others in `mentions`), the named entities, the quotes as `Quotation`s, and, unless
 * `corrections: false`, the verified corrections. Every node has a stable absolute `@id`, every
 * reference resolves, and the same document always gives the same graph, byte for byte. Values
 * are never truncated or entity-encoded.
 *
 * The document should be valid (check it with `validateDocument` from `news-events`). This
 * entry carries no validator, but it refuses what it cannot turn into safe JSON-LD: a value that
 * would become a URL or an `@id` and is not an http(s) URL browsers read as written (no
 * `javascript:`, no credentials) or a safe id, or a part of the wrong shape. Then it throws a
 * `NewsEventsError` listing every such issue, and never emits a graph. Its input is never changed
 * and shares no array or object with the output.
 *
 * @example
 * ```ts
 * import { toJsonLd } from "news-events/jsonld";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const graph = toJsonLd(burkinaFasoRussia);
 * graph["@graph"].length; // => 39
 * ```
 */
export function toJsonLd(doc: NewsDocument, options: JsonLdOptions = {}): NewsArticleGraph {
  assertGraphInput(doc);
  try {
    return buildGraph(doc, options);
  } catch (error) {
    // Options and site-wide ids are checked while building, and say so in their own error.
    if (error instanceof NewsEventsError) throw error;
    // The guard checked what becomes a URL or an id; a shape it does not check can still break
    // the build. Say so in the one error class, never as a bare TypeError.
    const thrown = describeThrown(error);
    throw new NewsEventsError("document for JSON-LD", [
      {
        code: "unreadable",
        pointer: "",
        message: `could not become JSON-LD (validate it first): ${thrown}`,
        params: { error: thrown },
      },
    ]);
  }
}

function buildGraph(doc: NewsDocument, options: JsonLdOptions): NewsArticleGraph {
  const ids = nodeIds(doc, options.entityIds);
  const mode = options.events ?? "eligible";
  const asEvent = (event: NewsEvent) => mode === "all" || eventTiming(event).eligible;
  const links = partnershipMeetings(doc, asEvent);
  const sources = new Map((doc.sources ?? []).map((source) => [source.id, source] as const));
  // One node per image URL, however often the document lists it.
  const imageIds = new Map<string, string>();
  const images: ImageObject[] = [];
  for (const image of doc.images ?? []) {
    if (imageIds.has(image.url)) continue;
    // An image is its own URL, unless that URL is the page's or the article's own id.
    const id =
      image.url === ids.page || image.url === ids.article
        ? `${withoutFragment(ids.page)}#/image/${images.length}`
        : ids.image(image.url);
    imageIds.set(image.url, id);
    images.push(
      defined({
        "@type": "ImageObject",
        "@id": id,
        url: image.url,
        contentUrl: image.url,
        // schema.org ranges width/height over Distance or QuantitativeValue, not bare numbers.
        width: image.width === undefined ? undefined : pixels(image.width),
        height: image.height === undefined ? undefined : pixels(image.height),
        caption: image.caption,
      } as const),
    );
  }
  const authorIds = authorNodeIds(doc.authors, ids);
  const site = siteParts(
    options,
    doc,
    new Set([ids.page, ids.article, ids.publisher, ...authorIds, ...imageIds.values()]),
  );
  const authors: Thing[] = [];
  const authorNodesMade = new Set<string>([ids.publisher]);
  doc.authors.forEach((author, i) => {
    const id = authorIds[i] as string;
    if (authorNodesMade.has(id)) return;
    authorNodesMade.add(id);
    const fields = defined({
      "@id": id,
      name: author.name,
      url: author.url,
      sameAs: author.sameAs && [...author.sameAs],
      ...site.authors[i],
    });
    authors.push(
      author.type === "organization"
        ? ({ "@type": "Organization", ...fields } satisfies OrganizationNode)
        : ({ "@type": "Person", ...fields } satisfies PersonNode),
    );
  });
  const publisher: OrganizationNode = defined({
    "@type": "Organization",
    "@id": ids.publisher,
    name: doc.publisher.name,
    url: doc.publisher.url,
    logo: doc.publisher.logo,
    ...site.publisher,
  } as const);
  // schema.org's attendee is a Person or an Organization: a country takes part through its government.
  const countries = new Map(
    (doc.entities ?? []).filter((e) => e.type === "country").map((e) => [e.id, e.name] as const),
  );
  const governments = new Map<string, OrganizationNode>();
  const attendeeId = (entity: string): string => {
    const name = countries.get(entity);
    if (name === undefined) return ids.entity(entity);
    const government = `${ids.entity(entity)}/government`;
    if (!governments.has(entity))
      governments.set(entity, {
        "@type": "GovernmentOrganization",
        "@id": government,
        name: `Government of ${name}`,
        areaServed: ref(ids.entity(entity)),
      });
    return government;
  };
  const events = (doc.events ?? []).flatMap((event) => eventNode(event, ids, links, attendeeId));
  const entities = (doc.entities ?? []).map((entity) =>
    entityNode(entity, ids, options.entityIds === undefined ? doc.published : undefined),
  );
  const quotes: Quotation[] = (doc.quotes ?? []).map((quote) => {
    const attribution = quote.attribution?.source;
    const source = attribution === undefined ? undefined : sources.get(attribution);
    return defined({
      "@type": "Quotation",
      "@id": ids.local("quote", quote.id),
      text: quote.text,
      spokenByCharacter: quote.speakers.map((id) => ref(ids.entity(id))),
      about: quote.event === undefined ? undefined : ref(ids.local("event", quote.event)),
      publisher: attribution !== undefined && source === undefined ? ref(ids.entity(attribution)) : undefined,
      isBasedOn: source?.url,
    } as const);
  });
  // What is verified of the article's own statements corrects the article; what is verified of
  // someone else's claim reviews that claim (ClaimReview), whatever the rating.
  const corrections: CorrectionComment[] = [];
  const reviews: ClaimReview[] = [];
  for (const v of options.corrections === false ? [] : (doc.verifications ?? [])) {
    const claim = claimOf(v, doc);
    if (claim) reviews.push(claimReviewNode(v, claim, doc, ids));
    else if (v.rating !== "confirmed") corrections.push(correctionNode(v, doc, ids, sources));
  }
  const mainEvents = (doc.events ?? []).filter((e) => e.salience === "main").map((e) => ref(ids.local("event", e.id)));
  const mentions = [
    ...(doc.events ?? []).filter((e) => e.salience !== "main").map((e) => ref(ids.local("event", e.id))),
    ...(doc.entities ?? []).map((e) => ref(ids.entity(e.id))),
  ];
  const hasPart = [
    ...quotes.map((q) => ref(q["@id"] ?? "")),
    ...(doc.paywall
      ? [{ "@type": "WebPageElement" as const, isAccessibleForFree: false, cssSelector: doc.paywall.cssSelector }]
      : []),
  ];
  const page: WebPage = defined({
    "@type": "WebPage",
    "@id": ids.page,
    url: doc.url,
    name: doc.headline,
    inLanguage: doc.language,
    primaryImageOfPage: images[0] && ref(images[0]["@id"] ?? ""),
    datePublished: doc.published,
    dateModified: doc.modified,
    ...site.page,
  } as const);
  const type = options.articleType ?? (some(doc.updates) ? "LiveBlogPosting" : "NewsArticle");
  const live = type === "LiveBlogPosting";
  // A live blog's updates are its own nodes; another article type leaves them out.
  const updates = (live && doc.updates) || [];
  const article = defined({
    "@type": type,
    "@id": ids.article,
    headline: doc.headline,
    description: doc.description,
    datePublished: doc.published,
    dateModified: doc.modified,
    author: [...new Set(authorIds)].map(ref),
    publisher: ref(ids.publisher),
    image: images.map((i) => ref(i["@id"] ?? "")),
    inLanguage: doc.language,
    articleSection: doc.section,
    keywords: doc.keywords && [...doc.keywords],
    mainEntityOfPage: ref(ids.page),
    about: mainEvents,
    mentions,
    hasPart,
    isAccessibleForFree: doc.paywall ? false : undefined,
    correction: corrections.map((c) => ref(c["@id"] ?? "")),
    review: reviews.map((r) => ref(r["@id"] ?? "")),
    ...(live && { coverageStartTime: doc.published, coverageEndTime: doc.coverageEnded }),
    liveBlogUpdate: updates.map((u) => ref(ids.local("update", u.id))),
    ...site.article,
  }) as NewsArticle;
  return {
    "@context": "https://schema.org",
    "@graph": [
      page,
      article,
      publisher,
      ...authors,
      ...images,
      ...site.nodes,
      ...updates.map((u) => updateNode(u, ids)),
      ...events,
      ...entities,
      ...governments.values(),
      ...quotes,
      ...corrections,
      ...reviews,
    ],
  };
}
