import { issueText, type Issue } from "./issue.js";

/**
 * The one error the throwing variants (`assertDocument`, `assertEvent`) raise. Its message names
 * the first issue and how many more there are; `issues` holds them all.
 *
 * @example
 * ```ts
 * try {
 *   assertDocument(input);
 * } catch (error) {
 *   if (isNewsEventsError(error)) console.error(error.issues.map(formatIssue).join("\n"));
 * }
 * ```
 */
export class NewsEventsError extends Error {
  /** Always "NewsEventsError", also in other realms (see {@link isNewsEventsError}). */
  override readonly name = "NewsEventsError" as const;
  /** Every issue found, at least one. */
  readonly issues: readonly [Issue, ...Issue[]];

  /**
   * @param what - What was being validated ("document", "event").
   * @param issues - The issues found.
   */
  constructor(what: string, issues: readonly [Issue, ...Issue[]]) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? "s" : ""})` : "";
    super(`Invalid ${what}: ${issueText(issues[0])}${more}`);
    this.issues = issues;
  }
}

/**
 * True for a {@link NewsEventsError}, also across realms or duplicate copies of the package
 * (it checks the name, not only `instanceof`).
 *
 * @example
 * ```ts
 * isNewsEventsError(new NewsEventsError("event", [{ code: "required", pointer: "/kind", message: "is required but missing" }]));
 * // => true
 * ```
 */
export function isNewsEventsError(error: unknown): error is NewsEventsError {
  return (
    error instanceof NewsEventsError ||
    (error instanceof Error &&
      error.name === "NewsEventsError" &&
      Array.isArray((error as { issues?: unknown }).issues))
  );
}

/**
 * A one-line description of anything thrown, which itself never throws: a hostile value can have
 * a throwing `toString`, a throwing `message` getter or no prototype at all.
 *
 * @example
 * ```ts
 * describeThrown(new RangeError("Maximum call stack size exceeded")); // => "RangeError: Maximum call stack size exceeded"
 * describeThrown(Object.create(null)); // => "a value that cannot be described"
 * ```
 */
export function describeThrown(error: unknown): string {
  try {
    return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split("\n")[0] ?? "";
  } catch {
    return "a value that cannot be described";
  }
}

/** True for the engine's stack overflow (deep nesting), not for other RangeErrors such as a string too long. */
export function isStackOverflow(error: unknown): boolean {
  try {
    return error instanceof RangeError && /call stack/i.test(error.message);
  } catch {
    return false;
  }
}

/**
 * Throws a {@link NewsEventsError} about `what` carrying `issues`, when there is any; returns
 * when there is none.
 *
 * @example
 * ```ts
 * throwIssues("JSON-LD options", []); // returns
 * throwIssues("JSON-LD options", [{ code: "required", pointer: "/options/speakable", message: "needs cssSelector or xpath" }]); // throws
 * ```
 */
export function throwIssues(what: string, issues: readonly Issue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new NewsEventsError(what, [first, ...rest]);
}
