import type { Graph } from "schema-dts";
import type { NewsDocument, Verification } from "../generated/types.js";
import { describeThrown, NewsEventsError, throwIssues } from "../core/error.js";
import { optionIssues } from "./options-check.js";
import { assertGraphInput } from "./guard.js";
import type { EntityIds } from "./ids.js";
import type { SiteOptions } from "./site.js";
import { buildGraph } from "./graph.js";
import { markFinite } from "./serialize.js";
import type { JsonLdKind } from "./nodes/kind-event.js";

/** Options for {@link toJsonLd}: what to state, and what a site's pages need beside the article ({@link SiteOptions}). */
export interface JsonLdOptions extends SiteOptions {
  /**
   * Also emit what is verified: each verification rated imprecise, wrong, unsupported or
   * misleading becomes a `CorrectionComment` in the article's `correction`. The graph otherwise
   * states only what the article states.
   * @default true
   */
  readonly corrections?: boolean;
  /**
   * Your words for the ratings, in the document's language, as your readers see them (AFP
   * Factuel's fact-checks rate a claim `"Faux"`: `{ wrong: "Faux", misleading: "Trompeur" }`).
   * Google requires a ClaimReview's rating in words (`reviewRating.alternateName`, shown in the
   * results), so in a document in a language other than English a claim's verification becomes a
   * ClaimReview only when its rating has words here, and a correction's text falls back to them.
   * In English, the library's words ("Wrong", "Misleading") stand for a rating left out.
   */
  readonly ratingWords?: Readonly<Partial<Record<Verification["rating"], string>>>;
  /**
   * Which news events become schema.org `Event` nodes. `"eligible"`: those the document says the
   * public can attend (`public: true`), on a day, at a place with a postal address; the rest
   * become `Thing` nodes with the same id, name, classes and Wikidata link, because Google reads
   * every Event as a listing of an event people can attend and requires `location.address`
   * (docs/jsonld-and-seo.md). `"all"`: every news event is an Event (for consumers other than
   * search engines).
   * @default "eligible"
   */
  readonly events?: "eligible" | "all";
  /**
   * Site-wide entity ids (a base IRI or a function, see {@link EntityIds}), so that a site's
   * pages merge into one knowledge graph. The shared nodes then leave out what belongs to one
   * article: a person's `jobTitle` on the publication day.
   */
  readonly entityIds?: EntityIds;
  /**
   * Your own event kinds (the `kinds` a `news-events kinds build` module exports): an event of one
   * becomes a node of the schema.org class the kind declares, with its Wikidata class as an
   * additionalType IRI (docs/custom-kinds.md).
   */
  readonly kinds?: readonly JsonLdKind[];
}

/** The JSON-LD produced for a document: one schema.org `@graph`. */
export type NewsArticleGraph = Graph;

/**
 * Builds the schema.org JSON-LD of a document: one `@graph` with the WebPage, the NewsArticle,
 * its publisher, authors and images, a node for each news event (an `Event` when it is public, on
 * a day, at an address, else a `Thing`: see {@link JsonLdOptions.events}; main events in `about`,
 * the others in `mentions`), the named entities, the quotes as `Quotation`s, and, unless
 * `corrections: false`, the verified corrections. Every node has a stable absolute `@id`, every
 * reference resolves, and the same document always gives the same graph, byte for byte. Values
 * are never truncated or entity-encoded.
 *
 * The document should be valid (check it with `validateDocument` from `news-events`). This
 * entry carries no validator, but it refuses what it cannot turn into safe JSON-LD: a value that
 * would become a URL or an `@id` and is not an http(s) URL browsers read as written (no
 * `javascript:`, no credentials) or a safe id, a part of the wrong shape (an object, a list or a
 * text where the graph is built from one, or a part it cannot do without missing: each at its
 * pointer, in `validateDocument`'s words), or an object JSON text cannot make (a prototype other
 * than `Object.prototype` or null, whose inherited values the guard's walk would not see). Then
 * it throws a `NewsEventsError` listing every such issue, and never emits a graph. Every `@id` is one node's: an image at another node's `@id` gets one of
 * its own, and an id the options choose (`entityIds`, `extend.nodes`) that another node has is a
 * `duplicate-id` issue. Its input is never changed and shares no array or object with the output.
 *
 * @example
 * ```ts
 * import { toJsonLd } from "news-events/jsonld";
 * import { burkinaFasoRussia } from "news-events/examples";
 *
 * const graph = toJsonLd(burkinaFasoRussia);
 * graph["@graph"].length; // => 39
 * ```
 */
export function toJsonLd(doc: NewsDocument, options: JsonLdOptions = {}): NewsArticleGraph {
  assertGraphInput(doc);
  // The options' names and shapes before anything is built: no type stops a JavaScript caller.
  throwIssues("JSON-LD options", optionIssues(options));
  try {
    return markFinite(buildGraph(doc, options));
  } catch (error) {
    // Options and site-wide ids are checked while building, and say so in their own error.
    if (error instanceof NewsEventsError) throw error;
    // The guard checked the shape of every part the builder reads; a getter or a proxy that answers
    // the builder otherwise than the guard can still break the build. Say so in the one error
    // class, never as a bare TypeError.
    const thrown = describeThrown(error);
    throw new NewsEventsError("document for JSON-LD", [
      {
        code: "unreadable",
        pointer: "",
        message: `could not become JSON-LD (validate it first): ${thrown}`,
        params: { error: thrown },
      },
    ]);
  }
}
