import type {
  BlogPosting,
  ClaimReview,
  CorrectionComment,
  ImageObject,
  NewsArticle,
  Quotation,
  WebPage,
} from "schema-dts";
import type { NewsDocument, Update } from "../../generated/types.js";
import { defined } from "../defined.js";
import type { NodeIds } from "../ids.js";
import { throwIssues } from "../../core/error.js";
import type { Issue } from "../../core/issue.js";
import type { NewsArticleType } from "../site.js";
import { ref, refTo } from "./common.js";

/*
 * The page and the article on it: the WebPage, the NewsArticle (or LiveBlogPosting with its
 * updates) and what it is about, mentions and contains.
 */

/**
 * The article's type: the site's choice, else LiveBlogPosting for a document with updates, else NewsArticle.
 *
 * @example
 * ```ts
 * articleType(doc, undefined); // => "NewsArticle" (for a document without updates)
 * ```
 */
export function articleType(doc: NewsDocument, chosen: NewsArticleType | undefined): NewsArticleType {
  return chosen ?? (doc.updates?.length ? "LiveBlogPosting" : "NewsArticle");
}

/**
 * The article's main events, the rest of its events and its entities, and its parts: the quotes,
 * and the paywalled part of the page.
 *
 */
function articleRelations(doc: NewsDocument, ids: NodeIds, quotes: readonly Quotation[]) {
  const about = (doc.events ?? []).filter((e) => e.salience === "main").map((e) => ref(ids.local("event", e.id)));
  const mentions = [
    ...(doc.events ?? []).filter((e) => e.salience !== "main").map((e) => ref(ids.local("event", e.id))),
    ...(doc.entities ?? []).map((e) => ref(ids.entity(e.id))),
  ];
  const hasPart = [
    ...quotes.map(refTo),
    ...(doc.paywall
      ? [{ "@type": "WebPageElement" as const, isAccessibleForFree: false, cssSelector: doc.paywall.cssSelector }]
      : []),
  ];
  return { about, mentions, hasPart };
}

/**
 * The WebPage the article is on, with what the site options add (`site`).
 *
 * @example
 * ```ts
 * pageNode(doc, ids, images, {})["@type"]; // => "WebPage"
 * ```
 */
export function pageNode(
  doc: NewsDocument,
  ids: NodeIds,
  images: readonly ImageObject[],
  site: Record<string, unknown>,
): WebPage {
  return defined({
    "@type": "WebPage",
    "@id": ids.page,
    url: doc.url,
    name: doc.headline,
    inLanguage: doc.language,
    primaryImageOfPage: images[0] && refTo(images[0]),
    datePublished: doc.published,
    dateModified: doc.modified,
    ...site,
  } as const);
}

/** The other nodes the article node refers to, made before it. */
export interface ArticleParts {
  readonly type: NewsArticleType;
  readonly authorIds: readonly string[];
  readonly images: readonly ImageObject[];
  readonly quotes: readonly Quotation[];
  readonly corrections: readonly CorrectionComment[];
  readonly reviews: readonly ClaimReview[];
  /** The updates stated as the live blog's own nodes (none for another article type). */
  readonly updates: readonly Update[];
  /** What the site options add to the article node. */
  readonly site: Record<string, unknown>;
  /** What `extend.article` adds: a property the document already gives the article is refused. */
  readonly extended?: Record<string, unknown>;
}

/**
 * The article node: a NewsArticle (or the type chosen), live coverage's times and updates for a
 * LiveBlogPosting, and references to every node it is made of.
 *
 * @example
 * ```ts
 * articleNode(doc, ids, parts)["@type"]; // => "NewsArticle"
 * ```
 */
export function articleNode(doc: NewsDocument, ids: NodeIds, parts: ArticleParts): NewsArticle {
  const { type } = parts;
  const live = type === "LiveBlogPosting";
  const node = defined({
    "@type": type,
    "@id": ids.article,
    headline: doc.headline,
    description: doc.description,
    datePublished: doc.published,
    dateModified: doc.modified,
    author: [...new Set(parts.authorIds)].map(ref),
    publisher: ref(ids.publisher),
    image: parts.images.map(refTo),
    inLanguage: doc.language,
    articleSection: doc.section,
    keywords: doc.keywords && [...doc.keywords],
    mainEntityOfPage: ref(ids.page),
    ...articleRelations(doc, ids, parts.quotes),
    isAccessibleForFree: doc.paywall ? false : undefined,
    correction: parts.corrections.map(refTo),
    review: parts.reviews.map(refTo),
    ...(live && { coverageStartTime: doc.published, coverageEndTime: doc.coverageEnded }),
    liveBlogUpdate: parts.updates.map((u) => ref(ids.local("update", u.id))),
    ...parts.site,
  }) as Record<string, unknown>;
  return withExtended(node, parts.extended) as unknown as NewsArticle;
}

/**
 * The article node with what `extend.article` adds, each property one the node does not have:
 * extend adds to what the document says, it never changes it (a headline is never altered), and a
 * property the document gives is an issue naming it.
 */
function withExtended(node: Record<string, unknown>, extended: Record<string, unknown> | undefined) {
  if (extended === undefined) return node;
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(extended)) {
    if (Object.hasOwn(node, key))
      issues.push({
        code: "const",
        pointer: `/options/extend/article/${key}`,
        message: "is the document's to say: extend adds properties the article does not have, it does not change them",
        params: { key },
      });
    else node[key] = value;
  }
  throwIssues("JSON-LD graph", issues);
  return node;
}

/**
 * One update of a live blog: a BlogPosting of its own, dated, with its own address when it has one.
 *
 * @example
 * ```ts
 * updateNode(doc.updates[0], ids)["@type"]; // => "BlogPosting"
 * ```
 */
export function updateNode(update: Update, ids: NodeIds): BlogPosting {
  return defined({
    "@type": "BlogPosting",
    "@id": ids.local("update", update.id),
    headline: update.headline,
    datePublished: update.published,
    articleBody: update.text,
    url: update.url,
  } as const);
}
