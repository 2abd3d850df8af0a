import type { Quotation } from "schema-dts";
import type { Quote, Source } from "../../generated/types.js";
import { kept } from "../defined.js";
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
  // Each property stored under its own name: see `kept`.
  const text = quote.text;
  if (kept(text)) node["text"] = text;
  const speakers = quote.speakers.map((id) => ref(ids.entity(id)));
  if (speakers.length > 0) node["spokenByCharacter"] = speakers;
  if (quote.event !== undefined) node["about"] = ref(ids.local("event", quote.event));
  if (attribution !== undefined && source === undefined && !document) node["publisher"] = ref(ids.entity(attribution));
  const basis = document ? ref(ids.entity(attribution)) : source?.url;
  if (kept(basis)) node["isBasedOn"] = basis;
  return node as unknown as Quotation;
}
