import type { Thing } from "schema-dts";
import type { NewsEvent } from "../../generated/types.js";
import { wikidataIri, wikidataPage } from "../../core/iri.js";
import { kindOf, type KindDefinition } from "../../core/kinds.js";
import { defined } from "../defined.js";
import type { NodeIds } from "../ids.js";
import { ref } from "./common.js";
import { eventTiming } from "./event.js";

/*
 * The node of an event of a user-defined kind (news-events kinds build): the schema.org class the
 * kind declares, under the same rule as the built-in kinds — an Event class becomes an Event node
 * only when the builder makes it one (`asEvent`: by default only a public general event on a day
 * at a place with an address is, so with `events: "all"`), else a Thing with the class as an
 * additionalType IRI — and the kind's Wikidata class and the event's own classes as IRIs.
 */

/** What the JSON-LD builder needs of a user-defined kind. */
export type JsonLdKind = Pick<KindDefinition, "kind" | "schemaOrgType" | "isEvent" | "wikidata">;

/**
 * The nodes of `event` when it is of one of `kinds`; undefined for a built-in kind.
 *
 * @example
 * ```ts
 * kindEventNodes(election, kinds, ids, asEvent, attendees.id); // => [{ "@type": "Event", additionalType: ["http://www.wikidata.org/entity/Q40231"], … }]
 * ```
 */
export function kindEventNodes(
  event: NewsEvent,
  kinds: readonly JsonLdKind[] | undefined,
  ids: NodeIds,
  asEvent: ReadonlySet<string>,
  attendeeId: (entity: string) => string,
): Thing[] | undefined {
  const kind = kindOf(kinds as readonly KindDefinition[] | undefined, event);
  if (kind === undefined) return undefined;
  const listed = kind.isEvent && asEvent.has(event.id);
  const type = !kind.isEvent || listed ? kind.schemaOrgType : "Thing";
  const additionalType = [
    ...(type === "Thing" ? [`https://schema.org/${kind.schemaOrgType}`] : []),
    ...(kind.wikidata === undefined ? [] : [wikidataIri(kind.wikidata)]),
    ...(event.classes ?? []).map(wikidataIri),
  ];
  const common = {
    "@type": type,
    "@id": ids.local("event", event.id),
    name: event.name,
    description: event.summary,
    additionalType,
    sameAs: event.wikidata && wikidataPage(event.wikidata),
  };
  if (!listed) return [defined(common) as Thing];
  // Whether it is listed was decided with the entities (asEvent); here only its dates and place.
  const { startDate, endDate, location } = eventTiming(event, new Map());
  const places = [...new Set([location, ...(event.places ?? [])])].flatMap((p) =>
    p === undefined ? [] : [ref(ids.entity(p))],
  );
  const participants = (event as { participants?: readonly { entity: string; role: string }[] }).participants ?? [];
  return [
    defined({
      ...common,
      startDate,
      endDate,
      location: places.length === 1 ? places[0] : places,
      attendee: participants.map((p) => ({ "@type": "Role", roleName: p.role, attendee: ref(attendeeId(p.entity)) })),
    }) as Thing,
  ];
}
