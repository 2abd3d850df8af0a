// schemas/context.jsonld: the Linked Data context of a whole document.
import { forEachObjectSchema } from "./schemas.mjs";

/** Where the library's own Linked Data terms live: anchors of the shipped vocabulary document. */
export const OWN_VOCABULARY = "https://unpkg.com/news-events@0/docs/vocabulary.md#";

/**
 * Terms that mean what a schema.org or Wikidata property means, and so take its IRI. Each IRI is
 * used by one term only: JSON-LD compaction picks a term by IRI, so two terms for one IRI would
 * come back under the wrong name.
 */
export const SHARED_TERMS = {
  headline: "schema:headline",
  description: "schema:description",
  url: "schema:url",
  name: "schema:name",
  published: "schema:datePublished",
  modified: "schema:dateModified",
  language: "schema:inLanguage",
  authors: "schema:author",
  publisher: "schema:publisher",
  images: "schema:image",
  section: "schema:articleSection",
  keywords: "schema:keywords",
  body: "schema:articleBody",
  caption: "schema:caption",
  sameAs: "schema:sameAs",
  aliases: "schema:alternateName",
  latitude: "schema:latitude",
  longitude: "schema:longitude",
  text: "schema:text",
  updates: "schema:liveBlogUpdate",
  coverageEnded: "schema:coverageEndTime",
  // Wikidata's "ISO 3166-1 alpha-2 code" and "alpha-3 code" properties.
  iso2: "wdt:P297",
  iso3: "wdt:P298",
};

/** Every property name in the schemas, with the descriptions and objects it has, by name. */
export function propertyIndex(schemas) {
  const index = new Map();
  forEachObjectSchema(schemas, (node, title) => {
    for (const [name, sub] of Object.entries(node.properties)) {
      const entry = index.get(name) ?? { array: sub.type === "array", descriptions: new Set(), objects: new Set() };
      // A name is a list everywhere or nowhere: the context gives each name one container, and a
      // value of the other shape would come back from RDF in the wrong one.
      if (entry.array !== (sub.type === "array"))
        throw new Error(
          `schemas: "${name}" is an array in one object and not in another (${title}); give one of them another name`,
        );
      if (sub.description) entry.descriptions.add(sub.description);
      entry.objects.add(title);
      index.set(name, entry);
    }
  });
  return new Map([...index].sort(([a], [b]) => a.localeCompare(b)));
}

/** The own term of a property: its name, except `$schema`, which is not a usable term. */
export const ownTerm = (name) => (name === "$schema" ? "jsonSchema" : name);

/**
 * The text of schemas/context.jsonld: every property an IRI, lists kept in order (`@list`), no
 * value coerced, so that a document survives a trip through RDF.
 */
export function generateContext(schemas) {
  const context = {
    "@version": 1.1,
    nev: OWN_VOCABULARY,
    schema: "https://schema.org/",
    wdt: "http://www.wikidata.org/prop/direct/",
    xsd: "http://www.w3.org/2001/XMLSchema#",
    NewsDocument: "nev:NewsDocument",
  };
  for (const [name, entry] of propertyIndex(schemas)) {
    const id = SHARED_TERMS[name] ?? `nev:${ownTerm(name)}`;
    context[name] = entry.array ? { "@id": id, "@container": "@list" } : id;
  }
  return `${JSON.stringify({ "@context": context }, null, 2)}\n`;
}
