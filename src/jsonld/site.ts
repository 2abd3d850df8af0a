import type { BreadcrumbList, ImageObject, NewsArticle, Thing, WebSite } from "schema-dts";
import type { Author, NewsDocument } from "../generated/types.js";
import { URL_PATTERN } from "../generated/patterns.js";
import { NewsEventsError, throwIssues } from "../core/error.js";
import type { Issue } from "../core/issue.js";
import { defined } from "./defined.js";
import type { IdOwners } from "./id-map.js";
import { pixels } from "./nodes/common.js";
import { withoutFragment } from "../core/iri.js";
import { extendValue } from "./extend.js";
import { optionNameIssues, type NEWS_ARTICLE_TYPES } from "./option-names.js";

/**
 * The article types Google reads as articles: NewsArticle and its schema.org subtypes, and
 * LiveBlogPosting (a BlogPosting) for live coverage, the default when the document has `updates`.
 */
export type NewsArticleType = (typeof NEWS_ARTICLE_TYPES)[number];

/** What a site knows about an author beyond the byline (schema.org Person properties). */
export interface AuthorDetails {
  /** The author's job title at the publisher ("Moscow correspondent"). */
  readonly jobTitle?: string;
  /** URL of the author's photo. */
  readonly image?: string;
  /** Topics the author covers. */
  readonly knowsAbout?: readonly string[];
  /** More pages that identify the author (added to the document's own). */
  readonly sameAs?: readonly string[];
}

/** Options for what a real site's pages need beside the article (see {@link JsonLdOptions}). */
export interface SiteOptions {
  /** The article's type: NewsArticle (default; LiveBlogPosting for a document with `updates`) or one of its subtypes. Another type than LiveBlogPosting leaves the updates out. */
  readonly articleType?: NewsArticleType;
  /** Parts of the page fit to be read aloud (Google's speakable): CSS selectors or XPaths. */
  readonly speakable?: {
    /** CSS selectors of the parts to read. */
    readonly cssSelector?: readonly string[];
    /** XPaths of the parts to read. */
    readonly xpath?: readonly string[];
  };
  /** Where and when the story was filed, as printed ("MOSCOW, Nov 8 —"). */
  readonly dateline?: string;
  /** How the story was reported, for readers (pending in schema.org: a checker note). */
  readonly backstory?: string;
  /** Details for each author, from the site's staff pages. */
  readonly authorDetails?: (author: Author) => AuthorDetails | undefined;
  /** The publisher's logo as a sized image (else the document's `publisher.logo` URL, if any). */
  readonly publisherLogo?: {
    /** Absolute URL of the logo image. */
    readonly url: string;
    /** Width in pixels. */
    readonly width: number;
    /** Height in pixels. */
    readonly height: number;
  };
  /** Say that the article is free (`true`); `false` needs the document's `paywall`. */
  readonly isAccessibleForFree?: boolean;
  /** The site: a WebSite node the page is part of, with an optional search URL template (`…?q={search_term_string}`). */
  readonly site?: {
    /** The site's name. */
    readonly name: string;
    /** The site's home page. */
    readonly url: string;
    /** The site's search URL with `{search_term_string}` where the query goes. */
    readonly searchUrlTemplate?: string;
  };
  /** The page's breadcrumb trail, from the home page to the article. */
  readonly breadcrumbs?: readonly {
    /** The crumb's label. */
    readonly name: string;
    /** The crumb's page. */
    readonly url: string;
  }[];
  /** An escape hatch: more properties for the article, and more nodes (each with an absolute, unused `@id`). */
  readonly extend?: {
    /** Properties to add to the article node (not its `@id` or `@type`). */
    readonly article?: Partial<Extract<NewsArticle, { "@type": "NewsArticle" }>>;
    /** Nodes to add to the graph, each with an absolute `@id` no other node has. */
    readonly nodes?: readonly Thing[];
  };
}

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
  const issues: Issue[] = optionNameIssues(options);
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
    if (RESERVED.has(key))
      issues.push({
        code: "const",
        pointer: `/options/extend/article/${key}`,
        message: "cannot be changed",
        params: { key },
      });
    else article[key] = extendValue(value, key, `/options/extend/article/${key}`, issues);
  }
  const added = uniqueNodes(options, owners, nodes, url, issues);
  // Each author's details are asked for and checked once, up front.
  const authors = doc.authors.map((author) => authorParts(options, author, url));
  throwIssues("JSON-LD graph", issues);
  return { article, page, publisher, nodes: added, authors };
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
  if (options.dateline !== undefined) article["dateline"] = options.dateline;
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
function authorParts(options: SiteOptions, a: Author, url: UrlCheck): Record<string, unknown> {
  const more = options.authorDetails?.(a);
  if (!more) return {};
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
