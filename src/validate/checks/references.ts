import { toPointer } from "../../core/pointer.js";
import { EVENT_KINDS } from "../../generated/schema-facts.js";
import type { DocumentContext, Path, Target } from "./context.js";

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
const ANY_KIND: ReadonlySet<readonly Target[]> = new Set([EVENT, MOMENT]);
/** A claim (what a denial denies). */
export const CLAIM: readonly Target[] = ["claim"];
/** A source (of a verification). */
export const SOURCE: readonly Target[] = ["source"];

/**
 * Registers every id of the document with what it names; a second use of an id is an issue.
 *
 * @example
 * ```ts
 * collectIds(context); // context.ids.get("putin") => { target: "entity:person", path: ["entities", 0] }
 * ```
 */
export function collectIds(context: DocumentContext): void {
  const { doc, ids } = context;
  const register = (id: string, target: Target, path: Path) => {
    const previous = ids.get(id);
    if (previous)
      context.add("duplicate-id", [...path, "id"], `"${id}" is already used at ${toPointer(previous.path)}`, { id });
    else ids.set(id, { target, path });
  };
  doc.entities?.forEach((e, i) => register(e.id, `entity:${e.type}`, ["entities", i]));
  doc.events?.forEach((e, i) => register(e.id, `event:${e.kind}`, ["events", i]));
  doc.quotes?.forEach((q, i) => register(q.id, "quote", ["quotes", i]));
  doc.claims?.forEach((c, i) => register(c.id, "claim", ["claims", i]));
  doc.sources?.forEach((s, i) => register(s.id, "source", ["sources", i]));
  doc.verifications?.forEach((v, i) => register(v.id, "verification", ["verifications", i]));
  doc.updates?.forEach((u, i) => register(u.id, "update", ["updates", i]));
  doc.events?.forEach((e, i) => {
    if (e.kind === "Coup") e.steps?.forEach((step, j) => register(step.id, "step", ["events", i, "steps", j]));
    e.quantities?.forEach((q, j) => {
      if (q.id !== undefined) register(q.id, "quantity", ["events", i, "quantities", j]);
    });
  });
}

/**
 * The id at `parent` + `key` (+ `index`) names something of an allowed kind (`allowed` null:
 * any entity or event). The path is built only for an issue: most references are right.
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
  index?: number,
): void {
  const found = context.ids.get(id);
  if (
    found !== undefined &&
    (allowed === null
      ? found.target.startsWith("entity:") || found.target.startsWith("event:")
      : allowed.includes(found.target) || (found.target.startsWith("event:") && ANY_KIND.has(allowed)))
  )
    return;
  const path = key === undefined ? parent : index === undefined ? [...parent, key] : [...parent, key, index];
  if (!found) {
    const kinds = allowed === null ? "entity or event" : describeTargets(allowed, false);
    context.add("dangling-reference", path, `no ${kinds} has id "${id}"`, { id });
  } else {
    context.add(
      "wrong-reference-type",
      path,
      `"${id}" is ${describeTargets([found.target])}, expected ${allowed === null ? "an entity or event" : describeTargets(allowed)}`,
      { id },
    );
  }
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
 * checkWithin(context, "palace", "square", ["entities", 3, "within"]); // "inconsistent" when "square" is within "palace"
 * ```
 */
export function checkWithin(context: DocumentContext, id: string, within: string, path: Path): void {
  checkRef(context, within, PLACE, path);
  const seen = new Set([id]);
  for (let next: string | undefined = within; next !== undefined;) {
    if (next === id) {
      if ([...seen].every((member) => member >= id))
        context.add(
          "inconsistent",
          path,
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
