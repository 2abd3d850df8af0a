import type { Entity, NewsDocument, NewsEvent, Quantity } from "../generated/types.js";
import { classifyEvent } from "../model/taxonomy.js";
import type { PloverActor, PloverRecord } from "./record.js";

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

/** A coup as PLOVER codes it: COERCE, the seizure (mode seize) of power; ASSAULT when its steps include an assault. */
function coupType(event: Extract<NewsEvent, { kind: "Coup" }>): { event: string; mode?: string } {
  return (event.steps ?? []).some((s) => s.action === "assault")
    ? { event: "ASSAULT" }
    : { event: "COERCE", mode: "seize" };
}

/** PLOVER's counts from the quantities: a number when it is exact, else the words. */
function counts(quantities: readonly Quantity[]): Pick<PloverRecord, "dead" | "injured" | "size"> {
  const out: Pick<PloverRecord, "dead" | "injured" | "size"> = {};
  const fields = { killed: "dead", injured: "injured", participants: "size" } as const;
  for (const q of quantities) {
    const field = typeof q.counts === "string" ? fields[q.counts as keyof typeof fields] : undefined;
    if (field === undefined || out[field] !== undefined) continue;
    out[field] = q.precision === "exact" && q.value !== undefined ? String(q.value) : q.text;
  }
  return out;
}

/** An entity as a PLOVER actor: its name; a country's ISO code, or a participant's own code and sector. */
function actor(
  entity: Entity,
  participant: { actorCode?: string; sector?: string; represents?: string },
  byId: ReadonlyMap<string, Entity>,
): PloverActor {
  const represented = participant.represents === undefined ? undefined : byId.get(participant.represents);
  const country = entity.type === "country" ? entity : represented?.type === "country" ? represented : undefined;
  const code = participant.actorCode ?? country?.iso3;
  // A country, or someone acting for one, is its government.
  const sector = participant.sector ?? (country !== undefined ? "GOV" : undefined);
  return {
    // An unnamed actor ("senior officials") is given by the article's words for it.
    actorText: entity.name ?? (entity.type === "person" ? entity.description : undefined) ?? entity.id,
    ...(code !== undefined ? { code } : {}),
    ...(sector !== undefined ? { sector } : {}),
  };
}

/** The actors on each side of an event. */
function sides(event: NewsEvent, byId: ReadonlyMap<string, Entity>): Pick<PloverRecord, "source" | "target"> {
  const source: PloverActor[] = [];
  const target: PloverActor[] = [];
  for (const p of event.participants ?? []) {
    const entity = byId.get(p.entity);
    const side = typeof p.role === "string" ? SIDES[p.role] : undefined;
    if (entity === undefined || side === undefined) continue;
    const a = actor(entity, p as { actorCode?: string; sector?: string; represents?: string }, byId);
    if (side !== "target") source.push(a);
    if (side !== "source") target.push(structuredClone(a));
  }
  return { ...(source.length > 0 ? { source } : {}), ...(target.length > 0 ? { target } : {}) };
}

/** The type, mode and contexts of an event in PLOVER. */
function codes(event: NewsEvent): { event: string; mode?: string; context?: string } | undefined {
  const c = classifyEvent(event);
  const type = event.kind === "Coup" ? coupType(event) : c.ploverCategory && { event: c.ploverCategory };
  if (!type) return undefined;
  const mode = type.mode ?? c.ploverMode;
  return {
    event: type.event,
    ...(mode !== undefined ? { mode } : {}),
    ...(c.ploverContexts.length > 0 ? { context: c.ploverContexts.join(", ") } : {}),
  };
}

/**
 * The document's events as PLOVER records, one per event that has a PLOVER type: a general event
 * its own; a meeting CONSULT (mode visit, phone, third-party or multilateral), a planned one
 * AGREE; a coup COERCE (mode seize), ASSAULT when it includes an assault; a partnership AGREE,
 * SUPPORT, COOPERATE or AID by its stage (see `classifyEvent`). Actors are the participants by
 * role (source, target, or both), counts the killed, injured and participants quantities, the
 * text the document's body. What PLOVER cannot hold is listed in docs/plover.md.
 *
 * @example
 * ```ts
 * import { toPlover } from "news-events/plover";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * toPlover(burkinaFasoRussia).map((r) => r.event); // => ["CONSULT", "CONSULT", "COERCE", "COERCE", "AGREE"]
 * ```
 */
export function toPlover(doc: NewsDocument): PloverRecord[] {
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e] as const));
  return (doc.events ?? []).flatMap((event): PloverRecord[] => {
    const coded = codes(event);
    if (coded === undefined) return [];
    const place = event.location === undefined ? undefined : byId.get(event.location);
    const date = event.date && event.date.precision !== "interval" ? event.date.value : undefined;
    const words = event.evidence?.map((e) => e.text).join(" ");
    return [
      {
        id: event.id,
        ...(date !== undefined ? { date } : {}),
        ...coded,
        eventText: words || event.name,
        ...sides(event, byId),
        ...(place !== undefined ? { eventLoc: { name: place.name ?? place.id } } : {}),
        ...counts(event.quantities ?? []),
        ...(doc.body !== undefined ? { text: doc.body } : {}),
        language: doc.language,
      },
    ];
  });
}
