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
  /**
   * An author: their own page when it names no other author (`taken` maps the ids given so far to
   * the names they were given for), else their name within this article. An organisation whose
   * page is the publisher's is the publisher.
   */
  author(author: Author, taken?: ReadonlyMap<string, string>): string;
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
  const publisherId = `${withoutFragment(publisher.url)}#organization`;
  return {
    page: doc.url,
    article: `${base}#article`,
    publisher: publisherId,
    // An author's own page identifies them across articles; without one, or when another author
    // of this article already has that page, the name within this article.
    author: (author, taken = new Map()) => {
      const own = author.url ?? author.sameAs?.[0];
      if (author.type === "organization" && own !== undefined && withoutFragment(own) === withoutFragment(publisher.url)) return publisherId;
      const free = (id: string) => !taken.has(id) || taken.get(id) === author.name;
      const byName = `${base}#/author/${slug(author.name)}`;
      if (own !== undefined && free(`${withoutFragment(own)}#${author.type}`)) return `${withoutFragment(own)}#${author.type}`;
      if (free(byName)) return byName;
      let n = 2;
      while (!free(`${byName}-${n}`)) n++;
      return `${byName}-${n}`;
    },
    image: (url) => url,
    local: (kind, id) => `${base}#/${kind}/${id}`,
  };
}
