import { isLowSurrogate, nearestOccurrence } from "../core/utf16.js";
import { BYLINE, MARKUP, MERGED_NAMES } from "../core/text-rules.js";
import type { Entity, Evidence, FuzzyDate, NewsDocument, NewsEvent } from "../generated/types.js";
import { dayNumberOf, isCalendarDate, precisionOf } from "../model/dates.js";
import { checkEventConsistency, checkQuoteWords } from "./event-consistency.js";
import type { Issue } from "../core/issue.js";
import { resolvePointer, toPointer } from "../core/pointer.js";

type Path = readonly (string | number)[];

/** What an id in the document names: an entity of some type, an event of some kind, or a record. */
type Target =
  `entity:${string}` | `event:${string}` | "quote" | "claim" | "source" | "verification" | "update" | "step";

const ANY_ACTOR: readonly Target[] = ["entity:person", "entity:country", "entity:organization"];
const STATE_OR_BODY: readonly Target[] = ["entity:country", "entity:organization"];
const PLACE: readonly Target[] = ["entity:place", "entity:country"];
const EVENT: readonly Target[] = ["event:Meeting", "event:Coup", "event:Partnership"];
/** What a date can be stated relative to: an event, or a step of a coup. */
const MOMENT: readonly Target[] = [...EVENT, "step"];
const ACTOR_OR_SOURCE: readonly Target[] = [...ANY_ACTOR, "source"];
const ACTOR_OR_PLACE: readonly Target[] = [...ANY_ACTOR, "entity:place"];
const COUNTRY: readonly Target[] = ["entity:country"];
const MEETING: readonly Target[] = ["event:Meeting"];
const PARTNERSHIP: readonly Target[] = ["event:Partnership"];
const BODY_OR_PARTNERSHIP: readonly Target[] = ["entity:organization", "event:Partnership"];
const CLAIM: readonly Target[] = ["claim"];
const SOURCE: readonly Target[] = ["source"];

/** Collects the problems JSON Schema cannot see in one document. */
class DocumentChecker {
  readonly issues: Issue[] = [];
  private readonly ids = new Map<string, { target: Target; path: Path }>();
  private readonly entities: ReadonlyMap<string, Entity>;
  private reportedMissingBody = false;

  constructor(private readonly doc: NewsDocument) {
    this.entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  }

  run(): Issue[] {
    this.collectIds();
    this.checkPublicationDates();
    this.checkLiveCoverage();
    this.checkCanonicalUrl();
    this.checkArticleText();
    this.doc.entities?.forEach((entity, i) => {
      const path = ["entities", i];
      this.checkEvidenceList(entity.mentions, path, "mentions");
      if (entity.type === "person") {
        entity.positions?.forEach((position, j) => {
          const at = [...path, "positions", j];
          if (position.of !== undefined) this.checkRef(position.of, STATE_OR_BODY, at, "of");
          this.checkCalendarDate(position.start, [...at, "start"]);
          this.checkCalendarDate(position.end, [...at, "end"]);
          this.checkOrder(position.start, position.end, [...at, "end"], "start");
        });
      }
      if ((entity.type === "organization" || entity.type === "place") && entity.country !== undefined) {
        this.checkRef(entity.country, COUNTRY, path, "country");
      }
      if (entity.type === "place" && entity.within !== undefined)
        this.checkWithin(entity.id, entity.within, [...path, "within"]);
      if (entity.type === "organization")
        entity.members?.forEach((id, j) => this.checkRef(id, STATE_OR_BODY, path, "members", j));
    });
    this.doc.events?.forEach((event, i) => this.checkEvent(event, ["events", i]));
    this.doc.quotes?.forEach((quote, i) => {
      const path = ["quotes", i];
      quote.speakers.forEach((id, j) => this.checkRef(id, ANY_ACTOR, path, "speakers", j));
      if (quote.attribution) {
        this.checkRef(quote.attribution.source, ACTOR_OR_SOURCE, [...path, "attribution"], "source");
        this.checkEvidenceList(quote.attribution.evidence, [...path, "attribution"], "evidence");
      }
      if (quote.event !== undefined) this.checkRef(quote.event, EVENT, path, "event");
      const before = this.issues.length;
      this.checkEvidenceList(quote.evidence, path, "evidence");
      // Words are looked for only in evidence that is itself right.
      if (this.issues.length === before)
        checkQuoteWords(quote, path, (code, at, message) => this.add(code, at, message));
    });
    this.doc.claims?.forEach((claim, i) => {
      claim.about?.forEach((id, j) => this.checkRef(id, null, ["claims", i, "about"], j));
      if (claim.claimant !== undefined) this.checkRef(claim.claimant, ANY_ACTOR, ["claims", i], "claimant");
      if (claim.denies === claim.id)
        this.add("inconsistent", ["claims", i, "denies"], "names the claim itself: a denial denies another claim");
      else if (claim.denies !== undefined) this.checkRef(claim.denies, CLAIM, ["claims", i], "denies");
      this.checkEvidenceList(claim.evidence, ["claims", i], "evidence");
    });
    this.doc.sources?.forEach((source, i) => this.checkCalendarDate(source.published, ["sources", i, "published"]));
    this.doc.verifications?.forEach((verification, i) => {
      const path = ["verifications", i];
      if (!resolvePointer(this.doc, verification.target).found || verification.target.startsWith("/verifications")) {
        this.add(
          "unresolved-target",
          [...path, "target"],
          `must point at a statement in this document (nothing at ${verification.target})`,
        );
      }
      verification.sources?.forEach((id, j) => this.checkRef(id, SOURCE, path, "sources", j));
      this.checkFuzzyDate(verification.verified?.date, [...path, "verified", "date"]);
      this.checkCalendarDate(verification.checked, [...path, "checked"]);
    });
    return this.issues;
  }

  private add(code: Issue["code"], path: Path, message: string): void {
    this.issues.push({ code, pointer: toPointer(path), message });
  }

  private collectIds(): void {
    const register = (id: string, target: Target, path: Path) => {
      const previous = this.ids.get(id);
      if (previous) this.add("duplicate-id", [...path, "id"], `"${id}" is already used at ${toPointer(previous.path)}`);
      else this.ids.set(id, { target, path });
    };
    this.doc.entities?.forEach((e, i) => register(e.id, `entity:${e.type}`, ["entities", i]));
    this.doc.events?.forEach((e, i) => register(e.id, `event:${e.kind}`, ["events", i]));
    this.doc.quotes?.forEach((q, i) => register(q.id, "quote", ["quotes", i]));
    this.doc.claims?.forEach((c, i) => register(c.id, "claim", ["claims", i]));
    this.doc.sources?.forEach((s, i) => register(s.id, "source", ["sources", i]));
    this.doc.verifications?.forEach((v, i) => register(v.id, "verification", ["verifications", i]));
    this.doc.updates?.forEach((u, i) => register(u.id, "update", ["updates", i]));
    this.doc.events?.forEach((e, i) => {
      if (e.kind === "Coup") e.steps?.forEach((step, j) => register(step.id, "step", ["events", i, "steps", j]));
    });
  }

  /**
   * The id at `parent` + `key` (+ `index`) names something of an allowed kind (`allowed` null:
   * any entity or event). The path is built only for an issue: most references are right.
   */
  private checkRef(
    id: string,
    allowed: readonly Target[] | null,
    parent: Path,
    key?: string | number,
    index?: number,
  ): void {
    const found = this.ids.get(id);
    if (
      found !== undefined &&
      (allowed === null
        ? found.target.startsWith("entity:") || found.target.startsWith("event:")
        : allowed.includes(found.target))
    )
      return;
    const path = key === undefined ? parent : index === undefined ? [...parent, key] : [...parent, key, index];
    if (!found) {
      const kinds = allowed === null ? "entity or event" : describeTargets(allowed, false);
      this.add("dangling-reference", path, `no ${kinds} has id "${id}"`);
    } else {
      this.add(
        "wrong-reference-type",
        path,
        `"${id}" is ${describeTargets([found.target])}, expected ${allowed === null ? "an entity or event" : describeTargets(allowed)}`,
      );
    }
  }

  private checkEvent(event: NewsEvent, path: Path): void {
    checkEventConsistency(
      event,
      path,
      this.entities,
      (code, at, message) => this.add(code, at, message),
      this.doc.published.slice(0, 10),
    );
    event.details?.forEach((detail, j) => this.checkEvidenceList(detail.evidence, [...path, "details", j], "evidence"));
    this.checkEvidenceList(event.evidence, path, "evidence");
    this.checkFuzzyDate(event.date, [...path, "date"]);
    this.checkFuzzyDate(event.endDate, [...path, "endDate"]);
    if (event.location !== undefined) this.checkRef(event.location, PLACE, path, "location");
    event.places?.forEach((id, j) => this.checkRef(id, PLACE, path, "places", j));
    // A route starts somewhere and goes somewhere else.
    if (event.route === true && (event.location === undefined || !event.places?.length))
      this.add(
        "required",
        [...path, event.location === undefined ? "location" : "places"],
        "is required for a route: location is where it starts, places where it went",
      );
    event.participants?.forEach((participant, j) => {
      const at = [...path, "participants", j];
      this.checkRef(participant.entity, ANY_ACTOR, at, "entity");
      if (participant.represents !== undefined) this.checkRef(participant.represents, STATE_OR_BODY, at, "represents");
      this.checkEvidenceList(participant.evidence, at, "evidence");
    });
    switch (event.kind) {
      case "Meeting":
        event.advances?.forEach((id, j) => this.checkRef(id, PARTNERSHIP, path, "advances", j));
        break;
      case "Coup":
        this.checkRef(event.country, COUNTRY, path, "country");
        this.checkCalendarDate(event.outcomeAsOf, [...path, "outcomeAsOf"]);
        event.steps?.forEach((step, j) => {
          const at = [...path, "steps", j];
          if (step.actor !== undefined) this.checkRef(step.actor, ANY_ACTOR, at, "actor");
          if (step.target !== undefined) this.checkRef(step.target, ACTOR_OR_PLACE, at, "target");
          this.checkDatedPart(step, at);
        });
        event.participants?.forEach((participant, j) => {
          participant.fateHistory?.forEach((fate, k) =>
            this.checkDatedPart(fate, [...path, "participants", j, "fateHistory", k]),
          );
        });
        event.reactions?.forEach((reaction, j) => {
          const at = [...path, "reactions", j];
          this.checkRef(reaction.actor, ANY_ACTOR, at, "actor");
          this.checkCalendarDate(reaction.date, [...at, "date"]);
          this.checkEvidenceList(reaction.evidence, at, "evidence");
        });
        break;
      case "Partnership":
        event.stageHistory?.forEach((change, j) => {
          const at = [...path, "stageHistory", j];
          if (change.party !== undefined) this.checkRef(change.party, STATE_OR_BODY, at, "party");
          this.checkDatedPart(change, at);
        });
        event.components?.forEach((component, j) => {
          const at = [...path, "components", j];
          component.providers?.forEach((id, k) => this.checkRef(id, STATE_OR_BODY, at, "providers", k));
          component.beneficiaries?.forEach((id, k) => this.checkRef(id, STATE_OR_BODY, at, "beneficiaries", k));
          this.checkEvidenceList(component.evidence, at, "evidence");
        });
        event.milestones?.forEach((milestone, j) => this.checkDatedPart(milestone, [...path, "milestones", j]));
        event.transformations?.forEach((change, j) => {
          this.checkRef(change.into, BODY_OR_PARTNERSHIP, [...path, "transformations", j], "into");
          this.checkDatedPart(change, [...path, "transformations", j]);
        });
        this.checkFuzzyDate(event.instrument?.signed, [...path, "instrument", "signed"]);
        event.instrument?.clauses?.forEach((clause, j) =>
          this.checkEvidenceList(clause.evidence, [...path, "instrument", "clauses", j], "evidence"),
        );
        break;
    }
  }

  private checkPublicationDates(): void {
    const { published, modified } = this.doc;
    // The date-time format checks the shape; whether the day exists is a calendar question.
    const readable = [this.checkDateTime(published, ["published"]), this.checkDateTime(modified, ["modified"])].every(
      Boolean,
    );
    if (readable && modified !== undefined && Date.parse(modified) < Date.parse(published)) {
      this.add("date-order", ["modified"], `must not be before published (${published}; got ${modified})`);
    }
  }

  /** Whether a date-time (if any) is one consumers can read; says why not. */
  private checkDateTime(value: string | undefined, path: Path): boolean {
    if (value === undefined) return true;
    if (!isCalendarDate(value.slice(0, 10)))
      this.add("invalid-date", path, `is not a real calendar date (got "${value}")`);
    // RFC 3339 allows second 60 (a leap second); JavaScript's Date, and so most consumers of the
    // JSON-LD, cannot read it, and an unreadable date would also escape the order checks.
    else if (Number.isNaN(Date.parse(value)))
      this.add(
        "invalid-date",
        path,
        `is not a date-time consumers can read: second 60 (a leap second) is not accepted, write :59 (got "${value}")`,
      );
    else return true;
    return false;
  }

  /**
   * Live coverage reads forward in time: updates oldest first, none before the article was
   * published, the last one no later than `modified` and `coverageEnded`; each update's own URL
   * is a fragment of the article's page, used once.
   */
  private checkLiveCoverage(): void {
    const { updates = [], published, modified, coverageEnded } = this.doc;
    const time = (value: string | undefined) => (value === undefined ? Number.NaN : Date.parse(value));
    let previous = { at: time(published), name: `published (${published})` };
    const urls = new Map<string, number>();
    this.checkDateTime(coverageEnded, ["coverageEnded"]);
    updates.forEach((update, i) => {
      const at = this.checkDateTime(update.published, ["updates", i, "published"])
        ? time(update.published)
        : Number.NaN;
      if (at < previous.at)
        this.add(
          "date-order",
          ["updates", i, "published"],
          `must not be before ${previous.name}; list updates oldest first (got ${update.published})`,
        );
      if (!Number.isNaN(at)) previous = { at, name: `updates/${i} (${update.published})` };
      if (update.url === undefined) return;
      const hash = update.url.indexOf("#");
      if (hash === -1 || update.url.slice(0, hash) !== this.doc.url) {
        this.add(
          "pattern",
          ["updates", i, "url"],
          `must be the article's URL with a #fragment, ${this.doc.url}#… (got "${update.url}")`,
        );
      } else if (urls.has(update.url)) {
        this.add(
          "duplicate-item",
          ["updates", i, "url"],
          `"${update.url}" is already the URL of updates/${urls.get(update.url)}`,
        );
      } else urls.set(update.url, i);
    });
    // Without updates, modified's order is checked with the publication dates.
    if (updates.length > 0 && time(modified) < previous.at)
      this.add("date-order", ["modified"], `must not be before the last update, ${previous.name} (got ${modified})`);
    if (time(coverageEnded) < previous.at)
      this.add("date-order", ["coverageEnded"], `must not be before ${previous.name} (got ${coverageEnded})`);
  }

  /**
   * What Google's Article rules (and so our checker) call an error in the JSON-LD: a headline with
   * markup or outer white space, an author name that is a byline or several people.
   */
  private checkArticleText(): void {
    const { headline, authors } = this.doc;
    if (headline !== headline.trim()) this.add("pattern", ["headline"], "must not start or end with white space");
    if (MARKUP.test(headline))
      this.add(
        "pattern",
        ["headline"],
        `must not contain HTML tags or entities (got ${JSON.stringify(shorten(headline))})`,
      );
    authors.forEach((author, i) => {
      if (BYLINE.test(author.name) || (author.type === "person" && MERGED_NAMES.test(author.name))) {
        this.add(
          "pattern",
          ["authors", i, "name"],
          `must be one author's name only, without "By" or other authors (got ${JSON.stringify(shorten(author.name))}); list each author separately`,
        );
      }
    });
  }

  /** The canonical URL names a page: a fragment would make the page and the article one `@id`. */
  private checkCanonicalUrl(): void {
    const { url } = this.doc;
    if (typeof url === "string" && url.includes("#"))
      this.add("pattern", ["url"], `must not have a #fragment: a canonical URL names a page (got "${url}")`);
  }

  private checkCalendarDate(value: string | undefined, path: Path): void {
    if (value !== undefined && !isCalendarDate(value))
      this.add("invalid-date", path, `is not a real calendar date (got "${value}")`);
  }

  private checkOrder(start: string | undefined, end: string | undefined, path: Path, startName: string): void {
    if (start === undefined || end === undefined) return;
    if (dayNumberOf(end, true) < dayNumberOf(start, false))
      this.add("date-order", path, `must not be before ${startName} (${start}; got ${end})`);
  }

  private checkFuzzyDate(date: FuzzyDate | undefined, path: Path): void {
    if (!date) return;
    checkFuzzyDateValue(date, path, (code, at, message) => this.add(code, at, message));
    if (date.relativeTo) this.checkRef(date.relativeTo.target, MOMENT, [...path, "relativeTo"], "target");
    this.checkEvidenceList(date.evidence, path, "evidence");
  }

  /**
   * A dated part of an event (a coup's step or a fate, a partnership's stage change, milestone or
   * transformation): its date, the meeting or place where it happened, its evidence.
   */
  private checkDatedPart(
    part: { date?: FuzzyDate; meeting?: string; location?: string; evidence?: Evidence[] },
    at: Path,
  ): void {
    if (part.meeting !== undefined) this.checkRef(part.meeting, MEETING, at, "meeting");
    if (part.location !== undefined) this.checkRef(part.location, PLACE, at, "location");
    this.checkFuzzyDate(part.date, [...at, "date"]);
    this.checkEvidenceList(part.evidence, at, "evidence");
  }

  /**
   * A place is inside a place or country, never inside itself however far up the chain goes. A
   * cycle is reported once, at its place with the smallest id.
   */
  private checkWithin(id: string, within: string, path: Path): void {
    this.checkRef(within, PLACE, path);
    const seen = new Set([id]);
    for (let next: string | undefined = within; next !== undefined;) {
      if (next === id) {
        if ([...seen].every((member) => member >= id))
          this.add(
            "inconsistent",
            path,
            `makes "${id}" a place inside itself (through "${[...seen].slice(1).join('", "')}")`,
          );
        return;
      }
      if (seen.has(next)) return;
      seen.add(next);
      const entity = this.entities.get(next);
      next = entity?.type === "place" ? entity.within : undefined;
    }
  }

  /**
   * The evidence list at `parent` + `key`. Most spans are right, so each is first tested without
   * building its path; a wrong one is then explained at its path.
   */
  private checkEvidenceList(list: readonly Evidence[] | undefined, parent: Path, key: string): void {
    if (list === undefined) return;
    const body = this.doc.body;
    for (let i = 0; i < list.length; i++) {
      const evidence = list[i] as Evidence;
      if (body !== undefined && spanHolds(body, evidence)) continue;
      this.checkEvidence(evidence, [...parent, key, i]);
    }
  }

  private checkEvidence(evidence: Evidence, path: Path): void {
    const body = this.doc.body;
    if (body === undefined) {
      // An article-only document may leave the body out, but evidence points into it.
      if (!this.reportedMissingBody)
        this.add("required", ["body"], `is required when evidence points into the text (first at ${toPointer(path)})`);
      this.reportedMissingBody = true;
      return;
    }
    const { start, end, text } = evidence;
    if (end > body.length) {
      this.add(
        "evidence-out-of-range",
        [...path, "end"],
        `must be at most ${body.length}, the body's length in UTF-16 code units (got ${end})`,
      );
      return;
    }
    if (start >= end) {
      this.add("evidence-out-of-range", [...path, "start"], `must be less than end (${end}; got ${start})`);
      return;
    }
    if (isLowSurrogate(body.charCodeAt(start)) || isLowSurrogate(body.charCodeAt(end))) {
      const at = isLowSurrogate(body.charCodeAt(start)) ? "start" : "end";
      this.add("evidence-splits-character", [...path, at], "splits a character written as a UTF-16 surrogate pair");
      return;
    }
    const actual = body.slice(start, end);
    if (actual !== text) {
      const found = nearestOccurrence(body, text, start);
      const where =
        found === undefined
          ? "; those words are not in the body"
          : `; those words are at ${found}–${found + text.length}`;
      this.add(
        "evidence-mismatch",
        [...path, "text"],
        `must equal the body text at ${start}–${end}: ${JSON.stringify(shorten(actual))} (got ${JSON.stringify(shorten(text))}${where})`,
      );
    }
  }
}

/**
 * True when the span is inside the body, whole characters at both ends, and its text is the body's
 * there: exactly the spans `checkEvidence` has nothing to say about. Compares in place, no slice.
 */
function spanHolds(body: string, { start, end, text }: Evidence): boolean {
  return (
    start < end &&
    end <= body.length &&
    end - start === text.length &&
    !isLowSurrogate(body.charCodeAt(start)) &&
    !isLowSurrogate(body.charCodeAt(end)) &&
    body.startsWith(text, start)
  );
}

function shorten(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}

/** "a person, a country or an organization"; without articles: "person, country or organization". */
function describeTargets(targets: readonly Target[], articles = true): string {
  if (targets.length === 3 && targets.every((t) => t.startsWith("event:"))) return articles ? "an event" : "event";
  const names = targets.map((t) => {
    const name = t.startsWith("entity:") ? t.slice(7) : t.startsWith("event:") ? `${t.slice(6)} event` : t;
    return articles ? `${/^[aeiouAEIOU]/.test(name) ? "an" : "a"} ${name}` : name;
  });
  return names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1] ?? ""}`;
}

/**
 * Checks what JSON Schema cannot say about a schema-valid document: ids are unique and every
 * reference resolves to the right kind of thing, evidence snippets equal the body at their
 * offsets, dates exist and are in order, and verifications point at real statements.
 */
export function checkDocument(doc: NewsDocument): Issue[] {
  return new DocumentChecker(doc).run();
}

type AddIssue = (code: Issue["code"], path: Path, message: string) => void;

/**
 * The value of a fuzzy date: real calendar dates, in order for an interval, the precision its
 * shape implies, and an anchor when resolved from a relative phrase. Paths are built only for
 * issues: this runs for every date of every validated event.
 */
function checkFuzzyDateValue(date: FuzzyDate, path: Path, add: AddIssue): void {
  const slash = date.value.indexOf("/");
  const start = slash === -1 ? date.value : date.value.slice(0, slash);
  const end = slash === -1 ? undefined : date.value.slice(slash + 1);
  if (!isCalendarDate(start) || (end !== undefined && !isCalendarDate(end))) {
    add("invalid-date", [...path, "value"], `is not a real calendar date (got "${date.value}")`);
    return;
  }
  const precision = precisionOf(date.value);
  if (precision !== date.precision) {
    add(
      "precision-mismatch",
      [...path, "precision"],
      `must be ${precision} for value "${date.value}" (got "${date.precision}")`,
    );
  }
  if (end !== undefined) {
    if (dayNumberOf(end, true) < dayNumberOf(start, false))
      add("date-order", [...path, "value"], `must not be before the interval's start (${start}; got ${end})`);
  }
  if (date.method === "relative" && date.anchor === undefined) {
    add(
      "missing-anchor",
      [...path, "anchor"],
      "is required when method is relative: the date the phrase was resolved against",
    );
  }
  if (date.anchor !== undefined && !isCalendarDate(date.anchor)) {
    add("invalid-date", [...path, "anchor"], `is not a real calendar date (got "${date.anchor}")`);
  }
  if (date.time !== undefined && precision !== "day")
    add("inconsistent", [...path, "time"], `needs a date with precision day (got "${date.value}")`);
}

const NO_ENTITIES: ReadonlyMap<string, Entity> = new Map();

/** The checks that apply to a single schema-valid event outside a document (its dates). */
export function checkStandaloneEvent(event: NewsEvent): Issue[] {
  const issues: Issue[] = [];
  const add: AddIssue = (code, path, message) => issues.push({ code, pointer: toPointer(path), message });
  if (event.date) checkFuzzyDateValue(event.date, ["date"], add);
  if (event.endDate) checkFuzzyDateValue(event.endDate, ["endDate"], add);
  if (event.kind === "Coup" && event.outcomeAsOf !== undefined && !isCalendarDate(event.outcomeAsOf)) {
    add("invalid-date", ["outcomeAsOf"], `is not a real calendar date (got "${event.outcomeAsOf}")`);
  }
  // Alone, an event has no entities to place its venue with.
  checkEventConsistency(event, [], NO_ENTITIES, add);
  return issues;
}
