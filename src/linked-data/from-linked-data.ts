import type { NewsDocument } from "../generated/types.js";
import { NewsEventsError } from "../core/error.js";
import { capIssues, pointerText, type Issue, type IssueCode, type ProblemParams } from "../core/issue.js";
import { isIdReference as isReference, isRecord } from "../core/json.js";
import { escapePointerSegment } from "../core/pointer.js";
import { readUntrustedJson } from "../core/untrusted-json.js";

type Json = Record<string, unknown>;

const WHAT = "Linked Data document";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "double", "decimal", "float", "int", "long"]);
/**
 * The deepest a resolved value may nest. Links make a value deeper than any JSON it came from (a
 * chain of 20,000 blank nodes is 20,000 levels), and a real document is a dozen levels deep.
 */
const MAX_DEPTH = 512;

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
 * document node loses its `@id` and `@type`. The input is untrusted: it is read as plain JSON first
 * (own data properties only, at most 512 levels deep), and the result is built of ordinary objects
 * holding only own keys. Throws a `NewsEventsError` when the input is no such JSON, holds no single
 * `NewsDocument` node, a reference that leads nowhere, back to itself, or to a node placed
 * elsewhere already (a document is a tree: each node has one place), a chain of links more than 512
 * deep, or a key `__proto__`. Validate the result with `validateDocument`.
 *
 * @example
 * ```ts
 * import jsonld from "jsonld";
 * import { context, documentLoader, fromLinkedData, toLinkedData } from "news-events/linked-data";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * // Through RDF and back: the package's context and loader, so nothing is fetched. (The casts are
 * // for @types/jsonld, whose types are narrower than what jsonld takes.)
 * const quads = await jsonld.toRDF(toLinkedData(burkinaFasoRussia) as never, { format: "application/n-quads", documentLoader } as never);
 * const compacted = await jsonld.compact(await jsonld.fromRDF(quads as never), context as never, { documentLoader } as never);
 * const back = fromLinkedData(compacted); // the document, as it was
 * ```
 */
export function fromLinkedData(data: unknown): NewsDocument {
  const read = readUntrustedJson(data);
  if (!read.ok) throw new NewsEventsError(WHAT, [read.issue]);
  const input = read.value;
  const nodes = (isRecord(input) && Array.isArray(input["@graph"]) ? input["@graph"] : [input]).filter(isRecord);
  const byId = new Map<string, Json>();
  for (const node of nodes) if (typeof node["@id"] === "string" && !isReference(node)) byId.set(node["@id"], node);
  const roots = nodes.filter((node) => [node["@type"]].flat().includes("NewsDocument"));
  if (roots.length !== 1) {
    throw new NewsEventsError(WHAT, [
      {
        code: "type",
        pointer: "",
        message: `must hold exactly one NewsDocument node (found ${roots.length})`,
        params: { found: roots.length },
      },
    ]);
  }
  const issues: Issue[] = [];
  const doc = resolver(byId, issues)(roots[0], "", 0);
  const [first, ...rest] = capIssues(issues);
  if (first) throw new NewsEventsError(WHAT, [first, ...rest]);
  return doc as NewsDocument;
}

/**
 * Puts each referenced node in its one place. Every node is placed at most once, so the result is
 * no larger than the input: a node referenced twice is an issue, not a copy (a 1 KB graph of blank
 * nodes that each reference the next twice would otherwise expand to 2^n copies).
 */
function resolver(byId: ReadonlyMap<string, Json>, issues: Issue[]) {
  const problem = (code: IssueCode, pointer: string, message: string, params?: ProblemParams) => {
    issues.push({ code, pointer, message, ...(params !== undefined ? { params } : {}) });
    return undefined;
  };
  const placed = new Map<Json, string>();
  const open = new Set<Json>();
  const value = (input: unknown, at: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) {
      return problem("too-deep", at, `is nested more than ${MAX_DEPTH} levels deep`, { maxDepth: MAX_DEPTH });
    }
    if (Array.isArray(input)) return input.map((item, i) => value(item, `${at}/${i}`, depth + 1));
    if (!isRecord(input)) return input;
    if ("@list" in input) return value(input["@list"], at, depth);
    if ("@value" in input) return literal(input, at, problem);
    const node = isReference(input) ? byId.get(input["@id"] as string) : input;
    if (!node) {
      const id = input["@id"] as string;
      return problem("dangling-reference", at, `refers to ${JSON.stringify(id)}, which is no node of the graph`, {
        id,
      });
    }
    if (open.has(node)) return problem("circular-reference", at, "refers back to a node that contains it");
    const first = placed.get(node);
    if (first !== undefined) {
      return problem(
        "shared-reference",
        at,
        `refers to a node placed at ${pointerText(first)} already: each has one place`,
        {
          first,
        },
      );
    }
    placed.set(node, at);
    open.add(node);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const where = `${at}/${escapePointerSegment(key)}`;
      if (key === "__proto__") problem("unknown-property", where, "is no property of a news document");
      else if (!key.startsWith("@")) out[key] = value(node[key], where, depth + 1);
    }
    open.delete(node);
    return out;
  };
  return value;
}

/** A typed literal's value: numbers and booleans from their xsd types, anything else as written. */
function literal(input: Json, at: string, problem: (code: IssueCode, at: string, m: string) => undefined) {
  const type = xsdType(input["@type"]);
  const raw = input["@value"];
  if (raw !== null && typeof raw === "object")
    return problem("type", at, "must have a string, number or boolean @value");
  if (type === "boolean") return raw === true || raw === "true";
  if (type === undefined || !NUMERIC.has(type)) return raw;
  const n = Number(raw);
  return Number.isFinite(n) ? n : problem("type", at, `must be a finite number (got ${JSON.stringify(raw)})`);
}
