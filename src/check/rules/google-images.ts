// Google's Article rules on an article's images: there are some, Google can fetch each, and they
// are large enough and in the three aspect ratios Google asks for.
import { isRecord } from "../../core/json.js";
import type { CheckContext } from "../context.js";
import { valuesOf, type JsonLdNode } from "../nodes.js";
import { paramsOf, rule } from "../rule.js";
import { articles } from "./google-listings.js";
import { ARTICLE_OPTIONAL, IMAGE_CRAWLABLE, IMAGE_RATIOS as RATIOS_SOURCE } from "./sources.js";

const RATIOS: [string, number][] = [
  ["16:9", 16 / 9],
  ["4:3", 4 / 3],
  ["1:1", 1],
];

function dimension(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  if (value && typeof value === "object" && "value" in value) return dimension((value as { value: unknown }).value);
  return undefined;
}

export const IMAGE = rule({
  id: "google/image",
  severity: "warning",
  summary: "an article has images (recommended by Google)",
  source: ARTICLE_OPTIONAL,
  run(ctx, report) {
    for (const article of articles(ctx))
      if (valuesOf(article.value["image"]).length === 0)
        report.add(article, "/image", "is missing: Google recommends images in 16:9, 4:3 and 1:1");
  },
});

/** One image of an article, as the rules read it. */
interface ArticleImage {
  readonly article: JsonLdNode;
  /** The pointer below the article to the image (`/image`, `/image/1`). */
  readonly path: string;
  /** The pointer to its URL: into an ImageObject written in the article (`/image/url`), else the image's. */
  readonly urlPath: string;
  /** The node the image resolves to (an ImageObject), or `{ url }` for a URL given as text. */
  readonly node: Record<string, unknown> | undefined;
  /** The URL as written (`url`, else `contentUrl`), or the image itself when it has none. */
  readonly got: unknown;
  /** The URL Google fetches: resolved against the page's base, when that is an http or https URL. */
  readonly url: string | undefined;
}

/** Every article's images (see {@link ArticleImage}). */
function* images(ctx: CheckContext): Generator<ArticleImage> {
  for (const article of articles(ctx)) yield* imagesOf(ctx, article);
}

/** One article's images, as {@link images} gives them. */
function* imagesOf(ctx: CheckContext, article: JsonLdNode): Generator<ArticleImage> {
  const raw = article.value["image"];
  for (const [i, image] of valuesOf(raw).entries()) {
    const path = `/image${Array.isArray(raw) ? `/${i}` : ""}`;
    if (typeof image === "string") {
      yield { article, path, urlPath: path, node: { url: image }, got: image, url: crawlable(ctx, image) };
      continue;
    }
    const node = ctx.resolve(image);
    const key = node?.["url"] !== undefined ? "url" : "contentUrl";
    const given = node?.[key];
    // An ImageObject written in the article holds its URL: the finding points at it. One that the
    // article names by reference is elsewhere; the finding stays on the article's image.
    const inside = isRecord(image) && image[key] !== undefined && image[key] === given;
    const urlPath = inside ? `${path}/${key}` : path;
    yield { article, path, urlPath, node, got: given ?? image, url: crawlable(ctx, given) };
  }
}

/**
 * A URL as Google fetches it, when it is an http or https one: relative URLs are resolved against
 * the page's base (its `<base href>`, its URL, its canonical link), as a browser and Google's Rich
 * Results Test resolve them (adobe/structured-data-validator#26, 2025, allows them for that
 * reason); JSON-LD resolves an `@id`-typed value the same way. Google asks only that image URLs be
 * crawlable: http is, as https.
 */
function crawlable(ctx: CheckContext, url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  const resolved = ctx.iri(url);
  return /^https?:\/\/[^/]/i.test(resolved) ? resolved : undefined;
}

/** An image's width and height, when it gives both. */
function size(node: Record<string, unknown> | undefined): [number, number] | undefined {
  const width = dimension(node?.["width"]);
  const height = dimension(node?.["height"]);
  return width === undefined || height === undefined ? undefined : [width, height];
}

/** Why a URL that is not crawlable is not, in words. */
function notCrawlable(ctx: CheckContext, got: unknown): string {
  const shown = JSON.stringify(got);
  // A relative URL is fine on a page whose URL is known: say what is missing, not that it is wrong.
  const relative = typeof got === "string" && ctx.base === undefined && !/^[a-z][a-z0-9+.-]*:/i.test(got.trim());
  return relative
    ? `must be an absolute http or https URL, one Google can crawl (got ${shown}: relative, with no base URL to resolve it against: the page's <base href>, its URL or its canonical link)`
    : `must be an absolute http or https URL, one Google can crawl (got ${shown})`;
}

export const IMAGE_URL = rule({
  id: "google/image-url",
  severity: "error",
  summary:
    "an image's URL is an http or https URL (one Google can crawl), absolute or resolved against the page's base",
  source: IMAGE_CRAWLABLE,
  run(ctx, report) {
    for (const { article, urlPath, got, url } of images(ctx))
      if (url === undefined) report.add(article, urlPath, notCrawlable(ctx, got), paramsOf({ got }));
  },
});

export const IMAGE_SIZE = rule({
  id: "google/image-size",
  severity: "warning",
  summary: "an image has at least 50,000 pixels",
  source: RATIOS_SOURCE,
  run(ctx, report) {
    for (const { article, path, node, url } of images(ctx)) {
      const measured = url !== undefined ? size(node) : undefined;
      if (measured && measured[0] * measured[1] < 50_000)
        report.add(article, path, `is ${measured[0]}×${measured[1]}: Google wants at least 50,000 pixels`, {
          width: measured[0],
          height: measured[1],
        });
    }
  },
});

export const IMAGE_RATIOS = rule({
  id: "google/image-ratios",
  severity: "warning",
  summary: "an article's measured images include the 16:9, 4:3 and 1:1 aspect ratios",
  source: RATIOS_SOURCE,
  run(ctx, report) {
    for (const article of articles(ctx)) {
      const ratios = new Set<string>();
      let measured = 0;
      // Its own images only: every article's, for each article, was a page of thousands of
      // articles' time squared.
      for (const { node, url } of imagesOf(ctx, article)) {
        const dimensions = url !== undefined ? size(node) : undefined;
        if (!dimensions) continue;
        measured++;
        const [width, height] = dimensions;
        for (const [name, ratio] of RATIOS) if (Math.abs(width / height - ratio) / ratio < 0.02) ratios.add(name);
      }
      if (measured === 0 || ratios.size === 3) continue;
      const missing = RATIOS.map(([n]) => n).filter((n) => !ratios.has(n));
      report.add(
        article,
        "/image",
        `lacks the ${missing.join(", ")} aspect ratio${missing.length > 1 ? "s" : ""} Google recommends`,
        { missing: missing.join(",") },
      );
    }
  },
});
