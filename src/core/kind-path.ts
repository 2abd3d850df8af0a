/*
 * The steps of a KindField's path (core/kinds.ts) that stand for many values: `*`, every item of an
 * array or value of an object; `*{…}`, the values of an object whose keys a schema's
 * `patternProperties` (`match`) or `additionalProperties` (every key but those `except` names and
 * those `unmatched` patterns take) give a schema. The document checks and the tables read both.
 */

/** What a `*{…}` step says, as `kinds build` writes it (kinds-fields.ts). */
export interface ValueStep {
  /** A `patternProperties` pattern: only keys it matches. */
  readonly match?: string;
  /** The `properties` beside an `additionalProperties`: not these keys. */
  readonly except?: readonly string[];
  /** The `patternProperties` beside an `additionalProperties`: not the keys these match. */
  readonly unmatched?: readonly string[];
}

/** A pattern as Ajv compiles a schema's (Unicode); one that does not compile matches nothing. */
function patternOf(source: string): RegExp | undefined {
  try {
    return new RegExp(source, "u");
  } catch {
    return undefined;
  }
}

const ALL = (): boolean => true;
/** Each step's test of an object's keys, made once. */
const made = new Map<string, ((key: string) => boolean) | null>();

/**
 * The test of an object's keys a path step takes, or undefined for a step that names one
 * property or a tuple's item.
 *
 * @example
 * ```ts
 * keysOfStep("*")?.("any"); // => true
 * keysOfStep('*{"except":["total"]}')?.("total"); // => false
 * keysOfStep("name"); // => undefined
 * ```
 */
export function keysOfStep(step: string): ((key: string) => boolean) | undefined {
  if (step === "*") return ALL;
  if (!step.startsWith("*{")) return undefined;
  let test = made.get(step);
  if (test === undefined) {
    test = null;
    try {
      const { match, except = [], unmatched = [] } = JSON.parse(step.slice(1)) as ValueStep;
      const only = match === undefined ? undefined : patternOf(match);
      const names = new Set(except);
      const others = unmatched.map(patternOf);
      test = (key) =>
        (match === undefined || only?.test(key) === true) &&
        !names.has(key) &&
        !others.some((pattern) => pattern?.test(key) === true);
    } catch {
      // A step no build wrote: it takes no key.
    }
    if (made.size < 1000) made.set(step, test);
  }
  return test ?? (() => false);
}

/**
 * A step that stands for an item of an array or a value of an object (`*`, `*{…}`, a tuple's
 * index), not a property of its own name.
 *
 * @example
 * ```ts
 * isItemStep("*"); // => true
 * isItemStep("0"); // => true
 * isItemStep("share"); // => false
 * isItemStep("*note"); // => false: a property's own name
 * ```
 */
export const isItemStep = (step: string): boolean =>
  step === "*" || step.startsWith("*{") || /^(?:0|[1-9]\d*)$/.test(step);

/**
 * Calls `visit` with each value at `path` under `value` (a KindField's path: a property name, `*`
 * every item of an array or value of an object, `*{…}` the values of the keys it takes, a digit
 * string an array's item) and the steps from `value` to it. What is not there is skipped.
 *
 * @example
 * ```ts
 * eachAtPath({ results: [{ share: 54 }] }, ["results", "*", "share"], (v, steps) => console.log(v, steps));
 * // 54 ["results", 0, "share"]
 * ```
 */
export function eachAtPath(
  value: unknown,
  path: readonly string[],
  visit: (value: unknown, steps: readonly (string | number)[]) => void,
  steps: readonly (string | number)[] = [],
): void {
  if (value === undefined || value === null) return;
  const [head, ...rest] = path;
  if (head === undefined) return visit(value, steps);
  if (typeof value !== "object") return;
  if (Array.isArray(value)) {
    if (head === "*") value.forEach((item, i) => eachAtPath(item, rest, visit, [...steps, i]));
    else if (/^(?:0|[1-9]\d*)$/.test(head) && Number(head) < value.length)
      eachAtPath(value[Number(head)], rest, visit, [...steps, Number(head)]);
    return;
  }
  const record = value as Record<string, unknown>;
  const takes = keysOfStep(head);
  if (takes !== undefined) {
    for (const key of Object.keys(record)) if (takes(key)) eachAtPath(record[key], rest, visit, [...steps, key]);
  } else if (Object.hasOwn(record, head)) eachAtPath(record[head], rest, visit, [...steps, head]);
}
