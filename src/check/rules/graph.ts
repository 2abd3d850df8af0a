import { withoutFragment } from "../../core/iri.js";
import { isIdReference as isReference, isRecord } from "../../core/json.js";
import { shownApart } from "../difference.js";
import { isUsableIri } from "../merge.js";
import { escapePointerSegment as escapePointer } from "../../core/pointer.js";
import { slot, type CheckContext } from "../context.js";
import { valuesOf, type JsonLdNode } from "../nodes.js";
import { paramsOf, rule } from "../rule.js";
import { JSON_LD_BASE, JSON_LD_MERGE } from "./sources.js";

// A page's breadcrumb trail, its site, its publisher and the items Google reads on their own
// (an event, a fact check) are roots: nothing must link to them.
const ROOT_TYPES = ["Article", "WebPage", "BreadcrumbList", "WebSite", "Event", "ClaimReview", "Organization"];

/**
 * Calls `visit` for every node a value names by `@id` (a bare reference, or a node object that
 * repeats some of its properties), with the keys down to it; a repeating node object is searched
 * too. The keys are one stack, valid only during the call: most references resolve, so a pointer
 * is made of them ({@link pointerOf}) only for one that is reported.
 */
function eachReference(value: unknown, visit: (id: string, keys: readonly (string | number)[]) => void): void {
  const keys: (string | number)[] = [];
  const walk = (item: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        keys.push(i);
        walk(item[i], depth + 1);
        keys.pop();
      }
    } else if (isRecord(item)) {
      const id = item["@id"];
      if (typeof id === "string" && keys.length > 0) visit(id, keys);
      if (isReference(item)) return;
      for (const key of Object.keys(item)) {
        if (key.startsWith("@")) continue;
        keys.push(key);
        walk(item[key], depth + 1);
        keys.pop();
      }
    }
  };
  walk(value, 0);
}

/** A JSON Pointer made of keys. */
function pointerOf(keys: readonly (string | number)[]): string {
  let out = "";
  for (const key of keys) out += `/${escapePointer(key)}`;
  return out;
}

/** The pages the graph's own nodes are on: their `@id`s without fragments. */
function bases(ctx: CheckContext): Set<string> {
  const out = new Set<string>();
  for (const id of ctx.byId.keys()) if (isUsableIri(id)) out.add(withoutFragment(id));
  return out;
}

type Unresolved = [JsonLdNode, string, string][];

// Both reference rules read the same walk: a graph's references are walked once, not once per rule.
const UNRESOLVED = slot<{ inside: Unresolved; outside: Unresolved }>("unresolved references");

/** References out of the graph's own nodes that no node answers: `inside` those on the graph's pages, else the others. */
function unresolved(ctx: CheckContext, inside: boolean): Unresolved {
  let found = ctx.kept(UNRESOLVED);
  if (!found) {
    const pages = bases(ctx);
    const lists = { inside: [] as Unresolved, outside: [] as Unresolved };
    for (const node of ctx.nodes) {
      if (!node.topLevel) continue;
      eachReference(node.value, (raw, keys) => {
        const id = ctx.iri(raw);
        if (ctx.byId.has(id) || !isUsableIri(id)) return; // a relative one is reported as such
        (pages.has(withoutFragment(id)) ? lists.inside : lists.outside).push([node, pointerOf(keys), id]);
      });
    }
    found = ctx.keep(UNRESOLVED, lists);
  }
  return inside ? found.inside : found.outside;
}

export const RELATIVE_ID = rule({
  id: "graph/relative-id",
  severity: "error",
  summary:
    "every `@id` is a string, absolute or resolved against the page's URL or `<base href>` (a relative one without them names nothing)",
  source: JSON_LD_BASE,
  run(ctx, report) {
    for (const node of ctx.nodes) {
      const id = node.value["@id"];
      if (id === undefined || (typeof id === "string" && isUsableIri(ctx.iri(id)))) continue;
      report.add(
        node,
        "/@id",
        `must be an absolute IRI, or relative to a known page URL (got ${JSON.stringify(id)}; pass the page's URL, or give a <link rel="canonical">)`,
        paramsOf({ got: id }),
      );
    }
  },
});

export const DUPLICATE_ID = rule({
  id: "graph/duplicate-id",
  severity: "error",
  summary:
    "node objects that share an `@id` are one node (JSON-LD merges them, within a block and across a page's blocks): they give no property two different values",
  source: JSON_LD_MERGE,
  run(ctx, report) {
    for (const { id, key, first, other } of ctx.conflicts) {
      const [mine, theirs] = shownApart(other.value[key], first.value[key]);
      report.add(
        other,
        `/${escapePointer(key)}`,
        `is ${mine}, but the node with the same @id "${id}" at ${ctx.where(first)} has ${key} ${theirs}: one node cannot have both`,
        { id, key, other: ctx.where(first) },
      );
    }
  },
});

export const DANGLING_REFERENCE = rule({
  id: "graph/dangling-reference",
  severity: "error",
  summary: "a reference to an `@id` on the graph's own pages names a node of the graph",
  run(ctx, report) {
    for (const [node, path, id] of unresolved(ctx, true))
      report.add(node, `${path}/@id`, `no node in the graph has @id "${id}"`, { id });
  },
});

export const EXTERNAL_REFERENCE = rule({
  id: "graph/external-reference",
  severity: "note",
  summary: "a reference to another page's `@id` must be defined on that page",
  run(ctx, report) {
    for (const [node, path, id] of unresolved(ctx, false))
      report.add(node, `${path}/@id`, `"${id}" is not in this graph; it must be defined on the page it names`, { id });
  },
});

/**
 * True for a node of a {@link ROOT_TYPES} type, or one that stands alone: a block's own item
 * (outside any `@graph`) with no `@id` is an item of its own, as Google reads a carousel's ItemList
 * or a VideoObject block beside an article. Nothing could name it, so no link to it was forgotten;
 * a block's item with an `@id` (a stray Person) may be one that a link was meant to reach.
 */
function isRoot(ctx: CheckContext, node: JsonLdNode): boolean {
  if (node.value["@id"] === undefined && !node.pointer.includes("/@graph/")) return true;
  for (const type of ROOT_TYPES) if (ctx.isA(node.types, type)) return true;
  return false;
}

export const ORPHAN = rule({
  id: "graph/orphan",
  severity: "warning",
  summary:
    "every node can be reached from the article, the web page, its breadcrumbs or its site, or stands alone (a block's item without an `@id`)",
  run(ctx, report) {
    const topLevel = ctx.entities.filter((n) => n.topLevel);
    // A page's breadcrumb trail and its site are items of their own (Google reads a BreadcrumbList
    // block beside the article's), not parts of the article that something must link to.
    const roots = topLevel.filter((n) => isRoot(ctx, n));
    if (roots.length === 0) return;
    const reached = new Set<JsonLdNode>();
    const queue = [...roots];
    while (queue.length > 0) {
      const node = queue.pop();
      if (!node || reached.has(node)) continue;
      reached.add(node);
      eachReference(node.value, (id) => {
        const target = ctx.byId.get(ctx.iri(id));
        if (target && !reached.has(target)) queue.push(target);
      });
    }
    for (const node of topLevel)
      if (!reached.has(node)) report.add(node, "", "cannot be reached from the article or the web page");
  },
});

export const DUPLICATE_ENTITY = rule({
  id: "graph/duplicate-entity",
  severity: "warning",
  summary: "one entity is one node: no two `@id`s with the same `sameAs`, or the same type and `url`",
  run(ctx, report) {
    const owners = new Map<string, JsonLdNode>();
    for (const node of ctx.entities) {
      if (!node.topLevel) continue;
      const id = node.value["@id"];
      if (typeof id !== "string") continue;
      const keys: [string, string, string][] = [];
      // Most nodes have no sameAs: no list is made of nothing.
      const sameAs = node.value["sameAs"];
      if (sameAs !== undefined)
        for (const v of valuesOf(sameAs)) if (typeof v === "string") keys.push([`sameAs ${v}`, "sameAs", v]);
      const url = node.value["url"];
      if (typeof url === "string" && node.types.length > 0)
        keys.push([`url ${node.types.join("/")} ${url}`, "url", url]);
      for (const [key, property, value] of keys) {
        const owner = owners.get(key);
        if (owner && owner.value["@id"] !== id)
          report.add(
            node,
            "",
            `describes the same thing as the node at ${ctx.where(owner)}, under another @id (both have ${property} ${value})`,
            {
              other: ctx.where(owner),
              property,
              value,
            },
          );
        else owners.set(key, node);
      }
    }
  },
});

/** Graph integrity: absolute unique `@id`s, references that resolve, reachable nodes, one node per entity. */
export const GRAPH_RULES = [
  RELATIVE_ID,
  DUPLICATE_ID,
  DANGLING_REFERENCE,
  EXTERNAL_REFERENCE,
  ORPHAN,
  DUPLICATE_ENTITY,
] as const;

export const SITE_CONFLICT = rule({
  id: "graph/site-conflict",
  severity: "warning",
  summary:
    "across the pages of a site (`check DIR`, `checkSite`), nodes with the same `@id` give no property two different values (both pages named); values that add up (`alternateName`, `sameAs`, `knowsAbout`, `keywords`, `subjectOf`) are merged, not compared",
  source: JSON_LD_MERGE,
});
