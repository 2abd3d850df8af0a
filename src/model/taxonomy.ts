import type { Coup, GeneralEvent, Meeting, NewsEvent, Partnership } from "../generated/types.js";

/**
 * IPTC Media Topic codes used by the taxonomy, with their English labels, as in IPTC's own export
 * (release 2026-07-02, CC BY 4.0; read in the `survos/media-topics` mirror,
 * `resources/mediatopic.json`). Each comment gives the concept's place in the tree and the
 * Wikidata item IPTC declares as its `exactMatch`.
 */
export const IPTC_MEDIA_TOPICS = {
  /** conflict, war and peace > coup d'etat (exactMatch Q45382) */
  "20000070": "coup d'etat",
  /** economy > macro economics > international trade > trade agreements */
  "20000374": "trade agreements",
  /** politics > government > national security, "defence" until IPTC's 2025-03-31 relabel (exactMatch Q17991228) */
  "20000598": "national security",
  /** politics > international relations (exactMatch Q166542) */
  "20000638": "international relations",
  /** international relations > diplomacy (exactMatch Q1889) */
  "20000639": "diplomacy",
  /** diplomacy > summit meeting (exactMatch Q1072326) */
  "20000640": "summit meeting",
  /** diplomacy > treaty: "a written agreement between international entities that is binding under international law" (exactMatch Q131569) */
  "20000641": "treaty",
} as const;

/** An IPTC Media Topic code this library maps to. */
export type IptcMediaTopic = keyof typeof IPTC_MEDIA_TOPICS;

/**
 * Wikidata classes used by the taxonomy, with their labels and where each was verified. Only
 * event classes are assigned to events: a treaty is a document, not the event of its signing.
 */
export const WIKIDATA_CLASSES = {
  /** meeting: every Meeting. Not an IPTC exactMatch; labelled "meeting" alike by several independent public event vocabularies. */
  Q2761147: "meeting",
  /** coup d'état: every Coup. IPTC's exactMatch of medtop:20000070. */
  Q45382: "coup d'état",
  /** treaty, the written instrument (IPTC's exactMatch of medtop:20000641): for users' mappings of an instrument; never assigned to an event. */
  Q131569: "treaty",
  /** military alliance: listed for users' own mappings; not assigned automatically, as a defence partnership is not an alliance. */
  Q1127126: "military alliance",
} as const;

/** A Wikidata class this library maps to. */
export type WikidataClass = keyof typeof WIKIDATA_CLASSES;

/** Codes that place an event in the research and newsroom vocabularies. */
export interface EventCodes {
  /** CAMEO event codes (GDELT). Empty for coups (CAMEO has no coup code) and for a cancelled meeting. */
  readonly cameo: readonly string[];
  /**
   * PLOVER category (POLECAT): a coup is COERCE (mode seize), ASSAULT when its steps include an
   * assault. Absent for a cancelled meeting, which did not take place.
   */
  readonly ploverCategory?: string;
  /** PLOVER mode within the category, when one applies (visit, third-party, phone…). */
  readonly ploverMode?: string;
  /** PLOVER contexts (military, economic, pro_autocracy…). */
  readonly ploverContexts: readonly string[];
  /** IPTC Media Topic codes, without the `medtop:` prefix. */
  readonly iptcMediaTopics: readonly IptcMediaTopic[];
  /** Wikidata classes the event is an instance of. */
  readonly wikidataClasses: readonly WikidataClass[];
}

/** The research codes of an event: CAMEO and PLOVER (its classes come from {@link eventClasses}). */
type ResearchCodes = Omit<EventCodes, "iptcMediaTopics" | "wikidataClasses">;

function classifyMeeting(meeting: Meeting): ResearchCodes {
  // CAMEO and PLOVER code what was done or said: a meeting called off is no meeting (its
  // cancellation, when it is news, is an event of its own).
  if (meeting.status === "cancelled") return { cameo: [], ploverContexts: [] };
  const roles = new Set(meeting.participants.map((p) => p.role));
  const planned = meeting.status === "planned" || meeting.status === "postponed";
  const cameo: string[] = [];
  let ploverMode: string | undefined;
  if (planned) cameo.push("036");
  else if (meeting.attendance === "remote") {
    cameo.push("041");
    ploverMode = "phone";
  } else if (meeting.thirdLocation) {
    cameo.push("044");
    ploverMode = "third-party";
  } else if (roles.has("host") || roles.has("visitor")) {
    cameo.push("042", "043");
    // A summit its host holds for many (NATO's in Vilnius) is PLOVER's multilateral meeting, not
    // one side's visit to another.
    ploverMode = meeting.scale === "multilateral" ? "multilateral" : "visit";
  } else cameo.push("040");
  if (roles.has("mediator")) cameo.push("045");
  if (!planned && meeting.scale === "multilateral" && ploverMode === undefined) ploverMode = "multilateral";
  return {
    cameo,
    // PLOVER codes future meetings as AGREE and held ones as CONSULT.
    ploverCategory: planned ? "AGREE" : "CONSULT",
    ...(ploverMode !== undefined && !planned ? { ploverMode } : {}),
    ploverContexts: ["diplomatic"],
  };
}

/** A coup as PLOVER codes it: COERCE, the seizure (mode seize) of power; ASSAULT when its steps include an assault. */
function classifyCoup(coup: Coup): ResearchCodes {
  const assault = (coup.steps ?? []).some((s) => s.action === "assault");
  return {
    cameo: [],
    ploverCategory: assault ? "ASSAULT" : "COERCE",
    ...(assault ? {} : { ploverMode: "seize" }),
    ploverContexts: ["pro_autocracy", "political_institutions", "military"],
  };
}

// Sets of unknown: a domain may be a coded term, which is in neither.
const MILITARY_DOMAINS: ReadonlySet<unknown> = new Set(["defence", "military-technical", "security"]);
const ECONOMIC_DOMAINS: ReadonlySet<unknown> = new Set(["economy", "trade", "energy", "technology-transfer"]);

function classifyPartnership(partnership: Partnership): ResearchCodes {
  const military = partnership.domains.some((d) => MILITARY_DOMAINS.has(d));
  const economic = partnership.domains.some((d) => ECONOMIC_DOMAINS.has(d));
  const oneWay = partnership.symmetry === "one-way";
  const cameo: string[] = [];
  let ploverCategory: string;
  let ploverMode: string | undefined;
  const stage = partnership.stage;
  switch (typeof stage === "object" ? "coded" : stage) {
    case "proposed":
    // Agreed in principle or initialled: intent expressed, nothing signed yet.
    case "agreed-in-principle":
    case "initialled":
      ploverCategory = "AGREE";
      if (military) cameo.push("0312");
      if (economic) cameo.push("0311");
      if (cameo.length === 0) cameo.push("030");
      break;
    case "negotiating":
      // CAMEO 046, "Engage in negotiation": PLOVER CONSULT in the CAMEO→PLOVER table.
      ploverCategory = "CONSULT";
      cameo.push("046");
      break;
    case "signed":
      ploverCategory = "SUPPORT";
      cameo.push("057");
      break;
    case "provisionally-applied":
    case "in-force":
      ploverCategory = oneWay ? "AID" : "COOPERATE";
      if (military) cameo.push(oneWay ? "072" : "062");
      if (economic) cameo.push(oneWay ? "071" : "061");
      if (partnership.domains.includes("intelligence")) cameo.push("064");
      if (cameo.length === 0) cameo.push(oneWay ? "070" : "060");
      break;
    case "suspended":
    case "ended":
      ploverCategory = "SANCTION";
      ploverMode = "discontinue";
      cameo.push("160");
      break;
    default:
      // A coded stage says its own PLOVER type or CAMEO code; any other term, an agreement.
      ploverCategory = typeof stage === "object" && stage.scheme === "plover" ? stage.code : "AGREE";
      if (typeof stage === "object" && stage.scheme === "cameo") cameo.push(stage.code);
  }
  const contexts = new Set<string>();
  if (military) contexts.add("military");
  if (economic) contexts.add("economic");
  if (partnership.domains.includes("intelligence")) contexts.add("intelligence");
  if (partnership.domains.includes("diplomacy") || stage === "negotiating") contexts.add("diplomatic");
  return {
    cameo,
    ploverCategory,
    ...(ploverMode !== undefined ? { ploverMode } : {}),
    ploverContexts: [...contexts],
  };
}

/**
 * A general event carries its own codes; so may an event of a kind of the user's own
 * (docs/custom-kinds.md), built on the general event, whose fields of these names are its own
 * to define: a code is read only where it is a term's (`{ code }`).
 */
function classifyGeneral(event: GeneralEvent): ResearchCodes {
  const plover = codeOf(event.plover);
  const mode = codeOf(event.mode);
  return {
    cameo: codesOf(event.cameo),
    ...(plover !== undefined ? { ploverCategory: plover } : {}),
    ...(mode !== undefined ? { ploverMode: mode } : {}),
    ploverContexts: codesOf(event.contexts),
  };
}

/** The code of a coded term, or undefined for anything else. */
const codeOf = (term: unknown): string | undefined => {
  const code = typeof term === "object" && term !== null ? (term as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
};

/** The codes of a list of coded terms (anything else in it, or no list, gives none). */
const codesOf = (terms: unknown): string[] =>
  Array.isArray(terms) ? terms.map(codeOf).filter((code): code is string => code !== undefined) : [];

/**
 * Maps an event to CAMEO, PLOVER, IPTC Media Topic and Wikidata codes, from its kind and its
 * details (a held visit is CAMEO 042/043, a phone call 041, a signed partnership 057…).
 *
 * @example
 * ```ts
 * classifyEvent(coup).iptcMediaTopics; // => ["20000070"]
 * classifyEvent(coup).wikidataClasses; // => ["Q45382"]
 * ```
 */
export function classifyEvent(event: NewsEvent): EventCodes {
  // Any kind but the three the library knows is the general event's (a kind of the user's own).
  const research =
    event.kind === "Meeting"
      ? classifyMeeting(event)
      : event.kind === "Coup"
        ? classifyCoup(event)
        : event.kind === "Partnership"
          ? classifyPartnership(event)
          : classifyGeneral(event as GeneralEvent);
  // Written out rather than spread ({ ...research, ...classes }): spreading objects of several
  // shapes took 2 µs an event, most of what the events table's derived columns cost an export.
  const { cameo, ploverCategory, ploverMode, ploverContexts } = research;
  const { iptcMediaTopics, wikidataClasses } = eventClasses(event);
  if (ploverCategory === undefined)
    return ploverMode === undefined
      ? { cameo, ploverContexts, iptcMediaTopics, wikidataClasses }
      : { cameo, ploverMode, ploverContexts, iptcMediaTopics, wikidataClasses };
  return ploverMode === undefined
    ? { cameo, ploverCategory, ploverContexts, iptcMediaTopics, wikidataClasses }
    : { cameo, ploverCategory, ploverMode, ploverContexts, iptcMediaTopics, wikidataClasses };
}

/**
 * The classes of an event in the newsroom and linked-data vocabularies: IPTC Media Topics and
 * Wikidata classes (what JSON-LD and ninjs need, without the research codes of
 * {@link classifyEvent}).
 *
 * @example
 * ```ts
 * eventClasses(coup); // => { iptcMediaTopics: ["20000070"], wikidataClasses: ["Q45382"] }
 * ```
 */
export function eventClasses(event: NewsEvent): Pick<EventCodes, "iptcMediaTopics" | "wikidataClasses"> {
  switch (event.kind) {
    case "Meeting":
      return {
        iptcMediaTopics: event.scale === "multilateral" ? ["20000639", "20000640"] : ["20000639"],
        wikidataClasses: ["Q2761147"],
      };
    case "Coup":
      return { iptcMediaTopics: ["20000070"], wikidataClasses: ["Q45382"] };
    case "Partnership": {
      const iptc: IptcMediaTopic[] = ["20000638"];
      // IPTC's treaty is a binding instrument between states: not a memorandum, contract or roadmap.
      if (event.instrument?.type === "treaty") iptc.push("20000641");
      if (event.domains.some((d) => MILITARY_DOMAINS.has(d))) iptc.push("20000598");
      if (event.domains.includes("trade")) iptc.push("20000374");
      return { iptcMediaTopics: iptc, wikidataClasses: [] };
    }
    default:
      // A general event's classes and topics are its own (`classes`, `topics`), not the
      // library's; so are those of a kind of the user's own, built on it.
      return { iptcMediaTopics: [], wikidataClasses: [] };
  }
}
