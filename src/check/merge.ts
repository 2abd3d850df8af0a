// How JSON-LD reads a page's blocks: node objects that share an `@id` are one node (JSON-LD 1.1,
// "node objects with the same @id are merged"), whatever block or nesting they are written in, and
// relative IRIs resolve against the document's base (the page's URL, or its `<base href>`).
import { isIdReference, isRecord } from "../core/json.js";
import type { JsonLdNode } from "./nodes.js";

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;
const HTTP = /^https?:\/\//i;

/**
 * An IRI as JSON-LD reads it: absolute and blank-node ids as written, a relative one resolved
 * against `base` (when there is a base and the result is a URL), else as written.
 *
 * @example
 * ```ts
 * resolveIri("#org", "https://news.example.org/a/"); // => "https://news.example.org/a/#org"
 * ```
 */
export function resolveIri(iri: string, base: string | undefined): string {
  if (ABSOLUTE.test(iri) || iri.startsWith("_:") || base === undefined) return iri;
  try {
    return new URL(iri, base).href;
  } catch {
    return iri;
  }
}

/** True for an IRI the graph can use as an id: absolute, or a blank node. */
export const isUsableIri = (iri: string): boolean => ABSOLUTE.test(iri) || iri.startsWith("_:");

/** Two values of one property that differ, on two node objects with the same `@id`. */
export interface Conflict {
  /** The shared `@id`, resolved. */
  readonly id: string;
  /** The property. */
  readonly key: string;
  /** The node object whose value was read first. */
  readonly first: JsonLdNode;
  /** The node object that gives another value. */
  readonly other: JsonLdNode;
}

/**
 * A value as a comparable key: a node object with an `@id` is its id (resolved), lists are sets,
 * objects have sorted keys, an http(s) URL is the URL it parses to. Two values with the same key
 * say the same thing.
 */
export function valueKey(value: unknown, base: string | undefined, depth = 0): string {
  if (depth > 32) return "…";
  if (Array.isArray(value)) {
    const items = [...new Set(value.map((v) => valueKey(v, base, depth + 1)))].sort();
    return items.length === 1 ? (items[0] as string) : `[${items.join(",")}]`;
  }
  if (isRecord(value)) {
    const id = value["@id"];
    if (typeof id === "string") return `<${resolveIri(id, base)}>`;
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${valueKey(value[k], base, depth + 1)}`).join(",")}}`;
  }
  // A URL as the URL standard reads it: "https://N.example" is "https://n.example/".
  if (typeof value === "string" && HTTP.test(value) && URL.canParse(value)) return JSON.stringify(new URL(value).href);
  return JSON.stringify(value) ?? "undefined";
}

/**
 * True when two values are the same JSON (keys in the same order) whose every `@id` is absolute
 * or a blank node: {@link valueKey} gives them the same key whatever the pages' bases, so it need
 * not be built (most nodes a site repeats, its publisher say, are written the same on every page).
 * False says nothing: the keys are compared.
 *
 * @example
 * ```ts
 * sameKey({ "@id": "https://a.example/#o" }, { "@id": "https://a.example/#o" }); // => true
 * sameKey({ "@id": "#o" }, { "@id": "#o" }); // => false (bases may differ)
 * ```
 */
export function sameKey(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return typeof a !== "object" || a === null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || depth > 32) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameKey(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const theirs = Object.keys(y);
  if (keys.length !== theirs.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== theirs[i] || !sameKey(x[key], y[key], depth + 1)) return false;
  }
  const id = x["@id"];
  return typeof id !== "string" || isUsableIri(id);
}

/** One occurrence's `@type` as a list of types. */
const typeList = (types: unknown): readonly unknown[] =>
  Array.isArray(types) ? types : types === undefined ? [] : [types];

/** The occurrence that stands for a merged node: a top-level one, then the one with most properties. */
function representative(occurrences: readonly JsonLdNode[]): JsonLdNode {
  let best = occurrences[0] as JsonLdNode;
  for (const node of occurrences) {
    const better =
      (node.topLevel && !best.topLevel) ||
      (node.topLevel === best.topLevel && Object.keys(node.value).length > Object.keys(best.value).length);
    if (better) best = node;
  }
  return best;
}

/** The nodes of a graph after merging, and the conflicts merging found. */
export interface MergedGraph {
  /** One node per `@id` (merged), and every node object without one; not the bare references. */
  readonly entities: JsonLdNode[];
  /** The merged node of each `@id`, resolved. */
  readonly byId: Map<string, JsonLdNode>;
  /** Properties that node objects with the same `@id` give different values. */
  readonly conflicts: Conflict[];
}

/** The properties of a node with an `@id` no other node object has (most of them): nothing to compare. */
function copied(node: JsonLdNode): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(node.value)) value[key] = node.value[key];
  return value;
}

/** The properties of node objects sharing an `@id`: the first value of each, `@type`s united, other values that differ a conflict. */
function merged(id: string, group: readonly JsonLdNode[], base: string | undefined, conflicts: Conflict[]) {
  const value: Record<string, unknown> = {};
  const from = new Map<string, JsonLdNode>();
  // The first value of each property as a key, made once (not once for each later occurrence),
  // and the types united in one set: a page of thousands of node objects of one @id was merged in
  // time that grew with the square of their number.
  const firstKeys = new Map<string, string>();
  let types: Set<unknown> | undefined;
  for (const node of group)
    for (const key of Object.keys(node.value)) {
      const v = node.value[key];
      const seen = from.get(key);
      if (seen === undefined) {
        value[key] = v;
        from.set(key, node);
      } else if (key === "@type") {
        types ??= new Set(typeList(value[key]));
        for (const type of typeList(v)) types.add(type);
      } else if (key !== "@id" && key !== "@context") {
        let first = firstKeys.get(key);
        if (first === undefined) firstKeys.set(key, (first = valueKey(value[key], base)));
        if (first !== valueKey(v, base)) conflicts.push({ id, key, first: seen, other: node });
      }
    }
  // Every occurrence's types, once each (one occurrence's are kept as written).
  if (types !== undefined) value["@type"] = types.size === 1 ? [...types][0] : [...types];
  return value;
}

/**
 * Merges the node objects of a graph by `@id`: one value per property (a property given twice
 * with the same value is no conflict; `@type`s are united), bare references (`{"@id": …}`) left
 * out, as JSON-LD's flattening does.
 */
export function mergeNodes(nodes: readonly JsonLdNode[], base: string | undefined): MergedGraph {
  const groups = new Map<string, JsonLdNode[]>();
  const entities: (JsonLdNode | string)[] = [];
  for (const node of nodes) {
    const id = node.value["@id"];
    if (typeof id !== "string") {
      entities.push(node);
      continue;
    }
    if (isIdReference(node.value)) continue;
    const key = resolveIri(id, base);
    const group = groups.get(key);
    if (group) group.push(node);
    else {
      groups.set(key, [node]);
      entities.push(key);
    }
  }
  const byId = new Map<string, JsonLdNode>();
  const conflicts: Conflict[] = [];
  for (const [id, group] of groups) {
    const lone = group.length === 1 ? (group[0] as JsonLdNode) : undefined;
    const value = lone ? copied(lone) : merged(id, group, base, conflicts);
    value["@id"] = id;
    // Most ids have one node object: its own place and types (as a set), without the group's walks.
    const rep = lone ?? representative(group);
    const types = lone && lone.types.length < 2 ? lone.types : [...new Set(group.flatMap((n) => n.types))];
    byId.set(id, { ...rep, value, types, topLevel: lone ? lone.topLevel : group.some((n) => n.topLevel) });
  }
  return {
    entities: entities.map((e) => (typeof e === "string" ? (byId.get(e) as JsonLdNode) : e)),
    byId,
    conflicts,
  };
}

/**
 * Properties whose values add up across pages rather than compete: JSON-LD merges a node's values
 * into one set, and one article naming Xi Jinping "Xi", another "Chairman Xi", or one more page
 * identifying him, says more of the same node, never two things of it (a trial of the packed
 * package saw a site's shared entity nodes flagged for their aliases).
 */
export const ADDITIVE: ReadonlySet<string> = new Set([
  "alternateName",
  "sameAs",
  "knowsAbout",
  "keywords",
  "subjectOf",
]);

/**
 * A node's properties (not its `@` keywords), each with the key {@link valueKey} compares: what
 * the site check holds an earlier page's node by, once a later page has its `@id`.
 *
 * @example
 * ```ts
 * keyed({ "@id": "https://x.example/#org", name: "X" }, undefined).get("name")?.[1]; // => "X"
 * ```
 */
export function keyed(value: Record<string, unknown>, base: string | undefined): Map<string, [string, unknown]> {
  const values = new Map<string, [string, unknown]>();
  for (const key of Object.keys(value))
    if (!key.startsWith("@")) values.set(key, [valueKey(value[key], base), value[key]]);
  return values;
}
