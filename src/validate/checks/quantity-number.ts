import type { Quantity } from "../../generated/types.js";
import type { AddIssue, Path } from "./context.js";

/*
 * A quantity's number and unit, which need no document: stated either as one number (exact, about,
 * a bound) or as a range, never both; money has its currency and only money has one; a percentage
 * is a share of votes or seats and at most 100; a unit of measure (UCUM, a Wikidata unit) is for a
 * measurement, whose counts is a coded term (a magnitude, a depth, a sentence's length). Checked for an event alone (validateEvent, the one
 * pass's hook) and in a document (quantities.ts, which adds the references and evidence).
 */

/** The known counts a percentage can be of: shares of votes, of the electorate and of seats. */
const SHARES: ReadonlySet<string> = new Set(["votes-for", "votes-against", "abstentions", "turnout", "seats"]);

/**
 * Whether a quantity's number and unit hold, given as read (the one pass's hook, and
 * {@link quantityHolds}): a range has min ≤ max and no value, any other precision a value and no
 * min or max; a currency exactly for money, percent only for shares, at most 100, a unit of measure
 * only for a coded term.
 *
 * @example
 * ```ts
 * numberAndUnitHold("range", undefined, 30, 20, "killed", undefined); // => false (max below min)
 * ```
 */
export function numberAndUnitHold(
  precision: Quantity["precision"],
  value: number | undefined,
  min: number | undefined,
  max: number | undefined,
  counts: Quantity["counts"],
  unit: string | undefined,
): boolean {
  const numberHolds =
    precision === "range"
      ? min !== undefined && max !== undefined && !(max < min) && value === undefined
      : value !== undefined && min === undefined && max === undefined;
  if (!numberHolds) return false;
  const known = typeof counts === "string" ? counts : undefined;
  if (known === "money") return unit !== undefined && isCurrency(unit);
  if (unit === undefined) return true;
  // A unit of measure (UCUM, or a Wikidata unit) is for what a coded term measures.
  if (unit !== "percent") return known === undefined && !isCurrency(unit);
  if (known !== undefined && !SHARES.has(known)) return false;
  const top = precision === "range" ? max : value;
  return top === undefined || top <= 100;
}

/**
 * Whether a unit the schema accepted is a currency: ISO 4217's codes are three capital letters,
 * which no case-sensitive UCUM code is (UCUM's capitals-only codes are its case-insensitive form).
 */
const isCurrency = (unit: string) => unit.length === 3 && /^[A-Z]{3}$/.test(unit);

/**
 * Every issue of a quantity's number and unit at `at`, which need nothing of a document: checked
 * for an event alone too (validateEvent, a feed of events), where its references and evidence have
 * no document to be read against.
 *
 * @example
 * ```ts
 * checkQuantityAlone({ counts: "killed", precision: "range", min: 30, max: 20, text: "t" }, ["quantities", 0], add); // "inconsistent" at /quantities/0/max
 * ```
 */
export function checkQuantityAlone(quantity: Quantity, at: Path, add: AddIssue): void {
  checkNumber(add, quantity, at);
  checkUnit(add, quantity, at);
}

/** A range has min ≤ max and no value; any other precision has a value and no min or max. */
function checkNumber(add: AddIssue, quantity: Quantity, at: Path): void {
  const { precision, value, min, max } = quantity;
  if (precision === "range") {
    if (min === undefined || max === undefined)
      add("required", at.concat(min === undefined ? "min" : "max"), `is required for a range ("${quantity.text}")`);
    else if (max < min) add("inconsistent", at.concat("max"), `must not be below min (${min}; got ${max})`);
    if (value !== undefined)
      add("inconsistent", at.concat("value"), "is not given for a range: its ends are min and max");
    return;
  }
  if (value === undefined)
    add("required", at.concat("value"), `is required for precision ${precision} (a range gives min and max)`);
  for (const key of ["min", "max"] as const)
    if (quantity[key] !== undefined)
      add(
        "inconsistent",
        at.concat(key),
        `is only for precision range (got ${precision}): the number ${precision === "exact" ? "is" : "bounds"} value`,
      );
}

/** A currency exactly for money; percent only for shares (or a coded count), at most 100; a unit of measure only for a coded term. */
function checkUnit(add: AddIssue, quantity: Quantity, at: Path): void {
  const { counts, unit } = quantity;
  const known = typeof counts === "string" ? counts : undefined;
  if (known === "money") {
    if (unit === undefined || !isCurrency(unit))
      add(
        "required",
        at.concat("unit"),
        `is required for money: its ISO 4217 currency code, such as USD${unit === undefined ? "" : ` (got ${unit})`}`,
      );
    return;
  }
  if (unit === undefined) return;
  if (unit !== "percent") {
    if (isCurrency(unit))
      add(
        "inconsistent",
        at.concat("unit"),
        `is a currency (${unit}), which only money has (counts "${known ?? "a term"}")`,
      );
    else if (known !== undefined)
      add(
        "inconsistent",
        at.concat("unit"),
        // "%" is UCUM's percent, a unit of measure: a share written with it meant the token.
        unit === "%" && SHARES.has(known)
          ? `is UCUM's percent, a unit of measure: a share of ${known} is written "percent"`
          : `is a unit of measure (${unit}), which a count of ${known} does not have: a measurement's counts is a coded term for what it measures`,
      );
    return;
  }
  if (known !== undefined && !SHARES.has(known))
    add(
      "inconsistent",
      at.concat("unit"),
      `is percent, a share of votes, turnout or seats, not of ${known}: give the number, or a coded term for the share`,
    );
  const top = quantity.precision === "range" ? quantity.max : quantity.value;
  if (top !== undefined && top > 100)
    add(
      "inconsistent",
      at.concat(quantity.precision === "range" ? "max" : "value"),
      `is a percentage above 100 (got ${top})`,
    );
}
