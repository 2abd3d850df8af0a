import { CheckContext, type CheckOptions } from "./context.js";
import { isRecord } from "./nodes.js";
import { Findings, type CheckReport } from "./report.js";
import { describeThrown, isStackOverflow } from "../validate/error.js";
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
        ctx.findings.add("warning", "json/context", "/@context", `should be "https://schema.org" (got ${JSON.stringify(context)}); terms are checked as schema.org's`);
      }
    }
    checkVocabulary(ctx);
    checkGraph(ctx);
    checkGoogleArticle(ctx);
    checkEvents(ctx);
    checkText(ctx);
  } catch (error) {
    const findings = ctx?.findings ?? new Findings();
    findings.add("error", "json/internal", "", isStackOverflow(error) ? "nests too deeply to check" : `could not be checked: ${describeThrown(error)}`);
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { errors: [{ severity: "error", rule: "json/syntax", pointer: "", message: `is not valid JSON: ${(error as Error).message}` }], warnings: [], notes: [] };
  }
  const report = checkJsonLd(parsed, options);
  if (!UNSAFE.test(text)) return report;
  const unsafe = { severity: "warning" as const, rule: "json/unsafe-in-script", pointer: "", message: "contains a raw <, >, &, U+2028 or U+2029: escape them as \\uXXXX before putting the JSON in a <script> element" };
  return { ...report, warnings: [unsafe, ...report.warnings] };
}
