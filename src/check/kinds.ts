import type { CheckContext } from "./context.js";
import { articles } from "./rules/google-listings.js";

/**
 * What a page's JSON-LD holds, most specific first: an article (checked against Google's Article
 * rules), an event, a fact check, anything else (a home page's WebSite and Organization, a
 * section's BreadcrumbList…), or no JSON-LD at all.
 *
 * @example
 * ```ts
 * const kind: PageKind = "article";
 * ```
 */
export type PageKind = "article" | "event" | "fact-check" | "other" | "none";

/** The kind of page a checked graph is (undefined: no block could be read, "other"). */
export function kindOf(ctx: CheckContext | undefined): PageKind {
  if (ctx === undefined) return "other";
  if (articles(ctx).length > 0) return "article";
  const top = ctx.entities.filter((n) => n.topLevel);
  if (top.some((n) => ctx.isA(n.types, "Event"))) return "event";
  if (top.some((n) => ctx.isA(n.types, "ClaimReview"))) return "fact-check";
  return "other";
}
