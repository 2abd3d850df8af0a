// Figure 3's floor with a lighter reading than the library may take: validateEvent's work on the
// canonical meeting, written by hand for that meeting's fields, in one pass that reads each value
// inside the `for…in` over its object's keys (V8 reads it through the key cache, whatever shapes
// the process has met) and never reads a property that is not there. It sees only enumerable
// keys: an inherited or non-enumerable property, which the library must see (its JSON-LD builder
// reads properties by name), escapes it. It shows what that liberty would be worth; named.mjs is
// the floor with the library's reading. The same work otherwise:
//   - the schema: types, enums, the id pattern, lengths, integers, required and closed objects;
//   - plain data: each object's and array's prototype, no lone surrogate in text;
//   - the checks after the schema: a real calendar date at the precision its length says, an
//     anchor where the date is relative, the end not before the start, no actor in two roles that
//     exclude each other, no more than two sides to a bilateral meeting;
//   - the answer, `{ ok: true, value }`.
// Anything else (coded terms, intervals, quantities, a clock time…) is outside the floors' scope:
// they say false, and `covers` (common.mjs) says which inputs they can be asked about. Neither says
// what is wrong (validateEvent's valid path builds no issue either). Their answers are held to
// validateEvent's by the run (bench/run.mjs: the gate's meetings they cover) and by
// test/bench/event-floor.test.ts.

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
  let seen = 0;
  let value = -1;
  let length = 0;
  let precision;
  let relative = false;
  let anchored = false;
  for (const key in date) {
    const v = date[key];
    if (v === undefined) continue;
    switch (key) {
      case "text":
        if (!isText(v)) return -1;
        break;
      case "value":
        value = calendarDay(v);
        if (value < 0) return -1;
        length = v.length;
        seen |= 1;
        break;
      case "precision":
        if (v !== "day" && v !== "month" && v !== "year") return -1;
        precision = v;
        seen |= 2;
        break;
      case "method":
        if (v !== "explicit" && v !== "relative" && v !== "source" && v !== "inferred") return -1;
        relative = v === "relative";
        seen |= 4;
        break;
      case "anchor":
        if (calendarDay(v) < 0) return -1;
        anchored = true;
        break;
      case "evidence":
        if (!evidenceHolds(v)) return -1;
        break;
      default:
        return -1;
    }
  }
  if (seen !== 7 || (relative && !anchored)) return -1;
  if (precision !== (length === 4 ? "year" : length === 7 ? "month" : "day")) return -1;
  return value;
}

function participantsHold(list, bilateral) {
  if (!isArray(list) || list.length < 2) return false;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (!isObject(p)) return false;
    let seen = 0;
    let entity;
    let role;
    for (const key in p) {
      const v = p[key];
      if (v === undefined) continue;
      switch (key) {
        case "entity":
          if (!isId(v)) return false;
          entity = v;
          seen |= 1;
          break;
        case "role":
          if (!isRole(v)) return false;
          role = v;
          seen |= 2;
          break;
        case "represents":
        case "location":
          if (!isId(v)) return false;
          break;
        case "evidence":
          if (!evidenceHolds(v)) return false;
          break;
        default:
          return false;
      }
    }
    if (seen !== 3) return false;
    if (!roleFree(list, i, entity, role)) return false;
  }
  return sidesHold(list, bilateral);
}

/** The canonical meeting's work, by hand, values read inside `for…in`: `{ ok: true, value }` or `{ ok: false }`. */
export function meetingFloor(m) {
  if (!isObject(m)) return NO;
  let seen = 0;
  let start = -1;
  let end = -1;
  let participants;
  let bilateral = false;
  for (const key in m) {
    const v = m[key];
    // A key holding undefined is no property to the schema (JSON has no undefined).
    if (v === undefined) continue;
    switch (key) {
      case "kind":
        if (v !== "Meeting") return NO;
        seen |= 1;
        break;
      case "id":
        if (!isId(v)) return NO;
        seen |= 2;
        break;
      case "name":
        if (!isText(v)) return NO;
        seen |= 4;
        break;
      case "summary":
        if (!isText(v)) return NO;
        break;
      case "salience":
        if (v !== "main" && v !== "background") return NO;
        seen |= 8;
        break;
      case "date":
        start = dateHolds(v);
        if (start < 0) return NO;
        break;
      case "endDate":
        end = dateHolds(v);
        if (end < 0) return NO;
        break;
      case "location":
        if (!isId(v)) return NO;
        break;
      case "evidence":
        if (!evidenceHolds(v)) return NO;
        break;
      case "participants":
        participants = v;
        seen |= 16;
        break;
      case "scale":
        if (v !== "bilateral" && v !== "multilateral") return NO;
        bilateral = v === "bilateral";
        seen |= 32;
        break;
      case "attendance":
        if (v !== "in-person" && v !== "remote" && v !== "hybrid") return NO;
        seen |= 64;
        break;
      case "thirdLocation":
        if (typeof v !== "boolean") return NO;
        break;
      case "status":
        if (v !== "occurred" && v !== "planned" && v !== "cancelled" && v !== "postponed") return NO;
        break;
      case "topics":
      case "outcomes":
        if (!textsHold(v)) return NO;
        break;
      case "advances":
        if (!idsHold(v)) return NO;
        break;
      default:
        return NO;
    }
  }
  if (seen !== 127 || !participantsHold(participants, bilateral)) return NO;
  // The end not before the start: compared at the precision both have (a month's 00 is its first day).
  if (end >= 0 && start >= 0 && lastDay(end) < start) return NO;
  return { ok: true, value: m };
}

export default {
  name: "floor, enumerable keys only: the same work reading values inside `for…in` (bench/event-floor/enumerable.mjs)",
  eval: false,
  meeting: (v) => meetingFloor(v).ok,
};
