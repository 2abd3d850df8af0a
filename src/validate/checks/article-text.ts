import { BYLINE, MARKUP, MERGED_NAMES } from "../../core/text-rules.js";
import { shorten, type DocumentContext } from "./context.js";
import { resourceKey } from "../../core/iri.js";

/**
 * What Google's Article rules (and so our checker) call an error in the JSON-LD: a headline with
 * markup or outer white space (a description with markup, which the checker warns of, too), an author name that is a byline, several people or has outer white
 * space, a publisher name with outer white space.
 *
 * @example
 * ```ts
 * checkArticleText(context); // "pattern" at /authors/0/name for "By Jane Doe"
 * ```
 */
export function checkArticleText(context: DocumentContext): void {
  const { headline, authors, publisher } = context.doc;
  if (headline !== headline.trim()) context.add("pattern", ["headline"], "must not start or end with white space");
  if (publisher.name !== publisher.name.trim())
    context.add("pattern", ["publisher", "name"], "must not start or end with white space");
  if (MARKUP.test(headline))
    context.add(
      "pattern",
      ["headline"],
      `must not contain HTML tags or entities (got ${JSON.stringify(shorten(headline))})`,
      { got: headline },
    );
  // The article's description too: the JSON-LD carries it as written, and consumers read markup
  // there as text or as HTML each in their own way (our checker's text/markup warns of it; a
  // trial found a valid document whose graph that warning met).
  const { description } = context.doc;
  if (description !== undefined && MARKUP.test(description))
    context.add(
      "pattern",
      ["description"],
      `must not contain HTML tags or entities: give it as plain text (got ${JSON.stringify(shorten(description))})`,
      { got: description },
    );
  authors.forEach((author, i) => {
    if (author.name !== author.name.trim())
      context.add("pattern", ["authors", i, "name"], "must not start or end with white space");
    if (BYLINE.test(author.name) || (author.type === "person" && MERGED_NAMES.test(author.name))) {
      context.add(
        "pattern",
        ["authors", i, "name"],
        `must be one author's name only, without "By" or other authors (got ${JSON.stringify(shorten(author.name))}); list each author separately`,
        { got: author.name },
      );
    }
  });
}

/**
 * The canonical URL names a page: a fragment would make the page and the article one `@id`.
 *
 * @example
 * ```ts
 * checkCanonicalUrl(context); // "pattern" at /url for "https://example.com/a#top"
 * ```
 */
export function checkCanonicalUrl(context: DocumentContext): void {
  const { url } = context.doc;
  if (typeof url === "string" && url.includes("#"))
    context.add("pattern", ["url"], `must not have a #fragment: a canonical URL names a page (got "${url}")`);
}

/**
 * Each image of the article once: a second entry with the same url (another caption, another
 * size) is one of the two lost wherever the url is the image's id, as in the JSON-LD graph; one
 * whose url differs only in its host's case or a default port is the same picture listed twice.
 *
 * @example
 * ```ts
 * checkImages(context); // "duplicate-item" at /images/2/url for an image listed twice
 * ```
 */
export function checkImages(context: DocumentContext): void {
  const { images } = context.doc;
  if (images === undefined || images.length < 2) return;
  // Compared as resources: a host's case and a default port make no other image (core/iri.ts;
  // a URL already in that form is its own key). A few images (an article's usual three ratios) are
  // compared pairwise; a long list by a map, so that a hostile one costs linear time.
  const keys = images.map((image) => resourceKey(image.url));
  const first = images.length > 16 ? new Map<string, number>() : undefined;
  for (let i = 0; i < images.length; i++) {
    const url = keys[i] as string;
    let before = first?.get(url);
    if (first === undefined) for (let j = 0; j < i && before === undefined; j++) if (keys[j] === url) before = j;
    if (before === undefined) first?.set(url, i);
    else
      context.add("duplicate-item", ["images", i, "url"], `is also the url of /images/${before}: list each image once`);
  }
}
