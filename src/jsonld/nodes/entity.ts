import type { Organization as OrganizationNode, Thing } from "schema-dts";
import type { Entity, NewsDocument, Person, Position, PostalAddress } from "../../generated/types.js";
import { wikidataPage } from "../../core/iri.js";
import { kept } from "../defined.js";
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
  const positions = person.positions;
  // Anything but a list (an unvalidated document) goes the way it always went, to the same error.
  if (positions !== undefined && !Array.isArray(positions))
    return (person.positions ?? [])
      .filter((p) => (p.start === undefined || p.start <= cut(p.start)) && (p.end === undefined || p.end >= cut(p.end)))
      .map((p) => p.title);
  // A list in two plain loops, reading what filter and map read in their order (a hole skipped):
  // the held positions, then their titles.
  const held: Position[] = [];
  if (positions !== undefined)
    for (let i = 0; i < positions.length; i++) {
      if (!(i in positions)) continue;
      const p = positions[i] as Position;
      if ((p.start === undefined || p.start <= cut(p.start)) && (p.end === undefined || p.end >= cut(p.end)))
        held.push(p);
    }
  const titles: string[] = [];
  for (let i = 0; i < held.length; i++) titles.push((held[i] as Position).title);
  return titles;
}

/**
 * An entity's node; `positionsOn` is the day whose job titles it states (none for site-wide nodes).
 * A person the article does not name ("senior officials") has none: Google reads every Person as
 * named, so such a person stays out of the SEO graph, and so do references to it (see `unnamed`).
 * A document the article names (a report, a leaked memo) is a CreativeWork.
 *
 * @example
 * ```ts
 * entityNode(putin, ids, doc.published); // => { "@type": "Person", "@id": …, name: "Vladimir Putin", jobTitle: ["President of Russia"], … }
 * entityNode({ type: "person", id: "officials", description: "senior officials" }, ids, doc.published); // => undefined
 * ```
 */
export function entityNode(entity: Entity, ids: NodeIds, positionsOn: string | undefined): Thing | undefined {
  // A type validation does not know (an unvalidated document) has no node either.
  if ((entity.type === "person" && entity.name === undefined) || !Object.hasOwn(ENTITY_TYPES, entity.type))
    return undefined;
  // Built field by field in the graph's key order, each left out when unknown (as `defined` does),
  // each stored under its own name: see `kept`.
  const node: Record<string, unknown> = { "@type": ENTITY_TYPES[entity.type], "@id": ids.entity(entity.id) };
  const name = entity.name;
  if (kept(name)) node["name"] = name;
  const alternateName = entity.aliases && [...entity.aliases];
  if (kept(alternateName)) node["alternateName"] = alternateName;
  switch (entity.type) {
    case "person": {
      const jobTitle = positionsOn === undefined ? undefined : positionsAt(entity, positionsOn);
      if (kept(jobTitle)) node["jobTitle"] = jobTitle;
      break;
    }
    case "country":
      node["identifier"] = [
        { "@type": "PropertyValue", propertyID: "ISO 3166-1 alpha-2", value: entity.iso2 },
        { "@type": "PropertyValue", propertyID: "ISO 3166-1 alpha-3", value: entity.iso3 },
      ];
      break;
    case "document": {
      const url = entity.url;
      if (kept(url)) node["url"] = url;
      break;
    }
    case "place": {
      // The next place up: the square a palace is in, else the country.
      const up = entity.within ?? entity.country;
      if (entity.latitude !== undefined && entity.longitude !== undefined)
        node["geo"] = { "@type": "GeoCoordinates", latitude: entity.latitude, longitude: entity.longitude };
      // A venue's postal address: what Google's Event listing asks of location (location.address).
      const address = entity.address && postalAddress(entity.address);
      if (kept(address)) node["address"] = address;
      if (up !== undefined) node["containedInPlace"] = ref(ids.entity(up));
      break;
    }
  }
  const sameAs = entity.wikidata !== undefined ? [wikidataPage(entity.wikidata)] : [];
  for (const page of entity.sameAs ?? []) sameAs.push(page);
  if (sameAs.length > 0) node["sameAs"] = sameAs;
  return node as Thing;
}

/**
 * A postal address's own fields, in the order given. Spreading the whole object let an
 * unvalidated document's address replace the node's `@type` or give it an `@id` the guard never
 * looked at (`"@id": "javascript:…"`): its other keys are not the graph's to carry.
 */
function postalAddress(address: PostalAddress): Record<string, unknown> {
  const out: Record<string, unknown> = { "@type": "PostalAddress" };
  for (const key of Object.keys(address))
    if (ADDRESS_FIELDS.has(key)) out[key] = (address as unknown as Record<string, unknown>)[key];
  return out;
}

const ADDRESS_FIELDS: ReadonlySet<string> = new Set([
  "streetAddress",
  "addressLocality",
  "addressRegion",
  "postalCode",
  "addressCountry",
]);

/** The schema.org type of each type of entity. */
const ENTITY_TYPES = {
  person: "Person",
  country: "Country",
  organization: "Organization",
  document: "CreativeWork",
  place: "Place",
} as const satisfies Record<Entity["type"], string>;

/**
 * The node ids of the people the article does not name, which the SEO graph leaves out.
 *
 * @example
 * ```ts
 * unnamed(doc, ids); // => Set { "…#/entity/senior-officials" }
 * ```
 */
export function unnamed(doc: NewsDocument, ids: NodeIds): ReadonlySet<string> {
  return new Set(
    (doc.entities ?? []).flatMap((e) => (e.type === "person" && e.name === undefined ? [ids.entity(e.id)] : [])),
  );
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

/**
 * `value` without its references to the `hidden` nodes (the unnamed people the graph leaves out):
 * such a reference in a list, a Role whose attendee it is, or a property whose value it is, is
 * dropped, and so is a list left empty by that. Copies what it changes: the input stays as it is.
 *
 * @example
 * ```ts
 * withoutRefs({ spokenByCharacter: [{ "@id": "a" }, { "@id": "b" }] }, new Set(["a"])); // => { spokenByCharacter: [{ "@id": "b" }] }
 * ```
 */
export function withoutRefs<T>(value: T, hidden: ReadonlySet<string>): T {
  const gone = (v: unknown): boolean => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    return (
      (hidden.has(o["@id"] as string) && Object.keys(o).length === 1) || (o["@type"] === "Role" && gone(o.attendee))
    );
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.filter((x) => !gone(x)).map(walk);
    if (v === null || typeof v !== "object") return v;
    return Object.fromEntries(
      Object.entries(v).flatMap(([k, x]) => {
        const kept = gone(x) ? [] : walk(x);
        return Array.isArray(kept) && kept.length === 0 ? [] : [[k, kept]];
      }),
    );
  };
  return hidden.size === 0 ? value : (walk(value) as T);
}
