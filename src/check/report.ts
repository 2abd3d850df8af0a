import type { Problem, ProblemParams } from "../core/issue.js";
import type { Place } from "./nodes.js";
import type { Rule } from "./rule.js";
import type { RuleId } from "./rules/index.js";

/** How serious a finding is: an error fails a build, a warning should be looked at, a note informs. */
export type Severity = "error" | "warning" | "note";

/**
 * One finding of the JSON-LD checker: the library's one problem shape ({@link Problem}), its
 * `code` the id of the rule that found it, with the finding's severity.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   code: "google/date-offset",
 *   rule: "google/date-offset",
 *   severity: "error",
 *   pointer: "/@graph/1/datePublished",
 *   message: 'must have a UTC offset (got "2023-11-08T12:00:00")',
 *   params: { got: "2023-11-08T12:00:00" },
 * };
 * ```
 */
export interface Finding extends Problem<RuleId> {
  /** error, warning or note: the rule's default, or what `options.rules` set for it. */
  readonly severity: Severity;
  /** The same as `code`: the rule's id, `group/name` (the name it had before `code` existed). */
  readonly rule: RuleId;
}

/** Everything the checker found, by severity (on a page, each finding also says where: `PageFinding`). */
export interface CheckReport<F extends Finding = Finding> {
  /** Findings that should fail a build. */
  readonly errors: readonly F[];
  /** Findings that deserve a look. */
  readonly warnings: readonly F[];
  /** Information, such as pending schema.org terms. */
  readonly notes: readonly F[];
}

/** A severity for one rule in `options.rules`: `off` drops its findings. */
export type RuleSetting = Severity | "off";

/** A finding with the block it is in, while the rules run. */
export interface PlacedFinding {
  /** The page's block, or undefined for a lone input. */
  readonly block: number | undefined;
  /** The finding; its pointer is into the block. */
  readonly finding: Finding;
}

/** Collects findings while the rules run, at the severity each rule is set to. */
export class Findings {
  readonly all: PlacedFinding[] = [];

  /** @param settings - Severities set per rule id (already checked to be rules and severities). */
  constructor(private readonly settings: ReadonlyMap<string, RuleSetting> = new Map()) {}

  /**
   * Adds a finding of a rule at a place (undefined: the whole input) plus a path below it. The
   * lesser case of a rule (see {@link Rule.lesser}) takes the rule's lesser severity, unless a
   * severity was set for the rule: then every finding of the rule has that one.
   */
  add(rule: Rule, lesser: boolean, at: Place | undefined, path: string, message: string, params?: ProblemParams): void {
    const severity = this.settings.get(rule.id) ?? (lesser ? (rule.lesser ?? rule.severity) : rule.severity);
    if (severity === "off") return;
    const id = rule.id as RuleId;
    const pointer = (at?.pointer ?? "") + path;
    const finding: Finding =
      params === undefined
        ? { code: id, rule: id, severity, pointer, message }
        : { code: id, rule: id, severity, pointer, message, params };
    this.all.push({ block: at?.block, finding });
  }

  /** The findings by severity; with `withBlock`, each pointer starts with its block's index. */
  report(withBlock = false): CheckReport {
    const list = this.all.map(({ block, finding }) =>
      withBlock && block !== undefined ? { ...finding, pointer: `/${block}${finding.pointer}` } : finding,
    );
    return bySeverity(list);
  }
}

/** Findings split by severity, in the order they were found. */
export function bySeverity<F extends Finding>(list: readonly F[]): { errors: F[]; warnings: F[]; notes: F[] } {
  return {
    errors: list.filter((f) => f.severity === "error"),
    warnings: list.filter((f) => f.severity === "warning"),
    notes: list.filter((f) => f.severity === "note"),
  };
}
