import type { Claim, Entity, NewsDocument, NewsEvent, Quote, Verification } from "../generated/types.js";
import { isCalendarDate } from "../model/calendar.js";
import { checkEventConsistency } from "./event-consistency.js";
import type { Issue } from "../core/issue.js";
import { resolvePointer, toPointer } from "../core/pointer.js";
import { checkActorEntity, checkStatementActors } from "./checks/actors.js";
import { checkArticleText, checkCanonicalUrl } from "./checks/article-text.js";
import { DocumentContext, type AddIssue } from "./checks/context.js";
import {
  checkCalendarDate,
  checkFuzzyDate,
  checkFuzzyDateValue,
  checkOrder,
  checkPublicationDates,
} from "./checks/dates.js";
import { checkDeadlines } from "./checks/deadlines.js";
import { checkEvent } from "./checks/events.js";
import { checkImpossibleEvent } from "./checks/impossible.js";
import { checkTerms } from "./checks/terms.js";
import { checkEvidenceList } from "./checks/evidence.js";
import { checkLiveCoverage } from "./checks/live-coverage.js";
import { checkQuantities } from "./checks/quantities.js";
import { checkQuoteWords } from "./checks/quote-words.js";
import {
  ACTOR_OR_SOURCE,
  ANY_ACTOR,
  CLAIM,
  checkRef,
  checkWithin,
  collectIds,
  COUNTRY,
  EVENT,
  SOURCE,
  STATE_OR_BODY,
} from "./checks/references.js";
import { checkRelations } from "./checks/relations.js";
import { checkTimeline } from "./checks/timeline.js";

/*
 * The walk over a schema-valid document: the document-wide checks first, then each part in
 * document order. What each check says is in checks/; the order of the issues is part of the
 * contract (tests pin it), so a new check goes where it is reached in this walk.
 */

/**
 * Checks what JSON Schema cannot say about a schema-valid document: ids are unique and every
 * reference resolves to the right kind of thing, evidence snippets equal the body at their
 * offsets, dates exist and are in order, and verifications point at real statements.
 */
export function checkDocument(doc: NewsDocument): Issue[] {
  const context = new DocumentContext(doc);
  collectIds(context);
  checkPublicationDates(context);
  checkLiveCoverage(context);
  checkCanonicalUrl(context);
  checkArticleText(context);
  doc.entities?.forEach((entity, i) => checkEntity(context, entity, i));
  doc.events?.forEach((event, i) => {
    checkEvent(context, event, ["events", i]);
    // Quantities, relations and deadlines: the facts every kind can state (checks/ says each).
    checkQuantities(context, event.quantities, ["events", i]);
    checkRelations(context, event, ["events", i]);
    checkDeadlines(context, event, ["events", i]);
  });
  checkTimeline(context);
  doc.quotes?.forEach((quote, i) => checkQuote(context, quote, i));
  doc.claims?.forEach((claim, i) => checkClaim(context, claim, i));
  doc.sources?.forEach((source, i) => checkCalendarDate(context, source.published, ["sources", i, "published"]));
  doc.verifications?.forEach((verification, i) => checkVerification(context, verification, i));
  return context.issues;
}

/** An entity: its mentions, a person's positions, where a place or body is, a body's members. */
function checkEntity(context: DocumentContext, entity: Entity, i: number): void {
  const path = ["entities", i];
  checkEvidenceList(context, entity.mentions, path, "mentions");
  if (entity.type === "person") {
    entity.positions?.forEach((position, j) => {
      const at = [...path, "positions", j];
      if (position.of !== undefined) checkRef(context, position.of, STATE_OR_BODY, at, "of");
      checkCalendarDate(context, position.start, [...at, "start"]);
      checkCalendarDate(context, position.end, [...at, "end"]);
      checkOrder(context, position.start, position.end, [...at, "end"], "start");
    });
  }
  if ((entity.type === "organization" || entity.type === "place") && entity.country !== undefined) {
    checkRef(context, entity.country, COUNTRY, path, "country");
  }
  if (entity.type === "place" && entity.within !== undefined)
    checkWithin(context, entity.id, entity.within, [...path, "within"]);
  if (entity.type === "organization")
    entity.members?.forEach((id, j) => checkRef(context, id, STATE_OR_BODY, path, "members", j));
  checkActorEntity(context, entity, path);
}

/** A quote: its speakers, attribution and event, its evidence, and its words in that evidence. */
function checkQuote(context: DocumentContext, quote: Quote, i: number): void {
  const path = ["quotes", i];
  quote.speakers.forEach((id, j) => checkRef(context, id, ANY_ACTOR, path, "speakers", j));
  if (quote.attribution) {
    checkRef(context, quote.attribution.source, ACTOR_OR_SOURCE, [...path, "attribution"], "source");
    checkEvidenceList(context, quote.attribution.evidence, [...path, "attribution"], "evidence");
  }
  checkStatementActors(context, quote, path);
  if (quote.event !== undefined) checkRef(context, quote.event, EVENT, path, "event");
  const before = context.issues.length;
  checkEvidenceList(context, quote.evidence, path, "evidence");
  // Words are looked for only in evidence that is itself right.
  if (context.issues.length === before) checkQuoteWords(quote, path, context.add);
}

/** A claim: what it is about, who makes it, the claim it denies (never itself), its evidence. */
function checkClaim(context: DocumentContext, claim: Claim, i: number): void {
  claim.about?.forEach((id, j) => checkRef(context, id, null, ["claims", i, "about"], j));
  if (claim.claimant !== undefined) checkRef(context, claim.claimant, ANY_ACTOR, ["claims", i], "claimant");
  if (claim.denies === claim.id)
    context.add("inconsistent", ["claims", i, "denies"], "names the claim itself: a denial denies another claim");
  else if (claim.denies !== undefined) checkRef(context, claim.denies, CLAIM, ["claims", i], "denies");
  checkStatementActors(context, claim, ["claims", i]);
  checkEvidenceList(context, claim.evidence, ["claims", i], "evidence");
}

/** A verification: it points at a statement of this document (not at a verification), its sources and dates. */
function checkVerification(context: DocumentContext, verification: Verification, i: number): void {
  const path = ["verifications", i];
  if (!resolvePointer(context.doc, verification.target).found || verification.target.startsWith("/verifications")) {
    context.add(
      "unresolved-target",
      [...path, "target"],
      `must point at a statement in this document (nothing at ${verification.target})`,
    );
  }
  verification.sources?.forEach((id, j) => checkRef(context, id, SOURCE, path, "sources", j));
  checkFuzzyDate(context, verification.verified?.date, [...path, "verified", "date"]);
  checkCalendarDate(context, verification.checked, [...path, "checked"]);
}

const NO_ENTITIES: ReadonlyMap<string, Entity> = new Map();

/** The checks that apply to a single schema-valid event outside a document (its dates). */
export function checkStandaloneEvent(event: NewsEvent): Issue[] {
  const issues: Issue[] = [];
  const add: AddIssue = (code, path, message, params) =>
    issues.push({ code, pointer: toPointer(path), message, ...(params !== undefined && { params }) });
  if (event.date) checkFuzzyDateValue(event.date, ["date"], add);
  if (event.endDate) checkFuzzyDateValue(event.endDate, ["endDate"], add);
  if (event.kind === "Coup" && event.outcomeAsOf !== undefined && !isCalendarDate(event.outcomeAsOf)) {
    add("invalid-date", ["outcomeAsOf"], `is not a real calendar date (got "${event.outcomeAsOf}")`);
  }
  // Alone, an event has no entities to place its venue with.
  checkEventConsistency(event, [], NO_ENTITIES, add);
  checkImpossibleEvent(event, [], add);
  checkTerms(event, [], add);
  return issues;
}
