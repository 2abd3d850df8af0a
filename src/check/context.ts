import { collectNodes, type JsonLdNode } from "./nodes.js";
import { isIdReference as isReference, isRecord } from "../core/json.js";
import { Findings } from "./report.js";
import { vocabulary, type Vocabulary } from "./vocabulary.js";

/** Options for {@link checkJsonLd}. */
export interface CheckOptions {
  /** The page's canonical URL: the WebPage `url` and the article's `mainEntityOfPage` must equal it exactly. */
  readonly canonicalUrl?: string;
  /** The build time, to warn about dates in the future; left out, no such warning (output stays reproducible). */
  readonly now?: string;
  /** Above this many bytes of compact JSON, warn. @default 32768 */
  readonly maxBytes?: number;
}

/** What every rule gets: the input, its nodes, an index by `@id`, and where to put findings. */
export class CheckContext {
  readonly nodes: JsonLdNode[];
  readonly byId = new Map<string, JsonLdNode>();
  readonly findings = new Findings();
  readonly vocabulary: Vocabulary = vocabulary();

  constructor(
    readonly input: unknown,
    readonly options: CheckOptions,
  ) {
    this.nodes = collectNodes(input);
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

  /** True when a type is `ancestor` or a subclass of it. */
  isA(types: readonly string[], ancestor: string): boolean {
    return types.some((t) => this.vocabulary.isA(t, ancestor));
  }
}
