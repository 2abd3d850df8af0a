import { relative, sep } from "node:path";
import type { Entity, NewsDocument, NewsEvent } from "../generated/types.js";

/** The kinds of starter document `news-events init` writes. */
export const STARTER_KINDS = ["article", "meeting", "coup", "partnership"] as const;

/** One of {@link STARTER_KINDS}. */
export type StarterKind = (typeof STARTER_KINDS)[number];

/** The published schema's URL (for documents written away from an installed package). */
export const DOCUMENT_SCHEMA_URL = "https://unpkg.com/news-events@0/schemas/document.json";

/**
 * Where editors find the schema, from the `$schema` line: the installed package's own file, as a
 * path relative to the directory the document is written in (issue 25). Editors then complete and
 * hover every field offline, with the schema of the version installed, where the published URL
 * answered 404 until a release and nothing without a network.
 *
 * @param documentDir - The directory the document is written in.
 * @param schemaFile - The installed package's schemas/document.json.
 * @example
 * ```ts
 * schemaPathFor("/app/content", "/app/node_modules/news-events/schemas/document.json");
 * // => "../node_modules/news-events/schemas/document.json"
 * ```
 */
export function schemaPathFor(documentDir: string, schemaFile: string): string {
  const path = relative(documentDir, schemaFile).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

const country = (id: string, name: string, iso2: string, iso3: string): Entity => ({
  type: "country",
  id,
  name,
  iso2,
  iso3,
});

/** The one event of each kind's starter, with the entities it refers to. */
const EVENTS: Record<Exclude<StarterKind, "article">, { events: NewsEvent[]; entities: Entity[] }> = {
  meeting: {
    entities: [country("country-a", "Country A", "AA", "AAA"), country("country-b", "Country B", "BB", "BBB")],
    events: [
      {
        kind: "Meeting",
        id: "talks",
        name: "Talks between A and B",
        salience: "main",
        participants: [
          { entity: "country-a", role: "host" },
          { entity: "country-b", role: "visitor" },
        ],
        scale: "bilateral",
        attendance: "in-person",
      },
    ],
  },
  coup: {
    entities: [country("country-a", "Country A", "AA", "AAA")],
    events: [
      {
        kind: "Coup",
        id: "coup",
        name: "Coup in Country A",
        salience: "main",
        country: "country-a",
        outcome: "attempted",
      },
    ],
  },
  partnership: {
    entities: [country("country-a", "Country A", "AA", "AAA"), country("country-b", "Country B", "BB", "BBB")],
    events: [
      {
        kind: "Partnership",
        id: "partnership",
        name: "A–B defence partnership",
        salience: "main",
        participants: [
          { entity: "country-a", role: "party" },
          { entity: "country-b", role: "party" },
        ],
        scale: "bilateral",
        domains: ["defence"],
        stage: "signed",
        symmetry: "mutual",
      },
    ],
  },
};

/**
 * A valid starter document of one kind, with example.org values to replace and a `$schema` line
 * for editor completion (`schema`: see {@link schemaPathFor}). The article kind has only what every article needs; the others add one
 * event of that kind and the entities it names.
 *
 * @example
 * ```ts
 * starterDocument("coup").events?.[0]?.kind; // => "Coup"
 * ```
 */
export function starterDocument(
  kind: StarterKind,
  schema: string = DOCUMENT_SCHEMA_URL,
): NewsDocument & { $schema: string } {
  const article: NewsDocument & { $schema: string } = {
    $schema: schema,
    headline: "Replace with the headline, exactly as published",
    url: "https://news.example.org/replace-with-the-canonical-url/",
    published: "2024-01-01T09:00:00+00:00",
    language: "en",
    authors: [{ type: "person", name: "Replace With Author Name", url: "https://news.example.org/authors/replace-me" }],
    publisher: { name: "Example News", url: "https://news.example.org/" },
  };
  return kind === "article" ? article : { ...article, ...structuredClone(EVENTS[kind]) };
}
