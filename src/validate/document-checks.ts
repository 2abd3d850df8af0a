import type { Claim, Entity, NewsDocument, NewsEvent, Quote, Verification } from "../generated/types.js";
import { checkEventAlone } from "./event-alone.js";
import type { Issue } from "../core/issue.js";
import { toPointer } from "../core/pointer.js";
import { checkActorEntity, checkStatementActors } from "./checks/actors.js";
import { checkArticleText, checkCanonicalUrl, checkImages } from "./checks/article-text.js";
import { DocumentContext, type AddIssue, type Path, type Target } from "./checks/context.js";
import {
  checkCalendarDate,
  checkFuzzyDate,
  checkFuzzyDateValue,
  checkOrder,
  fuzzyDateValueHolds,
  isOutOfOrder,
  checkPublicationDates,
  isRealSchemaDate,
} from "./checks/dates.js";
import { checkCountryCodes } from "./checks/country-codes.js";
import { checkDeadlines } from "./checks/deadlines.js";
import { checkEvent } from "./checks/events.js";
import { checkTerms } from "./checks/terms.js";
import { checkEvidenceList, spansHold } from "./checks/evidence.js";
import { checkLiveCoverage } from "./checks/live-coverage.js";
import { checkQuantities, checkVerifiedQuantity } from "./checks/quantities.js";
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
import { pointsInto } from "./checks/pointer-target.js";
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
 * `termsKnown`: the plain-data walk met every coded term and found each known, so the events'
 * term walks are skipped (they would report nothing).
 */
export function checkDocument(doc: NewsDocument, termsKnown = false): Issue[] {
  const context = new DocumentContext(doc, termsKnown);
  try {
    return checkParts(context);
  } finally {
    context.close();
  }
}

/** The walk, in document order, with the document's ids collected first. */
function checkParts(context: DocumentContext): Issue[] {
  const { doc } = context;
  collectIds(context);
  checkPublicationDates(context);
  checkLiveCoverage(context);
  checkCanonicalUrl(context);
  checkArticleText(context);
  checkImages(context);
  // Index loops, not forEach: a closure per list is allocated on every valid document.
  const { entities, events, quotes, claims, sources, verifications } = doc;
  // One path array per list of the document, its index set per item: every check copies what it
  // keeps. (Made per call, not per module: a check run inside a check keeps its own.)
  const path: (string | number)[] = ["entities", 0];
  if (entities) for (let i = 0; i < entities.length; i++) checkEntity(context, entities[i] as Entity, i, path);
  path[0] = "events";
  if (events)
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as NewsEvent;
      path[1] = i;
      checkEvent(context, event, path);
      // Quantities, relations and deadlines: the facts every kind can state (checks/ says each).
      checkQuantities(context, event.quantities, path);
      checkRelations(context, event, path);
      checkDeadlines(context, event, path);
    }
  checkTimeline(context);
  path[0] = "quotes";
  if (quotes) for (let i = 0; i < quotes.length; i++) checkQuote(context, quotes[i] as Quote, i, path);
  path[0] = "claims";
  if (claims) for (let i = 0; i < claims.length; i++) checkClaim(context, claims[i] as Claim, i, path);
  if (sources)
    for (let i = 0; i < sources.length; i++) {
      const published = (sources[i] as NonNullable<NewsDocument["sources"]>[number]).published;
      if (published !== undefined && !isRealSchemaDate(published))
        checkCalendarDate(context, published, ["sources", i, "published"]);
    }
  if (verifications)
    for (let i = 0; i < verifications.length; i++) checkVerification(context, verifications[i] as Verification, i);
  return context.issues;
}

/** An entity: its mentions, a country's codes, a person's positions, where a place or body is, a body's members. */
function checkEntity(context: DocumentContext, entity: Entity, i: number, path: (string | number)[]): void {
  path[1] = i;
  checkEvidenceList(context, entity.mentions, path, "mentions");
  if (entity.type === "country") checkCountryCodes(entity, path, context.add);
  if (entity.type === "person" && entity.positions !== undefined) {
    const { positions } = entity;
    for (let j = 0; j < positions.length; j++) {
      const position = positions[j] as NonNullable<typeof positions>[number];
      if (position.of !== undefined) checkRef(context, position.of, STATE_OR_BODY, path, "positions", j, "of");
      // The path of a date is built only when the date is wrong.
      const { start, end } = position;
      if (start !== undefined && !isRealSchemaDate(start))
        checkCalendarDate(context, start, path.concat("positions", j, "start"));
      if (end !== undefined && !isRealSchemaDate(end))
        checkCalendarDate(context, end, path.concat("positions", j, "end"));
      if (start !== undefined && end !== undefined && isOutOfOrder(start, end))
        checkOrder(context, start, end, path.concat("positions", j, "end"), "start");
    }
  }
  if ((entity.type === "organization" || entity.type === "place") && entity.country !== undefined) {
    checkRef(context, entity.country, COUNTRY, path, "country");
  }
  if (entity.type === "place" && entity.within !== undefined)
    checkWithin(context, entity.id, entity.within, path, "within");
  if (entity.type === "organization" && entity.members !== undefined) {
    const { members } = entity;
    for (let j = 0; j < members.length; j++) checkRef(context, members[j] as string, STATE_OR_BODY, path, "members", j);
  }
  checkActorEntity(context, entity, path);
}

/** Each id of `ids` at `parent` + `key` + its index names one of `allowed`. */
function checkRefs(
  context: DocumentContext,
  ids: readonly string[] | undefined,
  allowed: readonly Target[] | null,
  parent: Path,
  key: string,
): void {
  if (ids !== undefined)
    for (let j = 0; j < ids.length; j++) checkRef(context, ids[j] as string, allowed, parent, key, j);
}

/** A quote: its speakers, attribution and event, its evidence, and its words in that evidence. */
function checkQuote(context: DocumentContext, quote: Quote, i: number, path: (string | number)[]): void {
  path[1] = i;
  checkRefs(context, quote.speakers, ANY_ACTOR, path, "speakers");
  if (quote.attribution) {
    checkRef(context, quote.attribution.source, ACTOR_OR_SOURCE, path, "attribution", "source");
    const { evidence } = quote.attribution;
    if (!spansHold(context, evidence)) checkEvidenceList(context, evidence, path.concat("attribution"), "evidence");
  }
  checkStatementActors(context, quote, path);
  if (quote.event !== undefined) checkRef(context, quote.event, EVENT, path, "event");
  const before = context.issues.length;
  checkEvidenceList(context, quote.evidence, path, "evidence");
  // Words are looked for only in evidence that is itself right.
  if (context.issues.length === before) checkQuoteWords(quote, path, context.add);
}

/** A claim: what it is about, who makes it, the claim it denies (never itself), its evidence. */
function checkClaim(context: DocumentContext, claim: Claim, i: number, path: (string | number)[]): void {
  path[1] = i;
  checkRefs(context, claim.about, null, path, "about");
  if (claim.claimant !== undefined) checkRef(context, claim.claimant, ANY_ACTOR, path, "claimant");
  if (claim.denies === claim.id)
    context.add("inconsistent", ["claims", i, "denies"], "names the claim itself: a denial denies another claim");
  else if (claim.denies !== undefined) checkRef(context, claim.denies, CLAIM, path, "denies");
  checkStatementActors(context, claim, path);
  checkEvidenceList(context, claim.evidence, path, "evidence");
}

/** A verification: it points at a statement of this document (not at a verification), its sources, dates and figure. */
function checkVerification(context: DocumentContext, verification: Verification, i: number): void {
  const { target } = verification;
  if (!pointsInto(context.doc, target) || target.startsWith("/verifications")) {
    context.add(
      "unresolved-target",
      ["verifications", i, "target"],
      `must point at a statement in this document (nothing at ${target})`,
    );
  }
  // No path for a verification that is right: each check is given the list, the index and its keys.
  const { sources = [], checked } = verification;
  for (let j = 0; j < sources.length; j++)
    checkRef(context, sources[j] as string, SOURCE, VERIFICATIONS, i, "sources", j);
  checkFuzzyDate(context, verification.verified?.date, VERIFICATIONS, i, "verified", "date");
  const quantity = verification.verified?.quantity;
  if (quantity !== undefined) checkVerifiedQuantity(context, target, quantity, ["verifications", i]);
  if (checked !== undefined && !isRealSchemaDate(checked))
    checkCalendarDate(context, checked, ["verifications", i, "checked"]);
}

const VERIFICATIONS: Path = ["verifications"];

/**
 * The checks that apply to a single schema-valid event outside a document (its dates, consistency,
 * impossibilities and, unless `termsKnown` as for {@link checkDocument}, its coded terms).
 */
export function checkStandaloneEvent(event: NewsEvent, termsKnown = false): Issue[] {
  const issues: Issue[] = [];
  const add: AddIssue = (code, path, message, params) =>
    issues.push({ code, pointer: toPointer(path), message, ...(params !== undefined && { params }) });
  // A path only for a date with something to report.
  if (event.date && !fuzzyDateValueHolds(event.date)) checkFuzzyDateValue(event.date, ["date"], add);
  if (event.endDate && !fuzzyDateValueHolds(event.endDate)) checkFuzzyDateValue(event.endDate, ["endDate"], add);
  checkEventAlone(event.kind, event, event.date, event.endDate, event.participants, add);
  if (!termsKnown) checkTerms(event, [], add);
  return issues;
}
