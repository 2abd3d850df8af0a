// What both of figure 3's floors share (bench/event-floor/named.mjs, enumerable.mjs): the tests of
// single values, written for speed, and the scope both cover.

const GP = Object.getPrototypeOf;
const OP = Object.prototype;
const AP = Array.prototype;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** A plain object: not an array, its prototype Object's or none. */
export const isObject = (o) => {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const proto = GP(o);
  return proto === OP || proto === null;
};
/** A plain array. */
export const isArray = (a) => Array.isArray(a) && GP(a) === AP;
/** An id: the schema's pattern and length. */
export const isId = (s) => typeof s === "string" && s.length >= 1 && s.length <= 100 && ID.test(s);
/** Text: not empty, no lone surrogate. */
export const isText = (s) => typeof s === "string" && s.length >= 1 && s.isWellFormed();
/** A meeting role token. */
export const isRole = (v) =>
  v === "host" ||
  v === "visitor" ||
  v === "participant" ||
  v === "mediator" ||
  v === "observer" ||
  v === "guest" ||
  v === "envoy";

/** The answer for anything that does not hold. */
export const NO = Object.freeze({ ok: false });

/** Two digits at `i` as a number, or -1. */
function twoDigits(s, i) {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** YYYY, YYYY-MM or YYYY-MM-DD as the number YYYYMMDD (YYYY0000, YYYYMM00) if the day exists; else -1. */
export function calendarDay(s) {
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

/** The last day a date number (YYYYMMDD, 00 for a part not given) could mean. */
export function lastDay(day) {
  if (day % 10000 === 0) return day + 1231;
  if (day % 100 === 0) return day + 31;
  return day;
}

/** Meeting roles one actor cannot hold together (src/validate/checks/impossible.ts): host and visitor; an observer and a party. */
function excludes(a, b) {
  if (a === "observer") return b === "host" || b === "visitor" || b === "participant";
  if (b === "observer") return a === "host" || a === "visitor" || a === "participant";
  return (a === "host" && b === "visitor") || (a === "visitor" && b === "host");
}

/** Whether no participant before `i` gives `entity` a role that excludes `role`. */
export function roleFree(list, i, entity, role) {
  for (let j = 0; j < i; j++) {
    const q = list[j];
    if (q.entity === entity && excludes(q.role, role)) return false;
  }
  return true;
}

/**
 * Evidence spans: a plain list of closed objects, `start` ≥ 0 and `end` ≥ 1 integers, and `text`.
 * One for both readings: every key the loop lists must be one of the three (a key holding
 * undefined is still a key to Ajv), and the three are required, so they are read by name.
 */
export function evidenceHolds(list) {
  if (!isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const span = list[i];
    if (!isObject(span)) return false;
    for (const key in span) if (key !== "start" && key !== "end" && key !== "text") return false;
    const start = span.start;
    const end = span.end;
    const text = span.text;
    if (!Number.isInteger(start) || start < 0 || !Number.isInteger(end) || end < 1) return false;
    if (typeof text !== "string" || text.length < 1) return false;
  }
  return true;
}

/** Every item of a plain array text. */
export function textsHold(list) {
  if (!isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!isText(list[i])) return false;
  return true;
}

/** Every item of a plain array an id. */
export function idsHold(list) {
  if (!isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!isId(list[i])) return false;
  return true;
}

/** No more than two sides to a bilateral meeting (counted only where there could be too many, as the library does). */
export function sidesHold(list, bilateral) {
  if (!bilateral || list.length <= 2) return true;
  const sides = new Set();
  for (const p of list) if (p.role !== "mediator" && p.role !== "observer") sides.add(p.represents ?? p.entity);
  return sides.size <= 2;
}

const words = (text) => new Set(text.split(" "));
/** Keys the floors read, by where they are: an input with any other is outside their scope. */
const SCOPE = {
  event: words(
    "kind id name summary salience date endDate location evidence participants scale attendance thirdLocation status topics outcomes advances",
  ),
  date: words("text value precision method anchor evidence"),
  participant: words("entity role represents location evidence"),
};

/**
 * Whether the floors can be asked about `event`: a meeting with only the keys they read, its dates
 * single days, months or years, its roles tokens. Outside that scope their false says nothing.
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
