import type { Quotation } from "schema-dts";
import type { Quote, Source } from "../../generated/types.js";
import { put } from "../defined.js";
import type { NodeIds } from "../ids.js";
import { ref } from "./common.js";

/**
 * A quote as a Quotation: its speakers, the event it is about, and who it is attributed to (a
 * source's URL; a document the article names, as what it is based on; else an entity as its
 * publisher).
 *
 * @example
 * ```ts
 * quoteNode(doc.quotes[0], ids, sources); // => { "@type": "Quotation", "@id": …, text: …, spokenByCharacter: [{ "@id": … }] }
 * ```
 */
export function quoteNode(
  quote: Quote,
  ids: NodeIds,
  sources: ReadonlyMap<string, Source>,
  documents: ReadonlySet<string>,
): Quotation {
  const attribution = quote.attribution?.source;
  const source = attribution === undefined ? undefined : sources.get(attribution);
  const document = attribution !== undefined && documents.has(attribution);
  const node: Record<string, unknown> = { "@type": "Quotation", "@id": ids.local("quote", quote.id) };
  put(node, "text", quote.text);
  put(
    node,
    "spokenByCharacter",
    quote.speakers.map((id) => ref(ids.entity(id))),
  );
  if (quote.event !== undefined) node["about"] = ref(ids.local("event", quote.event));
  if (attribution !== undefined && source === undefined && !document) node["publisher"] = ref(ids.entity(attribution));
  put(node, "isBasedOn", document ? ref(ids.entity(attribution)) : source?.url);
  return node as unknown as Quotation;
}
