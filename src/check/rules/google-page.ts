import { isRecord } from "../../core/json.js";
import { escapePointerSegment as escapePointer } from "../../core/pointer.js";
import { typesOf, valuesOf } from "../nodes.js";
import { paramsOf, rule } from "../rule.js";
import { articles } from "./google-listings.js";

const BCP47 = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** A value schema.org's Boolean `isAccessibleForFree` gives as false. */
const notFree = (value: unknown) => value === false || value === "False";

export const PAYWALL = rule({
  id: "google/paywall",
  severity: "error",
  summary:
    "an article that is not free holds a WebPageElement part with `isAccessibleForFree` false and a single-class `cssSelector`",
  run(ctx, report) {
    for (const article of articles(ctx)) {
      if (!notFree(article.value["isAccessibleForFree"])) continue;
      const parts = valuesOf(article.value["hasPart"]).map((p) => ctx.resolve(p));
      const paywalled = parts.filter(
        (p) => p && ctx.isA(typesOf(p), "WebPageElement") && notFree(p["isAccessibleForFree"]),
      );
      if (paywalled.length === 0)
        report.add(
          article,
          "/hasPart",
          "must hold a WebPageElement with isAccessibleForFree false and a cssSelector when the article is not free",
        );
      for (const part of paywalled) {
        const selector = part?.["cssSelector"];
        if (typeof selector !== "string" || !/^\.[A-Za-z_][\w-]*$/.test(selector))
          report.add(
            article,
            "/hasPart",
            `cssSelector must be a single class selector such as .paywall (got ${JSON.stringify(selector)})`,
            paramsOf({ got: selector }),
          );
      }
    }
  },
});

export const LANGUAGE = rule({
  id: "google/language",
  severity: "warning",
  summary: "an article's `inLanguage` is a BCP 47 language tag",
  run(ctx, report) {
    for (const article of articles(ctx)) {
      const language = article.value["inLanguage"];
      if (language !== undefined && (typeof language !== "string" || !BCP47.test(language)))
        report.add(
          article,
          "/inLanguage",
          `should be a BCP 47 language tag such as en (got ${JSON.stringify(language)})`,
          paramsOf({ got: language }),
        );
    }
  },
});

export const MAIN_ENTITY = rule({
  id: "google/main-entity",
  severity: "note",
  summary:
    "an article has a `mainEntityOfPage`, the page (its canonical URL): not among Google's Article properties, a note",
  run(ctx, report) {
    for (const article of articles(ctx))
      if (article.value["mainEntityOfPage"] === undefined)
        report.add(article, "/mainEntityOfPage", "is missing: point it at the page (its canonical URL)");
  },
});

/**
 * True when two values name the same URL: equal, or both absolute URLs that `new URL()` writes
 * alike (host case, a default port, an empty path, percent-encoding case are no difference).
 */
function sameUrl(got: unknown, canonical: string): boolean {
  if (got === canonical) return true;
  if (typeof got !== "string") return false;
  try {
    return new URL(got).href === new URL(canonical).href;
  } catch {
    return false;
  }
}

export const CANONICAL = rule({
  id: "google/canonical",
  severity: "error",
  summary:
    "the article's `url` and `mainEntityOfPage` and the WebPage's `url` name the canonical URL (the `canonicalUrl` option, or the page's `<link rel=\"canonical\">` resolved against `<base href>` and the page's URL), compared as `new URL()` writes them (scheme and host in any case); a difference names both",
  run(ctx, report) {
    const canonical = ctx.options.canonicalUrl;
    const found = articles(ctx);
    if (canonical === undefined || found.length === 0) return;
    // The CLI used to add this by the rule's id; a page's own link is named in the message itself.
    const source = ctx.canonicalFromPage ? `, the page's <link rel="canonical">` : "";
    const mismatch = (got: unknown) => ({
      message: `must name the canonical URL ${canonical}${source} (got ${JSON.stringify(got)})`,
      params: paramsOf({ canonical, got, source: ctx.canonicalFromPage ? "link" : "option" }),
    });
    // Relative URLs in the JSON-LD resolve against the page, as JSON-LD reads them.
    const resolved = (got: unknown) => (typeof got === "string" ? ctx.iri(got) : got);
    for (const article of found) {
      const url = article.value["url"];
      if (url !== undefined && !sameUrl(resolved(url), canonical)) {
        const { message, params } = mismatch(url);
        report.add(article, "/url", message, params);
      }
      const main = article.value["mainEntityOfPage"];
      if (main === undefined) continue;
      const page =
        typeof main === "string"
          ? { "@id": main, url: main }
          : (ctx.resolve(main) ?? (main as Record<string, unknown>));
      // A value that names no page (Tumblr's `true`) is reported as written.
      const iri = isRecord(page) ? (page["url"] ?? page["@id"] ?? main) : main;
      if (sameUrl(resolved(iri), canonical)) continue;
      const { message, params } = mismatch(iri);
      report.add(article, "/mainEntityOfPage", message, params);
    }
    for (const page of ctx.entities.filter((n) => n.topLevel && ctx.isA(n.types, "WebPage"))) {
      if (page.value["url"] === undefined || sameUrl(resolved(page.value["url"]), canonical)) continue;
      const { message, params } = mismatch(page.value["url"]);
      report.add(page, `/${escapePointer("url")}`, message, params);
    }
  },
});

/** Google's Article rules on the page: paywall markup, language, the page as main entity, the canonical URL. */
export const GOOGLE_PAGE_RULES = [PAYWALL, LANGUAGE, MAIN_ENTITY, CANONICAL] as const;
