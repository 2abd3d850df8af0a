import { pathToFileURL } from "node:url";
import { repoPath } from "../helpers/fixtures.js";

/** Schema files by name, as the generator steps take them. */
export type Schemas = Record<string, Record<string, unknown>>;

/**
 * A generator step module of scripts/generate/ (plain JavaScript, so typed here by the caller).
 *
 * @example
 * const { generateFacts } = await step<{ generateFacts: (s: Schemas) => string }>("facts");
 */
export async function step<T>(name: string): Promise<T> {
  return (await import(pathToFileURL(repoPath(`scripts/generate/${name}.mjs`)).href)) as T;
}

const BASE = "https://example.org/s/";

/**
 * The smallest schemas that exercise every step: a document with an article field, a URL, a
 * language tag, a list of entities (tagged by type) and a list of events (tagged by kind), each
 * pattern and format with its words. A new copy on each call, so a test may edit it.
 */
export function tinySchemas(): Schemas {
  return {
    "defs.json": {
      $id: `${BASE}defs.json`,
      title: "Defs",
      $defs: {
        Id: {
          title: "Id",
          description: "A local id.",
          type: "string",
          pattern: "^[a-z]+$",
          $comment: "expected: a lower-case id",
        },
        Url: {
          title: "Url",
          description: "A web address.",
          type: "string",
          pattern: "^https://",
          $comment: "expected: an https URL",
          maxLength: 100,
        },
        Wikidata: {
          title: "Wikidata",
          description: "A QID.",
          type: "string",
          pattern: "^Q[0-9]+$",
          $comment: "expected: a QID",
        },
        When: {
          title: "When",
          description: "A moment.",
          type: "string",
          format: "date-time",
          $comment: "expected: a date-time",
        },
        Entity: {
          title: "Entity",
          description: "A person or a place.",
          type: "object",
          properties: { type: { description: "The tag.", enum: ["person", "place"] } },
          required: ["type"],
          discriminator: { propertyName: "type" },
          oneOf: [{ $ref: "#/$defs/Person" }, { $ref: "#/$defs/Place" }],
        },
        Person: {
          title: "Person",
          description: "A person.",
          type: "object",
          properties: {
            type: { description: "The tag.", const: "person" },
            id: { description: "The id.", $ref: "#/$defs/Id" },
            wikidata: { description: "The QID.", $ref: "#/$defs/Wikidata" },
          },
          required: ["type", "id"],
          additionalProperties: false,
        },
        Place: {
          title: "Place",
          description: "A place.",
          type: "object",
          properties: {
            type: { description: "The tag.", const: "place" },
            id: { description: "The id.", $ref: "#/$defs/Id" },
            within: { description: "The place it is in.", $ref: "#/$defs/Id" },
          },
          required: ["type", "id"],
          additionalProperties: false,
        },
      },
    },
    "document.json": {
      $id: `${BASE}document.json`,
      title: "Doc",
      description: "An article.",
      type: "object",
      properties: {
        headline: { description: "The headline.", type: "string", pattern: "\\S", $comment: "expected: text" },
        url: { description: "Its address.", $ref: "defs.json#/$defs/Url" },
        language: {
          description: "Its language.",
          type: "string",
          pattern: "^[a-z]{2}$",
          $comment: "expected: a language",
          maxLength: 2,
        },
        published: { description: "When.", $ref: "defs.json#/$defs/When" },
        entities: { description: "Who and where.", type: "array", items: { $ref: "defs.json#/$defs/Entity" } },
        events: { description: "What happened.", type: "array", items: { $ref: "event.json" } },
      },
      required: ["headline", "url"],
      additionalProperties: false,
    },
    "event.json": {
      $id: `${BASE}event.json`,
      title: "Event",
      description: "A meeting or a coup.",
      type: "object",
      properties: { kind: { description: "The tag.", enum: ["Meeting", "Coup"] } },
      required: ["kind"],
      discriminator: { propertyName: "kind" },
      oneOf: [{ $ref: "#/$defs/Meeting" }, { $ref: "#/$defs/Coup" }],
      $defs: {
        Meeting: {
          title: "Meeting",
          description: "A meeting.",
          type: "object",
          properties: {
            kind: { description: "The tag.", const: "Meeting" },
            id: { description: "The id.", $ref: "defs.json#/$defs/Id" },
            target: { description: "A pointer, not an id.", type: "string" },
          },
          required: ["kind", "id"],
          additionalProperties: false,
        },
        Coup: {
          title: "Coup",
          description: "A coup.",
          type: "object",
          properties: {
            kind: { description: "The tag.", const: "Coup" },
            id: { description: "The id.", $ref: "defs.json#/$defs/Id" },
            target: { description: "The event it follows.", $ref: "defs.json#/$defs/Id" },
            sameAs: { description: "Pages about it.", type: "array", items: { $ref: "defs.json#/$defs/Url" } },
          },
          required: ["kind", "id"],
          additionalProperties: false,
        },
      },
    },
  };
}
