// Simple schema patterns as code: a pattern that is a sequence of characters or classes, each with
// a count (`^[a-z0-9][a-z0-9-]{0,99}$`, `^[0-9]{2,4}$`, `\S`), tested by a loop over char codes
// instead of RegExp.prototype.test, whose call costs more than the test of a short string (one
// long count, as an id's {0,99}, is tested by the length and an open RegExp instead). Any other
// pattern (groups, alternatives, `.`, a count whose split between two classes would need
// backtracking) stays a RegExp. test/generate/pattern-code.test.ts holds every compiled pattern of
// the schemas, and others, to the RegExp's answer on random strings.

/** The classes `\d \w \s` as ranges of UTF-16 code units, as JavaScript reads them without the u flag. */
const DIGIT = [[48, 57]];
const WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE = [
  [9, 13],
  [32, 32],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const CLASS_ESCAPES = { d: DIGIT, w: WORD, s: SPACE };
const CONTROL_ESCAPES = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/** The code units not in `ranges`. */
function complement(ranges) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= 0xffff) out.push([next, 0xffff]);
  return out;
}

/** The ranges of an escape (`\d`, `\S`, `\.`, `\n`) at `source[i]` (after the backslash), or undefined. */
function escapeRanges(e) {
  if (e === undefined) return undefined;
  const lower = e.toLowerCase();
  if (CLASS_ESCAPES[lower]) return e === lower ? CLASS_ESCAPES[lower] : complement(CLASS_ESCAPES[lower]);
  if (CONTROL_ESCAPES[e] !== undefined) return [[CONTROL_ESCAPES[e], CONTROL_ESCAPES[e]]];
  // A punctuation character escaped is itself; letters and digits (\b, \u, \1, \p…) mean more.
  return /[\^$\\.*+?()[\]{}|/-]/.test(e) ? [[e.charCodeAt(0), e.charCodeAt(0)]] : undefined;
}

/** A class `[…]` starting at `source[i]`: its ranges and where it ends, or undefined. */
function parseClass(source, i) {
  let at = i + 1;
  const negated = source[at] === "^";
  if (negated) at++;
  if (source[at] === "]") return undefined;
  const ranges = [];
  const single = () => {
    const c = source[at];
    if (c === undefined) return undefined;
    if (c !== "\\") return (at++, [[c.charCodeAt(0), c.charCodeAt(0)]]);
    const r = escapeRanges(source[at + 1]);
    at += 2;
    return r;
  };
  while (source[at] !== "]") {
    const first = single();
    if (!first) return undefined;
    if (source[at] === "-" && source[at + 1] !== "]" && source[at + 1] !== undefined) {
      at++;
      const last = single();
      if (!last || first.length !== 1 || last.length !== 1 || first[0][0] !== first[0][1] || last[0][0] !== last[0][1])
        return undefined;
      if (first[0][0] > last[0][0]) return undefined;
      ranges.push([first[0][0], last[0][0]]);
    } else ranges.push(...first);
  }
  return { ranges: negated ? complement(ranges) : ranges, end: at + 1 };
}

/** The count after an item at `source[i]`: { min, max, end }, or undefined for a lazy or odd one. */
function parseCount(source, i) {
  const c = source[i];
  let count = { min: 1, max: 1, end: i };
  if (c === "*") count = { min: 0, max: Infinity, end: i + 1 };
  else if (c === "+") count = { min: 1, max: Infinity, end: i + 1 };
  else if (c === "?") count = { min: 0, max: 1, end: i + 1 };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    if (max < min) return undefined;
    count = { min, max, end: i + m[0].length };
  }
  return source[count.end] === "?" ? undefined : count;
}

const disjoint = (a, b) => a.every(([lo, hi]) => b.every(([lo2, hi2]) => hi < lo2 || hi2 < lo));

/**
 * A pattern as items `{ ranges, min, max }` and whether it is anchored at both ends, or undefined
 * when it is not such a sequence, or when a greedy loop could split it otherwise than the RegExp
 * (a count that varies, followed by a class that shares characters with it, before the next
 * item that must be present).
 * An unanchored pattern is taken only as one item found anywhere (`\S`).
 */
export function simplePattern(source) {
  const anchored = source.startsWith("^") && source.endsWith("$") && !source.endsWith("\\$");
  let i = anchored ? 1 : 0;
  const end = anchored ? source.length - 1 : source.length;
  const items = [];
  while (i < end) {
    let ranges;
    const c = source[i];
    if (c === "[") {
      const cls = parseClass(source, i);
      if (!cls) return undefined;
      [ranges, i] = [cls.ranges, cls.end];
    } else if (c === "\\") {
      ranges = escapeRanges(source[i + 1]);
      i += 2;
    } else if (!"^$.|()?*+{}]".includes(c)) [ranges, i] = [[[c.charCodeAt(0), c.charCodeAt(0)]], i + 1];
    if (!ranges || i > end) return undefined;
    const count = parseCount(source, i);
    if (!count || count.end > end) return undefined;
    items.push({ ranges, min: count.min, max: count.max, count: [i, count.end] });
    i = count.end;
  }
  if (items.length === 0) return undefined;
  if (!anchored)
    return items.length === 1 && items[0].min === 1 && items[0].max === 1 ? { items, anchored } : undefined;
  // A count that varies takes all it can: right only when no item that may come next shares a character with it.
  for (let k = 0; k < items.length; k++) {
    if (items[k].min === items[k].max) continue;
    for (let j = k + 1; j < items.length; j++) {
      if (!disjoint(items[k].ranges, items[j].ranges)) return undefined;
      if (items[j].min > 0) break;
    }
  }
  return { items, anchored };
}

/** A test of the code unit `c` against `ranges`, as JavaScript. */
function rangeTest(ranges) {
  return ranges.map(([lo, hi]) => (lo === hi ? `c===${lo}` : `(c>=${lo}&&c<=${hi})`)).join("||") || "false";
}

/**
 * A count that may run longer than this is left to a RegExp: its call costs about as much as ten
 * characters of a loop over char codes (measured on the schemas' ids: a 17-character id costs
 * 1.5× as much in the loop as in `/^[a-z0-9][a-z0-9-]*$/`), and the RegExp's own loop is faster.
 */
const LONG = 16;

/**
 * A simple anchored pattern whose one varying count is long (`^[a-z0-9][a-z0-9-]{0,99}$`) as its
 * length bounds and a RegExp without that bound (`^[a-z0-9][a-z0-9-]*$`): every item takes exactly
 * its count of characters, so the length says the count, and a bounded count is slower in a RegExp
 * than an open one. Undefined for any other pattern.
 */
function boundedRegExp(source, { items, anchored }) {
  const varying = items.filter((item) => item.min !== item.max);
  if (!anchored || varying.length !== 1 || !(varying[0].max > LONG) || varying[0].max === Infinity) return undefined;
  const [from, to] = varying[0].count;
  const { min } = varying[0];
  const open = source.slice(0, from) + (min === 0 ? "*" : min === 1 ? "+" : `{${min},}`) + source.slice(to);
  const shortest = items.reduce((n, item) => n + item.min, 0);
  const longest = items.reduce((n, item) => n + item.max, 0);
  return `/* @__PURE__ */ (function(r){return function(s){const n=s.length;return n>=${shortest}&&n<=${longest}&&r.test(s);};})(new RegExp(${JSON.stringify(open)}))`;
}

/** The body of `test(s)` for a simple pattern, or undefined (see {@link simplePattern}). */
export function patternFunction(source) {
  const simple = simplePattern(source);
  if (!simple) return undefined;
  const bounded = boundedRegExp(source, simple);
  if (bounded) return bounded;
  const { items, anchored } = simple;
  if (!anchored)
    return `function(s){for(let i=0;i<s.length;i++){const c=s.charCodeAt(i);if(${rangeTest(items[0].ranges)})return true;}return false;}`;
  const steps = items.map(({ ranges, min, max }) => {
    const test = rangeTest(ranges);
    if (min === 1 && max === 1) return `if(i>=n)return false;c=s.charCodeAt(i);if(!(${test}))return false;i++;`;
    const bound = max === Infinity ? "" : `&&k<${max}`;
    return `k=0;while(i<n${bound}){c=s.charCodeAt(i);if(!(${test}))break;i++;k++;}${min > 0 ? `if(k<${min})return false;` : ""}`;
  });
  return `function(s){const n=s.length;let i=0,c=0,k=0;${steps.join("")}return i===n;}`;
}

/**
 * The same test as TypeScript: `function(s: string): boolean {…}`, or undefined (see
 * {@link patternFunction}). For src/generated/patterns.ts, whose tests code outside the validators
 * shares (the JSON-LD guard tests every id of a document, and `^[a-z0-9][a-z0-9-]{0,99}$` as a
 * RegExp costs half as much again as its length and an open RegExp).
 */
export function typedPatternFunction(source) {
  const code = patternFunction(source);
  return code
    ?.replaceAll("function(s){", "function(s: string): boolean {")
    .replaceAll("function(r){", "function(r: RegExp){");
}
