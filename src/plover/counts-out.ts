// An event's quantities as a PLOVER record's counts (`dead`, `injured`, `size`): one of each a
// record, so a second count of the same thing is chosen between, or summed, and said.
import type { Quantity } from "../generated/types.js";
import type { Problem } from "../core/issue.js";
import type { PloverRecord } from "./record.js";

/** Why a count of a document's event is not in its PLOVER record as it stands. */
export type PloverLostCode =
  /** A second count of the same thing (killed, injured, participants): a record holds one; the latest by `asOf`, else the first, is written. */
  | "one-count"
  /** Counts of different groups (each its own `of`) written as their sum: the groups are lost. */
  | "summed"
  /** A cancelled meeting: it did not take place, and PLOVER codes what was done, so it has no record. */
  | "not-held"
  /** An event with no PLOVER type (a general event without a `plover` term): it has no record. */
  | "no-type";

/**
 * A part of a document that its PLOVER records do not hold as it stands, with a JSON Pointer into
 * the document.
 *
 * @example
 * ```ts
 * const lost: PloverLost = { code: "one-count", pointer: "/events/0/quantities/1", message: "…", params: { field: "dead" } };
 * ```
 */
export interface PloverLost extends Problem<PloverLostCode> {}

type Counts = Pick<PloverRecord, "dead" | "injured" | "size">;
const FIELDS = { killed: "dead", injured: "injured", participants: "size" } as const;

/** A count as PLOVER writes it: digits when exact, else the quantity's words. */
const written = (q: Quantity) => (q.precision === "exact" && q.value !== undefined ? String(q.value) : q.text);

/**
 * Counts of disjoint groups, to be summed: each exact, each of its own entity (`of`), all as of
 * the same day. A rising toll (other `asOf` days) or two counters' figures for the same dead are
 * no sum.
 */
function disjoint(counts: readonly Quantity[]): boolean {
  const groups = new Set(counts.map((q) => q.of));
  return (
    groups.size === counts.length &&
    !groups.has(undefined) &&
    counts.every((q) => q.precision === "exact" && q.value !== undefined && q.asOf === counts[0]?.asOf)
  );
}

/** The count written of several: the latest when every one says when it was current, else the first. */
function chosen(counts: readonly Quantity[]): { index: number; why: string } {
  if (counts.some((q) => q.asOf === undefined)) return { index: 0, why: "the first is written" };
  let index = 0;
  counts.forEach((q, i) => {
    if ((q.asOf as string) > (counts[index]?.asOf as string)) index = i;
  });
  return { index, why: `the latest (as of ${counts[index]?.asOf}) is written` };
}

/**
 * PLOVER's counts of an event's quantities (at `at` in the document): each field from its one
 * quantity; of several, the sum of disjoint groups, else the latest by `asOf`, else the first,
 * each other one (or the groups of a sum) added to `lost`.
 *
 * @example
 * ```ts
 * ploverCounts([{ counts: "killed", precision: "exact", value: 3, text: "3" }], "/events/0", []); // => { dead: "3" }
 * ```
 */
export function ploverCounts(quantities: readonly Quantity[], at: string, lost: PloverLost[]): Counts {
  const out: Counts = {};
  for (const [counts, field] of Object.entries(FIELDS)) {
    const of = quantities.flatMap((q, i) => (q.counts === counts ? [{ q, i }] : []));
    if (of.length === 0) continue;
    const all = of.map(({ q }) => q);
    const pointers = of.map(({ i }) => `${at}/quantities/${i}`);
    if (of.length > 1 && disjoint(all)) {
      out[field] = String(all.reduce((sum, q) => sum + (q.value ?? 0), 0));
      const message = `${field} is the sum of ${of.length} counts of different groups: who each counts is lost`;
      pointers.forEach((pointer) => lost.push({ code: "summed", pointer, message, params: { field } }));
      continue;
    }
    const { index, why } = chosen(all);
    out[field] = written(all[index] as Quantity);
    const message = `a PLOVER record holds one ${field} count: ${why}`;
    for (const [i, pointer] of pointers.entries())
      if (i !== index)
        lost.push({ code: "one-count", pointer, message, params: { field, written: pointers[index] as string } });
  }
  return out;
}
