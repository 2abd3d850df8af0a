import type { Quantity } from "../../generated/types.js";
import type { DocumentContext, Path } from "./context.js";
import { checkQuantityAlone, numberAndUnitHold } from "./quantity-number.js";
import { isCalendarDate } from "../../model/calendar.js";
import { checkCalendarDate } from "./dates.js";
import { checkEvidenceList, spansHold } from "./evidence.js";
import { ACTOR_OR_PLACE, ANY_ACTOR, checkRef, refHolds } from "./references.js";

/*
 * Quantities: a figure is stated either as one number (exact, about, a bound) or as a range, never
 * both; money has its currency and only money has one; a percentage is a share of votes or seats
 * and at most 100; the entities it belongs to and was counted by are the document's.
 */

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
  checkQuantityAlone(quantity, at, context.add);
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
  if (!numberAndUnitHold(precision, value, min, max, counts, unit)) return false;
  return (
    (quantity.of === undefined || refHolds(context, quantity.of, ACTOR_OR_PLACE)) &&
    (quantity.countedBy === undefined || refHolds(context, quantity.countedBy, ANY_ACTOR)) &&
    (quantity.asOf === undefined || isCalendarDate(quantity.asOf)) &&
    spansHold(context, quantity.evidence)
  );
}

/** A quantity's place in the document, from a pointer at it or into it: its event's and its own index. */
const QUANTITY_TARGET = /^\/events\/(0|[1-9][0-9]*)\/quantities\/(0|[1-9][0-9]*)(?:\/|$)/;

/** What a quantity counts, as one string: the known token, or the coded term's scheme and code. */
const countsKey = (counts: Quantity["counts"]) =>
  typeof counts === "string" ? counts : `${counts.scheme} ${counts.code}`;

/**
 * A verification's verified figure (`verified.quantity` of the verification at `at`): its target
 * is a quantity of the document, it counts what that quantity counts, it has no id of its own (the
 * verification's names it), and it holds as a quantity does (number, unit, references, evidence).
 *
 * @example
 * ```ts
 * checkVerifiedQuantity(context, "/events/0/quantities/0", { counts: "injured", precision: "exact", value: 41, text: "41" }, ["verifications", 0]); // "inconsistent" at …/verified/quantity/counts when the stated figure counts killed
 * ```
 */
export function checkVerifiedQuantity(context: DocumentContext, target: string, quantity: Quantity, at: Path): void {
  const path = at.concat("verified", "quantity");
  const m = QUANTITY_TARGET.exec(target);
  const stated = m ? context.doc.events?.[Number(m[1])]?.quantities?.[Number(m[2])] : undefined;
  if (!m)
    context.add(
      "inconsistent",
      path,
      `is only for a verification of a figure: its target is a quantity, such as /events/0/quantities/0 (got ${target})`,
    );
  else if (stated !== undefined && countsKey(stated.counts) !== countsKey(quantity.counts))
    context.add(
      "inconsistent",
      path.concat("counts"),
      `must count what the stated figure counts (${countsKey(stated.counts)}; got ${countsKey(quantity.counts)})`,
    );
  if (quantity.id !== undefined)
    context.add(
      "inconsistent",
      path.concat("id"),
      "is not given for a verified figure: the verification's id names it",
    );
  if (!quantityHolds(context, quantity)) checkQuantity(context, quantity, path);
}
