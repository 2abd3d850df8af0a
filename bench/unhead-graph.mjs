// The @unhead/schema-org peer of figure 1: a comparable schema.org graph of the same document built
// with its helpers, resolved and stringified. Comparable, not identical: page, article, publisher,
// author, images, the events and the people — no roles, quotes, corrections or entity links, which
// it has no helpers for.
import {
  createSchemaOrgGraph,
  defineArticle,
  defineEvent,
  defineImage,
  defineOrganization,
  definePerson,
  defineWebPage,
} from "@unhead/schema-org";

/** The graph's text, as `JSON.stringify(graph, null, 2)` writes the library's own. */
export function unheadGraph(doc) {
  const g = createSchemaOrgGraph();
  g.push([
    defineWebPage({ name: doc.headline }),
    defineArticle({
      "@type": "NewsArticle",
      headline: doc.headline,
      description: doc.description,
      datePublished: doc.published,
      inLanguage: doc.language,
      articleSection: doc.section,
      keywords: doc.keywords,
      author: doc.authors.map((a) => ({ name: a.name, url: a.url })),
      image: (doc.images ?? []).map((i) => i.url),
    }),
    defineOrganization({ name: doc.publisher.name, url: doc.publisher.url, logo: doc.publisher.logo }),
    ...(doc.images ?? []).map((i) => defineImage({ url: i.url, width: i.width, height: i.height, caption: i.caption })),
    ...doc.events.map((e) =>
      defineEvent({
        name: e.name,
        description: e.summary,
        startDate: e.date?.value,
        location: { name: e.location ?? "unknown" },
      }),
    ),
    ...doc.entities.filter((e) => e.type === "person").map((e) => definePerson({ name: e.name, sameAs: e.sameAs })),
  ]);
  const graph = g.resolveGraph({
    host: "https://news.example.org",
    url: doc.url,
    path: new URL(doc.url).pathname,
    inLanguage: doc.language,
  });
  return JSON.stringify({ "@context": "https://schema.org", "@graph": graph }, null, 2);
}
