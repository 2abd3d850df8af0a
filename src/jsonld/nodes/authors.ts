import type { Organization as OrganizationNode, Person as PersonNode, Thing } from "schema-dts";
import type { Author, NewsDocument } from "../../generated/types.js";
import { defined } from "../defined.js";
import type { NodeIds } from "../ids.js";

/*
 * Who made the article: its authors (people or organizations) and its publisher.
 */

/**
 * Each author's node id, in order; the same person listed twice gets the same id.
 *
 * @example
 * ```ts
 * authorNodeIds(doc.authors, ids); // => ["https://…#/author/jane-doe", …]
 * ```
 */
export function authorNodeIds(authors: readonly Author[], ids: NodeIds): string[] {
  const taken = new Map<string, string>();
  return authors.map((author) => {
    const id = ids.author(author, taken);
    if (!taken.has(id)) taken.set(id, author.name);
    return id;
  });
}

/**
 * One node per author id (`authorIds` from {@link authorNodeIds}), with what the site knows of
 * each author (`details`, in the authors' order); none for an author that is the publisher.
 *
 * @example
 * ```ts
 * authorNodes(ownPages(doc.authors), authorIds, ids, site.authors)[0]?.["@type"]; // => "Person"
 * ```
 */
export function authorNodes(
  authorsSaid: readonly Author[],
  authorIds: readonly string[],
  ids: NodeIds,
  details: readonly Record<string, unknown>[],
): Thing[] {
  const authors: Thing[] = [];
  const authorNodesMade = new Set<string>([ids.publisher]);
  authorsSaid.forEach((author, i) => {
    const id = authorIds[i] as string;
    if (authorNodesMade.has(id)) return;
    authorNodesMade.add(id);
    const fields = defined({
      "@id": id,
      name: author.name,
      url: author.url,
      sameAs: author.sameAs && [...author.sameAs],
      ...details[i],
    });
    authors.push(
      author.type === "organization"
        ? ({ "@type": "Organization", ...fields } satisfies OrganizationNode)
        : ({ "@type": "Person", ...fields } satisfies PersonNode),
    );
  });
  return authors;
}

/**
 * The authors as the graph states them: without a page that differently named authors of the
 * article share (a staff page), which identifies none of them, so none takes it as its `url` or
 * its node's id (a checker reads two nodes with one `url` as one thing). Made once per graph, for
 * {@link authorNodeIds} and {@link authorNodes}.
 *
 * @example
 * ```ts
 * ownPages([{ type: "person", name: "Ann", url: "https://x.org/staff/" }, { type: "person", name: "Bo", url: "https://x.org/staff/" }]);
 * // => [{ type: "person", name: "Ann" }, { type: "person", name: "Bo" }]
 * ```
 */
export function ownPages(authors: readonly Author[]): readonly Author[] {
  const shared = sharedPages(authors);
  return shared === undefined || shared.size === 0 ? authors : authors.map((author) => ownPage(author, shared));
}

/** The pages that differently named authors share; undefined for fewer than two authors. */
function sharedPages(authors: readonly Author[]): ReadonlySet<string> | undefined {
  if (authors.length < 2) return undefined;
  const names = new Map<string, string>();
  const shared = new Set<string>();
  for (const { url, name } of authors) {
    if (url === undefined) continue;
    const first = names.get(url);
    const said = name.trim().toLowerCase();
    if (first === undefined) names.set(url, said);
    else if (first !== said) shared.add(url);
  }
  return shared;
}

/** `author`, without its `url` when that page is one several authors share. */
function ownPage(author: Author, shared: ReadonlySet<string> | undefined): Author {
  if (author.url === undefined || shared?.has(author.url) !== true) return author;
  const { url: _shared, ...rest } = author;
  return rest;
}

/**
 * The publisher's node, with what the site options add (`site`, a sized logo for one).
 *
 * @example
 * ```ts
 * publisherNode(doc, ids, {}); // => { "@type": "Organization", "@id": …, name: "Example News", … }
 * ```
 */
export function publisherNode(doc: NewsDocument, ids: NodeIds, site: Record<string, unknown>): OrganizationNode {
  return defined({
    "@type": "Organization",
    "@id": ids.publisher,
    name: doc.publisher.name,
    url: doc.publisher.url,
    logo: doc.publisher.logo,
    ...site,
  } as const);
}
