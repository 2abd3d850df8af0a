import { describeThrown } from "../core/error.js";
import { pointerText, type Issue } from "../core/issue.js";
import { escapePointerSegment } from "../core/pointer.js";
import { typeIssue } from "../core/type-issue.js";

/*
 * Where a value JSON cannot hold is: a cycle, a number that is not finite, a getter that throws.
 * Only ever run once something has gone wrong (the guard's walk went too deep or was thrown out
 * of, JSON.stringify threw or wrote a null), so a valid input never pays for it; it names the
 * place, where the error said only "Maximum call stack size exceeded" or "Converting circular
 * structure to JSON" before (found by a trial of the packed package).
 */

/** The issue of a value that is one of the objects it is inside (at `ancestor`). */
function circular(pointer: string, ancestor: string): Issue {
  return {
    code: "circular-reference",
    pointer,
    message: `contains itself (it is the object at ${pointerText(ancestor)}): JSON cannot hold a cycle`,
    params: { ancestor },
  };
}

/**
 * The issue of a value that could not be read: a getter or a proxy's trap threw.
 *
 * @example
 * ```ts
 * unreadable("/publisher/name", new Error("boom")).message; // => "could not be read: Error: boom"
 * ```
 */
export function unreadable(pointer: string, error: unknown): Issue {
  const thrown = describeThrown(error);
  return { code: "unreadable", pointer, message: `could not be read: ${thrown}`, params: { error: thrown } };
}

/**
 * Every cycle and every value JSON cannot write in `root` (a number that is not finite, which
 * `JSON.stringify` writes as null; a BigInt, which it throws on), in the order of its keys, at
 * most `max`. Iterative, and each object read once: a graph nested 100,000 levels deep or shared
 * a million times costs no stack and no repeated work. Never throws: a value that cannot be read
 * is an `unreadable` issue where it is.
 *
 * @example
 * ```ts
 * const graph: Record<string, unknown> = { "@graph": [{ width: NaN }] };
 * graph["self"] = graph;
 * jsonFaults(graph).map((issue) => issue.pointer); // => ["/@graph/0/width", "/self"]
 * ```
 */
export function jsonFaults(root: unknown, max = 100): Issue[] {
  const issues: Issue[] = [];
  // The objects being read (each with its pointer), and those read to the end.
  const open = new Map<object, string>();
  const done = new Set<object>();
  const frames: { value: object; keys: string[]; next: number; pointer: string }[] = [];
  let reading = "";
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value === "bigint") issues.push(typeIssue(pointer, "a JSON value", value));
    else if (typeof value === "number" && !Number.isFinite(value)) issues.push(typeIssue(pointer, "number", value));
    else if (value === null || typeof value !== "object" || done.has(value)) return;
    else {
      const ancestor = open.get(value);
      if (ancestor !== undefined) return void issues.push(circular(pointer, ancestor));
      open.set(value, pointer);
      frames.push({ value, keys: Object.keys(value), next: 0, pointer });
    }
  };
  try {
    visit(root, "");
    for (let frame = frames[frames.length - 1]; frame && issues.length < max; frame = frames[frames.length - 1]) {
      const key = frame.keys[frame.next++];
      if (key === undefined) {
        frames.pop();
        open.delete(frame.value);
        done.add(frame.value);
        continue;
      }
      reading = `${frame.pointer}/${escapePointerSegment(key)}`;
      visit((frame.value as Record<string, unknown>)[key], reading);
    }
  } catch (error) {
    issues.push(unreadable(reading, error));
  }
  return issues;
}
