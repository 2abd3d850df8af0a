import { isRecord } from "../../core/json.js";
import { rule } from "../rule.js";
import { ARTICLE_OPTIONAL, SCRIPT_DATA } from "./sources.js";

// schema.org's own context, by any of the names it is published under (its JSON-LD sets `@vocab`
// to "http://schema.org/"): the site, and the context file docs/jsonldcontext.json(ld).
const SCHEMA_CONTEXT = /^https?:\/\/schema\.org(?:\/|\/docs\/jsonldcontext\.json(?:ld)?)?$/;
// A vocabulary IRI is concatenated with each term (JSON-LD 1.1, 4.1.2), so it must end with "/".
const SCHEMA_VOCAB = /^https?:\/\/schema\.org\/$/;
const SCHEMA_HOST = /^https?:\/\/schema\.org(?:$|[/#?])/;

/** What a `@context` makes of the terms: schema.org's, or why not (a message), with where. */
type ContextReading =
  { readonly schema: true } | { readonly schema: false; readonly why?: string; readonly at?: string };

/**
 * Reads a `@context` as a JSON-LD processor does, in order (a later entry of a list overrides an
 * earlier one's `@vocab`): schema.org's context, or a `@vocab` of "https://schema.org/", or a
 * prefix set to it, make the terms schema.org's. A `@vocab` of "http://schema.org" (no final
 * slash) does not: terms expand to http://schema.orgheadline and the like.
 */
function readContext(context: unknown, at = "/@context"): ContextReading {
  let reading: ContextReading = { schema: false };
  let prefixed = false;
  const entries = Array.isArray(context) ? context.map((c, i) => [c, `${at}/${i}`] as const) : [[context, at] as const];
  for (const [entry, where] of entries) {
    if (entry === null) reading = { schema: false };
    else if (typeof entry === "string") reading = SCHEMA_CONTEXT.test(entry) ? { schema: true } : reading;
    else if (isRecord(entry)) {
      if ("@vocab" in entry) reading = readVocab(entry["@vocab"], `${where}/@vocab`);
      // A prefix ("schema": "https://schema.org/") makes schema.org's terms usable as schema:headline.
      prefixed ||= Object.entries(entry).some(
        ([k, v]) => !k.startsWith("@") && typeof v === "string" && SCHEMA_VOCAB.test(v),
      );
    }
  }
  return reading.schema || !prefixed ? reading : { schema: true };
}

/** What a `@vocab` makes of the terms (null or another vocabulary: not schema.org's). */
function readVocab(vocab: unknown, at: string): ContextReading {
  if (typeof vocab === "string" && SCHEMA_VOCAB.test(vocab)) return { schema: true };
  if (typeof vocab === "string" && SCHEMA_HOST.test(vocab))
    return {
      schema: false,
      at,
      why: `@vocab ${JSON.stringify(vocab)} is not schema.org's vocabulary IRI "https://schema.org/" (with the final "/"): JSON-LD appends each term to it, so "headline" becomes ${JSON.stringify(`${vocab}headline`)}, no schema.org term`,
    };
  return { schema: false };
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
    'each item\'s `@context` makes its terms schema.org\'s ("https://schema.org", its context file, or a `@vocab` of "https://schema.org/" with the final "/"): without it (or with another, or "http://schema.org" as `@vocab`, which gives IRIs like http://schema.orgheadline) a consumer reads no schema.org term at all',
  run(ctx, report) {
    for (const root of ctx.roots) {
      const items = Array.isArray(root.value) ? root.value : [root.value];
      items.forEach((item, i) => {
        const context = isRecord(item) ? item["@context"] : undefined;
        const reading = readContext(context);
        if (reading.schema) return;
        report.add(
          { block: root.block, pointer: Array.isArray(root.value) ? `/${i}` : "" },
          reading.at ?? "/@context",
          reading.why ??
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
  summary:
    "the options are what they must be: `rules` names only rules, with the severities error, warning, note or off; `canonicalUrl`, `baseUrl` and `pageUrl` are absolute URLs, `now` a date-time, `maxBytes` and `maxJsonLdLength` numbers, `requireArticle` true or false",
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
