import type { Entity, NewsEvent } from "../../generated/types.js";
import { toPointer } from "../../core/pointer.js";
import { EVENT_KINDS, TAG_VALUES } from "../../generated/schema-facts.js";
import { NONE, type DocumentContext, type Path, type Target } from "./context.js";

/*
 * Reference integrity: ids are unique, every reference names something of the kind it must, and
 * no place is inside itself.
 */

/* The kinds a reference may name, by what it is for. */

/** Who can act, speak or take part: a person, a country or an organization. */
export const ANY_ACTOR: readonly Target[] = ["entity:person", "entity:country", "entity:organization"];
/** A state or a body: what a person holds office in, a participant represents, a party is. */
export const STATE_OR_BODY: readonly Target[] = ["entity:country", "entity:organization"];
/** Where something happened: a place or a country. */
export const PLACE: readonly Target[] = ["entity:place", "entity:country"];
/** Any news event. */
export const EVENT: readonly Target[] = EVENT_KINDS.map((kind) => `event:${kind}` as const);
/** What a date can be stated relative to: an event, or a step of a coup. */
export const MOMENT: readonly Target[] = [...EVENT, "step"];
/** Who or what a quote or claim is attributed to: an actor, a document the article names, or a source. */
export const ACTOR_OR_SOURCE: readonly Target[] = [...ANY_ACTOR, "entity:document", "source"];
/** What a coup's step targets: an actor, or a place. */
export const ACTOR_OR_PLACE: readonly Target[] = [...ANY_ACTOR, "entity:place"];
/** A country. */
export const COUNTRY: readonly Target[] = ["entity:country"];
/** A meeting (where a dated part happened). */
export const MEETING: readonly Target[] = ["event:Meeting"];
/** A partnership (what a meeting advanced). */
export const PARTNERSHIP: readonly Target[] = ["event:Partnership"];
/** What a partnership transforms into: a body, or another partnership. */
export const BODY_OR_PARTNERSHIP: readonly Target[] = ["entity:organization", "event:Partnership"];
/** The lists that name an event of any kind, a user-defined kind's too (docs/custom-kinds.md). */
const ANY_KIND = new WeakSet<readonly Target[]>([EVENT, MOMENT]);

/** A claim (what a denial denies). */
export const CLAIM: readonly Target[] = ["claim"];
/** A source (of a verification). */
export const SOURCE: readonly Target[] = ["source"];

/**
 * What a reference of a user-defined kind may name, from its `refersTo` (kinds build): each entity
 * type as `entity:…`, `event` as an event of any kind (a user-defined kind's too), any other name
 * as that event kind. Make it once per field: the list itself says that it takes any kind.
 *
 * @example
 * ```ts
 * refersToTargets(["person", "organization"]); // => ["entity:person", "entity:organization"]
 * ```
 */
export function refersToTargets(names: readonly string[]): readonly Target[] {
  const others = names
    .filter((name) => name !== "event")
    .map((name): Target => (TAG_VALUES["type"]?.includes(name) ? `entity:${name}` : `event:${name}`));
  if (!names.includes("event")) return others;
  const list = others.length === 0 ? EVENT : [...EVENT, ...others];
  ANY_KIND.add(list);
  return list;
}

/** "entity:" or "event:" and a type or kind, made once per name (a string per id allocates). */
const targetNames = { "entity:": new Map<string, Target>(), "event:": new Map<string, Target>() };
function targetOf(prefix: "entity:" | "event:", name: string): Target {
  const names = targetNames[prefix];
  let target = names.get(name);
  if (target === undefined) {
    target = `${prefix}${name}` as Target;
    // Kinds are a few dozen; a document of made-up kinds is refused by the schema, but never grow without end.
    if (names.size < 1000) names.set(name, target);
  }
  return target;
}

/** The lists whose items have ids, in the order ids are registered. */
const ID_LISTS = ["entities", "events", "quotes", "claims", "sources", "verifications", "updates"] as const;

const LIST_TARGET: Record<string, Target> = {
  quotes: "quote",
  claims: "claim",
  sources: "source",
  verifications: "verification",
  updates: "update",
};

/**
 * Calls `visit` with every id the document declares, in document order, with what it names and
 * where (a list, an index, and a list inside that item). Stops when `visit` returns true.
 */
function eachId(
  doc: DocumentContext["doc"],
  visit: (id: string, target: Target, list: string, i: number, sub?: string, j?: number, item?: object) => boolean,
): void {
  for (let l = 0; l < ID_LISTS.length; l++) {
    const list = ID_LISTS[l] as (typeof ID_LISTS)[number];
    const items = doc[list] as readonly { id: string; type?: string; kind?: string }[] | undefined;
    if (items === undefined) continue;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as { id: string; type?: string; kind?: string };
      const target =
        list === "entities"
          ? targetOf("entity:", item.type as string)
          : list === "events"
            ? targetOf("event:", item.kind as string)
            : (LIST_TARGET[list] as Target);
      if (visit(item.id, target, list, i, undefined, undefined, item)) return;
    }
  }
  // `?? NONE`: an empty list literal would be a new array for every event without quantities.
  const events = doc.events ?? NONE;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as NewsEvent;
    if (event.kind === "Coup" && event.steps !== undefined)
      for (let j = 0; j < event.steps.length; j++)
        if (visit((event.steps[j] as { id: string }).id, "step", "events", i, "steps", j, event.steps[j])) return;
    const quantities = event.quantities ?? NONE;
    for (let j = 0; j < quantities.length; j++) {
      const id = (quantities[j] as { id?: string }).id;
      if (id !== undefined && visit(id, "quantity", "events", i, "quantities", j, quantities[j])) return;
    }
  }
}

/** The path of an id's declaration, from what {@link eachId} says. */
const declaration = (list: string, i: number, sub?: string, j?: number): Path =>
  sub === undefined ? [list, i] : [list, i, sub, j as number];

/**
 * Registers every id of the document with what it names; a second use of an id is an issue, which
 * names where the first is (found again then: the map holds no path for every id).
 *
 * @example
 * ```ts
 * collectIds(context); // context.ids.get("putin") => "entity:person"
 * ```
 */
export function collectIds(context: DocumentContext): void {
  const { doc, ids } = context;
  eachId(doc, (id, target, list, i, sub, j, item) => {
    if (!ids.add(id, target, item as object)) {
      if (list === "entities") (context.lateEntities ??= new Map()).set(id, item as Entity);
      // Where the first one is: found again by walking the ids, only for an issue that is shown (a
      // document repeating its 20,000 ids walked them all for each repeat: 6.4 s).
      let first: Path | undefined;
      if (context.showsNextIssue)
        eachId(doc, (other, _t, list2, i2, sub2, j2) => {
          if (other === id) first = declaration(list2, i2, sub2, j2);
          return other === id;
        });
      context.add(
        "duplicate-id",
        [...declaration(list, i, sub, j), "id"],
        first === undefined ? `"${id}" is already used` : `"${id}" is already used at ${toPointer(first)}`,
        { id },
      );
    }
    return false;
  });
}

/**
 * The id at `parent` + `key` (+ `index`, + `last`) names something of an allowed kind (`allowed`
 * null: any entity or event). The path is built only for an issue: most references are right.
 *
 * @example
 * ```ts
 * checkRef(context, quote.event, EVENT, ["quotes", 0], "event"); // "dangling-reference" at /quotes/0/event when no event has that id
 * ```
 */
export function checkRef(
  context: DocumentContext,
  id: string,
  allowed: readonly Target[] | null,
  parent: Path,
  key?: string | number,
  index?: string | number,
  last?: string | number,
): void {
  if (refHolds(context, id, allowed)) return;
  const found = context.ids.target(id);
  const path = [...parent];
  for (const step of [key, index, last]) if (step !== undefined) path.push(step);
  if (!found) {
    const kinds = allowed === null ? "entity or event" : describeTargets(allowed, false);
    context.add("dangling-reference", path, `no ${kinds} has id "${id}"`, { id });
  } else {
    context.add(
      "wrong-reference-type",
      path,
      `"${id}" is ${describeTargets([found])}, expected ${allowed === null ? "an entity or event" : describeTargets(allowed)}`,
      { id },
    );
  }
}

/**
 * True when the id names something of an allowed kind (`allowed` null: any entity or event).
 *
 * @example
 * ```ts
 * refHolds(context, "putin", ANY_ACTOR); // => true when an entity "putin" is a person
 * ```
 */
export function refHolds(context: DocumentContext, id: string, allowed: readonly Target[] | null): boolean {
  const found = context.ids.target(id);
  return (
    found !== undefined &&
    (allowed === null
      ? found.startsWith("entity:") || found.startsWith("event:")
      : allowed.includes(found) || (found.startsWith("event:") && ANY_KIND.has(allowed)))
  );
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
 * A place is inside a place or country, never inside itself however far up the chain goes. A
 * cycle is reported once, at its place with the smallest id.
 *
 * @example
 * ```ts
 * checkWithin(context, "palace", "square", ["entities", 3], "within"); // "inconsistent" when "square" is within "palace"
 * ```
 */
export function checkWithin(context: DocumentContext, id: string, within: string, parent: Path, key: string): void {
  checkRef(context, within, PLACE, parent, key);
  // Most places are in a country, which is in nothing: no chain to follow, no set to make.
  if (within !== id && context.entities.get(within)?.type !== "place") return;
  const seen = new Set([id]);
  for (let next: string | undefined = within; next !== undefined;) {
    if (next === id) {
      if ([...seen].every((member) => member >= id))
        context.add(
          "inconsistent",
          parent.concat(key),
          `makes "${id}" a place inside itself (through "${[...seen].slice(1).join('", "')}")`,
        );
      return;
    }
    if (seen.has(next)) return;
    seen.add(next);
    const entity = context.entities.get(next);
    next = entity?.type === "place" ? entity.within : undefined;
  }
}
