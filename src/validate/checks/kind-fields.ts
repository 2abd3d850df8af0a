import type { Evidence, FuzzyDate, NewsDocument, Quantity } from "../../generated/types.js";
import { kindOf, type KindDefinition, type KindField } from "../../core/kinds.js";
import { eachAtPath } from "../../core/kind-path.js";
import { isRecord } from "../../core/json.js";
import type { Issue } from "../../core/issue.js";
import { isCalendarDate } from "../../model/calendar.js";
import { toPointer } from "../../core/pointer.js";
import { DocumentContext, type AddIssue, type Path, type Target } from "./context.js";
import { checkCalendarDate, checkFuzzyDate, checkFuzzyDateValue } from "./dates.js";
import { checkEvidenceList } from "./evidence.js";
import { unrealDate } from "./unreal-date.js";
import { checkRef, collectIds, refersToTargets } from "./references.js";
import { checkQuantity } from "./quantities.js";
import { checkQuantityAlone } from "./quantity-number.js";

/*
 * The document checks of a user-defined kind's own properties. The properties every event has
 * (date, location, evidence, participants…) are checked by checks/events.ts like a built-in kind's;
 * `kinds build` lists where the kind's own ids, evidence and dates are (KindDefinition.fields), and
 * this walks those places with the same checks.
 */

/** Calls `visit` with each value at `path` under `value` and where it is (`at` and the steps to it). */
const eachAt = (value: unknown, path: readonly string[], at: Path, visit: (value: unknown, at: Path) => void): void =>
  eachAtPath(value, path, (found, steps) => visit(found, [...at, ...steps]));

/** Each field's targets, made once (the list itself says whether an event of any kind may be named). */
const ALLOWED = new WeakMap<KindField, readonly Target[] | null>();

/** What a reference field may name: its `refersTo`, or any entity or event (null) without one. */
function allowedOf(field: KindField): readonly Target[] | null {
  let allowed = ALLOWED.get(field);
  if (allowed === undefined) {
    allowed = Array.isArray(field.refersTo) && field.refersTo.length > 0 ? refersToTargets(field.refersTo) : null;
    ALLOWED.set(field, allowed);
  }
  return allowed;
}

/** One listed field of one event: evidence lists are checked as a list, like a built-in kind's. */
function checkField(context: DocumentContext, event: unknown, field: KindField, at: Path): void {
  const evidenceList = field.check === "evidence" && field.path[field.path.length - 1] === "*";
  const path = evidenceList ? field.path.slice(0, -1) : field.path;
  eachAt(event, path, at, (value, where) => {
    // A quantity or a fuzzy date is an object; `*` over a map's values may meet others.
    const object: boolean = isRecord(value);
    if (field.check === "reference" && typeof value === "string") checkRef(context, value, allowedOf(field), where);
    else if (field.check === "fuzzy-date" && object) checkFuzzyDate(context, value as FuzzyDate, where);
    else if (field.check === "calendar-date" && typeof value === "string") checkCalendarDate(context, value, where);
    else if (field.check === "quantity" && object) checkKindQuantity(context, value as Quantity, where);
    else if (evidenceList && Array.isArray(value))
      checkEvidenceList(context, value as Evidence[], where.slice(0, -1), String(where[where.length - 1]));
  });
}

/** A quantity in a kind's own field: its id among the document's, then what an event's quantity is held to. */
function checkKindQuantity(context: DocumentContext, quantity: Quantity, at: Path): void {
  if (quantity.id !== undefined && !context.ids.add(quantity.id, "quantity", quantity))
    context.add("duplicate-id", at.concat("id"), `"${quantity.id}" is already used`, { id: quantity.id });
  checkQuantity(context, quantity, at);
}

/**
 * The issues of the user-defined kinds' own properties in a schema-valid document: their ids
 * resolve, their evidence matches the body, their dates are real.
 *
 * @example
 * ```ts
 * kindFieldIssues(doc, kinds); // => [{ code: "dangling-reference", pointer: "/events/0/candidates/1/entity", … }]
 * ```
 */
export function kindFieldIssues(doc: NewsDocument, kinds: readonly KindDefinition[]): Issue[] {
  const context = new DocumentContext(doc);
  collectIds(context);
  // The ids' own issues (a duplicate) are the document checks' to report.
  const start = context.issues.length;
  doc.events?.forEach((event, i) => {
    for (const field of kindOf(kinds, event)?.fields ?? []) checkField(context, event, field, ["events", i]);
  });
  return context.issues.slice(start);
}

/**
 * The checks of a kind's own dates in one event outside a document (no ids or body to look in).
 *
 * @example
 * ```ts
 * standaloneKindFieldIssues(election, kind); // => [{ code: "invalid-date", pointer: "/polls/0/value", … }] for 2024-02-30
 * ```
 */
export function standaloneKindFieldIssues(event: unknown, kind: KindDefinition): Issue[] {
  const issues: Issue[] = [];
  const add: AddIssue = (code, path, message, params) =>
    issues.push({ code, pointer: toPointer(path), message, ...(params !== undefined && { params }) });
  for (const field of kind.fields ?? []) {
    eachAt(event, field.path, [], (value, at) => {
      if (field.check === "fuzzy-date") checkFuzzyDateValue(value as FuzzyDate, at, add);
      if (field.check === "calendar-date" && typeof value === "string" && !isCalendarDate(value))
        add("invalid-date", at, ...unrealDate(value));
      if (field.check === "quantity") checkStandaloneQuantity(value as Quantity, at, add);
    });
  }
  return issues;
}

/** A kind's quantity outside a document: its number, unit and date (nothing to resolve its ids in). */
function checkStandaloneQuantity(quantity: Quantity, at: Path, add: AddIssue): void {
  checkQuantityAlone(quantity, at, add);
  const { asOf } = quantity;
  if (asOf !== undefined && !isCalendarDate(asOf)) add("invalid-date", at.concat("asOf"), ...unrealDate(asOf));
}
