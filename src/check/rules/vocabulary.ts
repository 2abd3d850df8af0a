import { isRecord } from "../../core/json.js";
import { escapePointerSegment as escapePointer } from "../../core/pointer.js";
import { slot, type CheckContext } from "../context.js";
import { typesOf, valuesOf, type JsonLdNode } from "../nodes.js";
import { rule } from "../rule.js";
import { ACTION_ANNOTATIONS } from "./sources.js";

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Property names Google's documentation writes otherwise than schema.org: Google reads them, other
 * consumers do not (a warning, the rule's lesser case). Google's speakable page writes "xPath".
 */
const GOOGLE_SPELLINGS: ReadonlyMap<string, string> = new Map([["xPath", "xpath"]]);
const ANNOTATION = /^(.+)-(?:input|output)$/;

/**
 * True for a property annotation of an action (schema.org docs/actions.html: "a notion of property
 * annotations using a hyphen delimiter", `query-input`, `url-output`): a property with `-input`
 * or `-output`.
 */
export function isAnnotation(ctx: CheckContext, key: string): boolean {
  const base = ANNOTATION.exec(key)?.[1];
  return base !== undefined && ctx.vocabulary.isProperty(base);
}

/**
 * Properties whose range search engines rely on: who attends, organises, performs, acts,
 * contributes, funds, sponsors, writes or publishes is a Person or an Organization, never a
 * Country or a Place. One definition for every node, events included (the rule
 * `event/participant` once had a second, more lenient one).
 */
export const AGENT_PROPERTIES: ReadonlySet<string> = new Set([
  "attendee",
  "organizer",
  "performer",
  "actor",
  "contributor",
  "funder",
  "sponsor",
  "author",
  "publisher",
]);

/** What an agent property's value may be (a Role stands for its value). */
const AGENT_TYPES = ["Role", "Person", "Organization"] as const;

/** Keys already asked about, whether schema.org knows them: a site's pages use the same few dozen. */
const KNOWN_KEY = new Map<string, boolean>();

/** True for a key schema.org knows as a property (no `@` keyword, no external IRI). */
function isKnownKey(ctx: CheckContext, key: string): boolean {
  let known = KNOWN_KEY.get(key);
  if (known === undefined) {
    known = !key.startsWith("@") && !EXTERNAL.test(key) && ctx.vocabulary.isProperty(key);
    // Bounded, whatever keys a hostile input invents.
    if (KNOWN_KEY.size < 10_000) KNOWN_KEY.set(key, known);
  }
  return known;
}

/**
 * The properties of each node that schema.org knows (not `@` keywords, not external IRIs), per
 * check: one slot of the check, not a weak entry per node (a weak map's entries cost the collector).
 */
const KNOWN_KEYS = slot<Map<JsonLdNode, string[]>>("known keys");

function knownKeys(ctx: CheckContext, node: JsonLdNode): readonly string[] {
  // Three rules ask for each node's keys: they are looked up in the vocabulary once.
  const byNode = ctx.kept(KNOWN_KEYS) ?? ctx.keep(KNOWN_KEYS, new Map());
  let keys = byNode.get(node);
  if (keys === undefined) {
    keys = [];
    for (const key of Object.keys(node.value)) if (isKnownKey(ctx, key)) keys.push(key);
    byNode.set(node, keys);
  }
  return keys;
}

export const UNKNOWN_TYPE = rule({
  id: "vocabulary/unknown-type",
  severity: "error",
  summary: "every `@type` is a schema.org class (not an enumeration value, not an invented type)",
  run(ctx, report) {
    for (const node of ctx.nodes) {
      const raw = node.value["@type"];
      // Loops, not a list and forEach per node: this runs on every node object of every page.
      if (Array.isArray(raw)) {
        for (let i = 0; i < raw.length; i++)
          // `in`, as forEach reads an array: a hole (in an array given to checkJsonLd) is no value.
          if (i in raw && typeof raw[i] !== "string") report.add(node, `/@type/${i}`, "must be a string");
      } else if (raw !== undefined && typeof raw !== "string") report.add(node, "/@type", "must be a string");
      for (const type of node.types) {
        if (EXTERNAL.test(type) || ctx.vocabulary.isClass(type)) continue;
        const why = ctx.vocabulary.isMember(type)
          ? "an enumeration value, not a class"
          : "not a schema.org class (use Event with name and additionalType for kinds schema.org lacks)";
        report.add(node, "/@type", `"${type}" is ${why}`, { type });
      }
    }
  },
});

export const EXTERNAL_TYPE = rule({
  id: "vocabulary/external-type",
  severity: "note",
  summary: "a type given as an IRI outside schema.org is ignored by schema.org consumers",
  run(ctx, report) {
    for (const node of ctx.nodes)
      for (const type of node.types)
        if (EXTERNAL.test(type))
          report.add(node, "/@type", `"${type}" is not a schema.org type; schema.org consumers will ignore it`, {
            type,
          });
  },
});

/** The terms an object `@context` defines (its keys that are no keywords), in a context value of any shape. */
function termsOf(context: unknown, into: Set<string>): void {
  if (Array.isArray(context)) for (const c of context) termsOf(c, into);
  else if (isRecord(context)) for (const key of Object.keys(context)) if (!key.startsWith("@")) into.add(key);
}

/**
 * The terms each block's own contexts define (NBC News defines "articleId" beside `@vocab`): the
 * page's own terms, which JSON-LD maps where the context says, not misspelt schema.org ones.
 */
function ownTerms(ctx: CheckContext): Map<number | undefined, Set<string>> {
  const terms = new Map<number | undefined, Set<string>>();
  const add = (block: number | undefined, value: unknown) => {
    if (!isRecord(value) || value["@context"] === undefined) return;
    const set = terms.get(block) ?? new Set<string>();
    termsOf(value["@context"], set);
    terms.set(block, set);
  };
  // A @graph document's context is on its container, which is no node: the roots are read too.
  for (const root of ctx.roots) for (const item of valuesOf(root.value)) add(root.block, item);
  for (const node of ctx.nodes) add(node.block, node.value);
  return terms;
}

export const UNKNOWN_PROPERTY = rule({
  id: "vocabulary/unknown-property",
  severity: "error",
  lesser: "warning",
  summary:
    "every property is a schema.org property, an action's `-input`/`-output` annotation of one (`query-input`), or a term the block's own `@context` defines (warning: Google's spelling of one, speakable's `xPath`)",
  source: ACTION_ANNOTATIONS,
  run(ctx, report) {
    const own = ownTerms(ctx);
    for (const node of ctx.nodes) {
      for (const key of Object.keys(node.value)) {
        if (isKnownKey(ctx, key) || key.startsWith("@") || EXTERNAL.test(key) || isAnnotation(ctx, key)) continue;
        if (own.get(node.block)?.has(key)) continue;
        const schemaOrg = GOOGLE_SPELLINGS.get(key);
        if (schemaOrg !== undefined)
          report.lesser(
            node,
            `/${escapePointer(key)}`,
            `"${key}" is Google's spelling (its speakable documentation); schema.org's property is "${schemaOrg}", which other consumers read`,
            { key, schemaOrg },
          );
        else report.add(node, `/${escapePointer(key)}`, `"${key}" is not a schema.org property`, { key });
      }
    }
  },
});

export const PENDING = rule({
  id: "vocabulary/pending",
  severity: "note",
  summary: "a term from schema.org's pending area (consumers may not understand it yet), noted once",
  run(ctx, report) {
    const noted = new Set<string>();
    const note = (term: string, node: JsonLdNode, path: string | undefined) => {
      if (!ctx.vocabulary.isPending(term) || noted.has(term)) return;
      noted.add(term);
      report.add(
        node,
        path ?? `/${escapePointer(term)}`,
        `"${term}" is in schema.org's pending area: consumers may not understand it yet`,
        {
          term,
        },
      );
    };
    for (const node of ctx.nodes) {
      for (const type of node.types)
        if (!EXTERNAL.test(type) && ctx.vocabulary.isClass(type)) note(type, node, "/@type");
      for (const key of knownKeys(ctx, node)) note(key, node, undefined);
    }
  },
});

/** True when every type is a schema.org class (none an external IRI): a loop, asked of every node. */
function allClasses(ctx: CheckContext, types: readonly string[]): boolean {
  for (const t of types) if (EXTERNAL.test(t) || !ctx.vocabulary.isClass(t)) return false;
  return true;
}

export const DOMAIN = rule({
  id: "vocabulary/domain",
  severity: "warning",
  summary: "a property is used on a type schema.org expects it on",
  run(ctx, report) {
    const vocab = ctx.vocabulary;
    for (const node of ctx.nodes) {
      const keys = knownKeys(ctx, node);
      // A bare reference (`{"@id": …}`, most node objects of a graph) has no property to place.
      if (keys.length === 0) continue;
      // A node object that repeats a node's @id has the node's types (JSON-LD merges them).
      const types = ctx.entityOf(node).types;
      if (types.length === 0 || !allClasses(ctx, types)) continue;
      const isRole = ctx.isA(types, "Role");
      for (const key of keys) {
        // A Role carries the property it qualifies (an attendee Role has "attendee").
        if ((isRole && key === node.via) || vocab.inDomain(key, types)) continue;
        report.add(node, `/${escapePointer(key)}`, `"${key}" is not expected on ${types.join("/")} by schema.org`, {
          key,
          types: types.join("/"),
        });
      }
    }
  },
});

export const RANGE = rule({
  id: "vocabulary/range",
  severity: "warning",
  summary:
    "an attendee, organizer, performer, actor, contributor, funder, sponsor, author or publisher is a Person or an Organization (a Role stands for its value)",
  run(ctx, report) {
    for (const node of ctx.nodes) {
      for (const key of knownKeys(ctx, node)) {
        if (!AGENT_PROPERTIES.has(key)) continue;
        const path = `/${escapePointer(key)}`;
        const value = node.value[key];
        (Array.isArray(value) ? value : [value]).forEach((item, i) => {
          const target = ctx.resolve(item);
          const types = target ? typesOf(target) : [];
          // A Role is a node of its own, whose value of the same property is checked there.
          if (types.length === 0 || AGENT_TYPES.some((t) => ctx.isA(types, t))) return;
          report.add(
            node,
            Array.isArray(value) ? `${path}/${i}` : path,
            `is a ${types.join("/")}, but schema.org's ${key} is a Person or an Organization (a country takes part through its government: a GovernmentOrganization)`,
            { key, types: types.join("/") },
          );
        });
      }
    }
  },
});

/** The pinned schema.org vocabulary: types, properties, domains, ranges of agents, pending terms. */
export const VOCABULARY_RULES = [UNKNOWN_TYPE, EXTERNAL_TYPE, UNKNOWN_PROPERTY, PENDING, DOMAIN, RANGE] as const;
