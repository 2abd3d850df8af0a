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
  const { updates = [], published, modified, coverageEnded } = context.doc;
  const time = (value: string | undefined) => (value === undefined ? Number.NaN : Date.parse(value));
  let previous = { at: time(published), name: `published (${published})` };
  const urls = new Map<string, number>();
  checkDateTime(context, coverageEnded, ["coverageEnded"]);
  updates.forEach((update, i) => {
    const at = checkDateTime(context, update.published, ["updates", i, "published"])
      ? time(update.published)
      : Number.NaN;
    if (at < previous.at)
      context.add(
        "date-order",
        ["updates", i, "published"],
        `must not be before ${previous.name}; list updates oldest first (got ${update.published})`,
      );
    if (!Number.isNaN(at)) previous = { at, name: `updates/${i} (${update.published})` };
    if (update.url === undefined) return;
    const hash = update.url.indexOf("#");
    if (hash === -1 || update.url.slice(0, hash) !== context.doc.url) {
      context.add(
        "pattern",
        ["updates", i, "url"],
        `must be the article's URL with a #fragment, ${context.doc.url}#… (got "${update.url}")`,
      );
    } else if (urls.has(update.url)) {
      context.add(
        "duplicate-item",
        ["updates", i, "url"],
        `"${update.url}" is already the URL of updates/${urls.get(update.url)}`,
      );
    } else urls.set(update.url, i);
  });
  // Without updates, modified's order is checked with the publication dates.
  if (updates.length > 0 && time(modified) < previous.at)
    context.add("date-order", ["modified"], `must not be before the last update, ${previous.name} (got ${modified})`);
  if (time(coverageEnded) < previous.at)
    context.add("date-order", ["coverageEnded"], `must not be before ${previous.name} (got ${coverageEnded})`);
}
