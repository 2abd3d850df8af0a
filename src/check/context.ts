import { collectNodes, type JsonLdNode } from "./nodes.js";
import { isRecord } from "../core/json.js";
import { mergeNodes, resolveIri, type Conflict } from "./merge.js";
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
  /**
   * The page's canonical URL: the article's `url` and `mainEntityOfPage`, and the WebPage's `url`,
   * must name it (compared as `new URL()` writes them: scheme and host case do not matter).
   */
  readonly canonicalUrl?: string;
  /**
   * The base relative IRIs resolve against (the page's URL, or its `<base href>`): a relative
   * `@id` or `url` is then read as JSON-LD reads it. Without it, a relative `@id` is an error.
   */
  readonly baseUrl?: string;
  /**
   * True when the input must hold an article: then a graph without one is a `google/no-article`
   * error (and a page without JSON-LD an `html/no-json-ld` error). Otherwise a page is checked
   * only for what it holds. @default false
   */
  readonly requireArticle?: boolean;
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
  /** The JSON text it was parsed from, when there is one (the size rule bounds its size from it without serialising). */
  readonly text?: string;
}

/**
 * A slot for what rules derive from one check and share (the keys schema.org knows, the references
 * walked): a typed key of {@link CheckContext.kept}.
 *
 * @example
 * ```ts
 * const EVENTS = slot<readonly JsonLdNode[]>("events");
 * const events = ctx.kept(EVENTS) ?? ctx.keep(EVENTS, ctx.entities.filter((n) => ctx.isA(n.types, "Event")));
 * ```
 */
export interface Slot<T> {
  /** What it holds, for a reader. */
  readonly name: string;
  /** Never set: carries the type. */
  readonly type?: T;
}

/**
 * A new {@link Slot}.
 *
 * @example
 * ```ts
 * const LEAVES = slot<Leaves>("text leaves");
 * ```
 */
export const slot = <T>(name: string): Slot<T> => ({ name });

/**
 * What every rule gets: the input, its node objects as written (each with its block), the merged
 * nodes (one per `@id`, as JSON-LD reads them), an index by `@id`, the vocabulary.
 */
export class CheckContext {
  /** Every JSON object of the input, as written (the vocabulary rules look at these). */
  readonly nodes: JsonLdNode[];
  /** One node per `@id` (node objects sharing it merged), and every object without an `@id`. */
  readonly entities: JsonLdNode[];
  /** The merged node of each `@id`, resolved against the base. */
  readonly byId: Map<string, JsonLdNode>;
  /** Properties that node objects with the same `@id` give different values. */
  readonly conflicts: readonly Conflict[];
  readonly vocabulary: Vocabulary = vocabulary();
  /** What relative IRIs resolve against (`options.baseUrl`). */
  readonly base: string | undefined;
  /**
   * What rules derived from this check. On the check, not in module WeakMaps keyed by it: the
   * young-generation collector keeps a weak map's values after their key has died, so each page's
   * derived data (and the graph it holds) was copied and promoted, to be freed only by a full collection.
   */
  private readonly slots = new Map<Slot<unknown>, unknown>();

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
    this.base = options.baseUrl;
    const merged = mergeNodes(this.nodes, this.base);
    this.entities = merged.entities;
    this.byId = merged.byId;
    this.conflicts = merged.conflicts;
  }

  /** What a rule derived from this check under `slot`, once {@link CheckContext.keep} kept it. */
  kept<T>(slot: Slot<T>): T | undefined {
    return this.slots.get(slot) as T | undefined;
  }

  /** Keeps `value` under `slot` for the other rules of this check; returns it. */
  keep<T>(slot: Slot<T>, value: T): T {
    this.slots.set(slot, value);
    return value;
  }

  /** An IRI resolved against the base, as JSON-LD reads it. */
  iri(value: string): string {
    return resolveIri(value, this.base);
  }

  /**
   * The node a value denotes, merged: the node its `@id` names (a bare reference, or a node object
   * that repeats some of its properties), else the value itself.
   */
  resolve(value: unknown): Record<string, unknown> | undefined {
    if (!isRecord(value)) return undefined;
    const id = value["@id"];
    if (typeof id === "string")
      return this.byId.get(this.iri(id))?.value ?? (Object.keys(value).length > 1 ? value : undefined);
    return value;
  }

  /** The merged node an object of the input is part of (itself when it has no `@id`). */
  entityOf(node: JsonLdNode): JsonLdNode {
    const id = node.value["@id"];
    return (typeof id === "string" ? this.byId.get(this.iri(id)) : undefined) ?? node;
  }

  /** Where a node is, for a message naming another node: its pointer, after its block's index on a page. */
  where(node: JsonLdNode): string {
    return node.block === undefined ? node.pointer : `/${node.block}${node.pointer}`;
  }

  /** True when a type is `ancestor` or a subclass of it. */
  isA(types: readonly string[], ancestor: string): boolean {
    // A loop, not some(): rules ask this of every node, and each closure was garbage.
    for (const t of types) if (this.vocabulary.isA(t, ancestor)) return true;
    return false;
  }
}
