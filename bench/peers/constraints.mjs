// What the hand-written peers check, taken from the published schemas so that every peer has the
// same vocabularies and patterns as news-events itself. Each peer writes the shapes in its own
// library's idiom; the agreement gate (bench/peers/gate.mjs) proves they mean the same.
import { readFileSync } from "node:fs";

const schema = (name) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.json`, import.meta.url), "utf8"));
const defs = schema("defs").$defs;
const meeting = schema("meeting");
const coup = schema("coup");

/** Pattern sources, exactly as in the schemas. */
export const PATTERN = {
  id: defs.Id.pattern,
  calendarDate: defs.CalendarDate.pattern,
  fuzzyValue: defs.FuzzyDate.properties.value.pattern,
  wikidata: defs.Wikidata.pattern,
};

/** Enumerations, exactly as in the schemas. */
export const ENUM = {
  salience: meeting.properties.salience.enum,
  precision: defs.FuzzyDate.properties.precision.enum,
  method: defs.FuzzyDate.properties.method.enum,
  meetingRole: meeting.$defs.MeetingParticipant.properties.role.enum,
  scale: meeting.properties.scale.enum,
  attendance: meeting.properties.attendance.enum,
  visit: meeting.properties.visit.enum,
  status: meeting.properties.status.enum,
  coupRole: coup.$defs.CoupParticipant.properties.role.enum,
  fate: coup.$defs.CoupParticipant.properties.fate.items.enum,
  initiator: coup.properties.initiators.items.enum,
  outcome: coup.properties.outcome.enum,
};

/** True when no two items are equal (the peers' unique arrays hold strings only). */
export const uniqueStrings = (items) => new Set(items).size === items.length;

/** The installed version of a package (read from node_modules: not every package exports its package.json). */
export const versionOf = (name) =>
  JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
