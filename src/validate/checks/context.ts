import type { Entity, Meeting, NewsDocument } from "../../generated/types.js";
import { MAX_ISSUES, type Issue, type ProblemParams } from "../../core/issue.js";
import { toPointer } from "../../core/pointer.js";
import type { PartOfGraph } from "./part-of-graph.js";
import { IdTable } from "./id-table.js";

/** A place in the document as its steps, turned into a JSON Pointer only for an issue. */
export type Path = readonly (string | number)[];

/** Reports one issue at a path, with the raw values its message names. */
export type AddIssue = (code: Issue["code"], path: Path, message: string, params?: ProblemParams) => void;

/** What an id in the document names: an entity of some type, an event of some kind, or a record. */
export type Target =
  | `entity:${string}`
  | `event:${string}`
  | "quote"
  | "claim"
  | "source"
  | "verification"
  | "update"
  | "step"
  | "quantity";

/**
 * What the document checks share while they walk one document: the document, the issues found so
 * far (in the order they are found, which the tests pin), every id with what it names, and the
 * entities by id.
 *
 * @example
 * ```ts
 * const context = new DocumentContext(doc);
 * context.add("inconsistent", ["claims", 0, "denies"], "names the claim itself");
 * context.issues; // => [{ code: "inconsistent", pointer: "/claims/0/denies", message: "names the claim itself" }]
 * ```
 */
export class DocumentContext {
  /** The issues found so far. */
  readonly issues: Issue[] = [];
  /**
   * Each id of the document: what it names and its item (filled by `collectIds`); shared arrays,
   * emptied by {@link DocumentContext.close} when the checks are done.
   */
  readonly ids: IdTable;
  /** Entities whose id an earlier item already has: the last entity of an id is the one found. */
  lateEntities: Map<string, Entity> | undefined;
  /** The document's entities by id. */
  readonly entities: Pick<ReadonlyMap<string, Entity>, "get">;
  /** The document's meetings by id, made when a partnership's part first names a meeting (checks/events.ts). */
  meetings: Map<string, Meeting> | undefined;
  /** The part-of graph of the events, made when an event is first found part of another (checks/relations.ts). */
  partOf: PartOfGraph | undefined;
  /** Set once the missing body has been reported: evidence without a body is said once. */
  reportedMissingBody = false;
  /**
   * Wrong spans told only by searching the rest of the body (checks/evidence.ts): past a few, the
   * others are compared in place, so that spans written to pass the quick tests cost a document
   * no more than a few passes over its body.
   */
  spanSearches = 0;

  /**
   * @param doc the document checked
   * @param termsKnown true when the plain-data walk (plain-data.ts) met every coded term of the
   * document and found each code known: the events' term walks would report nothing.
   */
  constructor(
    readonly doc: NewsDocument,
    readonly termsKnown = false,
  ) {
    // Summed in place: an array of the lists, and a loop's iterator, would be garbage per document.
    const events = doc.events ?? NONE;
    let count =
      (doc.entities?.length ?? 0) +
      events.length +
      (doc.quotes?.length ?? 0) +
      (doc.claims?.length ?? 0) +
      (doc.sources?.length ?? 0) +
      (doc.verifications?.length ?? 0) +
      (doc.updates?.length ?? 0);
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as NonNullable<NewsDocument["events"]>[number];
      count += (event.kind === "Coup" ? (event.steps?.length ?? 0) : 0) + (event.quantities?.length ?? 0);
    }
    const ids = IdTable.open(count);
    this.ids = ids;
    this.entities = { get: (id) => this.lateEntities?.get(id) ?? ids.entity(id) };
  }

  /** The day the article was published (`published`'s first ten characters), cut once per document. */
  get publishedDay(): string {
    return (this.day ??= this.doc.published.slice(0, 10));
  }
  private day: string | undefined;

  /**
   * `Date.parse(text)` (NaN for undefined), remembered for the last two texts: the article's
   * `published` and `modified` are read by several checks, each parse costs more than the check.
   */
  time(text: string | undefined): number {
    if (text === undefined) return Number.NaN;
    if (text === this.timeText0) return this.time0;
    if (text === this.timeText1) return this.time1;
    const at = Date.parse(text);
    this.timeText1 = this.timeText0;
    this.time1 = this.time0;
    this.timeText0 = text;
    this.time0 = at;
    return at;
  }
  private timeText0: string | undefined;
  private time0 = Number.NaN;
  private timeText1: string | undefined;
  private time1 = Number.NaN;

  /**
   * True while an issue added now is among those shown: past MAX_ISSUES an issue is counted, not
   * shown (capIssues keeps the first ones found), so a check may leave its costly explanation out.
   */
  get showsNextIssue(): boolean {
    return this.issues.length < MAX_ISSUES;
  }

  /** Lets go of the document's ids: call once the checks are done. */
  close(): void {
    this.ids.close();
  }

  /** Reports an issue at `path` (a function of its own, so checks can hand it on as it is). */
  readonly add: AddIssue = (code, path, message, params) => {
    this.issues.push({ code, pointer: toPointer(path), message, ...(params !== undefined && { params }) });
  };
}

/** An empty list shared by every check: `list ?? NONE` makes no array for a list that is not there. */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * Text from the input, cut to 50 characters for a message.
 *
 * @example
 * ```ts
 * shorten("a".repeat(60)); // => "aaa…aaa..." (47 characters and "...")
 * ```
 */
export function shorten(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}
