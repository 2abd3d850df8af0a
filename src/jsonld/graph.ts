import type { Thing } from "schema-dts";
import type { NewsDocument, NewsEvent, Source } from "../generated/types.js";
import type { JsonLdOptions, NewsArticleGraph } from "./build.js";
import { nodeIds, type NodeIds } from "./ids.js";
import { NewsEventsError } from "../core/error.js";
import { EVENT_KINDS } from "../generated/schema-facts.js";
import { IdOwners } from "./id-map.js";
import { siteParts } from "./site.js";
import { articleNode, articleType, pageNode, updateNode } from "./nodes/article.js";
import { authorNodeIds, authorNodes, ownPages, publisherNode } from "./nodes/authors.js";
import { attendeesOf, entityNode, unnamed, withoutRefs } from "./nodes/entity.js";
import { eventNode, eventTiming, partnershipMeetings } from "./nodes/event.js";
import { imageNodes } from "./nodes/images.js";
import { kindEventNodes } from "./nodes/kind-event.js";
import { quoteNode } from "./nodes/quote.js";
import { verificationNodes } from "./nodes/verification.js";

/**
 * Assembles the graph of a document from its nodes (made in nodes/), in the graph's fixed order:
 * page, article, publisher, authors, images, the site's nodes, updates, events, entities,
 * governments, quotes, corrections, reviews. Node ids come from {@link nodeIds}; the site options
 * are checked, and every `@id` is held by one node (see {@link siteParts}), once all are known.
 *
 * @example
 * ```ts
 * buildGraph(doc, {})["@graph"][1]?.["@type"]; // => "NewsArticle"
 * ```
 */
export function buildGraph(doc: NewsDocument, options: JsonLdOptions): NewsArticleGraph {
  const ids = nodeIds(doc, options.entityIds);
  const all = doc.entities ?? [];
  const sources = new Map<string, Source>();
  for (const source of doc.sources ?? []) sources.set(source.id, source);
  // Each author as the graph states them (a page several authors share is neither's).
  const authorsSaid = ownPages(doc.authors);
  const authorIds = authorNodeIds(authorsSaid, ids);
  const attendees = attendeesOf(doc, ids);
  const type = articleType(doc, options.articleType);
  // A live blog's updates are its own nodes; another article type leaves them out.
  const updates = (type === "LiveBlogPosting" && doc.updates) || [];
  const documents = new Set<string>();
  for (const entity of all) if (entity.type === "document") documents.add(entity.id);
  const quotes = (doc.quotes ?? []).map((quote) => quoteNode(quote, ids, sources, documents));
  const verified = options.corrections === false ? [] : (doc.verifications ?? []);
  const { corrections, reviews } = verificationNodes(verified, doc, ids, sources, options.ratingWords);
  const made: Thing[] = updates.map((u) => updateNode(u, ids));
  for (const node of eventNodes(doc, options, ids, attendees.id)) made.push(node);
  // Where each id of the document's nodes comes from, for a clash: a site-wide entity id (else "":
  // an id derived from parts the guard checked). An author listed twice, or who is the publisher,
  // is one node: those ids are no clash. An image's id is in the page's own #/image/ namespace.
  const rest: Thing[] = [...attendees.governments.values()];
  for (const part of [quotes, corrections, reviews]) for (const node of part) rest.push(node);
  const owners = derivedIds(ids, authorIds, [made, rest]);
  // An unnamed person has no node (Google reads every Person as named): see withoutRefs below.
  const entities: Thing[] = [];
  const positionsOn = options.entityIds === undefined ? doc.published : undefined;
  all.forEach((entity, i) => {
    const node = entityNode(entity, ids, positionsOn);
    if (node === undefined) return;
    entities.push(node);
    owners.own(idOf(node), `/entities/${i}`);
  });
  const images = imageNodes(doc, ids);
  for (const id of images.ids.values()) owners.own(id, "");
  const site = siteParts(options, doc, owners);
  const authors = authorNodes(authorsSaid, authorIds, ids, site.authors);
  const publisher = publisherNode(doc, ids, site.publisher);
  const page = pageNode(doc, ids, images.nodes, site.page);
  const article = articleNode(doc, ids, {
    type,
    authorIds,
    images: images.nodes,
    quotes,
    corrections,
    reviews,
    updates,
    site: site.article,
    extended: site.extended,
  });
  const nodes: Thing[] = [page, article, publisher];
  for (const part of [authors, images.nodes, site.nodes, made, entities, rest])
    for (const node of part) nodes.push(node);
  const graph: NewsArticleGraph = { "@context": "https://schema.org", "@graph": nodes };
  return withoutRefs(graph, unnamed(doc, ids));
}

/** The ids of the page, article, publisher, authors and `nodes`, each made from parts the guard checked (""). */
function derivedIds(ids: NodeIds, authorIds: readonly string[], nodes: readonly Thing[][]): IdOwners {
  const owners = new IdOwners();
  owners.own(ids.page, "");
  owners.own(ids.article, "");
  owners.own(ids.publisher, "");
  // An author listed twice, or who is the publisher, is one node.
  for (const id of new Set(authorIds)) if (id !== ids.publisher) owners.own(id, "");
  for (const part of nodes) for (const node of part) owners.own(idOf(node), "");
  return owners;
}

/** The nodes of the document's events: an Event only where `options.events` makes it one, else a Thing. */
function eventNodes(
  doc: NewsDocument,
  options: JsonLdOptions,
  ids: NodeIds,
  attendeeId: (entity: string) => string,
): Thing[] {
  const mode = options.events ?? "eligible";
  const byId = new Map((doc.entities ?? []).map((e) => [e.id, e] as const));
  const asEvent = (event: NewsEvent) => mode === "all" || eventTiming(event, byId).eligible;
  const links = partnershipMeetings(doc, asEvent, byId);
  const nameOf = (id: string) => byId.get(id)?.name;
  return (doc.events ?? []).flatMap(
    (event, i) =>
      kindEventNodes(event, options.kinds, ids, links.asEvent, attendeeId) ??
      eventNode(knownKind(event, i), ids, links, attendeeId, nameOf),
  );
}

const BUILT_IN: ReadonlySet<unknown> = new Set(EVENT_KINDS);

/**
 * `event`, when its kind is a built-in one: an event of a project's own kind (valid under
 * createValidator({ kinds })) needs those kinds in `options.kinds`, which a bare TypeError said
 * nothing of (found by a trial of the packed package).
 */
function knownKind(event: NewsEvent, index: number): NewsEvent {
  if (BUILT_IN.has(event.kind)) return event;
  throw new NewsEventsError("document for JSON-LD", [
    {
      code: "unknown-kind",
      pointer: `/events/${index}/kind`,
      message: `is ${JSON.stringify(event.kind)}, a kind of your own: pass the kinds your build wrote (toJsonLd(doc, { kinds }))`,
    },
  ]);
}

const idOf = (node: Thing) => (node as { "@id": string })["@id"];
