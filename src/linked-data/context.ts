import { CONTEXT_DOCUMENT } from "../generated/context.js";
import { LINKED_DATA_CONTEXT } from "./to-linked-data.js";

/**
 * The JSON-LD context every {@link toLinkedData} document names, as an object: the content of
 * `schemas/context.jsonld`, for tools that take a context inline. (Importing the `.jsonld` file
 * itself with `with { type: "json" }` fails on Node 20: its extension is not JSON's.)
 *
 * @example
 * ```ts
 * import { context } from "news-events/linked-data";
 *
 * context["@context"].headline; // => "schema:headline"
 * ```
 */
export const context: LinkedDataContext = CONTEXT_DOCUMENT;

/** A term defined with a container: its IRI and `@list` (an array whose order is kept through RDF). */
export interface LinkedDataListTerm {
  /** The term's IRI, compact (`nev:events`). */
  readonly "@id": string;
  /** `@list`. */
  readonly "@container": string;
}

/** A JSON-LD context document: each term an IRI (or a compact one), or an IRI with a `@list` container. */
export interface LinkedDataContext {
  /** The terms, by name: `"schema:headline"`, `{ "@id": "nev:events", "@container": "@list" }`, and `@version`. */
  readonly "@context": Readonly<Record<string, string | number | LinkedDataListTerm>>;
}

/** What a JSON-LD document loader returns (the `jsonld` package's `RemoteDocument`). */
export interface RemoteContext {
  /** The URL asked for. */
  readonly documentUrl: string;
  /**
   * The context document ({@link context}). Typed `any` on purpose: the `jsonld` package's typings
   * (not a dependency) want their own JsonLd type here, whose `@version` is not the number the
   * context holds; `any` lets `documentLoader` be passed to `jsonld.toRDF` as it is.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly document: any;
}

/**
 * A document loader for the `jsonld` package (`expand`, `toRDF`, `compact`…) that serves the
 * library's context from the package itself: Linked Data works offline, with the context of the
 * version installed. Any other URL is refused with a message naming it (pass your own loader for
 * those, falling back to this one).
 *
 * @example
 * ```ts
 * import jsonld from "jsonld";
 * import { documentLoader, toLinkedData } from "news-events/linked-data";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const quads = await jsonld.toRDF(toLinkedData(burkinaFasoRussia) as object, { format: "application/n-quads", documentLoader });
 * ```
 */
export async function documentLoader(url: string): Promise<RemoteContext> {
  if (url === LINKED_DATA_CONTEXT) return { documentUrl: url, document: CONTEXT_DOCUMENT };
  throw new Error(
    `news-events documentLoader: serves only ${LINKED_DATA_CONTEXT}, offline; ${url} needs a loader of its own`,
  );
}
