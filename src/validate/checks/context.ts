import type { Entity, NewsDocument } from "../../generated/types.js";
import type { Issue, ProblemParams } from "../../core/issue.js";
import { toPointer } from "../../core/pointer.js";

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
  /** Each id of the document: what it names (filled by `collectIds`). */
  readonly ids = new Map<string, Target>();
  /** The document's entities by id. */
  readonly entities: ReadonlyMap<string, Entity>;
  /** Set once the missing body has been reported: evidence without a body is said once. */
  reportedMissingBody = false;

  constructor(readonly doc: NewsDocument) {
    // Filled by a loop: a pair array per entity is allocated on every valid document otherwise.
    const entities = new Map<string, Entity>();
    for (const entity of doc.entities ?? []) entities.set(entity.id, entity);
    this.entities = entities;
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
