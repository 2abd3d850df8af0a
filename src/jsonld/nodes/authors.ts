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
  const shared = sharedPages(authors);
  return authors.map((author) => {
    const id = ids.author(ownPage(author, shared), taken);
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
 * authorNodes(doc, authorIds, ids, site.authors)[0]?.["@type"]; // => "Person"
 * ```
 */
export function authorNodes(
  doc: NewsDocument,
  authorIds: readonly string[],
  ids: NodeIds,
  details: readonly Record<string, unknown>[],
): Thing[] {
  const authors: Thing[] = [];
  const authorNodesMade = new Set<string>([ids.publisher]);
  const shared = sharedPages(doc.authors);
  doc.authors.forEach((author, i) => {
    const id = authorIds[i] as string;
    if (authorNodesMade.has(id)) return;
    authorNodesMade.add(id);
    const fields = defined({
      "@id": id,
      name: author.name,
      url: ownPage(author, shared).url,
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
 * The pages that differently named authors of the article share (a staff page): such a page
 * identifies none of them, so none takes it as its `url` or its node's id (a checker reads two
 * nodes with one `url` as one thing). Made only when there are several authors.
 */
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
