import type {
  Country as CountryNode,
  Organization as OrganizationNode,
  Person as PersonNode,
  Place as PlaceNode,
  Thing,
} from "schema-dts";
import type { Entity, NewsDocument, Person } from "../../generated/types.js";
import { wikidataPage } from "../../core/iri.js";
import { defined } from "../defined.js";
import type { NodeIds } from "../ids.js";
import { ref } from "./common.js";

/**
 * Positions held on the day the article was published. A calendar date (YYYY, YYYY-MM or
 * YYYY-MM-DD, as validation holds it) covers the day when it equals the day cut to its length:
 * a start up to that, an end from it on, compare as text — the day bounds without calendar
 * arithmetic, which this entry need not ship.
 */
function positionsAt(person: Person, published: string): string[] {
  const day = published.slice(0, 10);
  const cut = (date: string) => day.slice(0, date.length);
  return (person.positions ?? [])
    .filter((p) => (p.start === undefined || p.start <= cut(p.start)) && (p.end === undefined || p.end >= cut(p.end)))
    .map((p) => p.title);
}

/**
 * An entity's node; `positionsOn` is the day whose job titles it states (none for site-wide nodes).
 *
 * @example
 * ```ts
 * entityNode(putin, ids, doc.published); // => { "@type": "Person", "@id": …, name: "Vladimir Putin", jobTitle: ["President of Russia"], … }
 * ```
 */
export function entityNode(entity: Entity, ids: NodeIds, positionsOn: string | undefined): Thing {
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
        // A venue's postal address: what Google's Event listing asks of location (location.address).
        address: entity.address && ({ "@type": "PostalAddress", ...entity.address } as const),
        containedInPlace: up === undefined ? undefined : ref(ids.entity(up)),
        sameAs,
      } as const);
      return node;
    }
  }
}

/** Who attends an event for an entity, and the government nodes that made necessary. */
export interface Attendees {
  /** The node id that attends for the entity: the entity's own, or its country's government. */
  readonly id: (entity: string) => string;
  /** A GovernmentOrganization for each country that attended, in the order first asked for. */
  readonly governments: ReadonlyMap<string, OrganizationNode>;
}

/**
 * schema.org's attendee is a Person or an Organization: a country takes part through its
 * government, a node made the first time the country attends.
 *
 * @example
 * ```ts
 * const attendees = attendeesOf(doc, ids);
 * attendees.id("russia"); // => "…#/entity/russia/government"
 * ```
 */
export function attendeesOf(doc: NewsDocument, ids: NodeIds): Attendees {
  const countries = new Map(
    (doc.entities ?? []).filter((e) => e.type === "country").map((e) => [e.id, e.name] as const),
  );
  const governments = new Map<string, OrganizationNode>();
  const id = (entity: string): string => {
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
  return { id, governments };
}
