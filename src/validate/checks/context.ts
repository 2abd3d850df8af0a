import type { Entity, NewsDocument } from "../../generated/types.js";
import type { Issue, ProblemParams } from "../../core/issue.js";
import { toPointer } from "../../core/pointer.js";
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
  /** Set once the missing body has been reported: evidence without a body is said once. */
  reportedMissingBody = false;

  /**
   * @param doc the document checked
   * @param termsKnown true when the plain-data walk (plain-data.ts) met every coded term of the
   * document and found each code known: the events' term walks would report nothing.
   */
  constructor(
    readonly doc: NewsDocument,
    readonly termsKnown = false,
  ) {
    let count = 0;
    for (const list of [doc.entities, doc.events, doc.quotes, doc.claims, doc.sources, doc.verifications, doc.updates])
      count += list?.length ?? 0;
    for (const event of doc.events ?? [])
      count += (event.kind === "Coup" ? (event.steps?.length ?? 0) : 0) + (event.quantities?.length ?? 0);
    const ids = IdTable.open(count);
    this.ids = ids;
    this.entities = { get: (id) => this.lateEntities?.get(id) ?? ids.entity(id) };
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
