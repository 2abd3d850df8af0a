import { isRecord } from "../../core/json.js";
import { rule } from "../rule.js";
import { ARTICLE_OPTIONAL, SCRIPT_DATA } from "./sources.js";

const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;

/** True for a context that makes the terms schema.org's: the URL, a list holding it, or `@vocab` or a prefix set to it. */
function schemaContext(context: unknown): boolean {
  if (typeof context === "string") return SCHEMA_ORG.test(context);
  if (Array.isArray(context)) return context.some(schemaContext);
  // An object context makes schema.org's terms usable by `@vocab` or by a prefix (`"schema": "https://schema.org/"`).
  return isRecord(context) && Object.values(context).some((v) => typeof v === "string" && SCHEMA_ORG.test(v));
}

export const SYNTAX = rule({
  id: "json/syntax",
  severity: "error",
  summary: "each block (or file) is valid JSON",
});

export const NOT_OBJECT = rule({
  id: "json/not-object",
  severity: "error",
  summary: "each block (or the input) is a JSON-LD object or an array of them",
});

export const UNSAFE_IN_SCRIPT = rule({
  id: "json/unsafe-in-script",
  severity: "warning",
  summary:
    "a block has no `<!--`, `<script` or `</script` (any case), which end or change a `<script>` element's data, and no raw U+2028 or U+2029 (`&` and `>` are harmless there)",
  source: SCRIPT_DATA,
});

export const CONTEXT = rule({
  id: "json/context",
  severity: "error",
  summary:
    'each item\'s `@context` is "https://schema.org": without it (or with another) a consumer reads no schema.org term at all',
  run(ctx, report) {
    for (const root of ctx.roots) {
      const items = Array.isArray(root.value) ? root.value : [root.value];
      items.forEach((item, i) => {
        const context = isRecord(item) ? item["@context"] : undefined;
        if (schemaContext(context)) return;
        report.add(
          { block: root.block, pointer: Array.isArray(root.value) ? `/${i}` : "" },
          "/@context",
          `must be "https://schema.org" (got ${JSON.stringify(context)}): without it, consumers read none of the terms as schema.org's`,
          typeof context === "string" ? { got: context } : undefined,
        );
      });
    }
  },
});

export const TOO_LARGE = rule({
  id: "json/too-large",
  severity: "error",
  summary: "a page's JSON-LD (all its blocks) is within the reader's limit (`maxJsonLdLength`, `--max-record-bytes`)",
});

export const INTERNAL = rule({
  id: "json/internal",
  severity: "error",
  summary: "the input could be checked (not too deeply nested, no getter that throws)",
});

export const NO_JSON_LD = rule({
  id: "html/no-json-ld",
  severity: "error",
  lesser: "note",
  summary:
    'a page has a `<script type="application/ld+json">` element: a note, an error only for a page that must hold an article (`requireArticle`, `--require-article`, `--articles GLOB`)',
  source: ARTICLE_OPTIONAL,
});

export const CANONICAL_UNRESOLVED = rule({
  id: "html/canonical-unresolved",
  severity: "note",
  summary:
    'a page\'s relative `<link rel="canonical">` could be resolved (against `<base href>` or the `pageUrl` option); if not, it is not compared',
});

export const OPTIONS = rule({
  id: "check/options",
  severity: "error",
  summary: "`options.rules` names only rules, with the severities error, warning, note or off",
});

/** What reading the input reports (syntax, shape, size, the checker's options), and the `@context`. */
export const JSON_RULES = [
  SYNTAX,
  NOT_OBJECT,
  UNSAFE_IN_SCRIPT,
  CONTEXT,
  TOO_LARGE,
  INTERNAL,
  NO_JSON_LD,
  CANONICAL_UNRESOLVED,
  OPTIONS,
] as const;
