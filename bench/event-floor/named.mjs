// Figure 3's floor with the library's reading: validateEvent's work on the canonical meeting,
// written by hand for that meeting's fields, reading what the library must read. Every property
// the schema names is read by name, there or not, as Ajv's code reads it and as the JSON-LD builder
// will: an inherited or non-enumerable property is seen, so one holding a wrong value is refused.
// A `for…in` over each object's keys looks for keys the schema does not name, as Ajv's does (each key
// by its length first, then against the names of that length, as the library's pass tests it).
//   - the schema: types, enums, the id pattern, lengths, integers, required and closed objects;
//   - plain data: each object's and array's prototype, no lone surrogate in text;
//   - the checks after the schema: a real calendar date at the precision its length says, an
//     anchor where the date is relative, the end not before the start, no actor in two roles that
//     exclude each other, no more than two sides to a bilateral meeting;
//   - the answer, `{ ok: true, value }`.
// Its scope, and how its answers are held to validateEvent's, are enumerable.mjs's (`covers`).

import {
  NO,
  calendarDay,
  evidenceHolds,
  idsHold,
  isArray,
  isId,
  isObject,
  isRole,
  isText,
  lastDay,
  roleFree,
  sidesHold,
  textsHold,
} from "./common.mjs";

/** A date's first day (YYYYMMDD, with 00 for a month or day not given), or -1 when it does not hold. */
function dateHolds(date) {
  if (!isObject(date)) return -1;
  for (const key in date)
    switch (key.length) {
      case 4:
        if (key !== "text" && key !== "time") return -1;
        break;
      case 5:
        if (key !== "value") return -1;
        break;
      case 6:
        if (key !== "method" && key !== "anchor") return -1;
        break;
      case 8:
        if (key !== "evidence") return -1;
        break;
      case 9:
        if (key !== "precision" && key !== "partOfDay" && key !== "qualifier") return -1;
        break;
      case 10:
        if (key !== "relativeTo") return -1;
        break;
      default:
        return -1;
    }
  const text = date.text;
  const value = date.value;
  const precision = date.precision;
  const method = date.method;
  const anchor = date.anchor;
  const evidence = date.evidence;
  // Outside the scope: a clock time, a part of the day, a qualifier, a moment it is relative to.
  if (
    date.time !== undefined ||
    date.partOfDay !== undefined ||
    date.qualifier !== undefined ||
    date.relativeTo !== undefined
  )
    return -1;
  if (text !== undefined && !isText(text)) return -1;
  const day = calendarDay(value);
  if (day < 0) return -1;
  const length = value.length;
  if (precision !== (length === 4 ? "year" : length === 7 ? "month" : "day")) return -1;
  if (method !== "explicit" && method !== "relative" && method !== "source" && method !== "inferred") return -1;
  if (anchor === undefined ? method === "relative" : calendarDay(anchor) < 0) return -1;
  if (evidence !== undefined && !evidenceHolds(evidence)) return -1;
  return day;
}

function participantsHold(list, bilateral) {
  if (!isArray(list) || list.length < 2) return false;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (!isObject(p)) return false;
    for (const key in p)
      switch (key.length) {
        case 4:
          if (key !== "role" && key !== "days") return false;
          break;
        case 6:
          if (key !== "entity") return false;
          break;
        case 8:
          if (key !== "location" && key !== "evidence") return false;
          break;
        case 10:
          if (key !== "represents") return false;
          break;
        default:
          return false;
      }
    const entity = p.entity;
    const role = p.role;
    const represents = p.represents;
    const location = p.location;
    const evidence = p.evidence;
    if (!isId(entity) || !isRole(role) || p.days !== undefined) return false;
    if ((represents !== undefined && !isId(represents)) || (location !== undefined && !isId(location))) return false;
    if (evidence !== undefined && !evidenceHolds(evidence)) return false;
    if (!roleFree(list, i, entity, role)) return false;
  }
  return sidesHold(list, bilateral);
}

/** Whether the meeting's keys are all ones its schema names. */
function keysKnown(m) {
  for (const key in m)
    switch (key.length) {
      case 2:
        if (key !== "id") return false;
        break;
      case 4:
        if (key !== "kind" && key !== "name" && key !== "date") return false;
        break;
      case 5:
        if (key !== "route" && key !== "scale" && key !== "visit") return false;
        break;
      case 6:
        if (key !== "places" && key !== "status" && key !== "topics") return false;
        break;
      case 7:
        if (key !== "summary" && key !== "endDate" && key !== "classes" && key !== "details") return false;
        break;
      case 8:
        if (
          key !== "salience" &&
          key !== "location" &&
          key !== "wikidata" &&
          key !== "evidence" &&
          key !== "outcomes" &&
          key !== "advances"
        )
          return false;
        break;
      case 9:
        if (key !== "relations") return false;
        break;
      case 10:
        if (key !== "quantities" && key !== "attendance") return false;
        break;
      case 12:
        if (key !== "participants") return false;
        break;
      case 13:
        if (key !== "thirdLocation") return false;
        break;
      default:
        return false;
    }
  return true;
}

/** The canonical meeting's work, by hand, reading each named property: `{ ok: true, value }` or `{ ok: false }`. */
export function meetingFloor(m) {
  if (!isObject(m) || !keysKnown(m)) return NO;
  if (m.kind !== "Meeting" || !isId(m.id) || !isText(m.name)) return NO;
  const summary = m.summary;
  if (summary !== undefined && !isText(summary)) return NO;
  const salience = m.salience;
  if (salience !== "main" && salience !== "background") return NO;
  const date = m.date;
  const start = date === undefined ? -1 : dateHolds(date);
  if (date !== undefined && start < 0) return NO;
  const endDate = m.endDate;
  const end = endDate === undefined ? -1 : dateHolds(endDate);
  if (endDate !== undefined && end < 0) return NO;
  if (end >= 0 && start >= 0 && lastDay(end) < start) return NO;
  const location = m.location;
  if (location !== undefined && !isId(location)) return NO;
  // Outside the scope: places, a route, a Wikidata item or classes, details, quantities, relations, a visit.
  if (
    m.places !== undefined ||
    m.route !== undefined ||
    m.wikidata !== undefined ||
    m.classes !== undefined ||
    m.details !== undefined ||
    m.quantities !== undefined ||
    m.relations !== undefined ||
    m.visit !== undefined
  )
    return NO;
  const evidence = m.evidence;
  if (evidence !== undefined && !evidenceHolds(evidence)) return NO;
  const scale = m.scale;
  if (scale !== "bilateral" && scale !== "multilateral") return NO;
  if (!participantsHold(m.participants, scale === "bilateral")) return NO;
  const attendance = m.attendance;
  if (attendance !== "in-person" && attendance !== "remote" && attendance !== "hybrid") return NO;
  const thirdLocation = m.thirdLocation;
  if (thirdLocation !== undefined && typeof thirdLocation !== "boolean") return NO;
  const status = m.status;
  if (
    status !== undefined &&
    status !== "occurred" &&
    status !== "planned" &&
    status !== "cancelled" &&
    status !== "postponed"
  )
    return NO;
  const topics = m.topics;
  const outcomes = m.outcomes;
  const advances = m.advances;
  if (topics !== undefined && !textsHold(topics)) return NO;
  if (outcomes !== undefined && !textsHold(outcomes)) return NO;
  if (advances !== undefined && !idsHold(advances)) return NO;
  return { ok: true, value: m };
}

export default {
  name: "floor, the library's reading: validateEvent's work on this meeting by hand, each named property read (bench/event-floor/named.mjs)",
  eval: false,
  meeting: (v) => meetingFloor(v).ok,
};
