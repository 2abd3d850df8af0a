import { slot, type CheckContext } from "../context.js";
import { typesOf, valuesOf, type JsonLdNode } from "../nodes.js";
import { rule } from "../rule.js";
import { EVENT_PHYSICAL, EVENT_REQUIRED } from "./sources.js";

const ARTICLES = slot<JsonLdNode[]>("articles");

/** Properties whose values are works described, not the page's own: a claim's appearances, a review's item. */
const REVIEWED = ["appearance", "firstAppearance", "itemReviewed"] as const;

/**
 * The articles Google's Article rules apply to: Article nodes (NewsArticle, BlogPosting…) that are
 * not a live blog's updates — those are parts of the page, not articles of their own, so the
 * Article rules (authors, images) leave them alone — nor works a fact check reviews.
 */
export function articles(ctx: CheckContext): JsonLdNode[] {
  const known = ctx.kept(ARTICLES);
  if (known) return known;
  const updates = new Set<unknown>();
  for (const blog of ctx.entities.filter((n) => ctx.isA(n.types, "LiveBlogPosting")))
    for (const value of valuesOf(blog.value["liveBlogUpdate"])) updates.add(ctx.resolve(value));
  // A work a fact check reviews (a claim's appearance, a review's item) is another page's article.
  for (const node of ctx.entities)
    for (const key of REVIEWED) {
      // Most nodes have none of these: no empty list made for each.
      const values = node.value[key];
      if (values !== undefined) for (const value of valuesOf(values)) updates.add(ctx.resolve(value));
    }
  const found = ctx.entities.filter((n) => ctx.isA(n.types, "Article") && !updates.has(n.value));
  return ctx.keep(ARTICLES, found);
}

/**
 * Google reads every Event node, top-level or nested in an article, as an event listing, and its
 * Event rules require name, startDate and location: Search Console reports one without them as an
 * invalid item ("Missing field 'location'" is critical). A news event that lacks them is better a
 * Thing (docs/jsonld-and-seo.md).
 */
export const EVENT_LISTING = rule({
  id: "google/event",
  severity: "error",
  summary:
    "an Event has `name`, `startDate` (a day, not a month or a year) and `location` with a physical address (a Place's `address`, or a PostalAddress), as Google's event listings need: Google supports no online-only event (a VirtualLocation alone)",
  source: EVENT_REQUIRED,
  run(ctx, report) {
    for (const node of ctx.entities.filter((n) => ctx.isA(n.types, "Event"))) {
      const missing = ["name", "startDate", "location"].filter((key) => node.value[key] === undefined);
      if (missing.length > 0) {
        report.add(
          // A lone input's root was reported at "/" before pointers had blocks: kept.
          node.pointer === "" && node.block === undefined ? { block: undefined, pointer: "/" } : node,
          "",
          `is an Event without ${missing.join(" and ")}: Google reads it as an event listing and reports it as invalid; add ${missing.length === 1 ? "it" : "them"}, or make it a Thing`,
          { missing: missing.join(",") },
        );
      }
      const location = node.value["location"];
      if (location !== undefined && !hasAddress(ctx, location))
        report.add(
          node,
          "/location",
          virtualOnly(ctx, location)
            ? `is online only (a VirtualLocation): Google's event listings need a physical place with location.address ("${EVENT_PHYSICAL.quote}", ${EVENT_PHYSICAL.url}); give the place people attend, or make the node a Thing`
            : "has no address: Google's event listings need location.address (a Place with an address); add it, or make the node a Thing",
        );
      const start = node.value["startDate"];
      // A listing starts on a day: "2022-10" is valid ISO 8601, but no date an event result can show.
      if (typeof start === "string" && /^\d{4}(-\d{2})?$/.test(start)) {
        report.add(
          node,
          "/startDate",
          `is ${JSON.stringify(start)}, a month or a year: an Event Google lists starts on a day; give the day, or make it a Thing`,
          { got: start },
        );
      }
    }
  },
});

/** True when an Event's location says where, physically: a Place with an address, or a PostalAddress. */
function hasAddress(ctx: CheckContext, location: unknown): boolean {
  return valuesOf(location).some((value) => {
    const place = ctx.resolve(value);
    if (!place) return false;
    if (ctx.isA(typesOf(place), "PostalAddress")) return true;
    const address = place["address"];
    return typeof address === "string" ? address.trim() !== "" : ctx.resolve(address) !== undefined;
  });
}

/** True when every location an Event gives is a VirtualLocation (an online-only event). */
function virtualOnly(ctx: CheckContext, location: unknown): boolean {
  const places = valuesOf(location).map((value) => ctx.resolve(value));
  return places.length > 0 && places.every((p) => p !== undefined && ctx.isA(typesOf(p), "VirtualLocation"));
}

/**
 * Live blogs (schema.org LiveBlogPosting): coverage has a start, and each `liveBlogUpdate` is a
 * dated posting with a headline, published between the start and the end of coverage.
 */
export const LIVE_BLOG = rule({
  id: "google/live-blog",
  severity: "error",
  lesser: "warning",
  summary:
    "a LiveBlogPosting has a `coverageStartTime`, an end not before it, and updates (warning when it has none), each a BlogPosting with a headline and a `datePublished` within the coverage",
  run(ctx, report) {
    for (const blog of ctx.entities.filter((n) => ctx.isA(n.types, "LiveBlogPosting"))) {
      const startText = String(blog.value["coverageStartTime"]);
      const start = Date.parse(startText);
      const end = Date.parse(String(blog.value["coverageEndTime"]));
      if (Number.isNaN(start)) report.add(blog, "/coverageStartTime", "must be the date-time live coverage began");
      const coherent = !(end < start);
      if (!coherent)
        report.add(blog, "/coverageEndTime", `must not be before coverageStartTime (${startText})`, {
          start: startText,
        });
      const list = valuesOf(blog.value["liveBlogUpdate"]);
      if (list.length === 0) report.lesser(blog, "/liveBlogUpdate", "is missing: a live blog lists its updates");
      list.forEach((value, i) => {
        const where = Array.isArray(blog.value["liveBlogUpdate"]) ? `/liveBlogUpdate/${i}` : "/liveBlogUpdate";
        const update = ctx.resolve(value);
        if (!update) return report.add(blog, where, "must be a BlogPosting node");
        const missing = ["headline", "datePublished"].filter((key) => typeof update[key] !== "string");
        if (missing.length > 0) report.add(blog, where, `has no ${missing.join(" or ")}: each update needs both`);
        const publishedText = String(update["datePublished"]);
        const published = Date.parse(publishedText);
        if (coherent && (published < start || published > end))
          report.add(blog, where, `was published at ${publishedText}, outside the coverage`, {
            published: publishedText,
          });
      });
    }
  },
});
