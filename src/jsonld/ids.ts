import type { Author, Entity, NewsDocument, Publisher } from "../generated/types.js";
import { URL_PATTERN } from "../generated/patterns.js";
import { describeThrown, NewsEventsError } from "../core/error.js";
import { withoutFragment } from "../core/iri.js";

/**
 * Stable absolute `@id`s for every node of a document's graph, derived from the document itself:
 * the canonical URL, the publisher's and authors' URLs, and the document-local ids. Never from a
 * counter, so an entity keeps its `@id` across builds; each kind of node has its own namespace,
 * so two different things never share one.
 */
export interface NodeIds {
  /** The WebPage: the canonical URL itself. */
  readonly page: string;
  /** The NewsArticle. */
  readonly article: string;
  /** The publisher Organization. */
  readonly publisher: string;
  /**
   * An author: their own page when it names no other author (`taken` maps the ids given so far to
   * the names they were given for), else their name within this article. An organisation with the
   * publisher's page and name is the publisher.
   */
  author(author: Author, taken?: ReadonlyMap<string, string>): string;
  /**
   * The page's `n`th image (from 0, the page's primaryImageOfPage): an ImageObject with this
   * page's caption, so this page's node. With the image URL as its id, two pages showing one
   * photo under two captions gave one id two captions across the site (`graph/site-conflict`);
   * Yoast likewise scopes its image node to the page (`<page>#primaryimage`).
   */
  image(n: number): string;
  /** An event, coup step, quote, correction, claim review or live-blog update, by its document-local id. */
  local(kind: "event" | "step" | "quote" | "correction" | "review" | "update", id: string): string;
  /** An entity, by its document-local id: within the article, or site-wide (see {@link EntityIds}). */
  entity(id: string): string;
}

/**
 * A lone surrogate. Made once: the build (target node20) writes a `\p{…}` literal as
 * `new RegExp(…)`, which a literal in `slug` would construct again on every call.
 */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * A name as the last segment of an IRI. A lone surrogate (validation refuses one, an unvalidated
 * document may hold one) becomes U+FFFD first, since `encodeURIComponent` throws on it; a
 * well-formed name (every valid one) has none to replace.
 */
function slug(text: string): string {
  const words = text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "-");
  return encodeURIComponent(isWellFormed(words) ? words : words.replace(LONE_SURROGATE, "\uFFFD"));
}

/** `String.prototype.isWellFormed` where the engine has it (ES2024), else false: then the replace runs. */
const isWellFormed = (text: string): boolean => (text as { isWellFormed?: () => boolean }).isWellFormed?.() === true;

/**
 * Site-wide ids for entities, so that the same person has one `@id` on every page of a site: a
 * base IRI (the entity's document id is appended: `https://news.example.org/entity/` gives
 * `https://news.example.org/entity/vladimir-putin`), or a function that returns an entity's IRI
 * (or undefined to keep the per-article id). Keep entity ids stable across a site's documents.
 */
export type EntityIds = string | ((entity: Entity) => string | undefined);

/**
 * The ids of one kind of node: `${base}#/${kind}/${id}`, each made once, from a prefix made once
 * (one concatenation per id rather than four).
 */
class KindIds {
  private readonly made = new Map<string, string>();
  private readonly prefix: string;
  constructor(base: string, kind: string) {
    this.prefix = `${base}#/${kind}/`;
  }
  /** The id of the node whose document-local id is `id`. */
  of(id: string): string {
    let iri = this.made.get(id);
    if (iri === undefined) this.made.set(id, (iri = this.prefix + id));
    return iri;
  }
}

/**
 * What the caller's `entityIds` function gives for the entity at `index`, given a copy (what it
 * does to it cannot change the document); one that throws is an issue naming it.
 */
function siteWideId(entityIds: (entity: Entity) => string | undefined, entity: Entity, index: number): unknown {
  try {
    return entityIds(structuredClone(entity));
  } catch (error) {
    throw new NewsEventsError("entity id", [
      {
        code: "unreadable",
        pointer: "/options/entityIds",
        message: `threw for the entity at /entities/${index}: ${describeThrown(error)}`,
      },
    ]);
  }
}

/** The site-wide IRI of each entity that `entityIds` gives one, checked. */
function siteWideIds(entities: readonly Entity[], entityIds: EntityIds | undefined): Map<string, string> {
  const siteWide = new Map<string, string>();
  // A base that ends inside a path segment ("…/entity") would run each id into it ("…/entityanne-hidalgo").
  if (typeof entityIds === "string" && !/[/#=:?]$/.test(entityIds))
    throw new NewsEventsError("entity id", [
      {
        code: "unsafe-url",
        pointer: "/options/entityIds",
        message: `ends inside a path segment (${JSON.stringify(entityIds)}): end it with / or #, after which each entity's id is appended`,
      },
    ]);
  if (entityIds !== undefined) {
    entities.forEach((entity, i) => {
      const iri = typeof entityIds === "string" ? `${entityIds}${entity.id}` : siteWideId(entityIds, entity, i);
      if (iri === undefined) return;
      if (typeof iri !== "string" || !URL_PATTERN.test(iri)) {
        throw new NewsEventsError("entity id", [
          {
            code: "unsafe-url",
            pointer: `/entities/${i}`,
            message: `entityIds gave ${JSON.stringify(iri)}, which is not an absolute http(s) URL`,
            params: { id: entity.id, got: typeof iri === "string" ? iri : String(JSON.stringify(iri)) },
          },
        ]);
      }
      siteWide.set(entity.id, iri);
    });
  }
  return siteWide;
}

/**
 * An author's id from their own page: the page's `#person` (or `#organization`), or the URL itself
 * when its fragment names one of several people on that page (a staff page's `#jane`): with the
 * fragment dropped, everyone on that page would share one id across the site.
 *
 * @example
 * ```ts
 * ownAuthorId("https://news.example.org/staff/jane", "person"); // => "https://news.example.org/staff/jane#person"
 * ownAuthorId("https://news.example.org/team/#jane", "person"); // => "https://news.example.org/team/#jane"
 * ```
 */
export function ownAuthorId(own: string, type: Author["type"]): string {
  const hash = own.indexOf("#");
  return hash !== -1 && hash < own.length - 1 ? own : `${withoutFragment(own)}#${type}`;
}

/**
 * Derives the node ids of a document's graph.
 *
 * @example
 * ```ts
 * const ids = nodeIds(doc);
 * ids.article; // => "https://news.example.org/…/#article"
 * ids.local("event", "niger-coup-2023"); // => "https://news.example.org/…/#/event/niger-coup-2023"
 * ```
 */
export function nodeIds(
  doc: Pick<NewsDocument, "url" | "publisher"> & Partial<Pick<NewsDocument, "entities">>,
  entityIds?: EntityIds,
): NodeIds {
  const base = withoutFragment(doc.url);
  const siteWide = siteWideIds(doc.entities ?? [], entityIds);
  // Each id is made once and then shared by every reference to it: one string to allocate, and
  // one for JSON.stringify to flatten, rather than one per reference.
  const entities = new KindIds(base, "entity");
  const locals = new Map<string, KindIds>();
  const publisher: Publisher = doc.publisher;
  const publisherId = `${withoutFragment(publisher.url)}#organization`;
  return {
    page: doc.url,
    article: `${base}#article`,
    publisher: publisherId,
    // An author's own page identifies them across articles; without one, or when another author
    // of this article already has that page, the name within this article.
    author: (author, taken = new Map()) => {
      const own = author.url ?? author.sameAs?.[0];
      // The publisher itself when it has the publisher's page and name; a desk under another name
      // whose link is the publisher's home page ("Africa desk") stays an author of its own (#25).
      if (
        author.type === "organization" &&
        own !== undefined &&
        withoutFragment(own) === withoutFragment(publisher.url) &&
        author.name.trim().toLowerCase() === publisher.name.trim().toLowerCase()
      )
        return publisherId;
      const free = (id: string) => !taken.has(id) || taken.get(id) === author.name;
      const byName = `${base}#/author/${slug(author.name)}`;
      const ownId = own !== undefined ? ownAuthorId(own, author.type) : undefined;
      if (ownId !== undefined && ownId !== publisherId && free(ownId)) return ownId;
      if (free(byName)) return byName;
      let n = 2;
      while (!free(`${byName}-${n}`)) n++;
      return `${byName}-${n}`;
    },
    image: (n) => `${base}#/image/${n}`,
    local: (kind, id) => {
      let made = locals.get(kind);
      if (made === undefined) locals.set(kind, (made = new KindIds(base, kind)));
      return made.of(id);
    },
    entity: (id) => siteWide.get(id) ?? entities.of(id),
  };
}
