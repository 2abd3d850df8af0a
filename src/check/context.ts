import { collectNodes, type JsonLdNode } from "./nodes.js";
import { isIdReference as isReference, isRecord } from "../core/json.js";
import type { RuleSetting } from "./report.js";
import type { RuleId } from "./rules/index.js";
import { vocabulary, type Vocabulary } from "./vocabulary.js";

/**
 * A severity for each rule that should not have its default: `off` drops its findings.
 *
 * @example
 * ```ts
 * const rules: RuleSeverities = { "google/image-ratios": "off", "graph/orphan": "error" };
 * ```
 */
export type RuleSeverities = { readonly [Id in RuleId]?: RuleSetting };

/** Options for {@link checkJsonLd}. */
export interface CheckOptions {
  /** The page's canonical URL: the WebPage `url` and the article's `mainEntityOfPage` must equal it exactly. */
  readonly canonicalUrl?: string;
  /** The build time, to warn about dates in the future; left out, no such warning (output stays reproducible). */
  readonly now?: string;
  /** Above this many bytes of compact JSON, warn. @default 32768 */
  readonly maxBytes?: number;
  /**
   * Severities per rule id (see `RULES` and docs/jsonld-and-seo.md). A name that is no rule, or a
   * severity that is none, is reported as a `check/options` error (the checker never throws).
   */
  readonly rules?: RuleSeverities;
}

/** One checked JSON value: the whole input, or one block of a page. */
export interface CheckRoot {
  /** The parsed value. */
  readonly value: unknown;
  /** The page's block it came from, or undefined for a lone input. */
  readonly block: number | undefined;
}

/** What every rule gets: the input, its nodes (each with its block), an index by `@id`, the vocabulary. */
export class CheckContext {
  readonly nodes: JsonLdNode[];
  readonly byId = new Map<string, JsonLdNode>();
  readonly vocabulary: Vocabulary = vocabulary();

  /**
   * @param input - Everything checked, as one value (the size rule measures it).
   * @param roots - The values whose nodes are checked, each with its block.
   * @param canonicalFromPage - True when `options.canonicalUrl` is the page's `<link rel="canonical">`.
   */
  constructor(
    readonly input: unknown,
    readonly roots: readonly CheckRoot[],
    readonly options: CheckOptions,
    readonly canonicalFromPage = false,
  ) {
    this.nodes = roots.flatMap((root) => collectNodes(root.value, root.block));
    for (const node of this.nodes) {
      const id = node.value["@id"];
      if (typeof id === "string" && !isReference(node.value) && !this.byId.has(id)) this.byId.set(id, node);
    }
  }

  /** The node a value denotes: itself when inline, or the node its `@id` names. */
  resolve(value: unknown): Record<string, unknown> | undefined {
    if (!isRecord(value)) return undefined;
    if (isReference(value)) return this.byId.get(value["@id"] as string)?.value;
    return value;
  }

  /** Where a node is, for a message naming another node: its pointer, after its block's index on a page. */
  where(node: JsonLdNode): string {
    return node.block === undefined ? node.pointer : `/${node.block}${node.pointer}`;
  }

  /** True when a type is `ancestor` or a subclass of it. */
  isA(types: readonly string[], ancestor: string): boolean {
    return types.some((t) => this.vocabulary.isA(t, ancestor));
  }
}
