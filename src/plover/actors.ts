// A PLOVER record's actors as a document's entities and an event's participants, in either draft's
// shape: 0.8's `source` and `target` actors (`actorText`), 2.0's `actor` and `recipient` lists of
// entities (`entity_text`; PLOVER_MANUAL.tex, "Changes in treatment of political entities" and
// "Data Fields").
import type { EventParticipant, Organization } from "../generated/types.js";
import { isRecord } from "../core/json.js";
import type { MarkedPhrase } from "./markup.js";
import type { Reading } from "./reading.js";
import { preview } from "../core/issue.js";
import { escapePointerSegment } from "../core/pointer.js";

/** Where each side's actors are: a list under each name; both names of a side are read. */
const LISTS = [
  { key: "source", role: "source", tag: "SRC", draft: "0.8" },
  { key: "actor", role: "source", tag: "SRC", draft: "2.0" },
  { key: "target", role: "target", tag: "TAR", draft: "0.8" },
  { key: "recipient", role: "target", tag: "TAR", draft: "2.0" },
] as const;

const ACTOR_CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;
const SECTOR = /^[A-Za-z*]{1,40}$/;

/**
 * Where a 2.0 entity holds each thing, in the names of the manual's "Data Fields" table, then
 * those of its example actor block ("Country Names and Sector Codes": raw_text, entity_name,
 * country_name, sector_code). A 0.8 actor holds them in actorText, code and sector.
 */
const FIELDS = {
  "2.0": {
    words: ["entity_text", "raw_text"],
    name: ["identifier_text", "entity_name"],
    code: ["code", "country_name"],
    sector: ["sector", "sector_code"],
  },
  "0.8": { words: ["actorText"], name: [], code: ["code"], sector: ["sector"] },
} as const;

/** The first of the names that holds a text, with that name. */
function field(
  r: Reading,
  actor: Record<string, unknown>,
  names: readonly string[],
  at: string,
): [string, string] | undefined {
  for (const key of names) {
    const value = r.text(actor[key]);
    if (value !== undefined) return [value, key];
    // A number or a list where the words or a code go is said, not dropped (found by a trial).
    if (actor[key] !== undefined && typeof actor[key] !== "string")
      r.unplace(`${at}/${escapePointerSegment(key)}`, "not-a-code", `is not text (got ${preview(actor[key])})`);
  }
  return undefined;
}

/** Where a 2.0 entity holds its Wikidata id: the "Data Fields" table's name, then the example block's. */
const WIKIDATA_IDS = ["identifier_id", "wikidata_id"];

/**
 * A 2.0 entity's Wikidata id, said as unverified: a coder's (or a resolver's) identification,
 * which the article does not state and no one has checked; an entity's `wikidata` holds a
 * verified QID only, and the document has no place for an unchecked one. Gives the keys said.
 */
function unverified(r: Reading, actor: Record<string, unknown>, at: string): string[] {
  return WIKIDATA_IDS.filter((key) => {
    const id = actor[key];
    if (id === undefined || id === "") return false;
    const qid = typeof id === "string" ? /Q[1-9]\d*$/.exec(id)?.[0] : undefined;
    r.unplace(
      `${at}/${key}`,
      "unverified",
      "a coder's Wikidata id, not verified: an entity's wikidata holds a verified QID only (check it, then set it)",
      qid === undefined ? undefined : { qid },
    );
    return true;
  });
}

/** An actor with no name is no entity. */
const unnamed = (r: Reading, at: string, draft: "0.8" | "2.0") =>
  r.unplace(
    at,
    "no-place",
    `an actor without ${draft === "0.8" ? "actorText" : "entity_text or code"}: no entity to make`,
  );

/**
 * The participant for one actor (its entity made), or none: unnamed, or the same as one before
 * (then on both sides). Its name is 2.0's canonical name, else the sentence's words for it (its
 * evidence), else (2.0) its code: the manual's simplest record has `"actor" : [{"code":"USA"}]`.
 */
function readActor(
  r: Reading,
  actor: Record<string, unknown>,
  at: string,
  { role, draft }: (typeof LISTS)[number],
  phrase: string | undefined,
  seen: Map<string, EventParticipant>,
): { participant: EventParticipant; entity: Organization } | undefined {
  const names = FIELDS[draft];
  const [words, canonical, coded, sectored] = [names.words, names.name, names.code, names.sector].map((n) =>
    field(r, actor, n, at),
  );
  const [code, sector] = [coded?.[0], sectored?.[0]];
  const name =
    canonical?.[0] ?? words?.[0] ?? (draft === "2.0" && code !== undefined && ACTOR_CODE.test(code) ? code : undefined);
  if (name === undefined) return void unnamed(r, at, draft);
  // A 2.0 entity's other fields (office, religion, age…) have no place; its Wikidata id is said apart.
  if (draft === "2.0") {
    const read = [words, canonical, coded, sectored].flatMap((f) => (f ? [f[1]] : []));
    r.unplaceRest(actor, at, new Set([...read, ...unverified(r, actor, at)]));
  }
  const key = JSON.stringify([name, code, sector]);
  const known = seen.get(key);
  if (known) {
    if (known.role !== role) known.role = "both";
    return undefined;
  }
  const id = r.id(name, "actor");
  const evidence = words && r.evidence(words[0], `${at}/${words[1]}`, phrase);
  const participant: EventParticipant = { entity: id, role };
  if (code !== undefined && ACTOR_CODE.test(code)) participant.actorCode = code;
  else if (code !== undefined)
    r.unplace(`${at}/${coded?.[1]}`, "not-a-code", `"${code}" is not an actor code`, { code });
  if (sector !== undefined && SECTOR.test(sector)) participant.sector = sector;
  else if (sector !== undefined) r.unplace(`${at}/${sectored?.[1]}`, "not-a-code", `"${sector}" is not a sector code`);
  if (evidence) participant.evidence = evidence;
  seen.set(key, participant);
  const aliases = words && words[0] !== name ? { aliases: [words[0]] } : {};
  // The coder's words found as they are in the sentence are where it names the entity: toPlover
  // gives them back as its actorText ("US" for the United States). Words found only in part
  // ("Greek" for "Greek-Cypriot") are the participant's evidence, not a mention.
  const [span] = evidence ?? [];
  const mentions = span && evidence?.length === 1 && span.text === words?.[0] ? { mentions: [{ ...span }] } : {};
  return { participant, entity: { type: "organization", id, name, ...aliases, ...mentions } };
}

/**
 * The actors of either draft: one organization entity each, one participant each on its side
 * (every entity of a 2.0 compound actor on the same side; one on both sides has role both).
 *
 * @example
 * ```ts
 * readActors(new Reading({ actor: [{ code: "USA" }] }, ""), []).participants; // => [{ entity: "usa", role: "source", actorCode: "USA" }]
 * ```
 */
export function readActors(
  r: Reading,
  phrases: readonly MarkedPhrase[],
): { participants: EventParticipant[]; entities: Organization[] } {
  const participants: EventParticipant[] = [];
  const entities: Organization[] = [];
  const seen = new Map<string, EventParticipant>();
  for (const list of LISTS) {
    const actors = r.record[list.key];
    if (!Array.isArray(actors)) {
      if (actors !== undefined && actors !== "")
        r.unplace(`/${list.key}`, "no-place", `${list.key} is not a list of actors`);
      continue;
    }
    // A coder may write an actor in other words than the sentence's ("Greek-Cypriot" for "Greek"):
    // then its evidence is the side's marked phrase in the same place.
    const marked = phrases.filter((p) => p.tag.split("/").includes(list.tag));
    actors.forEach((actor: unknown, i: number) => {
      const at = `/${list.key}/${i}`;
      const made = isRecord(actor) ? readActor(r, actor, at, list, marked[i]?.text, seen) : unnamed(r, at, list.draft);
      if (made) {
        participants.push(made.participant);
        entities.push(made.entity);
      }
    });
  }
  return { participants, entities };
}
