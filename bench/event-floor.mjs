// Figure 3's floor: what `validateEvent` does to the canonical meeting, written by hand for the
// fields that meeting has and nothing else — the least code that does this work, to time beside
// the library. One pass: each object's keys in one `for…in`, each value read there once (V8 reads
// it through the key cache, whatever shapes the process has met), tested where it is read:
//   - the schema: types, enums, the id pattern, lengths, integers, required and closed objects;
//   - plain data: each object's and array's prototype, no lone surrogate in text;
//   - the checks after the schema: a real calendar date at the precision its length says, an
//     anchor where the date is relative, the end not before the start, no actor in two roles that
//     exclude each other, no more than two sides to a bilateral meeting;
//   - the answer, `{ ok: true, value }`.
// Anything else (coded terms, intervals, quantities, a clock time…) is outside its scope: it says
// false, and `covers` says which inputs it can be asked about. It says nothing of *what* is wrong
// (validateEvent's valid path builds no issue either). Its answers are held to Ajv's by the run
// (bench/run.mjs: the gate's meetings it covers) and by test/bench/event-floor.test.ts.

const GP = Object.getPrototypeOf;
const OP = Object.prototype;
const AP = Array.prototype;
const ID = /^[a-z0-9][a-z0-9-]*$/;

const isObject = (o) => {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const proto = GP(o);
  return proto === OP || proto === null;
};
const isArray = (a) => Array.isArray(a) && GP(a) === AP;
const isId = (s) => typeof s === "string" && s.length >= 1 && s.length <= 100 && ID.test(s);
const isText = (s) => typeof s === "string" && s.length >= 1 && s.isWellFormed();

/** Two digits at `i` as a number, or -1. */
function twoDigits(s, i) {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** YYYY, YYYY-MM or YYYY-MM-DD as the number YYYYMMDD (YYYY0000, YYYYMM00) if the day exists; else -1. */
function calendarDay(s) {
  if (typeof s !== "string") return -1;
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  const hi = twoDigits(s, 0);
  const lo = twoDigits(s, 2);
  if (hi < 0 || lo < 0) return -1;
  const year = hi * 100 + lo;
  if (n === 4) return year * 10000;
  const month = s.charCodeAt(4) === 45 ? twoDigits(s, 5) : -1;
  if (month < 1 || month > 12) return -1;
  if (n === 7) return year * 10000 + month * 100;
  const day = s.charCodeAt(7) === 45 ? twoDigits(s, 8) : -1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day >= 1 && day <= days ? year * 10000 + month * 100 + day : -1;
}

function evidenceHolds(list) {
  if (!isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const span = list[i];
    if (!isObject(span)) return false;
    for (const key in span)
      if (key !== "start" && key !== "end" && key !== "text" && span[key] !== undefined) return false;
    const { start, end, text } = span;
    if (!Number.isInteger(start) || start < 0 || !Number.isInteger(end) || end < 1) return false;
    if (typeof text !== "string" || text.length < 1) return false;
  }
  return true;
}

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

/** Meeting roles one actor cannot hold together (src/validate/checks/impossible.ts): host and visitor; an observer and a party. */
function excludes(a, b) {
  if (a === "observer") return b === "host" || b === "visitor" || b === "participant";
  if (b === "observer") return a === "host" || a === "visitor" || a === "participant";
  return (a === "host" && b === "visitor") || (a === "visitor" && b === "host");
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
          if (
            v !== "host" &&
            v !== "visitor" &&
            v !== "participant" &&
            v !== "mediator" &&
            v !== "observer" &&
            v !== "guest" &&
            v !== "envoy"
          )
            return false;
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
    for (let j = 0; j < i; j++) {
      const q = list[j];
      if (q.entity === entity && excludes(q.role, role)) return false;
    }
  }
  // Sides are counted only where they could be too many, as the library does.
  if (bilateral && list.length > 2) {
    const sides = new Set();
    for (const p of list) if (p.role !== "mediator" && p.role !== "observer") sides.add(p.represents ?? p.entity);
    if (sides.size > 2) return false;
  }
  return true;
}

function textsHold(list) {
  if (!isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!isText(list[i])) return false;
  return true;
}

function idsHold(list) {
  if (!isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!isId(list[i])) return false;
  return true;
}

/** The canonical meeting's work, by hand: `{ ok: true, value }` or `{ ok: false }`. */
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

const NO = Object.freeze({ ok: false });

/** The last day a date number (YYYYMMDD, 00 for a part not given) could mean. */
function lastDay(day) {
  if (day % 10000 === 0) return day + 1231;
  if (day % 100 === 0) return day + 31;
  return day;
}

/** Keys the floor reads, by where they are: an input with any other is outside its scope. */
const SCOPE = {
  event: new Set(
    "kind id name summary salience date endDate location evidence participants scale attendance thirdLocation status topics outcomes advances".split(
      " ",
    ),
  ),
  date: new Set(["text", "value", "precision", "method", "anchor", "evidence"]),
  participant: new Set(["entity", "role", "represents", "location", "evidence"]),
};

/**
 * Whether the floor can be asked about `event`: a meeting with only the keys it reads, its dates
 * single days, months or years, its roles tokens. Outside that scope its false says nothing.
 */
export function covers(event) {
  const within = (object, keys) =>
    typeof object !== "object" || object === null || Object.keys(object).every((key) => keys.has(key));
  // Whatever is not an object is wrong to both; an interval is outside the scope.
  const dated = (date) =>
    typeof date !== "object" ||
    date === null ||
    (within(date, SCOPE.date) && (typeof date.value !== "string" || !date.value.includes("/")));
  return (
    event?.kind === "Meeting" &&
    within(event, SCOPE.event) &&
    dated(event.date) &&
    dated(event.endDate) &&
    (!Array.isArray(event.participants) ||
      event.participants.every((p) => within(p, SCOPE.participant) && typeof p?.role !== "object"))
  );
}

export default {
  name: "floor: validateEvent's work on this meeting, by hand for its fields alone (bench/event-floor.mjs)",
  eval: false,
  meeting: (v) => meetingFloor(v).ok,
};
