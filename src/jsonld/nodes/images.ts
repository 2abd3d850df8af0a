import type { ImageObject } from "schema-dts";
import type { NewsDocument } from "../../generated/types.js";
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
 * One node per image URL, however often the document lists it, with an id of this page's
 * (`<page>#/image/<n>`, see {@link NodeIds.image}).
 *
 * @example
 * ```ts
 * imageNodes(doc, ids).nodes[0]; // => { "@type": "ImageObject", "@id": "https://…/#/image/0", url: …, width: { … }, … }
 * ```
 */
export function imageNodes(doc: NewsDocument, ids: NodeIds): ImageNodes {
  const imageIds = new Map<string, string>();
  const images: ImageObject[] = [];
  for (const image of doc.images ?? []) {
    if (imageIds.has(image.url)) continue;
    const id = ids.image(images.length);
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
