import { isRecord } from "../core/json.js";
import { escapePointerSegment as escapePointer } from "../core/pointer.js";

/** Where a finding is: a page's block (undefined for a lone input) and a JSON Pointer into it. */
export interface Place {
  /** The index of the page's `application/ld+json` block, or undefined when one value is checked. */
  readonly block: number | undefined;
  /** JSON Pointer into the block (or the input). */
  readonly pointer: string;
}

/** A JSON object in the checked JSON-LD, with where it is. */
export interface JsonLdNode extends Place {
  /** JSON Pointer to the object, in its block. */
  readonly pointer: string;
  /** The object. */
  readonly value: Record<string, unknown>;
  /** The schema.org types it declares, without prefixes. */
  readonly types: readonly string[];
  /** The property it is the value of, for nested objects ("" at the top). */
  readonly via: string;
  /** True for the graph's own nodes (items of `@graph`, or a top-level object). */
  readonly topLevel: boolean;
}

const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/;

/** The declared types of a node, with schema.org prefixes removed. */
export function typesOf(node: Record<string, unknown>): string[] {
  const raw = node["@type"];
  // One type written as a plain name (most nodes): no list made, no pattern run.
  if (typeof raw === "string") return [raw.includes(":") ? raw.replace(SCHEMA_PREFIX, "") : raw];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((t): t is string => typeof t === "string").map((t) => t.replace(SCHEMA_PREFIX, ""));
}

/**
 * The items of a JSON-LD list or set object (`{"@list": [...]}`, `{"@set": [...]}`), which
 * JSON-LD reads as the values themselves; undefined for anything else.
 */
function listItems(value: unknown): unknown[] | undefined {
  if (!isRecord(value)) return undefined;
  const items = value["@list"] ?? value["@set"];
  if (items === undefined) return undefined;
  return Array.isArray(items) ? items : [items];
}

/** Values of a property as a list (a list or set object gives its items, as JSON-LD reads it). */
export function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => listItems(v) ?? [v]);
  return value === undefined ? [] : (listItems(value) ?? [value]);
}

const LIST_KEYS = ["@list", "@set"] as const;

/**
 * Every object in a JSON-LD input: a `@graph` document, a single node, or an array of either (as
 * in Google's own examples of several items). Depth is bounded, so a hostile input cannot
 * exhaust the stack.
 */
export function collectNodes(input: unknown, block: number | undefined, maxDepth = 64): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  // Only an object or an array can hold a node: a scalar's pointer is never made.
  const visit = (value: unknown, pointer: string, via: string, topLevel: boolean, depth: number): void => {
    if (depth > maxDepth) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === "object" && item !== null) visit(item, `${pointer}/${i}`, via, topLevel, depth + 1);
      }
      return;
    }
    if (!isRecord(value)) return;
    // A list or set object is no node: its items are the values (nodes among them are visited).
    for (const key of LIST_KEYS)
      if (value[key] !== undefined) return visit(value[key], `${pointer}/${key}`, via, topLevel, depth + 1);
    const graph = value["@graph"];
    if (Array.isArray(graph)) {
      graph.forEach((item, i) => visit(item, `${pointer}/@graph/${i}`, "", true, depth + 1));
      return;
    }
    out.push({ block, pointer, value, types: typesOf(value), via, topLevel });
    // Keys, then each value: Object.entries would make an array per property of every node.
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (key.startsWith("@") || typeof child !== "object" || child === null) continue;
      visit(child, `${pointer}/${escapePointer(key)}`, key, false, depth + 1);
    }
  };
  visit(input, "", "", true, 0);
  return out;
}
