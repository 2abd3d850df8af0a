import { CheckContext, type CheckOptions } from "./context.js";
import { isRecord } from "../core/json.js";
import { Findings, type CheckReport, type Finding } from "./report.js";
import { describeThrown, isStackOverflow } from "../core/error.js";
import { checkEvents, checkText } from "./rules-content.js";
import { checkGoogleArticle } from "./rules-google.js";
import { checkGraph } from "./rules-graph.js";
import { checkVocabulary } from "./rules-vocabulary.js";

const UNSAFE = /[<>&\u2028\u2029]/;

/**
 * Checks NewsArticle JSON-LD, ours or hand-written, with or without `@graph`: Google's Article
 * rules, the pinned schema.org 30.0 vocabulary (types, properties, domains, pending terms) and
 * graph integrity (absolute unique `@id`s, references that resolve, one node per entity). Never
 * throws.
 *
 * @param input - Parsed JSON-LD.
 * @returns Errors, warnings and notes, each with a rule id and a JSON Pointer.
 *
 * @example
 * ```ts
 * import { checkJsonLd } from "news-events/check";
 * import { toJsonLd } from "news-events/jsonld";
 *
 * const report = checkJsonLd(toJsonLd(doc));
 * if (report.errors.length > 0) process.exitCode = 1;
 * ```
 */
export function checkJsonLd(input: unknown, options: CheckOptions = {}): CheckReport {
  let ctx: CheckContext | undefined;
  try {
    // Building the context already reads the input (getters, proxies, deep nesting): inside the try.
    ctx = new CheckContext(input, options);
    if (!isRecord(input) && !Array.isArray(input)) {
      ctx.findings.add("error", "json/not-object", "", "must be a JSON-LD object or an array of them");
      return ctx.findings.report();
    }
    const contexts = (Array.isArray(input) ? input : [input]).map((i) => (isRecord(i) ? i["@context"] : undefined));
    for (const context of contexts) {
      if (typeof context !== "string" || !/^https?:\/\/schema\.org\/?$/.test(context)) {
        ctx.findings.add(
          "warning",
          "json/context",
          "/@context",
          `should be "https://schema.org" (got ${JSON.stringify(context)}); terms are checked as schema.org's`,
        );
      }
    }
    checkVocabulary(ctx);
    checkGraph(ctx);
    checkGoogleArticle(ctx);
    checkEvents(ctx);
    checkText(ctx);
  } catch (error) {
    const findings = ctx?.findings ?? new Findings();
    findings.add(
      "error",
      "json/internal",
      "",
      isStackOverflow(error) ? "nests too deeply to check" : `could not be checked: ${describeThrown(error)}`,
    );
    return findings.report();
  }
  return ctx.findings.report();
}

/**
 * Checks JSON-LD given as text (a file, or a script element's content): it must parse, and
 * characters that can break out of a `<script>` element are flagged; then {@link checkJsonLd}.
 *
 * @example
 * ```ts
 * checkJsonLdText('{"@context":"https://schema.org","@type":"NewsArticle"').errors[0]?.rule;
 * // => "json/syntax"
 * ```
 */
export function checkJsonLdText(text: string, options: CheckOptions = {}): CheckReport {
  const report = checkJsonLdBlocks([text], options);
  // One block: its findings' pointers lose the block index.
  const strip = (f: Finding): Finding => ({ ...f, pointer: f.pointer.replace(/^\/0(?=\/|$)/, "") });
  return { errors: report.errors.map(strip), warnings: report.warnings.map(strip), notes: report.notes.map(strip) };
}

/** A block's text as JSON, or the finding that says why it is not. */
function parseBlock(text: string, at: string): { value: unknown } | { finding: Finding } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      finding: {
        severity: "error",
        rule: "json/syntax",
        pointer: at,
        message: `is not valid JSON: ${describeThrown(error).replace(/^SyntaxError: /, "")}`,
      },
    };
  }
}

/**
 * Checks all the JSON-LD blocks of one page together, as a search engine reads them: the
 * article's block beside BreadcrumbList, WebSite or Organization blocks is one graph, whose
 * references may cross blocks, and "no article" is an error only when no block has one. Each
 * block must parse on its own, and characters that can break out of a `<script>` element are
 * flagged per block. Never throws.
 *
 * @param blocks - The text of each `application/ld+json` script element, in page order.
 * @param options - Pass the page's `<link rel="canonical">` href as `canonicalUrl`: the article's
 *   `url` and `mainEntityOfPage` must then equal it.
 * @returns The findings; each pointer starts with the block's index (`/1/@graph/0/name`).
 *
 * @example
 * ```ts
 * import { checkJsonLdBlocks } from "news-events/check";
 *
 * const report = checkJsonLdBlocks([articleJson, breadcrumbJson], { canonicalUrl: "https://news.example.org/a/" });
 * report.errors.length; // => 0 when the article block is right, whatever the breadcrumb block lacks
 * ```
 */
export function checkJsonLdBlocks(blocks: readonly string[], options: CheckOptions = {}): CheckReport {
  const values: unknown[] = [];
  const blockOf: number[] = [];
  const found: Finding[] = [];
  blocks.forEach((text, i) => {
    const parsed = parseBlock(text, `/${i}`);
    if ("finding" in parsed) found.push(parsed.finding);
    else if (parsed.value === null || typeof parsed.value !== "object") {
      found.push({
        severity: "error",
        rule: "json/not-object",
        pointer: `/${i}`,
        message: "must be a JSON-LD object or an array of them",
      });
    } else {
      values.push(parsed.value);
      blockOf.push(i);
    }
    if (UNSAFE.test(text))
      found.push({
        severity: "warning",
        rule: "json/unsafe-in-script",
        pointer: `/${i}`,
        message:
          "contains a raw <, >, &, U+2028 or U+2029: escape them as \\uXXXX before putting the JSON in a <script> element",
      });
  });
  if (values.length > 0) {
    const report = checkJsonLd(values, options);
    // Pointers into the array of parsed blocks become pointers into the page's blocks.
    const renumber = (f: Finding): Finding => ({
      ...f,
      pointer: f.pointer.replace(/^\/(\d+)/, (_, k: string) => `/${blockOf[Number(k)] ?? k}`),
    });
    found.push(...report.errors.map(renumber), ...report.warnings.map(renumber), ...report.notes.map(renumber));
  }
  return {
    errors: found.filter((f) => f.severity === "error"),
    warnings: found.filter((f) => f.severity === "warning"),
    notes: found.filter((f) => f.severity === "note"),
  };
}
