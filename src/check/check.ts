import { describeThrown, isStackOverflow } from "../core/error.js";
import { isRecord } from "../core/json.js";
import { CheckContext, type CheckOptions, type CheckRoot } from "./context.js";
import { Findings, type CheckReport, type RuleSetting } from "./report.js";
import { checkOptions, optionProblems, unknownOptionProblems, type OptionProblem } from "./options.js";
import type { Report, Rule } from "./rule.js";
import { RULE_DEFINITIONS, ruleById } from "./rules/index.js";
import { INTERNAL, NOT_OBJECT, OPTIONS, SYNTAX, UNSAFE_IN_SCRIPT } from "./rules/json.js";

// What ends or changes a <script> element's data (HTML's "restrictions for contents of script
// elements"), and the line separators old JavaScript parsers break on; `&` and `>` are harmless.
const UNSAFE = /<!--|<\/?script|[\u2028\u2029]/i;
/** False when no character UNSAFE starts with is there: three scans for a character cost a tenth of the pattern's. */
const mayBeUnsafe = (text: string): boolean => text.includes("<") || text.includes("\u2028") || text.includes("\u2029");
const SETTINGS: ReadonlySet<unknown> = new Set(["error", "warning", "note", "off"]);

/** A rule's {@link Report}: every finding it adds carries its id. */
function reporter(findings: Findings, rule: Rule): Report {
  return {
    add: (at, path, message, params) => findings.add(rule, false, at, path, message, params),
    lesser: (at, path, message, params) => findings.add(rule, true, at, path, message, params),
  };
}

/**
 * The findings of one check, with `options.rules` read: a name that is no rule, or a value that
 * is no severity, is a `check/options` finding, as is any other option that is not what it must be
 * ({@link optionProblems}; never thrown: the checker never throws).
 */
export function startFindings(
  options: CheckOptions,
  more: readonly OptionProblem[] = [],
  pageNames: readonly string[] = [],
): Findings {
  const settings = new Map<string, RuleSetting>();
  const problems: [string, Record<string, string>][] = [];
  try {
    for (const [id, value] of Object.entries(options.rules ?? {})) {
      if (ruleById(id) === undefined)
        problems.push([
          `options.rules names ${JSON.stringify(id)}, which is no rule of the checker (see RULES)`,
          { got: id },
        ]);
      else if (!SETTINGS.has(value))
        problems.push([
          `options.rules sets ${id} to ${JSON.stringify(value)}: it must be error, warning, note or off`,
          { rule: id },
        ]);
      else settings.set(id, value as RuleSetting);
    }
  } catch (error) {
    problems.push([`options.rules could not be read: ${describeThrown(error)}`, {}]);
  }
  problems.push(...unknownOptionProblems(options, pageNames), ...optionProblems(options), ...more);
  const findings = new Findings(settings);
  // The options are not the input: these findings point at the whole input.
  for (const [message, params] of problems) findings.add(OPTIONS, false, undefined, "", message, params);
  return findings;
}

/**
 * Runs every rule that looks at a graph over the values given (a lone input, or a page's parsed
 * blocks). Never throws: a failure (a hostile getter, nesting too deep) is a `json/internal`
 * finding after those already found.
 */
export function runRules(
  findings: Findings,
  input: unknown,
  roots: readonly CheckRoot[],
  options: CheckOptions,
  canonicalFromPage = false,
): CheckContext | undefined {
  try {
    // Building the context already reads the input (getters, proxies, deep nesting): inside the try.
    const ctx = new CheckContext(input, roots, options, canonicalFromPage);
    for (const rule of RULE_DEFINITIONS) rule.run?.(ctx, reporter(findings, rule));
    return ctx;
  } catch (error) {
    const message = isStackOverflow(error)
      ? "nests too deeply to check"
      : `could not be checked: ${describeThrown(error)}`;
    findings.add(INTERNAL, false, undefined, "", message);
    return undefined;
  }
}

/**
 * Checks NewsArticle JSON-LD, ours or hand-written, with or without `@graph`: Google's Article
 * rules, the pinned schema.org 30.0 vocabulary (types, properties, domains, pending terms) and
 * graph integrity (absolute unique `@id`s, references that resolve, one node per entity). Never
 * throws.
 *
 * @param input - Parsed JSON-LD.
 * @param options - The canonical URL, the build time, the byte budget, and `rules`: a severity
 *   per rule id (`off` drops the rule's findings).
 * @returns Errors, warnings and notes, each with a rule id and a JSON Pointer.
 *
 * @example
 * ```ts
 * import { checkJsonLd } from "news-events/check";
 * import { toJsonLd } from "news-events/jsonld";
 *
 * const report = checkJsonLd(toJsonLd(doc), { rules: { "google/image-ratios": "off", "graph/orphan": "error" } });
 * if (report.errors.length > 0) process.exitCode = 1;
 * ```
 */
export function checkJsonLd(input: unknown, options: CheckOptions = {}): CheckReport {
  const findings = startFindings(options);
  let shaped: boolean;
  try {
    shaped = isRecord(input) || Array.isArray(input);
  } catch (error) {
    // A revoked proxy cannot even be asked whether it is an array.
    findings.add(INTERNAL, false, undefined, "", `could not be checked: ${describeThrown(error)}`);
    return findings.report();
  }
  if (!shaped) findings.add(NOT_OBJECT, false, undefined, "", "must be a JSON-LD object or an array of them");
  else runRules(findings, input, [{ value: input, block: undefined }], checkOptions(options));
  return findings.report();
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
  const findings = startFindings(options);
  // No type stops a JavaScript caller: what is not text is a finding, never a TypeError.
  if (typeof text !== "string")
    findings.add(NOT_OBJECT, false, undefined, "", `must be JSON-LD text (got ${typeof text})`);
  else checkBlocksInto(findings, [text], checkOptions(options));
  // One block: pointers into it, without the block's index.
  return findings.report(false);
}

/**
 * An empty (or blank) block or file: what a JSON parser says of it ("ends where a value was
 * expected") does not tell that nothing is there at all.
 */
export const EMPTY_BLOCK = "is empty: expected a JSON-LD object or an array of them";

/** A block's JSON-LD object (or array), or undefined with the finding that says why not. */
function parseBlock(findings: Findings, text: string, at: { block: number; pointer: string }): object | undefined {
  if (/^[\t\n\r ]*$/.test(text)) {
    findings.add(SYNTAX, false, at, "", EMPTY_BLOCK);
    return undefined;
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (value !== null && typeof value === "object") return value;
    findings.add(NOT_OBJECT, false, at, "", "must be a JSON-LD object or an array of them");
  } catch (error) {
    const { why, line, column } = syntaxFault(text, describeThrown(error));
    const message = `is not valid JSON at line ${line}, column ${column}: ${why}`;
    findings.add(SYNTAX, false, at, "", message, { error: why, line, column });
  }
  return undefined;
}

/**
 * Parses each block, reporting those that are not JSON objects and those that could break out of
 * a `<script>` element, then runs the rules over the parsed blocks together; returns what they
 * read (undefined when no block parsed, or the check failed).
 */
export function checkBlocksInto(
  findings: Findings,
  blocks: readonly string[],
  options: CheckOptions,
  canonicalFromPage = false,
): CheckContext | undefined {
  const roots: CheckRoot[] = [];
  blocks.forEach((text: unknown, block) => {
    const at = { block, pointer: "" };
    if (typeof text !== "string") {
      findings.add(NOT_OBJECT, false, at, "", `must be JSON-LD text (got ${typeof text})`);
      return;
    }
    const value = parseBlock(findings, text, at);
    if (value !== undefined) roots.push({ value, block, text });
    if (mayBeUnsafe(text) && UNSAFE.test(text))
      findings.add(
        UNSAFE_IN_SCRIPT,
        false,
        at,
        "",
        'contains "<!--", "<script", "</script" or a raw U+2028/U+2029: escape "<" and them as \\uXXXX before putting the JSON in a <script> element',
      );
  });
  return roots.length > 0
    ? runRules(
        findings,
        roots.map((r) => r.value),
        roots,
        options,
        canonicalFromPage,
      )
    : undefined;
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
 *   `url` and `mainEntityOfPage` must then equal it. `rules` sets a severity per rule.
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
  const findings = startFindings(options);
  if (!Array.isArray(blocks))
    findings.add(NOT_OBJECT, false, undefined, "", `must be a list of JSON-LD texts (got ${typeof blocks})`);
  else checkBlocksInto(findings, blocks, checkOptions(options));
  return findings.report(true);
}

/**
 * Where JSON.parse stopped, as a line and column of the block (1-based), from the offset V8 names
 * ("… in JSON at position 64", "… after JSON at position 7"; the end of the text when it names none), and its words without it.
 * A page's blocks are then described in words by their line in the page (page.ts).
 */
function syntaxFault(text: string, thrown: string): { why: string; line: number; column: number } {
  const match = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?/.exec(thrown);
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  const why = thrown.replace(/^SyntaxError: /, "").replace(match?.[0] ?? "", "");
  let line = 1;
  let start = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    start = at + 1;
  }
  return { why, line, column: offset - start + 1 };
}
