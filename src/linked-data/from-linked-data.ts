import type { NewsDocument } from "../generated/types.js";
import { NewsEventsError } from "../core/error.js";
import type { Issue, IssueCode, ProblemParams } from "../core/issue.js";
import { isIdReference as isReference, isRecord } from "../core/json.js";

type Json = Record<string, unknown>;

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "double", "decimal", "float", "int", "long"]);

/** An object that only names a node: `{ "@id": … }`. */

/** The xsd type of a typed literal, whether written as a full IRI or with the `xsd:` prefix. */
function xsdType(type: unknown): string | undefined {
  if (typeof type !== "string") return undefined;
  if (type.startsWith(XSD)) return type.slice(XSD.length);
  return type.startsWith("xsd:") ? type.slice(4) : undefined;
}

/**
 * Reads a document back from its Linked Data: the JSON-LD of {@link toLinkedData}, or the same
 * graph after a trip through RDF, compacted with the document context (nodes flattened, nested
 * objects as blank-node references, numbers and booleans as typed literals). Blank nodes are put
 * back where they are referenced, typed literals become numbers and booleans again, and the
 * document node loses its `@id` and `@type`. Throws a `NewsEventsError` when the input holds no
 * single `NewsDocument` node or a reference that leads nowhere or back to itself. Validate the
 * result with `validateDocument`.
 *
 * @example
 * ```ts
 * import jsonld from "jsonld";
 * import context from "news-events/schemas/context.jsonld" with { type: "json" };
 *
 * const compacted = await jsonld.compact(await jsonld.fromRDF(quads), context);
 * const doc = fromLinkedData(compacted); // the document, as it was
 * ```
 */
export function fromLinkedData(data: unknown): NewsDocument {
  const issues: Issue[] = [];
  const problem = (code: IssueCode, pointer: string, message: string, params?: ProblemParams) => {
    issues.push({ code, pointer, message, ...(params !== undefined ? { params } : {}) });
    return undefined;
  };
  const nodes: Json[] =
    isRecord(data) && Array.isArray(data["@graph"]) ? data["@graph"].filter(isRecord) : isRecord(data) ? [data] : [];
  const byId = new Map<string, Json>();
  for (const node of nodes) if (typeof node["@id"] === "string" && !isReference(node)) byId.set(node["@id"], node);
  const roots = nodes.filter((node) => [node["@type"]].flat().includes("NewsDocument"));
  if (roots.length !== 1) {
    throw new NewsEventsError("Linked Data document", [
      {
        code: "type",
        pointer: "",
        message: `must hold exactly one NewsDocument node (found ${roots.length})`,
        params: { found: roots.length },
      },
    ]);
  }
  const open = new Set<Json>();
  const value = (input: unknown, at: string): unknown => {
    if (Array.isArray(input)) return input.map((item, i) => value(item, `${at}/${i}`));
    if (!isRecord(input)) return input;
    if ("@list" in input) return value(input["@list"], at);
    if ("@value" in input) {
      const type = xsdType(input["@type"]);
      const raw = input["@value"];
      if (type === "boolean") return raw === true || raw === "true";
      if (type !== undefined && NUMERIC.has(type)) return Number(raw);
      return raw;
    }
    const node = isReference(input) ? byId.get(input["@id"] as string) : input;
    if (!node) {
      const id = input["@id"] as string;
      return problem("dangling-reference", at, `refers to ${JSON.stringify(id)}, which is no node of the graph`, {
        id,
      });
    }
    if (open.has(node)) return problem("circular-reference", at, "refers back to a node that contains it");
    open.add(node);
    const out: Json = {};
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      out[key] = value(child, `${at}/${key}`);
    }
    open.delete(node);
    return out;
  };
  const doc = value(roots[0], "");
  const [first, ...rest] = issues;
  if (first) throw new NewsEventsError("Linked Data document", [first, ...rest]);
  return doc as NewsDocument;
}
