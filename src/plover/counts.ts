// PLOVER's counts (`dead`, `injured`, `size`) as a document's quantities.
import type { Quantity } from "../generated/types.js";
import type { Reading } from "./reading.js";

const COUNTS = [
  ["dead", "killed"],
  ["injured", "injured"],
  ["size", "participants"],
] as const;

/**
 * The least number a count in words states, as it is read: "thousands" is at least two thousand,
 * "a group" at least two. PLOVER's coders write such words in `size`; a quantity needs its bound.
 */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  group: 2,
  "a group": 2,
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  "tens of thousands": 20_000,
  "hundreds of thousands": 200_000,
  millions: 2_000_000,
};

/** The words before a number that say how it bounds the count, as a quantity's precision. */
const BOUND_WORDS: Readonly<Record<string, Quantity["precision"]>> = {
  "at least": "at-least",
  "more than": "more-than",
  over: "more-than",
  about: "about",
  around: "about",
  some: "about",
  nearly: "about",
  almost: "about",
  "up to": "up-to",
  "at most": "at-most",
  "fewer than": "fewer-than",
  "less than": "fewer-than",
};
const BOUNDED = /^([a-z]+(?: [a-z]+)?) (\d{1,15})$/;
const RANGE = /^(\d{1,15}) ?(?:-|–|to) ?(\d{1,15})$/;

/**
 * A count as a quantity: digits exactly; digits after words that bound them ("at least 145", "more
 * than 550", as toPlover writes a bounded quantity) or a range ("140-150") as written; a count in
 * words as at least its bound; else nothing.
 */
function countOf(counts: Quantity["counts"], text: string): Quantity | undefined {
  const read = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1");
  if (/^\d{1,15}$/.test(read)) return { counts, precision: "exact", value: Number(read), text };
  const bounded = BOUNDED.exec(read);
  const precision =
    bounded && Object.hasOwn(BOUND_WORDS, bounded[1] as string) ? BOUND_WORDS[bounded[1] as string] : undefined;
  if (bounded && precision !== undefined) return { counts, precision, value: Number(bounded[2]), text };
  const range = RANGE.exec(read);
  if (range && Number(range[1]) <= Number(range[2]))
    return { counts, precision: "range", min: Number(range[1]), max: Number(range[2]), text };
  const bound = Object.hasOwn(COUNT_WORDS, read) ? COUNT_WORDS[read] : undefined;
  return bound === undefined ? undefined : { counts, precision: "at-least", value: bound, text };
}

/**
 * `dead`, `injured` and `size` as quantities: a number exactly, a bounded number or a range as
 * written, words ("Thousands") as at least.
 *
 * @example
 * ```ts
 * readCounts(new Reading({ dead: "at least 145" }, ""))[0]; // => { counts: "killed", precision: "at-least", value: 145, text: "at least 145" }
 * ```
 */
export function readCounts(r: Reading): Quantity[] {
  return COUNTS.flatMap(([field, counts]): Quantity[] => {
    const value = r.record[field];
    const text = typeof value === "number" && Number.isFinite(value) ? String(value) : r.text(value);
    if (text === undefined) {
      if (value !== undefined && value !== "") r.unplace(`/${field}`, "not-a-count", `${field} is not a count`);
      return [];
    }
    const quantity = countOf(counts, text);
    if (quantity === undefined)
      r.unplace(`/${field}`, "not-a-count", `"${text}" is neither a number nor a count in words`);
    return quantity === undefined ? [] : [quantity];
  });
}
