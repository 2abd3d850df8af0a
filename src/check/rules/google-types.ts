import { typesOf, valuesOf } from "../nodes.js";
import { rule } from "../rule.js";
import { BREADCRUMB as SOURCE } from "./sources.js";

/**
 * Breadcrumb trails as Google reads them: each element is a ListItem with a position and a name
 * (its own, or its item's), and each but the last names the page it links to.
 */
export const BREADCRUMB = rule({
  id: "google/breadcrumb",
  severity: "error",
  summary:
    "a BreadcrumbList's elements are ListItems with a `position` and a `name` (or an item with one), each but the last with the `item` it links to",
  source: SOURCE,
  run(ctx, report) {
    for (const list of ctx.entities.filter((n) => ctx.isA(n.types, "BreadcrumbList"))) {
      const raw = list.value["itemListElement"];
      const items = valuesOf(raw);
      if (items.length === 0) report.add(list, "/itemListElement", "is missing: a trail lists its breadcrumbs");
      items.forEach((value, i) => {
        const where = Array.isArray(raw) ? `/itemListElement/${i}` : "/itemListElement";
        const item = ctx.resolve(value);
        if (!item || !ctx.isA(typesOf(item), "ListItem"))
          return report.add(list, where, "should be a ListItem with a position, a name and the item it links to");
        const target = item["item"];
        const named = typeof item["name"] === "string" || typeof ctx.resolve(target)?.["name"] === "string";
        const missing = [
          ...(typeof item["position"] === "number" || /^\d+$/.test(String(item["position"])) ? [] : ["position"]),
          ...(named ? [] : ["name"]),
          ...(target === undefined && i < items.length - 1 ? ["item"] : []),
        ];
        if (missing.length > 0)
          report.add(
            list,
            where,
            `has no ${missing.join(" or ")}: Google shows a breadcrumb by its name and position`,
            {
              missing: missing.join(","),
            },
          );
      });
    }
  },
});
