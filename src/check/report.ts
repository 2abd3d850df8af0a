/** How serious a finding is: an error fails a build, a warning should be looked at, a note informs. */
export type Severity = "error" | "warning" | "note";

/**
 * One finding of the JSON-LD checker.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   severity: "error",
 *   rule: "google/date-offset",
 *   pointer: "/@graph/1/datePublished",
 *   message: 'must have a UTC offset (got "2023-11-08T12:00:00")',
 * };
 * ```
 */
export interface Finding {
  /** error, warning or note. */
  readonly severity: Severity;
  /** Stable rule id, `group/name`: vocabulary/…, graph/…, google/…, event/…, text/…, json/…. */
  readonly rule: string;
  /** JSON Pointer into the checked JSON-LD. */
  readonly pointer: string;
  /** What is wrong and what is expected. */
  readonly message: string;
}

/** Everything the checker found, by severity. */
export interface CheckReport {
  /** Findings that should fail a build. */
  readonly errors: readonly Finding[];
  /** Findings that deserve a look. */
  readonly warnings: readonly Finding[];
  /** Information, such as pending schema.org terms. */
  readonly notes: readonly Finding[];
}

/** Collects findings while the rules run. */
export class Findings {
  readonly all: Finding[] = [];

  add(severity: Severity, rule: string, pointer: string, message: string): void {
    this.all.push({ severity, rule, pointer, message });
  }

  report(): CheckReport {
    return {
      errors: this.all.filter((f) => f.severity === "error"),
      warnings: this.all.filter((f) => f.severity === "warning"),
      notes: this.all.filter((f) => f.severity === "note"),
    };
  }
}
