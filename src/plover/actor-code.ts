import type { Entity } from "../generated/types.js";

/*
 * An actor's PLOVER code and sector, from what the document says of its entity when the
 * participant gives none: the country it is or represents (its government, GOV) or serves; the
 * group of an intergovernmental organisation (IGO, as the gold standard codes the UN, NATO, the
 * OSCE and the Arab League, and their organs and officials); an organisation's own country.
 */

/** Steps up a chain of `partOf` at most: a loop in the document ends the walk. */
const MAX_STEPS = 16;

/**
 * Whether a position holds on `day`: its dates compare as text, cut to their length (a position
 * ending in "2023" holds on any day of 2023), as validation holds them.
 *
 * @example
 * ```ts
 * holdsOn({ start: "2019", end: "2023-07-26" }, "2023-07-26"); // => true
 * ```
 */
export function holdsOn(position: { start?: string; end?: string }, day: string): boolean {
  const { start, end } = position;
  return (
    (start === undefined || start <= day.slice(0, start.length)) &&
    (end === undefined || end >= day.slice(0, end.length))
  );
}

/**
 * The code of a country or an organisation's group: a country's ISO 3166-1 alpha-3 code; `IGO` for
 * an organisation with a country among its members (an alliance, a union) or a body that is part
 * of one; else the code of the organisation's own country, or of the nearest body above it that
 * has one. Undefined for anything else, or when nothing says.
 *
 * @example
 * ```ts
 * groupCode(byId.get("nato"), byId); // => "IGO"
 * groupCode(byId.get("presidential-guard"), byId); // => "NER" (its country is Niger)
 * ```
 */
export function groupCode(entity: Entity | undefined, byId: ReadonlyMap<string, Entity>): string | undefined {
  if (entity?.type === "country") return entity.iso3;
  let home: string | undefined;
  let at = entity;
  for (let step = 0; at?.type === "organization" && step < MAX_STEPS; step++) {
    if (at.members?.some((id) => byId.get(id)?.type === "country")) return "IGO";
    const own = at.country === undefined ? undefined : byId.get(at.country);
    if (own?.type === "country") home ??= own.iso3;
    const up: Entity | undefined = at.partOf === undefined ? undefined : byId.get(at.partOf);
    if (up?.type === "country") return home ?? up.iso3;
    at = up;
  }
  return home;
}

/**
 * An actor's code and sector: the participant's own, else those the document implies. A country, or
 * someone who represents one, is its government (GOV); someone who holds an office of a country on
 * `day` is coded by that country with no sector (a general's office is the army's, a president's
 * the government's: the title does not say which in a code); an organisation, or someone who
 * represents one or holds an office of it, is coded by its group ({@link groupCode}) with no
 * sector: a junta is not the government it overthrew.
 *
 * @example
 * ```ts
 * actorCode(shoigu, { represents: "russia" }, byId, "2023-11-01"); // => { code: "RUS", sector: "GOV" }
 * ```
 */
export function actorCode(
  entity: Entity,
  participant: { actorCode?: string; sector?: string; represents?: string },
  byId: ReadonlyMap<string, Entity>,
  day: string,
): { code?: string; sector?: string } {
  const represented = participant.represents === undefined ? undefined : byId.get(participant.represents);
  const country = [entity, represented].find((e) => e?.type === "country");
  const code =
    participant.actorCode ??
    groupCode(country, byId) ??
    groupCode(entity, byId) ??
    groupCode(represented, byId) ??
    officeCode(entity, byId, day);
  // An office says whose it is, not which sector: a general's is the army's, a president's the government's.
  const sector = participant.sector ?? (country !== undefined ? "GOV" : undefined);
  return { ...(code !== undefined ? { code } : {}), ...(sector !== undefined ? { sector } : {}) };
}

/** The code of the first office a person holds on `day` whose body has one ({@link groupCode}). */
function officeCode(entity: Entity, byId: ReadonlyMap<string, Entity>, day: string): string | undefined {
  if (entity.type !== "person") return undefined;
  for (const position of entity.positions ?? []) {
    const code =
      position.of !== undefined && holdsOn(position, day) ? groupCode(byId.get(position.of), byId) : undefined;
    if (code !== undefined) return code;
  }
  return undefined;
}
