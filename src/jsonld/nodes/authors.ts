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
  doc.authors.forEach((author, i) => {
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
