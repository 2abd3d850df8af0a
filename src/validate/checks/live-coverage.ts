import type { DocumentContext } from "./context.js";
import { checkDateTime } from "./dates.js";

/**
 * Live coverage reads forward in time: updates oldest first, none before the article was
 * published, the last one no later than `modified` and `coverageEnded`; each update's own URL
 * is a fragment of the article's page, used once.
 *
 * @example
 * ```ts
 * checkLiveCoverage(context); // "date-order" at /updates/1/published when it is before updates/0
 * ```
 */
export function checkLiveCoverage(context: DocumentContext): void {
  const { updates, published, modified, coverageEnded } = context.doc;
  // The latest instant so far: published's, then each readable update's (index -1: published).
  let previousAt = context.time(published);
  let previous = -1;
  checkDateTime(context, coverageEnded, COVERAGE_ENDED);
  // Most articles are not live: no map, no name, no closure for them.
  let urls: Map<string, number> | undefined;
  const count = updates?.length ?? 0;
  for (let i = 0; i < count; i++) {
    const update = (updates as NonNullable<typeof updates>)[i] as NonNullable<typeof updates>[number];
    const at = checkDateTime(context, update.published, ["updates", i, "published"])
      ? context.time(update.published)
      : Number.NaN;
    if (at < previousAt)
      context.add(
        "date-order",
        ["updates", i, "published"],
        `must not be before ${nameOf(context, previous)}; list updates oldest first (got ${update.published})`,
      );
    if (!Number.isNaN(at)) {
      previousAt = at;
      previous = i;
    }
    if (update.url === undefined) continue;
    const hash = update.url.indexOf("#");
    if (hash === -1 || update.url.slice(0, hash) !== context.doc.url) {
      context.add(
        "pattern",
        ["updates", i, "url"],
        `must be the article's URL with a #fragment, ${context.doc.url}#… (got "${update.url}")`,
      );
    } else if (urls?.has(update.url)) {
      context.add(
        "duplicate-item",
        ["updates", i, "url"],
        `"${update.url}" is already the URL of updates/${urls.get(update.url)}`,
      );
    } else (urls ??= new Map()).set(update.url, i);
  }
  // Without updates, modified's order is checked with the publication dates.
  if (count > 0 && context.time(modified) < previousAt)
    context.add(
      "date-order",
      ["modified"],
      `must not be before the last update, ${nameOf(context, previous)} (got ${modified})`,
    );
  if (context.time(coverageEnded) < previousAt)
    context.add(
      "date-order",
      ["coverageEnded"],
      `must not be before ${nameOf(context, previous)} (got ${coverageEnded})`,
    );
}

const COVERAGE_ENDED = ["coverageEnded"];

/** The name of the latest instant so far, for a message: published, or update `i`. */
function nameOf(context: DocumentContext, i: number): string {
  const { published, updates } = context.doc;
  return i === -1 ? `published (${published})` : `updates/${i} (${updates?.[i]?.published})`;
}
