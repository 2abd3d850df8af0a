import { BYLINE, HONORIFIC, MERGED_NAMES } from "../../core/text-rules.js";
import type { CheckContext } from "../context.js";
import { typesOf, valuesOf, type JsonLdNode } from "../nodes.js";
import { paramsOf, rule } from "../rule.js";
import { articles } from "./google-listings.js";
import { ARTICLE_OPTIONAL } from "./sources.js";

/** Each author of each article: its path, the value given and the node it resolves to. */
function* authors(ctx: CheckContext): Generator<[JsonLdNode, string, unknown, Record<string, unknown> | undefined]> {
  for (const article of articles(ctx)) {
    const raw = article.value["author"];
    for (const [i, value] of valuesOf(raw).entries())
      yield [article, `/author${Array.isArray(raw) ? `/${i}` : ""}`, value, ctx.resolve(value)];
  }
}

export const AUTHOR = rule({
  id: "google/author",
  severity: "warning",
  summary: "an article has an `author` (recommended by Google)",
  source: ARTICLE_OPTIONAL,
  run(ctx, report) {
    for (const article of articles(ctx))
      if (article.value["author"] === undefined)
        report.add(article, "/author", "is missing: Google recommends each author with a name and url");
  },
});

export const AUTHOR_TYPE = rule({
  id: "google/author-type",
  severity: "warning",
  summary: "each author is a Person or Organization (as Google recommends), not text",
  source: ARTICLE_OPTIONAL,
  run(ctx, report) {
    for (const [article, path, value, author] of authors(ctx)) {
      if (!author) {
        report.add(
          article,
          path,
          `should be a Person or Organization, not ${JSON.stringify(value)}`,
          paramsOf({ got: value }),
        );
        continue;
      }
      const types = typesOf(author);
      if (!ctx.isA(types, "Person") && !ctx.isA(types, "Organization"))
        report.add(article, path, `should be a Person or Organization (got ${types.join("/") || "no @type"})`, {
          types: types.join("/"),
        });
    }
  },
});

export const AUTHOR_NAME = rule({
  id: "google/author-name",
  severity: "warning",
  lesser: "note",
  summary:
    "each author has a name, one author's name only, without \"By\" (note: without an honorific or title), as Google's author best practices ask",
  source: ARTICLE_OPTIONAL,
  run(ctx, report) {
    for (const [article, path, , author] of authors(ctx)) {
      if (!author) continue;
      const name = author["name"];
      if (typeof name !== "string" || name.trim() === "") report.add(article, path, "must have a name");
      else if (BYLINE.test(name) || (ctx.isA(typesOf(author), "Person") && MERGED_NAMES.test(name)))
        report.add(
          article,
          path,
          `must be one author's name only, without "By" or other authors (got ${JSON.stringify(name)}); list each author separately`,
          { got: name },
        );
      else if (HONORIFIC.test(name))
        report.lesser(
          article,
          path,
          `should not include an honorific or title (got ${JSON.stringify(name)}); use honorificPrefix or jobTitle`,
          { got: name },
        );
    }
  },
});

export const AUTHOR_URL = rule({
  id: "google/author-url",
  severity: "warning",
  lesser: "note",
  summary:
    "each author's `url` and `sameAs` are http or https URLs, absolute or resolved against the page's base (note: an author has neither)",
  source: ARTICLE_OPTIONAL,
  run(ctx, report) {
    for (const [article, path, , author] of authors(ctx)) {
      if (!author) continue;
      const links = [...valuesOf(author["url"]), ...valuesOf(author["sameAs"])];
      if (links.length === 0) report.lesser(article, path, "has no url or sameAs identifying the author");
      for (const link of links)
        // A relative URL resolves against the page's base, as the image rule's do (google-images.ts).
        if (typeof link !== "string" || !/^https?:\/\/[^/]/i.test(ctx.iri(link)))
          report.add(
            article,
            path,
            `url and sameAs must be absolute URLs (got ${JSON.stringify(link)})`,
            paramsOf({ got: link }),
          );
    }
  },
});

export const PUBLISHER = rule({
  id: "google/publisher",
  severity: "warning",
  summary: "an article names its publisher, an Organization with a name and a url",
  run(ctx, report) {
    for (const article of articles(ctx)) {
      const given = article.value["publisher"];
      const publisher = ctx.resolve(given);
      if (!publisher) {
        // A name alone ("publisher": "Some Org") is there, but is no node: say so, not "missing".
        const message =
          given === undefined
            ? "is missing: name the publishing Organization"
            : typeof given === "string"
              ? `should be an Organization with a name and a url, not the text ${JSON.stringify(given)}`
              : "names no node of the page: it should be an Organization with a name and a url";
        report.add(article, "/publisher", message);
        continue;
      }
      if (!ctx.isA(typesOf(publisher), "Organization")) report.add(article, "/publisher", "should be an Organization");
      for (const key of ["name", "url"])
        if (typeof publisher[key] !== "string") report.add(article, "/publisher", `should have a ${key}`, { key });
    }
  },
});

/** Google's Article rules on the people behind an article: its authors and its publisher. */
export const GOOGLE_PEOPLE_RULES = [AUTHOR, AUTHOR_TYPE, AUTHOR_NAME, AUTHOR_URL, PUBLISHER] as const;
