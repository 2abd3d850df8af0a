import type { EventRelation, NewsEvent } from "../../generated/types.js";
import { NONE, type DocumentContext, type Path } from "./context.js";
import { PartOfGraph } from "./part-of-graph.js";
import { checkEvidenceList, spansHold } from "./evidence.js";
import { checkRef, MOMENT, refHolds } from "./references.js";

/*
 * Relations between events: each names the other event either by its id in this document
 * (target) or by its name (and Wikidata item) when the document does not hold it — never both,
 * never neither; no event is related to itself; a number in a series only for part-of; and no
 * chain of part-of leads back to where it started.
 */

/**
 * Every relation of `event` (at `path`): what it names, its number, its evidence.
 *
 * @example
 * ```ts
 * checkRelations(context, summit, ["events", 0]); // "inconsistent" at /events/0/relations/0/target when it names the summit itself
 * ```
 */
export function checkRelations(context: DocumentContext, event: NewsEvent, path: Path): void {
  const { relations } = event;
  if (relations === undefined) return;
  // Most relations are right: each is first tested in place, and only a wrong one gets its path.
  for (let j = 0; j < relations.length; j++) {
    const relation = relations[j] as EventRelation;
    if (!relationHolds(context, event, relation)) checkRelation(context, event, relation, path.concat("relations", j));
  }
  checkPartOfCycle(context, event, path);
}

/**
 * Every issue of one relation of `event` at `at` (its cycles aside): what {@link relationHolds}
 * answers in place, said with paths and messages (test/validate/fast-paths.test.ts holds the two
 * to the same answer).
 *
 * @example
 * ```ts
 * checkRelation(context, summit, { relation: "follows", target: summit.id }, ["events", 0, "relations", 0]); // "inconsistent" at …/target
 * ```
 */
export function checkRelation(context: DocumentContext, event: NewsEvent, relation: EventRelation, at: Path): void {
  checkOther(context, event, relation, at);
  if (relation.number !== undefined && relation.relation !== "part-of")
    context.add(
      "inconsistent",
      at.concat("number"),
      `is a number in a series, which only part-of has (got ${describe(relation.relation)})`,
    );
  checkEvidenceList(context, relation.evidence, at, "evidence");
}

/**
 * True when {@link checkRelation} has nothing to say about one relation, answered without a path.
 *
 * @example
 * ```ts
 * relationHolds(context, summit, { relation: "follows", target: summit.id }); // => false
 * ```
 */
export function relationHolds(context: DocumentContext, event: NewsEvent, relation: EventRelation): boolean {
  const { target, name } = relation;
  if (target === undefined ? name === undefined : name !== undefined || relation.wikidata !== undefined) return false;
  return (
    (target === undefined || (target !== event.id && refHolds(context, target, MOMENT))) &&
    (relation.number === undefined || relation.relation === "part-of") &&
    spansHold(context, relation.evidence)
  );
}

/** A relation's other event: a target of this document that is not the event itself, or a name. */
function checkOther(context: DocumentContext, event: NewsEvent, relation: EventRelation, at: Path): void {
  const { target, name, wikidata } = relation;
  if (target !== undefined && name !== undefined)
    context.add(
      "inconsistent",
      at.concat("name"),
      `is for an event the document does not hold; target "${target}" already names one: give one of them`,
    );
  else if (target === undefined && name === undefined)
    context.add("required", at.concat("target"), "is required, or name: the event this one is related to");
  if (target === undefined) return;
  if (wikidata !== undefined)
    context.add(
      "inconsistent",
      at.concat("wikidata"),
      `goes with name; the target "${target}" has its own wikidata in the document`,
    );
  if (target === event.id) context.add("inconsistent", at.concat("target"), `names the event itself ("${target}")`);
  else checkRef(context, target, MOMENT, at, "target");
}

/** A relation for messages: its token, or its term's code and label. */
function describe(relation: EventRelation["relation"]): string {
  return typeof relation === "string" ? relation : `${relation.scheme} ${relation.code} (${relation.label})`;
}

/** True when a relation of the list is part-of an event of the document (a loop: no closure per event). */
function hasPartOfTarget(relations: readonly EventRelation[] | undefined): boolean {
  if (relations !== undefined)
    for (let j = 0; j < relations.length; j++) {
      const r = relations[j] as EventRelation;
      if (r.relation === "part-of" && r.target !== undefined) return true;
    }
  return false;
}

/**
 * No chain of part-of leads from an event back to itself: reported once, at the first part-of
 * relation of the cycle's event with the smallest id.
 */
function checkPartOfCycle(context: DocumentContext, event: NewsEvent, path: Path): void {
  // Most events are part of nothing: no graph, no set.
  if (!hasPartOfTarget(event.relations)) return;
  const graph = (context.partOf ??= PartOfGraph.of(context.doc.events ?? NONE));
  // An event on no cycle has no walk to make (a chain of a thousand events is a valid document).
  if (!graph.mayReturnTo(event)) return;
  const seen = new Set<string>();
  const through: string[] = [];
  const relations = event.relations ?? NONE;
  let j = 0;
  for (; j < relations.length; j++) {
    const r = relations[j] as EventRelation;
    if (r.relation === "part-of" && r.target !== undefined && r.target !== event.id)
      if (graph.walkBack(r.target, event.id, seen, through)) break;
  }
  if (j === relations.length || through.some((id) => id < event.id)) return;
  context.add(
    "inconsistent",
    path.concat("relations", j, "target"),
    `makes "${event.id}" part of itself (through "${through.join('", "')}")`,
  );
}
