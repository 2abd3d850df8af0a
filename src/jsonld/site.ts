import type { BreadcrumbList, ImageObject, Thing, WebSite } from "schema-dts";
import type { Author, NewsDocument } from "../generated/types.js";
import { URL_PATTERN } from "../generated/patterns.js";
import { describeThrown, NewsEventsError, throwIssues } from "../core/error.js";
import type { Issue } from "../core/issue.js";
import { defined } from "./defined.js";
import type { IdOwners } from "./id-map.js";
import { pixels } from "./nodes/common.js";
import { withoutFragment } from "../core/iri.js";
import { extendValue } from "./extend.js";
import { articleType } from "./nodes/article.js";
import { authorDetailIssues } from "./options-check.js";
import type { AuthorDetails, SiteOptions } from "./site-options.js";

export type { AuthorDetails, NewsArticleType, SiteOptions } from "./site-options.js";

/** What the site options add to the graph built from the document. */
export interface SiteParts {
  /** Properties for the article node. */
  readonly article: Record<string, unknown>;
  /** Properties for the WebPage node. */
  readonly page: Record<string, unknown>;
  /** Properties for the publisher node. */
  readonly publisher: Record<string, unknown>;
  /** Nodes to add to the graph. */
  readonly nodes: Thing[];
  /** Properties for each author's node, in the order of the document's authors. */
  readonly authors: readonly Record<string, unknown>[];
  /** What `extend.article` adds to the article: only properties the document does not give it. */
  readonly extended: Record<string, unknown>;
}

const RESERVED = new Set(["@id", "@type", "@context"]);

/** Notes an issue unless `value` is an absolute http(s) URL browsers read as written; returns `value`. */
type UrlCheck = (value: string, at: string) => string;

/**
 * Turns the site options into graph parts, after checking them: URLs must be absolute http(s)
 * URLs browsers read as written, `isAccessibleForFree` must agree with the document's paywall,
 * and every node of the graph — the document's (`owners`: each id with where it comes from, "" when
 * derived), the site's (WebSite, BreadcrumbList) and the extra ones — must have an `@id` no other
 * node has. Throws a {@link NewsEventsError} listing every problem (pointers of the options start
 * at `/options`).
 *
 * @example
 * ```ts
 * const owners = new IdOwners(); // every @id of the document's own nodes claimed in it first
 * const parts = siteParts({ site: { name: "Example News", url: "https://news.example.org/" } }, doc, owners);
 * parts.nodes[0]?.["@type"]; // => "WebSite"
 * ```
 */
export function siteParts(options: SiteOptions, doc: NewsDocument, owners: IdOwners): SiteParts {
  const issues: Issue[] = [];
  const extended: Record<string, unknown> = {};
  const url: UrlCheck = (value, at) => {
    if (typeof value !== "string" || !URL_PATTERN.test(value))
      issues.push({
        code: "unsafe-url",
        pointer: `/options${at}`,
        message: `must be an absolute http(s) URL (got ${JSON.stringify(value)})`,
        params: { got: typeof value === "string" ? value : String(JSON.stringify(value)) },
      });
    return value;
  };
  // In the order of the options, so that the issues are too.
  const article = articleParts(options, doc, issues);
  const publisher = publisherParts(options, url, issues);
  const { nodes, page } = siteNodes(options, doc, url);
  for (const [key, value] of Object.entries(options.extend?.article ?? {})) {
    // A property given as undefined is not given, as JSON.stringify and TypeScript's optional
    // properties read it (`{ articleSection: section }` with no section), nested or not.
    if (value === undefined) continue;
    if (RESERVED.has(key))
      issues.push({
        code: "const",
        pointer: `/options/extend/article/${key}`,
        message: "cannot be changed",
        params: { key },
      });
    else extended[key] = extendValue(value, key, `/options/extend/article/${key}`, issues);
  }
  const added = uniqueNodes(options, owners, nodes, url, issues);
  // Each author's details are asked for and checked once, up front.
  const authors = doc.authors.map((author, i) => authorParts(options, author, i, url, issues));
  throwIssues("JSON-LD graph", issues);
  return { article, page, publisher, nodes: added, authors, extended };
}

/** What the options say of the article itself: speakable parts, dateline, backstory, whether it is free. */
function articleParts(options: SiteOptions, doc: NewsDocument, issues: Issue[]): Record<string, unknown> {
  const article: Record<string, unknown> = {};
  if (options.speakable) {
    const { cssSelector, xpath } = options.speakable;
    if (!cssSelector?.length && !xpath?.length)
      issues.push({ code: "required", pointer: "/options/speakable", message: "needs cssSelector or xpath" });
    article["speakable"] = defined({
      "@type": "SpeakableSpecification",
      cssSelector: cssSelector && [...cssSelector],
      xpath: xpath && [...xpath],
    });
  }
  if (options.dateline !== undefined) {
    // schema.org's dateline is a NewsArticle's; a live blog is a BlogPosting (the checker said so).
    if (articleType(doc, options.articleType) === "LiveBlogPosting")
      issues.push({
        code: "const",
        pointer: "/options/dateline",
        message: "is a NewsArticle's, and this article is a LiveBlogPosting, which has none",
      });
    else article["dateline"] = options.dateline;
  }
  if (options.backstory !== undefined) article["backstory"] = options.backstory;
  const free = options.isAccessibleForFree;
  if (free === !!doc.paywall)
    issues.push({
      code: "const",
      pointer: "/options/isAccessibleForFree",
      message: `is ${free}: the document has ${free ? "a" : "no"} paywall`,
      params: { got: free },
    });
  if (free) article["isAccessibleForFree"] = true;
  return article;
}

/** The publisher's sized logo. */
function publisherParts(options: SiteOptions, url: UrlCheck, issues: Issue[]): Record<string, unknown> {
  if (!options.publisherLogo) return {};
  const { width, height } = options.publisherLogo;
  const logo: ImageObject = {
    "@type": "ImageObject",
    url: url(options.publisherLogo.url, "/publisherLogo/url"),
    width: pixels(width),
    height: pixels(height),
  };
  if (!(Number.isInteger(width) && width > 0 && Number.isInteger(height) && height > 0))
    issues.push({ code: "out-of-range", pointer: "/options/publisherLogo", message: "needs whole pixels" });
  return { logo };
}

/** The WebSite and BreadcrumbList nodes, each with where its `@id` comes from, and the page's links to them. */
function siteNodes(options: SiteOptions, doc: NewsDocument, url: UrlCheck) {
  const nodes: [Thing, string][] = [];
  const page: Record<string, unknown> = {};
  if (options.site) {
    const siteUrl = url(options.site.url, "/site/url");
    const template = options.site.searchUrlTemplate;
    // A template is a URL once its placeholder is filled in.
    if (template !== undefined) url(template.replace("{search_term_string}", "x"), "/site/searchUrlTemplate");
    const website: WebSite = defined({
      "@type": "WebSite",
      "@id": `${withoutFragment(siteUrl)}#website`,
      url: siteUrl,
      name: options.site.name,
      potentialAction:
        template === undefined
          ? undefined
          : ({ "@type": "SearchAction", target: { "@type": "EntryPoint", urlTemplate: template } } as const),
    } as const);
    nodes.push([website, "/options/site/url"]);
    page["isPartOf"] = { "@id": website["@id"] };
  }
  if (options.breadcrumbs?.length) {
    const trail: BreadcrumbList = {
      "@type": "BreadcrumbList",
      "@id": `${withoutFragment(doc.url)}#breadcrumb`,
      itemListElement: options.breadcrumbs.map((crumb, i) => ({
        "@type": "ListItem",
        position: i + 1,
        name: crumb.name,
        item: url(crumb.url, `/breadcrumbs/${i}/url`),
      })),
    };
    nodes.push([trail, "/options/breadcrumbs"]);
    page["breadcrumb"] = { "@id": trail["@id"] };
  }
  return { nodes, page };
}

/**
 * The site's nodes and the extra ones (`extend.nodes`, each with an absolute `@id`), after the ids
 * of the document's nodes (`owners`, whose clashes come first), each `@id` held by one node: an
 * issue names the id of a second node, where it comes from (else where the first one does).
 */
function uniqueNodes(
  options: SiteOptions,
  owners: IdOwners,
  site: readonly [Thing, string][],
  url: UrlCheck,
  issues: Issue[],
): Thing[] {
  for (const clash of owners.clashes) issues.push(clash);
  const nodes: Thing[] = [];
  const claim = (node: Thing, pointer: string) => {
    const id = (node as { "@id"?: string } | null)?.["@id"] as string;
    const before = issues.length;
    // An extra node's id is the site's own choice (the site's nodes have ids made from URLs checked).
    if (pointer.startsWith("/options/extend")) url(id, pointer.slice(8));
    if (issues.length > before) return;
    const clash = owners.claim(id, pointer);
    if (clash !== undefined) issues.push(clash);
    else nodes.push(node);
  };
  for (const [node, at] of site) claim(node, at);
  (options.extend?.nodes ?? []).forEach((node, i) => {
    // A copy, checked as plain JSON-LD (its URLs and ids, nested ones too), is what the graph holds.
    const before = issues.length;
    const copied = extendValue(node, "", `/options/extend/nodes/${i}`, issues) as Thing;
    if (issues.length === before) claim(copied, `/options/extend/nodes/${i}/@id`);
  });
  return nodes;
}

/** What the site knows of one author (`authorDetails`), checked. */
function authorParts(
  options: SiteOptions,
  a: Author,
  index: number,
  url: UrlCheck,
  issues: Issue[],
): Record<string, unknown> {
  if (options.authorDetails === undefined) return {};
  let more: AuthorDetails | undefined;
  try {
    // A copy: what the callback does to it cannot change the document (its input is never changed).
    more = options.authorDetails(structuredClone(a));
  } catch (error) {
    issues.push({
      code: "unreadable",
      pointer: "/options/authorDetails",
      message: `threw for author ${index}: ${describeThrown(error)}`,
    });
    return {};
  }
  const wrongShape = authorDetailIssues(more, index);
  // A job title is a Person's (schema.org): an organization's byline has none.
  if (a.type === "organization" && more?.jobTitle !== undefined)
    wrongShape.push({
      code: "const",
      pointer: "/options/authorDetails/jobTitle",
      message: `is a person's, and author ${index} is an organization`,
    });
  for (const found of wrongShape) issues.push(found);
  if (!more || wrongShape.length > 0) return {};
  if (more.image !== undefined) url(more.image, "/authorDetails/image");
  more.sameAs?.forEach((s, i) => url(s, `/authorDetails/sameAs/${i}`));
  const sameAs = [...(a.sameAs ?? []), ...(more.sameAs ?? [])];
  return defined({
    jobTitle: more.jobTitle,
    image: more.image,
    knowsAbout: more.knowsAbout && [...more.knowsAbout],
    sameAs: [...new Set(sameAs)],
  });
}
