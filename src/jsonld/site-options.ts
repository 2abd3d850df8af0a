import type { NewsArticle, Thing } from "schema-dts";
import type { Author } from "../generated/types.js";
import type { NEWS_ARTICLE_TYPES } from "./options-check.js";

/* The options for what a real site's pages need beside the article: their types (site.ts builds them). */

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
    /** Properties to add to the article node: ones the document does not give it (never its headline, dates or `@id`). */
    readonly article?: Partial<Extract<NewsArticle, { "@type": "NewsArticle" }>>;
    /** Nodes to add to the graph, each with an absolute `@id` no other node has. */
    readonly nodes?: readonly Thing[];
  };
}
