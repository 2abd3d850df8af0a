import type { ImageObject } from "schema-dts";
import type { NewsDocument } from "../../generated/types.js";
import { withoutFragment } from "../../core/iri.js";
import { defined } from "../defined.js";
import { pixels } from "./common.js";
import type { NodeIds } from "../ids.js";

/** The document's images as nodes, and the node id of each image URL. */
export interface ImageNodes {
  /** One ImageObject per image URL, in the document's order. */
  readonly nodes: ImageObject[];
  /** Image URL → its node's id. */
  readonly ids: ReadonlyMap<string, string>;
}

/**
 * One node per image URL, however often the document lists it, with an id no other node has
 * (`taken`: the ids of the graph's other nodes).
 *
 * @example
 * ```ts
 * imageNodes(doc, ids, taken).nodes[0]; // => { "@type": "ImageObject", "@id": "https://…/photo.jpg", url: …, width: { … }, … }
 * ```
 */
export function imageNodes(doc: NewsDocument, ids: NodeIds, taken: { get(id: string): unknown }): ImageNodes {
  const imageIds = new Map<string, string>();
  const images: ImageObject[] = [];
  for (const image of doc.images ?? []) {
    if (imageIds.has(image.url)) continue;
    // An image is its own URL, unless that URL is another node's id (the page's, the article's…).
    const id =
      taken.get(image.url) !== undefined
        ? `${withoutFragment(ids.page)}#/image/${images.length}`
        : ids.image(image.url);
    imageIds.set(image.url, id);
    images.push(
      defined({
        "@type": "ImageObject",
        "@id": id,
        url: image.url,
        contentUrl: image.url,
        // schema.org ranges width/height over Distance or QuantitativeValue, not bare numbers.
        width: image.width === undefined ? undefined : pixels(image.width),
        height: image.height === undefined ? undefined : pixels(image.height),
        caption: image.caption,
      } as const),
    );
  }
  return { nodes: images, ids: imageIds };
}
