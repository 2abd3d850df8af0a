import type { ProblemParams } from "../core/issue.js";
import type { CheckContext } from "./context.js";
import type { Place } from "./nodes.js";
import type { Severity } from "./report.js";

/**
 * How a rule reports: bound to the rule, so a finding cannot carry another rule's id. `at` is a
 * node (or any {@link Place}; undefined for the whole input) and `path` the pointer below it
 * (`"/headline"`, or `""` for the node itself).
 */
export interface Report {
  /** A finding at the rule's severity. */
  add(at: Place | undefined, path: string, message: string, params?: ProblemParams): void;
  /** A finding of the rule's lesser case, at its {@link Rule.lesser} severity. */
  lesser(at: Place | undefined, path: string, message: string, params?: ProblemParams): void;
}

/**
 * One rule of the checker, as data: its id, its default severity and one line saying what it asks.
 *
 * A few rules have a lesser case, reported one step lower (an author's name with an honorific is
 * a warning where a byline in it is an error): the case is part of the same rule, so the rule
 * keeps one id, and `lesser` says the case's severity. A severity set for the rule in
 * `options.rules` applies to all its findings, lesser case included.
 *
 * @example
 * ```ts
 * import { RULES } from "news-events/check";
 *
 * const rule = RULES.find((r) => r.id === "google/headline");
 * rule?.severity; // => "error"
 * ```
 */
export interface Rule<Id extends string = string> {
  /** Stable id, `group/name`: vocabulary/…, graph/…, google/…, event/…, text/…, json/…, html/…, check/…. */
  readonly id: Id;
  /** The severity of its findings unless `options.rules` sets another. */
  readonly severity: Severity;
  /** The severity of its lesser case, for the few rules that have one. */
  readonly lesser?: Severity;
  /** What the rule asks, in one line (the rule table in docs/jsonld-and-seo.md is made of these). */
  readonly summary: string;
  /**
   * The documentation the rule and its severity follow (Google's for the `google/` rules), with
   * the sentence it rests on; left out for the checker's own hygiene rules.
   */
  readonly source?: RuleSource;
}

/**
 * Where a rule comes from: a page and the sentence on it.
 *
 * @example
 * ```ts
 * const source: RuleSource = { url: "https://schema.org/docs/actions.html", quote: "we introduce a notion of property annotations" };
 * ```
 */
export interface RuleSource {
  /** The page. */
  readonly url: string;
  /** The sentence the rule rests on, as written there. */
  readonly quote: string;
}

/** A rule with the code that looks for it (internal: the public {@link Rule} is its data). */
export interface RuleDefinition<Id extends string = string> extends Rule<Id> {
  /**
   * Looks for the rule's findings in a graph. Left out for the rules that reading the input
   * reports (JSON syntax, a page without JSON-LD…).
   */
  readonly run?: (ctx: CheckContext, report: Report) => void;
}

/**
 * Defines a rule, keeping its id's literal type (the union of ids, `RuleId`, is made of them).
 *
 * @example
 * ```ts
 * const empty = rule({ id: "text/empty", severity: "warning", summary: "text is not empty", run: () => {} });
 * ```
 */
export function rule<const Id extends string>(definition: RuleDefinition<Id>): RuleDefinition<Id> {
  return definition;
}

/**
 * The raw values a message names, kept as data: strings, numbers and booleans as they are;
 * anything else (an object, undefined) is left out, its preview being in the message only.
 *
 * @example
 * ```ts
 * paramsOf({ got: "2023-11-08", id: undefined }); // => { got: "2023-11-08" }
 * ```
 */
export function paramsOf(values: Readonly<Record<string, unknown>>): ProblemParams {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(values))
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = value;
  return out;
}
