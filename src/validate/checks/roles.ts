import type { NewsEvent } from "../../generated/types.js";
import type { Coded } from "../../core/coded.js";
import { NONE, type AddIssue, type Path } from "./context.js";

/*
 * One actor in two roles of one event that exclude each other (issue 22): the perpetrators' side
 * and the government's in a coup, host and visitor at a meeting. checks/impossible.ts reports it
 * for the full path; the one pass (src/validate/fast-path.ts) asks {@link rolesExclude} of each
 * participant against those before it, as it reads them.
 */

/** Roles that one actor cannot hold together in one event, by kind. */
const EXCLUSIVE_ROLES: Readonly<Record<NewsEvent["kind"], readonly (readonly [string, string])[]>> = {
  // The perpetrators' side against the government's; and removed against kept in power.
  Coup: [
    ["perpetrator", "ousted"],
    ["perpetrator", "target"],
    ["perpetrator", "loyalist"],
    ["leader", "ousted"],
    ["leader", "target"],
    ["leader", "loyalist"],
    ["supporter", "ousted"],
    ["supporter", "target"],
    ["supporter", "loyalist"],
    ["ousted", "target"],
  ],
  // Any other event: who did it is not who it was done to.
  Event: [["perpetrator", "victim"]],
  // A host receives the visitor; an observer is no party to the talks.
  Meeting: [
    ["host", "visitor"],
    ["observer", "host"],
    ["observer", "visitor"],
    ["observer", "participant"],
  ],
  // One-way help from and to the same party; an observer is not bound by what it observes.
  Partnership: [
    ["provider", "beneficiary"],
    ["observer", "party"],
    ["observer", "signatory"],
  ],
};

/**
 * The pairs of `kind`: a kind of the user's own (docs/custom-kinds.md) is built on the general
 * event, and its participants are held to the general event's pairs.
 */
const pairsOf = (kind: NewsEvent["kind"]) => EXCLUSIVE_ROLES[kind] ?? EXCLUSIVE_ROLES.Event;

/**
 * True when one actor cannot hold roles `a` and `b` together in an event of `kind` (either order).
 *
 * @example
 * ```ts
 * rolesExclude("Meeting", "visitor", "host"); // => true
 * rolesExclude("Meeting", "host", "host"); // => false
 * rolesExclude("Election" as NewsEvent["kind"], "perpetrator", "victim"); // => true (a kind of one's own)
 * ```
 */
export function rolesExclude(kind: NewsEvent["kind"], a: unknown, b: unknown): boolean {
  const pairs = pairsOf(kind);
  for (let p = 0; p < pairs.length; p++) {
    const pair = pairs[p] as (typeof pairs)[number];
    if ((a === pair[0] && b === pair[1]) || (a === pair[1] && b === pair[0])) return true;
  }
  return false;
}

/**
 * Participants of one entity in two roles of an event of `kind` that exclude each other, given
 * the event's participants as read (the one pass gives them).
 *
 * @example
 * ```ts
 * checkRoles("Meeting", [{ entity: "a", role: "host" }, { entity: "a", role: "visitor" }], [], add); // → "inconsistent"
 * ```
 */
export function checkRoles(
  kind: NewsEvent["kind"],
  list: readonly { entity: string; role: Coded }[] | undefined,
  path: Path,
  add: AddIssue,
): void {
  const participants = list ?? NONE;
  // A short list is searched backwards (no map per event on the valid path); a long one indexed.
  const latest = participants.length <= 64 ? latestBefore : indexRoles(participants);
  const pairs = pairsOf(kind);
  for (let j = 0; j < participants.length; j++) {
    const participant = participants[j] as (typeof participants)[number];
    // Each field read once: events come in many shapes, where every read of a field costs the same.
    const role = participant.role;
    if (typeof role !== "string") continue;
    let entity: string | undefined;
    // Index loops: `for of` with destructuring runs the iterator protocol per pair per participant.
    for (let p = 0; p < pairs.length; p++) {
      const pair = pairs[p] as (typeof pairs)[number];
      const a = pair[0];
      const b = pair[1];
      const other = role === a ? b : role === b ? a : undefined;
      if (other === undefined || j === 0) continue;
      entity ??= participant.entity;
      const first = latest(participants, j, entity, other);
      if (first !== -1)
        add(
          "inconsistent",
          path.concat("participants", j, "role"),
          `is "${role}", but participants/${first} gives "${entity}" the role "${other}": one actor cannot be both`,
          { entity, role, other },
        );
    }
  }
}

type Participants = readonly { entity: string; role: Coded }[];

/** The last participant before `j` that gives `entity` the role `role`, or -1. */
function latestBefore(participants: Participants, j: number, entity: string, role: string): number {
  for (let k = j - 1; k >= 0; k--) {
    const p = participants[k] as Participants[number];
    if (p.role === role && p.entity === entity) return k;
  }
  return -1;
}

/** {@link latestBefore} by an index of every participant's entity and role, for a long list. */
function indexRoles(participants: Participants): typeof latestBefore {
  const at = new Map<string, number[]>();
  participants.forEach((p, k) => {
    if (typeof p.role !== "string") return;
    const key = JSON.stringify([p.entity, p.role]);
    const list = at.get(key);
    if (list) list.push(k);
    else at.set(key, [k]);
  });
  return (_participants, j, entity, role) => {
    const list = at.get(JSON.stringify([entity, role])) ?? [];
    for (let n = list.length - 1; n >= 0; n--) if ((list[n] as number) < j) return list[n] as number;
    return -1;
  };
}
