import type { Quantity } from "../../generated/types.js";
import type { DocumentContext, Path } from "./context.js";
import { isCalendarDate } from "../../model/calendar.js";
import { checkCalendarDate } from "./dates.js";
import { checkEvidenceList, spansHold } from "./evidence.js";
import { ACTOR_OR_PLACE, ANY_ACTOR, checkRef, refHolds } from "./references.js";

/*
 * Quantities: a figure is stated either as one number (exact, about, a bound) or as a range, never
 * both; money has its currency and only money has one; a percentage is a share of votes or seats
 * and at most 100; the entities it belongs to and was counted by are the document's.
 */

/** The known counts a percentage can be of: shares of votes, of the electorate and of seats. */
const SHARES: ReadonlySet<string> = new Set(["votes-for", "votes-against", "abstentions", "turnout", "seats"]);

/**
 * Every quantity of an event at `path` + `quantities`: its number or range, unit, references, as-of
 * date and evidence. (Ids are registered with the document's in `collectIds`.)
 *
 * @example
 * ```ts
 * checkQuantities(context, event.quantities, ["events", 0]); // "required" at /events/0/quantities/0/value for { precision: "about" } without value
 * ```
 */
export function checkQuantities(context: DocumentContext, quantities: readonly Quantity[] | undefined, path: Path) {
  if (quantities === undefined) return;
  // Most quantities are right: each is first tested in place, and only a wrong one gets its path.
  for (let j = 0; j < quantities.length; j++) {
    const quantity = quantities[j] as Quantity;
    if (!quantityHolds(context, quantity)) checkQuantity(context, quantity, path.concat("quantities", j));
  }
}

/**
 * Every issue of one quantity at `at`: what {@link quantityHolds} answers in place, said with paths
 * and messages (test/validate/fast-paths.test.ts holds the two to the same answer).
 *
 * @example
 * ```ts
 * checkQuantity(context, { counts: "killed", precision: "about", text: "dozens" }, ["events", 0, "quantities", 0]); // "required" at …/value
 * ```
 */
export function checkQuantity(context: DocumentContext, quantity: Quantity, at: Path): void {
  checkNumber(context, quantity, at);
  checkUnit(context, quantity, at);
  if (quantity.of !== undefined) checkRef(context, quantity.of, ACTOR_OR_PLACE, at, "of");
  if (quantity.countedBy !== undefined) checkRef(context, quantity.countedBy, ANY_ACTOR, at, "countedBy");
  checkCalendarDate(context, quantity.asOf, at.concat("asOf"));
  checkEvidenceList(context, quantity.evidence, at, "evidence");
}

/**
 * True when {@link checkQuantity} has nothing to say about the quantity: the same rules as
 * checkNumber and checkUnit, answered without a path or a message.
 *
 * @example
 * ```ts
 * quantityHolds(context, { counts: "killed", precision: "about", text: "dozens" }); // => false (no value)
 * ```
 */
export function quantityHolds(context: DocumentContext, quantity: Quantity): boolean {
  const { precision, value, min, max, counts, unit } = quantity;
  const numberHolds =
    precision === "range"
      ? min !== undefined && max !== undefined && !(max < min) && value === undefined
      : value !== undefined && min === undefined && max === undefined;
  if (!numberHolds) return false;
  const known = typeof counts === "string" ? counts : undefined;
  if (known === "money") {
    if (unit === undefined || unit === "percent") return false;
  } else if (unit !== undefined) {
    if (unit !== "percent" || (known !== undefined && !SHARES.has(known))) return false;
    const top = precision === "range" ? max : value;
    if (top !== undefined && top > 100) return false;
  }
  return (
    (quantity.of === undefined || refHolds(context, quantity.of, ACTOR_OR_PLACE)) &&
    (quantity.countedBy === undefined || refHolds(context, quantity.countedBy, ANY_ACTOR)) &&
    (quantity.asOf === undefined || isCalendarDate(quantity.asOf)) &&
    spansHold(context, quantity.evidence)
  );
}

/** A range has min ≤ max and no value; any other precision has a value and no min or max. */
function checkNumber(context: DocumentContext, quantity: Quantity, at: Path): void {
  const { precision, value, min, max } = quantity;
  if (precision === "range") {
    if (min === undefined || max === undefined)
      context.add(
        "required",
        at.concat(min === undefined ? "min" : "max"),
        `is required for a range ("${quantity.text}")`,
      );
    else if (max < min) context.add("inconsistent", at.concat("max"), `must not be below min (${min}; got ${max})`);
    if (value !== undefined)
      context.add("inconsistent", at.concat("value"), "is not given for a range: its ends are min and max");
    return;
  }
  if (value === undefined)
    context.add("required", at.concat("value"), `is required for precision ${precision} (a range gives min and max)`);
  for (const key of ["min", "max"] as const)
    if (quantity[key] !== undefined)
      context.add(
        "inconsistent",
        at.concat(key),
        `is only for precision range (got ${precision}): the number ${precision === "exact" ? "is" : "bounds"} value`,
      );
}

/** A currency exactly for money; percent only for shares (or a coded count), at most 100. */
function checkUnit(context: DocumentContext, quantity: Quantity, at: Path): void {
  const { counts, unit } = quantity;
  const known = typeof counts === "string" ? counts : undefined;
  if (known === "money") {
    if (unit === undefined || unit === "percent")
      context.add(
        "required",
        at.concat("unit"),
        `is required for money: its ISO 4217 currency code, such as USD${unit === undefined ? "" : " (got percent)"}`,
      );
    return;
  }
  if (unit === undefined) return;
  if (unit !== "percent") {
    context.add(
      "inconsistent",
      at.concat("unit"),
      `is a currency (${unit}), which only money has (counts "${known ?? "a term"}")`,
    );
    return;
  }
  if (known !== undefined && !SHARES.has(known))
    context.add(
      "inconsistent",
      at.concat("unit"),
      `is percent, a share of votes, turnout or seats, not of ${known}: give the number, or a coded term for the share`,
    );
  const top = quantity.precision === "range" ? quantity.max : quantity.value;
  if (top !== undefined && top > 100)
    context.add(
      "inconsistent",
      at.concat(quantity.precision === "range" ? "max" : "value"),
      `is a percentage above 100 (got ${top})`,
    );
}
