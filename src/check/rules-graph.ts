import { withoutFragment } from "../core/iri.js";
import type { CheckContext } from "./context.js";
import { isIdReference as isReference, isRecord } from "../core/json.js";
import { valuesOf, type JsonLdNode } from "./nodes.js";

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;
const ROOT_TYPES = ["Article", "WebPage", "BreadcrumbList", "WebSite"];

/** Every reference a node makes, nested references included, with where it is. */
function* referencesIn(value: unknown, pointer: string): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* referencesIn(item, `${pointer}/${i}`);
  } else if (isRecord(value)) {
    if (isReference(value)) {
      yield [value["@id"] as string, pointer];
      return;
    }
    for (const [key, child] of Object.entries(value))
      if (!key.startsWith("@")) yield* referencesIn(child, `${pointer}/${key}`);
  }
}

/**
 * `@id`s are absolute and unique, every reference resolves (or deliberately points outside the
 * page), nodes are reachable from the article, the page, its breadcrumbs or its site, and one
 * entity is not two nodes.
 */
export function checkGraph(ctx: CheckContext): void {
  const seen = new Map<string, JsonLdNode>();
  const bases = new Set<string>();
  for (const node of ctx.nodes) {
    const id = node.value["@id"];
    if (id === undefined) continue;
    if (typeof id !== "string" || (!ABSOLUTE.test(id) && !id.startsWith("_:"))) {
      ctx.findings.add(
        "error",
        "graph/relative-id",
        `${node.pointer}/@id`,
        `must be an absolute IRI (got ${JSON.stringify(id)})`,
      );
      continue;
    }
    if (isReference(node.value)) continue;
    bases.add(withoutFragment(id));
    const previous = seen.get(id);
    if (previous)
      ctx.findings.add(
        "error",
        "graph/duplicate-id",
        `${node.pointer}/@id`,
        `"${id}" is already the @id of ${previous.pointer}`,
      );
    else seen.set(id, node);
  }

  const reached = new Set<string>();
  const topLevel = ctx.nodes.filter((n) => n.topLevel);
  // A page's breadcrumb trail and its site are items of their own (Google reads a BreadcrumbList
  // block beside the article's), not parts of the article that something must link to.
  const roots = topLevel.filter((n) => ROOT_TYPES.some((type) => ctx.isA(n.types, type)));
  const queue = [...roots];
  while (queue.length > 0) {
    const node = queue.pop();
    if (!node || reached.has(node.pointer)) continue;
    reached.add(node.pointer);
    for (const [id] of referencesIn(node.value, node.pointer)) {
      const target = ctx.byId.get(id);
      if (target && !reached.has(target.pointer)) queue.push(target);
    }
  }

  for (const node of topLevel) {
    for (const [id, pointer] of referencesIn(node.value, node.pointer)) {
      if (ctx.byId.has(id)) continue;
      if (!ABSOLUTE.test(id)) continue; // reported as a relative id
      if (bases.has(withoutFragment(id)))
        ctx.findings.add("error", "graph/dangling-reference", `${pointer}/@id`, `no node in the graph has @id "${id}"`);
      else
        ctx.findings.add(
          "note",
          "graph/external-reference",
          `${pointer}/@id`,
          `"${id}" is not in this graph; it must be defined on the page it names`,
        );
    }
    if (roots.length > 0 && !reached.has(node.pointer)) {
      ctx.findings.add("warning", "graph/orphan", node.pointer, "cannot be reached from the article or the web page");
    }
  }

  const owners = new Map<string, JsonLdNode>();
  for (const node of topLevel) {
    const id = node.value["@id"];
    if (typeof id !== "string") continue;
    const keys = [
      ...valuesOf(node.value["sameAs"])
        .filter((v): v is string => typeof v === "string")
        .map((v) => `sameAs ${v}`),
    ];
    const url = node.value["url"];
    if (typeof url === "string" && node.types.length > 0) keys.push(`url ${node.types.join("/")} ${url}`);
    for (const key of keys) {
      const owner = owners.get(key);
      if (owner && owner.value["@id"] !== id) {
        ctx.findings.add(
          "warning",
          "graph/duplicate-entity",
          node.pointer,
          `describes the same thing as ${owner.pointer} (${key.split(" ")[0]} ${key.split(" ").at(-1) ?? ""}) under another @id`,
        );
      } else owners.set(key, node);
    }
  }
}
