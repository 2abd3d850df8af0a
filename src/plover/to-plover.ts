import type { Entity, NewsDocument, NewsEvent } from "../generated/types.js";
import { classifyEvent } from "../model/taxonomy.js";
import type { PloverActor, PloverRecord } from "./record.js";
import { ploverCounts, type PloverLost } from "./counts-out.js";
import { actorCode, holdsOn } from "./actor-code.js";

/** The side of a PLOVER record a participant stands on, by its role; undefined: on neither. */
const SIDES: Readonly<Record<string, "source" | "target" | "both">> = {
  source: "source",
  target: "target",
  both: "both",
  // A meeting: the visitor comes to the host; the other roles meet each other.
  visitor: "source",
  host: "target",
  participant: "both",
  mediator: "source",
  // A coup: its makers act on the leader they remove or aim at.
  perpetrator: "source",
  leader: "source",
  supporter: "source",
  ousted: "target",
  // A partnership: parties agree with each other; aid goes from provider to beneficiary.
  party: "both",
  signatory: "both",
  guarantor: "source",
  provider: "source",
  beneficiary: "target",
  // A general event.
  organizer: "source",
  victim: "target",
};

/** A span of the body: where an entity is mentioned, or the words a participant or event is given by. */
type Span = { readonly start: number; readonly end: number; readonly text: string };

/** Whether span `a` lies within span `b`. */
const within = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;

/**
 * The article's words for an actor, as PLOVER's `actorText` holds them (the gold standard's are
 * the sentence's own words in 629 of its 660 actors, "Hungarian" for Hungary): where one of the
 * participant's evidence spans contains a mention of the entity, or lies within one, the narrower
 * ("Kassoum Coulibaly" in "Burkina Faso's Minister of Defence, Kassoum Coulibaly"; "CGT" in the
 * mention "the CGT union"); else the entity's first mention inside the event's evidence, else its
 * first mention in the text. An entity the
 * article never mentions is given by its name (from a record `fromPlover` read, the coder's
 * `actorText` as it came), a person without one by the article's description.
 */
function actorText(entity: Entity, own: readonly Span[] = [], event: readonly Span[] = []): string {
  // In the order of the text: a document may list its mentions in any order.
  const mentions = [...(entity.mentions ?? [])].sort((a, b) => a.start - b.start);
  for (const s of own)
    for (const m of mentions) {
      if (within(m, s)) return m.text;
      if (within(s, m)) return s.text;
    }
  return (
    mentions.find((m) => event.some((s) => within(m, s)))?.text ??
    mentions[0]?.text ??
    entity.name ??
    (entity.type === "person" ? entity.description : undefined) ??
    entity.id
  );
}

/** An entity as a PLOVER actor: the article's words for it, its code and sector (actor-code.ts). */
function actor(
  entity: Entity,
  participant: { actorCode?: string; sector?: string; represents?: string; evidence?: readonly Span[] },
  event: NewsEvent,
  byId: ReadonlyMap<string, Entity>,
  day: string,
): PloverActor {
  return {
    actorText: actorText(entity, participant.evidence, event.evidence),
    ...actorCode(entity, participant, byId, day),
  };
}

/** Roles on both sides for want of a direction (an explicit `both` says each acts on the other). */
const UNDIRECTED = new Set(["participant", "party", "signatory"]);

/**
 * The ids a participant acts for or belongs to: whom it represents, the offices its person holds on
 * `day` (a position's dates compare as text, cut to their length, as validation holds them), an
 * organisation's parent body and country, and the alliances listing it among their members.
 */
function affiliations(
  p: { represents?: string },
  entity: Entity,
  entities: readonly Entity[],
  day: string,
): Set<string> {
  const ids = new Set<string>(p.represents === undefined ? [] : [p.represents]);
  if (entity.type === "person")
    for (const pos of entity.positions ?? []) if (pos.of !== undefined && holdsOn(pos, day)) ids.add(pos.of);
  if (entity.type === "organization") for (const id of [entity.partOf, entity.country]) if (id) ids.add(id);
  for (const e of entities) if (e.type === "organization" && e.members?.includes(entity.id)) ids.add(e.id);
  return ids;
}

/**
 * The actors on each side of an event, by role. A participant, party or signatory that acts for or
 * belongs to an entity on one side only (a president who represents the source country) stands on
 * that side; when nothing places it, on both. When every participant is one of these (nobody acts
 * on anybody), all are sources and none a target, as PLOVER codes a reciprocal event.
 */
function sides(
  event: NewsEvent,
  doc: NewsDocument,
  byId: ReadonlyMap<string, Entity>,
): Pick<PloverRecord, "source" | "target"> {
  const placed = (event.participants ?? []).flatMap((p) => {
    const entity = byId.get(p.entity);
    const side = typeof p.role === "string" ? SIDES[p.role] : undefined;
    return entity === undefined || side === undefined
      ? []
      : [{ p, entity, side, undirected: UNDIRECTED.has(p.role as string) }];
  });
  const on = { source: new Set<string>(), target: new Set<string>() };
  // Only what a role places decides: an undirected participant does not place another.
  for (const { p, side, undirected } of placed)
    for (const s of ["source", "target"] as const)
      if (!undirected && (side === s || side === "both")) on[s].add(p.entity);
  const day = (event.date?.precision !== "interval" ? event.date?.value : undefined) ?? doc.published ?? "";
  // Nobody acts on anybody (talks, a pact between parties): PLOVER's reciprocal event, every actor
  // a source and none a target, as the gold standard codes "(SRC/TAR: Israel) and (SRC/TAR:
  // Lebanon) renewed negotiations" and draft 2.0 an actor list without recipients. On both sides,
  // each actor was also coded as acting on itself (found by a trial).
  const reciprocal = placed.every(({ undirected }) => undirected);
  const source: PloverActor[] = [];
  const target: PloverActor[] = [];
  for (const { p, entity, side, undirected } of placed) {
    let stands = reciprocal ? "source" : side;
    if (undirected && !reciprocal) {
      const ids = [...affiliations(p, entity, doc.entities ?? [], day)];
      const [src, tar] = [ids.some((id) => on.source.has(id)), ids.some((id) => on.target.has(id))];
      if (src !== tar) stands = src ? "source" : "target";
    }
    const a = actor(entity, p as Parameters<typeof actor>[1], event, byId, day);
    if (stands !== "target") source.push(a);
    if (stands !== "source") target.push(structuredClone(a));
  }
  return { ...(source.length > 0 ? { source } : {}), ...(target.length > 0 ? { target } : {}) };
}

/** The type, mode and contexts of an event in PLOVER. */
function codes(event: NewsEvent): { event: string; mode?: string; context?: string } | undefined {
  const c = classifyEvent(event);
  if (c.ploverCategory === undefined) return undefined;
  const mode = c.ploverMode;
  return {
    event: c.ploverCategory,
    ...(mode !== undefined ? { mode } : {}),
    ...(c.ploverContexts.length > 0 ? { context: c.ploverContexts.join(", ") } : {}),
  };
}

/**
 * The document's events as PLOVER records, one per event that has a PLOVER type: a general event
 * its own; a meeting CONSULT (mode visit, phone, third-party or multilateral), a planned one
 * AGREE, a cancelled one none; a coup COERCE (mode seize), ASSAULT when it includes an assault; a
 * partnership CONSULT while negotiating, else AGREE, SUPPORT, COOPERATE or AID by its stage (see
 * `classifyEvent`); an event with no record is in {@link toPloverResult}'s `lost`. Actors are the participants by
 * role (source, target, or both); a participant, party or signatory stands with the entity it
 * represents or belongs to when that entity is on one side only, else on both; when all are
 * participants, parties or signatories, all are sources (PLOVER's reciprocal event). Counts are the
 * killed, injured and participants quantities (one of each a record: {@link toPloverResult} says
 * which were not written), the text the document's body. What PLOVER cannot hold is listed in
 * docs/plover.md.
 *
 * @example
 * ```ts
 * import { toPlover } from "news-events/plover";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * toPlover(burkinaFasoRussia).map((r) => r.event); // => ["CONSULT", "CONSULT", "COERCE", "COERCE", "CONSULT"]
 * ```
 */
export function toPlover(doc: NewsDocument): PloverRecord[] {
  return toPloverResult(doc).records;
}

/** The result of {@link toPloverResult}. */
export interface ToPloverResult {
  /** The records, exactly as {@link toPlover} gives them. */
  readonly records: PloverRecord[];
  /**
   * The counts the records do not hold as they stand (a second count of the same thing, or the
   * groups of a sum) and the events with no record (a cancelled meeting, an event with no PLOVER
   * type), with pointers into the document. What PLOVER's shape never holds (relations, claims,
   * the entity types…) is not listed: docs/plover.md gives it.
   */
  readonly lost: readonly PloverLost[];
}

/**
 * {@link toPlover}, with what of the events' counts the records do not hold as they stand. A
 * record has one count of each (`dead`, `injured`, `size`): of two killed quantities, the sum
 * when they count different groups (each its own `of`, exact, as of the same day); else the
 * latest when each gives its `asOf` (a rising toll); else the first. Each other one (or each
 * group of a sum) is in `lost`.
 *
 * @example
 * ```ts
 * import { toPloverResult } from "news-events/plover";
 *
 * const { records, lost } = toPloverResult(doc);
 * lost.map((l) => l.pointer); // e.g. ["/events/0/quantities/0"]: a toll since risen, not written
 * ```
 */
export function toPloverResult(doc: NewsDocument): ToPloverResult {
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e] as const));
  const lost: PloverLost[] = [];
  const records = (doc.events ?? []).flatMap((event, i): PloverRecord[] => {
    const coded = codes(event);
    if (coded === undefined) {
      lost.push(noRecord(event, i));
      return [];
    }
    const place = event.location === undefined ? undefined : byId.get(event.location);
    const date = event.date && event.date.precision !== "interval" ? event.date.value : undefined;
    const words = event.evidence?.map((e) => e.text).join(" ");
    const named = nameWithout(event.name, coded.event);
    return [
      {
        id: event.id,
        ...(date !== undefined ? { date } : {}),
        ...coded,
        ...eventText(named, words, event.name),
        ...sides(event, doc, byId),
        ...(place !== undefined ? { eventLoc: { name: place.name ?? place.id } } : {}),
        ...ploverCounts(event.quantities ?? [], `/events/${i}`, lost),
        ...(doc.body !== undefined ? { text: doc.body } : {}),
        language: doc.language,
      },
    ];
  });
  return { records, lost };
}

/**
 * The words of an event name `fromPlover` made ("PROTEST: marched" from a record's event text and
 * type), or undefined for any other name. The coder's event text, written back as it came.
 */
function nameWithout(name: string, type: string): string | undefined {
  return name === type ? "" : name.startsWith(`${type}: `) ? name.slice(type.length + 2) : undefined;
}

/**
 * A record's `eventText`: the event text a PLOVER record gave (kept in the name), else the words of
 * the event's evidence, else its name. None for a record that gave none, so that none is invented
 * and the type is not written into it again on each round trip.
 */
function eventText(named: string | undefined, words: string | undefined, name: string): { eventText?: string } {
  const text = named ?? (words || name);
  return text === "" ? {} : { eventText: text };
}

/** Why an event has no record: a cancelled meeting did not take place; any other event has no PLOVER type. */
function noRecord(event: NewsEvent, i: number): PloverLost {
  return event.kind === "Meeting" && event.status === "cancelled"
    ? {
        code: "not-held",
        pointer: `/events/${i}/status`,
        message: "a cancelled meeting did not take place: PLOVER codes what was done, so it has no record",
      }
    : {
        code: "no-type",
        pointer: `/events/${i}`,
        message: "has no PLOVER type, so no record (a general event takes one as its plover term)",
      };
}
