import { withoutFragment } from "../../core/iri.js";
import { isIdReference as isReference, isRecord } from "../../core/json.js";
import { escapePointerSegment as escapePointer } from "../../core/pointer.js";
import type { CheckContext } from "../context.js";
import { valuesOf, type JsonLdNode } from "../nodes.js";
import { paramsOf, rule } from "../rule.js";

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;
const ROOT_TYPES = ["Article", "WebPage", "BreadcrumbList", "WebSite"];

/** Every reference a node makes, nested references included, with the path below the node. */
function* referencesIn(value: unknown, path: string): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* referencesIn(item, `${path}/${i}`);
  } else if (isRecord(value)) {
    if (isReference(value)) {
      yield [value["@id"] as string, path];
      return;
    }
    for (const [key, child] of Object.entries(value))
      if (!key.startsWith("@")) yield* referencesIn(child, `${path}/${escapePointer(key)}`);
  }
}

/** A node's `@id` when it is one the graph can use: a string, absolute or a blank node. */
function usableId(node: JsonLdNode): string | undefined {
  const id = node.value["@id"];
  return typeof id === "string" && (ABSOLUTE.test(id) || id.startsWith("_:")) ? id : undefined;
}

/** The pages the graph's own nodes are on: their `@id`s without fragments. */
function bases(ctx: CheckContext): Set<string> {
  const out = new Set<string>();
  for (const node of ctx.nodes) {
    const id = usableId(node);
    if (id !== undefined && !isReference(node.value)) out.add(withoutFragment(id));
  }
  return out;
}

/** References out of the graph's own nodes that no node answers: `inside` those on the graph's pages, else the others. */
function unresolved(ctx: CheckContext, inside: boolean): [JsonLdNode, string, string][] {
  const pages = bases(ctx);
  const out: [JsonLdNode, string, string][] = [];
  for (const node of ctx.nodes.filter((n) => n.topLevel)) {
    for (const [id, path] of referencesIn(node.value, "")) {
      if (ctx.byId.has(id) || !ABSOLUTE.test(id)) continue; // a relative one is reported as such
      if (pages.has(withoutFragment(id)) === inside) out.push([node, path, id]);
    }
  }
  return out;
}

export const RELATIVE_ID = rule({
  id: "graph/relative-id",
  severity: "error",
  summary: "every `@id` is an absolute IRI (or a blank node)",
  run(ctx, report) {
    for (const node of ctx.nodes) {
      const id = node.value["@id"];
      if (id !== undefined && usableId(node) === undefined)
        report.add(node, "/@id", `must be an absolute IRI (got ${JSON.stringify(id)})`, paramsOf({ got: id }));
    }
  },
});

export const DUPLICATE_ID = rule({
  id: "graph/duplicate-id",
  severity: "error",
  summary: "no two nodes have the same `@id`",
  run(ctx, report) {
    const seen = new Map<string, JsonLdNode>();
    for (const node of ctx.nodes) {
      const id = usableId(node);
      if (id === undefined || isReference(node.value)) continue;
      const previous = seen.get(id);
      if (!previous) seen.set(id, node);
      else
        report.add(node, "/@id", `"${id}" is already the @id of ${ctx.where(previous)}`, {
          id,
          other: ctx.where(previous),
        });
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

export const ORPHAN = rule({
  id: "graph/orphan",
  severity: "warning",
  summary: "every node can be reached from the article, the web page, its breadcrumbs or its site",
  run(ctx, report) {
    const topLevel = ctx.nodes.filter((n) => n.topLevel);
    // A page's breadcrumb trail and its site are items of their own (Google reads a BreadcrumbList
    // block beside the article's), not parts of the article that something must link to.
    const roots = topLevel.filter((n) => ROOT_TYPES.some((type) => ctx.isA(n.types, type)));
    if (roots.length === 0) return;
    const reached = new Set<JsonLdNode>();
    const queue = [...roots];
    while (queue.length > 0) {
      const node = queue.pop();
      if (!node || reached.has(node)) continue;
      reached.add(node);
      for (const [id] of referencesIn(node.value, "")) {
        const target = ctx.byId.get(id);
        if (target && !reached.has(target)) queue.push(target);
      }
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
    for (const node of ctx.nodes.filter((n) => n.topLevel)) {
      const id = node.value["@id"];
      if (typeof id !== "string") continue;
      const keys: [string, string, string][] = valuesOf(node.value["sameAs"])
        .filter((v): v is string => typeof v === "string")
        .map((v) => [`sameAs ${v}`, "sameAs", v]);
      const url = node.value["url"];
      if (typeof url === "string" && node.types.length > 0)
        keys.push([`url ${node.types.join("/")} ${url}`, "url", url]);
      for (const [key, property, value] of keys) {
        const owner = owners.get(key);
        if (owner && owner.value["@id"] !== id)
          report.add(
            node,
            "",
            `describes the same thing as ${ctx.where(owner)} (${property} ${value}) under another @id`,
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
