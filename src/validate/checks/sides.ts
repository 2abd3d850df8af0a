import type { Entity, Meeting } from "../../generated/types.js";
import type { Coded } from "../../core/coded.js";
import type { AddIssue, Path } from "./context.js";

/*
 * The sides of an event (issue 12): who each participant stands for, and what a meeting's scale
 * and third location say of them. event-consistency.ts checks a document's events with them; the
 * one pass (src/validate/fast-path.ts) gives a meeting's fields as it read them.
 */

/**
 * The sides of an event: each participant's state or body if it represents one, else itself.
 *
 * @example
 * ```ts
 * sidesOf([{ entity: "a", represents: "x", role: "party" }], () => true); // => Set { "x" }
 * ```
 */
export function sidesOf(
  participants: readonly { entity: string; represents?: string; role: Coded }[],
  counted: (role: Coded) => boolean,
): Set<string> {
  // One set, filled in a loop: no filtered and mapped copies of the list.
  const sides = new Set<string>();
  for (let j = 0; j < participants.length; j++) {
    const p = participants[j] as (typeof participants)[number];
    if (counted(p.role)) sides.add(p.represents ?? p.entity);
  }
  return sides;
}

/** A meeting's side: not a mediator or an observer. */
const isMeetingSide = (role: Coded): boolean => role !== "mediator" && role !== "observer";
/**
 * A partnership's party: not a guarantor, an observer or a depositary.
 *
 * @example
 * ```ts
 * isPartnershipSide("guarantor"); // => false
 * ```
 */
export const isPartnershipSide = (role: Coded): boolean =>
  role !== "guarantor" && role !== "observer" && role !== "depositary";

/** The country an entity is in: itself for a country, its `country` for a place or organization. */
function countryOf(id: string | undefined, entities: Pick<ReadonlyMap<string, Entity>, "get">): string | undefined {
  const entity = id === undefined ? undefined : entities.get(id);
  if (!entity) return undefined;
  if (entity.type === "country") return entity.id;
  return entity.type === "place" || entity.type === "organization" ? entity.country : undefined;
}

/**
 * A meeting's scale against its sides, and a third location in none of the sides' countries, given
 * the meeting's fields as read (the one pass gives them).
 *
 * @example
 * ```ts
 * checkMeetingSides(true, "moscow", "bilateral", participants, ["events", 0], entities, add); // the venue in a side's country → "inconsistent"
 * ```
 */
export function checkMeetingSides(
  thirdLocation: boolean | undefined,
  location: string | undefined,
  scale: Meeting["scale"],
  participants: Meeting["participants"],
  path: Path,
  entities: Pick<ReadonlyMap<string, Entity>, "get">,
  add: AddIssue,
): void {
  // Sides are counted only when a claim needs them: more than two participants to be
  // bilateral, or a venue in a known country to be a third location.
  const venueCountry = thirdLocation === true ? countryOf(location, entities) : undefined;
  const countSides = scale === "bilateral" && participants.length > 2;
  if (!countSides && venueCountry === undefined) return;
  const sides = sidesOf(participants, isMeetingSide);
  if (countSides && sides.size > 2)
    add(
      "inconsistent",
      path.concat("scale"),
      `is bilateral, but the participants stand for ${sides.size} sides (${[...sides].join(", ")})`,
    );
  if (venueCountry !== undefined && sides.has(venueCountry)) {
    add("inconsistent", path.concat("thirdLocation"), `is true, but the venue is in ${venueCountry}, one of the sides`);
  }
}
