import type { NewsArticleGraph } from "./build.js";
import { describeThrown, NewsEventsError, throwIssues } from "../core/error.js";
import { unicodeEscape } from "../core/escape.js";
import { typeIssue } from "../core/type-issue.js";
import { jsonFaults } from "./json-faults.js";

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** Options for {@link serializeJsonLd} and {@link toJsonLdScript}. */
export interface SerializeOptions {
  /** Indent with two spaces (the default) or write one line (`compact: true`). */
  readonly compact?: boolean;
}

/**
 * The JSON text of a graph, or a {@link NewsEventsError} naming where it cannot be one: no object
 * at all (`JSON.stringify(undefined)` is no text), a cycle, a number JSON cannot hold.
 */
function jsonText(graph: unknown, indent: number | undefined): string {
  if (graph === null || typeof graph !== "object") throw new NewsEventsError(GRAPH, [typeIssue("", "object", graph)]);
  let text: string | undefined;
  try {
    text = JSON.stringify(graph, null, indent);
  } catch (error) {
    // A cycle, a BigInt, a getter that throws, nesting deeper than the stack: said where it is.
    const thrown = describeThrown(error);
    const [first, ...rest] = jsonFaults(graph);
    throw new NewsEventsError(GRAPH, [
      first ?? {
        code: "unreadable",
        pointer: "",
        message: `could not be written as JSON: ${thrown}`,
        params: { error: thrown },
      },
      ...rest,
    ]);
  }
  // An object whose toJSON gives undefined has no text either.
  if (text === undefined) throw new NewsEventsError(GRAPH, [typeIssue("", "object", undefined)]);
  // JSON.stringify writes NaN and Infinity as null, silently: only a text holding a null can hide
  // one. Looking for "null" costs a tenth of the stringify (a word, not one character): a graph
  // toJsonLd built, whose every number was checked finite, is not looked at.
  if (!finite.has(graph) && text.includes("null")) throwIssues(GRAPH, jsonFaults(graph));
  return text;
}

const GRAPH = "JSON-LD graph";

/**
 * The graphs toJsonLd built: every number in them is one the guard or the options check found
 * finite (a pixel size, a coordinate, an `extend` value). A number the caller puts into one later
 * is not looked for.
 */
const finite = new WeakSet<object>();

/**
 * Marks a graph whose numbers are all finite (see `finite`), as toJsonLd returns it.
 *
 * @example
 * ```ts
 * markFinite(graph); // serializeJsonLd(graph) then does not look for NaN in it
 * ```
 */
export function markFinite<T extends object>(graph: T): T {
  finite.add(graph);
  return graph;
}

/**
 * Writes JSON-LD as JSON text that is safe inside an HTML `<script>` element: `<`, `>`, `&`,
 * U+2028 and U+2029 become `\uXXXX` escapes, so no `</script`, `<!--` or `-->` can appear, while
 * `JSON.parse` gives back exactly the same strings. Nothing is HTML-entity-encoded. What JSON
 * cannot hold (no object at all, a cycle, NaN or Infinity, which JSON.stringify would write as
 * null) throws a `NewsEventsError` naming where it is.
 *
 * @example
 * ```ts
 * serializeJsonLd({ "@context": "https://schema.org", "@graph": [{ "@type": "Thing", name: "</script>" }] }, { compact: true });
 * // => '{"@context":"https://schema.org","@graph":[{"@type":"Thing","name":"\\u003c/script\\u003e"}]}'
 * ```
 */
export function serializeJsonLd(graph: NewsArticleGraph | object, options: SerializeOptions = {}): string {
  const text = jsonText(graph, options.compact ? undefined : 2);
  // Most graphs hold none of the five characters: five includes() scans cost less than one
  // regular-expression pass (on the example graphs, 1.3x JSON.stringify became ~1.0x).
  // The scan (~0.3x JSON.stringify, mostly flattening the rope stringify returns) cannot be skipped
  // for a graph toJsonLd made from checked strings: the caller may change the graph before this
  // call, and deep-freezing it in toJsonLd so that a mark stays true cost more (0.4x) than the scan.
  const unsafe =
    text.includes("<") ||
    text.includes(">") ||
    text.includes("&") ||
    text.includes("\u2028") ||
    text.includes("\u2029");
  return unsafe ? text.replace(UNSAFE_IN_SCRIPT, unicodeEscape) : text;
}

/**
 * The `<script type="application/ld+json">` element for a graph, ready to put in a page's head.
 *
 * @example
 * ```ts
 * import { toJsonLd, toJsonLdScript } from "news-events/jsonld";
 *
 * const html = `<head>${toJsonLdScript(toJsonLd(doc))}</head>`;
 * ```
 */
export function toJsonLdScript(graph: NewsArticleGraph | object, options: SerializeOptions = {}): string {
  return `<script type="application/ld+json">${serializeJsonLd(graph, options)}</script>`;
}

/** Props for a React (or Preact, Solid…) `<script>` element: see {@link toJsonLdScriptProps}. */
export interface JsonLdScriptProps {
  /** `application/ld+json`. */
  readonly type: "application/ld+json";
  /** The graph as script-safe JSON: set as the element's content without React escaping it again. */
  readonly dangerouslySetInnerHTML: {
    /** The script-safe JSON text. */
    readonly __html: string;
  };
}

/**
 * The props of a `<script type="application/ld+json">` element for React and frameworks built on
 * it (Next.js, Remix): the graph serialised with the same escaping as {@link toJsonLdScript}
 * (`<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes, so no text of the article can close the
 * script), for a framework that cannot take a tag string.
 *
 * @example
 * ```ts
 * import { toJsonLd, toJsonLdScriptProps } from "news-events/jsonld";
 * import { burkinaFasoRussia } from "news-events/examples";
 * import { createElement } from "react";
 *
 * const script = createElement("script", toJsonLdScriptProps(toJsonLd(burkinaFasoRussia)));
 * // in JSX: <script {...toJsonLdScriptProps(toJsonLd(doc))} />
 * ```
 */
export function toJsonLdScriptProps(
  graph: NewsArticleGraph | object,
  options: SerializeOptions = {},
): JsonLdScriptProps {
  return { type: "application/ld+json", dangerouslySetInnerHTML: { __html: serializeJsonLd(graph, options) } };
}
