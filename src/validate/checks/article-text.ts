import { BYLINE, MARKUP, MERGED_NAMES } from "../../core/text-rules.js";
import { shorten, type DocumentContext } from "./context.js";

/**
 * What Google's Article rules (and so our checker) call an error in the JSON-LD: a headline with
 * markup or outer white space, an author name that is a byline, several people or has outer white
 * space; and two authors given one url (an author's url is their own page).
 *
 * @example
 * ```ts
 * checkArticleText(context); // "pattern" at /authors/0/name for "By Jane Doe"
 * ```
 */
export function checkArticleText(context: DocumentContext): void {
  const { headline, authors } = context.doc;
  if (headline !== headline.trim()) context.add("pattern", ["headline"], "must not start or end with white space");
  if (MARKUP.test(headline))
    context.add(
      "pattern",
      ["headline"],
      `must not contain HTML tags or entities (got ${JSON.stringify(shorten(headline))})`,
      { got: headline },
    );
  // Each author's page, to find two authors given one (a page is one person's or one body's).
  const pages = authors.length > 1 ? new Map<string, number>() : undefined;
  authors.forEach((author, i) => {
    if (author.name !== author.name.trim())
      context.add("pattern", ["authors", i, "name"], "must not start or end with white space");
    const page = author.url;
    const first = page === undefined ? undefined : pages?.get(page);
    if (first === undefined) {
      if (page !== undefined) pages?.set(page, i);
    } else if (!sameName(authors[first]?.name ?? "", author.name))
      context.add(
        "inconsistent",
        ["authors", i, "url"],
        `is also the url of /authors/${first} (${JSON.stringify(shorten(authors[first]?.name ?? ""))}), but this author is ${JSON.stringify(shorten(author.name))}: an author's url is their own page`,
        { got: page as string },
      );
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

/** Whether two names are one, whatever their case and outer white space. */
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

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
