import type { Author, NewsDocument, Publisher } from "../generated/types.js";

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
  /** An author, by position in `authors`. */
  author(author: Author): string;
  /** An image: its own URL, which identifies it wherever it is used. */
  image(url: string): string;
  /** An entity, event, quote or verification, by its document-local id. */
  local(kind: "entity" | "event" | "quote" | "correction", id: string): string;
}

/**
 * An IRI without its fragment: the page it names.
 *
 * @example
 * ```ts
 * withoutFragment("https://example.org/a/#article"); // => "https://example.org/a/"
 * ```
 */
export function withoutFragment(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

function slug(text: string): string {
  return encodeURIComponent(text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, "-"));
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
export function nodeIds(doc: Pick<NewsDocument, "url" | "publisher">): NodeIds {
  const base = withoutFragment(doc.url);
  const publisher: Publisher = doc.publisher;
  return {
    page: doc.url,
    article: `${base}#article`,
    publisher: `${withoutFragment(publisher.url)}#organization`,
    // An author's own page identifies them across articles; without one, the name within this article.
    author: (author) => {
      const own = author.url ?? author.sameAs?.[0];
      return own !== undefined ? `${withoutFragment(own)}#${author.type}` : `${base}#/author/${slug(author.name)}`;
    },
    image: (url) => url,
    local: (kind, id) => `${base}#/${kind}/${id}`,
  };
}
