import type { CheckContext } from "./context.js";
import { dateShape } from "./dates.js";
import { BYLINE, HONORIFIC, MARKUP, MERGED_NAMES } from "../core/text-rules.js";
import { typesOf, valuesOf, type JsonLdNode } from "./nodes.js";
import { escapePointerSegment as escapePointer } from "../core/pointer.js";

const BCP47 = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
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

function checkDates(ctx: CheckContext, article: JsonLdNode): void {
  const at = (key: string) => `${article.pointer}/${key}`;
  const published = article.value["datePublished"];
  const modified = article.value["dateModified"];
  if (published === undefined)
    ctx.findings.add(
      "error",
      "google/date-published",
      at("datePublished"),
      "is missing: Google uses it to show the article's date",
    );
  for (const [key, value] of [
    ["datePublished", published],
    ["dateModified", modified],
  ] as const) {
    if (value === undefined) continue;
    const shape = dateShape(value);
    if (shape === "invalid")
      ctx.findings.add(
        "error",
        "google/date-format",
        at(key),
        `must be an ISO 8601 date-time (got ${JSON.stringify(value)})`,
      );
    else if (shape === "date-time-without-offset")
      ctx.findings.add(
        "error",
        "google/date-offset",
        at(key),
        `must have a UTC offset, or Google reads it in Googlebot's time zone (got ${JSON.stringify(value)})`,
      );
    else if (shape === "date")
      ctx.findings.add(
        "warning",
        "google/date-only",
        at(key),
        `has no time: give a date-time with an offset (got ${JSON.stringify(value)})`,
      );
    else if (ctx.options.now !== undefined && Date.parse(value as string) > Date.parse(ctx.options.now)) {
      ctx.findings.add("warning", "google/date-future", at(key), `is after the build time ${ctx.options.now}`);
    }
  }
  if (
    dateShape(published) === "date-time-with-offset" &&
    dateShape(modified) === "date-time-with-offset" &&
    Date.parse(modified as string) < Date.parse(published as string)
  ) {
    ctx.findings.add(
      "error",
      "google/date-order",
      at("dateModified"),
      `must not be before datePublished (${String(published)})`,
    );
  }
}

function checkImages(ctx: CheckContext, article: JsonLdNode): void {
  const images = valuesOf(article.value["image"]);
  if (images.length === 0) {
    ctx.findings.add(
      "warning",
      "google/image",
      `${article.pointer}/image`,
      "is missing: Google recommends images in 16:9, 4:3 and 1:1",
    );
    return;
  }
  const ratios = new Set<string>();
  let measured = 0;
  images.forEach((image, i) => {
    const at = `${article.pointer}/image${Array.isArray(article.value["image"]) ? `/${i}` : ""}`;
    const node = typeof image === "string" ? { url: image } : ctx.resolve(image);
    const url = node?.["url"] ?? node?.["contentUrl"];
    if (typeof url !== "string" || !/^https:\/\//.test(url)) {
      ctx.findings.add(
        "error",
        "google/image-url",
        at,
        `must be an absolute https URL (got ${JSON.stringify(url ?? image)})`,
      );
      return;
    }
    const width = dimension(node?.["width"]);
    const height = dimension(node?.["height"]);
    if (width === undefined || height === undefined) return;
    measured++;
    if (width * height < 50_000)
      ctx.findings.add(
        "warning",
        "google/image-size",
        at,
        `is ${width}×${height}: Google wants at least 50,000 pixels`,
      );
    for (const [name, ratio] of RATIOS) if (Math.abs(width / height - ratio) / ratio < 0.02) ratios.add(name);
  });
  if (measured > 0 && ratios.size < 3) {
    const missing = RATIOS.map(([n]) => n).filter((n) => !ratios.has(n));
    ctx.findings.add(
      "warning",
      "google/image-ratios",
      `${article.pointer}/image`,
      `lacks the ${missing.join(", ")} aspect ratio${missing.length > 1 ? "s" : ""} Google recommends`,
    );
  }
}

function checkAuthors(ctx: CheckContext, article: JsonLdNode): void {
  const raw = article.value["author"];
  if (raw === undefined) {
    ctx.findings.add(
      "warning",
      "google/author",
      `${article.pointer}/author`,
      "is missing: Google recommends each author with a name and url",
    );
    return;
  }
  valuesOf(raw).forEach((value, i) => {
    const at = `${article.pointer}/author${Array.isArray(raw) ? `/${i}` : ""}`;
    const author = ctx.resolve(value);
    if (!author) {
      ctx.findings.add(
        "error",
        "google/author-type",
        at,
        `must be a Person or Organization object, not ${JSON.stringify(value)}`,
      );
      return;
    }
    const types = typesOf(author);
    if (!ctx.isA(types, "Person") && !ctx.isA(types, "Organization")) {
      ctx.findings.add(
        "error",
        "google/author-type",
        at,
        `must be a Person or Organization (got ${types.join("/") || "no @type"})`,
      );
    }
    const name = author["name"];
    if (typeof name !== "string" || name.trim() === "")
      ctx.findings.add("error", "google/author-name", at, "must have a name");
    else if (BYLINE.test(name) || (ctx.isA(types, "Person") && MERGED_NAMES.test(name))) {
      ctx.findings.add(
        "error",
        "google/author-name",
        at,
        `must be one author's name only, without "By" or other authors (got ${JSON.stringify(name)}); list each author separately`,
      );
    } else if (HONORIFIC.test(name))
      ctx.findings.add(
        "warning",
        "google/author-name",
        at,
        `should not include an honorific or title (got ${JSON.stringify(name)}); use honorificPrefix or jobTitle`,
      );
    const links = [...valuesOf(author["url"]), ...valuesOf(author["sameAs"])];
    if (links.length === 0)
      ctx.findings.add("warning", "google/author-url", at, "has no url or sameAs identifying the author");
    for (const link of links) {
      if (typeof link !== "string" || !/^https?:\/\//.test(link))
        ctx.findings.add(
          "error",
          "google/author-url",
          at,
          `url and sameAs must be absolute URLs (got ${JSON.stringify(link)})`,
        );
    }
  });
}

function checkPublisherAndAccess(ctx: CheckContext, article: JsonLdNode): void {
  const publisher = ctx.resolve(article.value["publisher"]);
  if (!publisher)
    ctx.findings.add(
      "warning",
      "google/publisher",
      `${article.pointer}/publisher`,
      "is missing: name the publishing Organization",
    );
  else {
    if (!ctx.isA(typesOf(publisher), "Organization"))
      ctx.findings.add("warning", "google/publisher", `${article.pointer}/publisher`, "should be an Organization");
    for (const key of ["name", "url"]) {
      if (typeof publisher[key] !== "string")
        ctx.findings.add("warning", "google/publisher", `${article.pointer}/publisher`, `should have a ${key}`);
    }
  }
  if (article.value["isAccessibleForFree"] === false || article.value["isAccessibleForFree"] === "False") {
    const parts = valuesOf(article.value["hasPart"]).map((p) => ctx.resolve(p));
    const paywalled = parts.filter(
      (p) =>
        p &&
        ctx.isA(typesOf(p), "WebPageElement") &&
        (p["isAccessibleForFree"] === false || p["isAccessibleForFree"] === "False"),
    );
    if (paywalled.length === 0) {
      ctx.findings.add(
        "error",
        "google/paywall",
        `${article.pointer}/hasPart`,
        "must hold a WebPageElement with isAccessibleForFree false and a cssSelector when the article is not free",
      );
    }
    for (const part of paywalled) {
      const selector = part?.["cssSelector"];
      if (typeof selector !== "string" || !/^\.[A-Za-z_][\w-]*$/.test(selector)) {
        ctx.findings.add(
          "error",
          "google/paywall",
          `${article.pointer}/hasPart`,
          `cssSelector must be a single class selector such as .paywall (got ${JSON.stringify(selector)})`,
        );
      }
    }
  }
  const language = article.value["inLanguage"];
  if (language !== undefined && (typeof language !== "string" || !BCP47.test(language))) {
    ctx.findings.add(
      "warning",
      "google/language",
      `${article.pointer}/inLanguage`,
      `should be a BCP 47 language tag such as en (got ${JSON.stringify(language)})`,
    );
  }
}

function checkMainEntity(ctx: CheckContext, article: JsonLdNode): void {
  const at = `${article.pointer}/mainEntityOfPage`;
  const main = article.value["mainEntityOfPage"];
  if (main === undefined) {
    ctx.findings.add("warning", "google/main-entity", at, "is missing: point it at the page (its canonical URL)");
    return;
  }
  const page =
    typeof main === "string" ? { "@id": main, url: main } : (ctx.resolve(main) ?? (main as Record<string, unknown>));
  const iri = page["url"] ?? page["@id"];
  const canonical = ctx.options.canonicalUrl;
  if (canonical !== undefined && iri !== canonical) {
    ctx.findings.add(
      "error",
      "google/canonical",
      at,
      `must be the canonical URL exactly, ${canonical} (got ${JSON.stringify(iri)})`,
    );
  }
}

/**
 * Google reads every Event node, top-level or nested in an article, as an event listing, and its
 * Event rules require name, startDate and location: Search Console reports one without them as an
 * invalid item ("Missing field 'location'" is critical). A news event that lacks them is better a
 * Thing (docs/jsonld-and-seo.md).
 */
function checkEventListings(ctx: CheckContext): void {
  for (const node of ctx.nodes.filter((n) => ctx.isA(n.types, "Event"))) {
    const missing = ["name", "startDate", "location"].filter((key) => node.value[key] === undefined);
    if (missing.length > 0) {
      ctx.findings.add(
        "error",
        "google/event",
        node.pointer || "/",
        `is an Event without ${missing.join(" and ")}: Google reads it as an event listing and reports it as invalid; add ${missing.length === 1 ? "it" : "them"}, or make it a Thing`,
      );
    }
    const start = node.value["startDate"];
    // A listing starts on a day: "2022-10" is valid ISO 8601, but no date an event result can show.
    if (typeof start === "string" && /^\d{4}(-\d{2})?$/.test(start)) {
      ctx.findings.add(
        "error",
        "google/event",
        `${node.pointer}/startDate`,
        `is ${JSON.stringify(start)}, a month or a year: an Event Google lists starts on a day; give the day, or make it a Thing`,
      );
    }
  }
}

/**
 * Live blogs (schema.org LiveBlogPosting): coverage has a start, and each `liveBlogUpdate` is a
 * dated posting with a headline, published between the start and the end of coverage. Updates
 * are parts of the page, not articles of their own: they are returned so the Article rules
 * (authors, images) leave them alone.
 */
function checkLiveBlogs(ctx: CheckContext): Set<Record<string, unknown>> {
  const updates = new Set<Record<string, unknown>>();
  for (const blog of ctx.nodes.filter((n) => ctx.isA(n.types, "LiveBlogPosting"))) {
    const at = (key: string) => `${blog.pointer}/${key}`;
    const start = Date.parse(String(blog.value["coverageStartTime"]));
    const end = Date.parse(String(blog.value["coverageEndTime"]));
    if (Number.isNaN(start))
      ctx.findings.add(
        "error",
        "google/live-blog",
        at("coverageStartTime"),
        "must be the date-time live coverage began",
      );
    const coherent = !(end < start);
    if (!coherent)
      ctx.findings.add(
        "error",
        "google/live-blog",
        at("coverageEndTime"),
        `must not be before coverageStartTime (${String(blog.value["coverageStartTime"])})`,
      );
    const list = valuesOf(blog.value["liveBlogUpdate"]);
    if (list.length === 0)
      ctx.findings.add(
        "warning",
        "google/live-blog",
        at("liveBlogUpdate"),
        "is missing: a live blog lists its updates",
      );
    list.forEach((value, i) => {
      const where = Array.isArray(blog.value["liveBlogUpdate"]) ? at(`liveBlogUpdate/${i}`) : at("liveBlogUpdate");
      const update = ctx.resolve(value);
      if (!update) return ctx.findings.add("error", "google/live-blog", where, "must be a BlogPosting node");
      updates.add(update);
      const missing = ["headline", "datePublished"].filter((key) => typeof update[key] !== "string");
      if (missing.length > 0)
        ctx.findings.add("error", "google/live-blog", where, `has no ${missing.join(" or ")}: each update needs both`);
      const published = Date.parse(String(update["datePublished"]));
      if (coherent && (published < start || published > end))
        ctx.findings.add(
          "error",
          "google/live-blog",
          where,
          `was published at ${String(update["datePublished"])}, outside the coverage`,
        );
    });
  }
  return updates;
}

/**
 * Google's Article rules (Search Central, 2025): dates with offsets, a clean headline, images,
 * authors one by one with name-only names and identifying URLs, publisher, paywall markup.
 */
export function checkGoogleArticle(ctx: CheckContext): void {
  checkEventListings(ctx);
  const updates = checkLiveBlogs(ctx);
  const articles = ctx.nodes.filter((n) => ctx.isA(n.types, "Article") && !updates.has(n.value));
  if (articles.length === 0) {
    ctx.findings.add("error", "google/no-article", "", "has no NewsArticle (or Article, BlogPosting) node");
    return;
  }
  for (const article of articles) {
    const headline = article.value["headline"];
    const at = `${article.pointer}/headline`;
    if (typeof headline !== "string" || headline.trim() === "")
      ctx.findings.add("error", "google/headline", at, "must be a non-empty string");
    else {
      if (headline !== headline.trim())
        ctx.findings.add("error", "google/headline", at, "must not start or end with white space");
      if (MARKUP.test(headline))
        ctx.findings.add(
          "error",
          "google/headline",
          at,
          `must not contain HTML tags or entities (got ${JSON.stringify(headline)})`,
        );
      if ([...headline].length > 110)
        ctx.findings.add(
          "warning",
          "google/headline-length",
          at,
          `is ${[...headline].length} characters: long headlines may be cut on some devices (it is not truncated here)`,
        );
    }
    checkDates(ctx, article);
    checkImages(ctx, article);
    checkAuthors(ctx, article);
    checkPublisherAndAccess(ctx, article);
    checkMainEntity(ctx, article);
  }
  const canonical = ctx.options.canonicalUrl;
  for (const page of ctx.nodes.filter((n) => n.topLevel && ctx.isA(n.types, "WebPage"))) {
    if (canonical !== undefined && page.value["url"] !== canonical) {
      ctx.findings.add(
        "error",
        "google/canonical",
        `${page.pointer}/${escapePointer("url")}`,
        `must be the canonical URL exactly, ${canonical} (got ${JSON.stringify(page.value["url"])})`,
      );
    }
  }
}
