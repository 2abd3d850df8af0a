import fc from "fast-check";
import { afterEach, expect, test } from "vitest";
import type { EventRelation, FuzzyDate, NewsDocument, NewsEvent, Quantity } from "../../src/generated/types.js";
import type { Issue } from "../../src/core/issue.js";
import { DocumentContext } from "../../src/validate/checks/context.js";
import { checkFuzzyDateValue, fuzzyDateValueHolds } from "../../src/validate/checks/dates.js";
import { checkQuantity, quantityHolds } from "../../src/validate/checks/quantities.js";
import { checkRelation, relationHolds } from "../../src/validate/checks/relations.js";
import { pointsInto } from "../../src/validate/checks/pointer-target.js";
import { escapePointerSegment, resolvePointer } from "../../src/core/pointer.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// The checks beyond the schema answer a right part in place (a "holds" test, no path, no message)
// and say a wrong one's issues with the full check. The two are written apart, for speed: these
// properties hold them to the same answer on parts made of right and wrong pieces, so a rule
// changed in one and not the other fails here instead of letting a wrong part pass unreported.

const doc: NewsDocument = canonicalDocument();
const event = doc.events?.[0] as NewsEvent;
let context: DocumentContext | undefined;
afterEach(() => context?.close());
function freshContext(): DocumentContext {
  context?.close();
  return (context = new DocumentContext(doc));
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Calendar dates right and wrong: real days, 29–31 of short months, months and years, junk. */
const calendar = fc.constantFrom(
  "2023",
  "2023-11",
  "2023-11-07",
  "2024-02-29",
  "2023-02-29",
  "2023-04-31",
  "2023-12-31",
  "2023-13",
  "1999-06-30",
);
const fuzzyValue = fc.oneof(
  calendar,
  fc.tuple(calendar, calendar).map(([a, b]) => `${a}/${b}`),
  calendar.map((a) => `../${a}`),
  calendar.map((a) => `${a}/..`),
  fc.constant("../.."),
);
const fuzzyDate: fc.Arbitrary<FuzzyDate> = fc
  .record({
    value: fuzzyValue,
    precision: fc.constantFrom("day", "month", "year", "interval"),
    method: fc.constantFrom("explicit", "relative", "source", "inferred"),
    anchor: optional(calendar),
    time: optional(fc.constantFrom("22:30+01:00", "09:00Z", "23:59:60Z")),
    partOfDay: optional(fc.constantFrom("morning", "night")),
    qualifier: optional(fc.constantFrom("about", "early", "late")),
    text: fc.constant("on the day"),
  })
  .map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as unknown as FuzzyDate);

const drop = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const quantity: fc.Arbitrary<Quantity> = fc
  .record({
    counts: fc.oneof(
      fc.constantFrom("killed", "money", "turnout", "seats", "troops"),
      fc.constant({ scheme: "wikidata", code: "Q1", label: "a thing counted" }),
    ),
    precision: fc.constantFrom("exact", "about", "at-least", "range"),
    value: optional(fc.constantFrom(0, 12, 100, 101, 5.5)),
    min: optional(fc.constantFrom(0, 10, 150)),
    max: optional(fc.constantFrom(5, 100, 200)),
    // A unit of measure (UCUM, a Wikidata unit) beside the currencies: only a coded term takes one.
    unit: optional(fc.constantFrom("percent", "USD", "EUR", "km", "a", "Q999999999")),
    asOf: optional(calendar),
    text: fc.constant("dozens"),
  })
  .map((q) => drop(q) as unknown as Quantity);

const relation: fc.Arbitrary<EventRelation> = fc
  .record({
    relation: fc.constantFrom("part-of", "follows", "precedes", "response-to"),
    target: optional(fc.constantFrom(event.id, "no-such-event")),
    name: optional(fc.constant("The Sochi summit")),
    wikidata: optional(fc.constant("Q42")),
    number: optional(fc.constantFrom(1, 2)),
  })
  .map((r) => drop(r) as unknown as EventRelation);

/** The issues a full check reports into a fresh context. */
function reported(run: (context: DocumentContext) => void): Issue[] {
  const fresh = freshContext();
  run(fresh);
  return fresh.issues;
}

test("a fuzzy date's quick test agrees with its full check", () => {
  fc.assert(
    fc.property(fuzzyDate, (date) => {
      const issues: string[] = [];
      checkFuzzyDateValue(date, [], (code) => void issues.push(code));
      expect(fuzzyDateValueHolds(date)).toBe(issues.length === 0);
    }),
    { numRuns: 3000 },
  );
});

test("a quantity's quick test agrees with its full check", () => {
  fc.assert(
    fc.property(quantity, (q) => {
      const issues = reported((c) => checkQuantity(c, q, ["events", 0, "quantities", 0]));
      expect(quantityHolds(freshContext(), q)).toBe(issues.length === 0);
    }),
    { numRuns: 3000 },
  );
});

test("a relation's quick test agrees with its full check", () => {
  fc.assert(
    fc.property(relation, (r) => {
      const issues = reported((c) => checkRelation(c, event, r, ["events", 0, "relations", 0]));
      expect(relationHolds(freshContext(), event, r)).toBe(issues.length === 0);
    }),
    { numRuns: 2000 },
  );
});

test("the pools hold both answers, so each property is tested on right and wrong parts", () => {
  const answers = (arb: fc.Arbitrary<unknown>, holds: (v: never) => boolean) =>
    new Set(fc.sample(arb, { numRuns: 500, seed: 1 }).map((v) => holds(v as never)));
  expect(answers(fuzzyDate, (d: FuzzyDate) => fuzzyDateValueHolds(d))).toEqual(new Set([true, false]));
  expect(answers(quantity, (q: Quantity) => quantityHolds(freshContext(), q))).toEqual(new Set([true, false]));
  expect(answers(relation, (r: EventRelation) => relationHolds(freshContext(), event, r))).toEqual(
    new Set([true, false]),
  );
});

/** Every path into a JSON value, as its segments (the value itself is the empty path). */
function pathsOf(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, String(i)], out));
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/** Keys with escapes, digits, an empty key, and names every object inherits. */
const key = fc.constantFrom(
  "a",
  "b/c",
  "m~n",
  "~1",
  "",
  "0",
  "01",
  "10",
  "claims",
  "__proto__",
  "length",
  "constructor",
);
/** A segment changed the ways a wrong pointer is: another key, a leading zero, an index past the end, raw escapes. */
const wrongSegment = fc.constantFrom("x", "01", "-", "1e0", "9", "length", "constructor", "~", "~2", "a~1", "");

test("a verification's pointer test agrees with resolvePointer", () => {
  const tree = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom(0, "text", null, true),
      fc.array(tie("node"), { maxLength: 3 }),
      fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    ),
  })).node;
  const pointers = (root: unknown) =>
    fc.oneof(
      fc.constantFrom(...pathsOf(root)).map((path) => path.map((s) => `/${escapePointerSegment(s)}`).join("")),
      fc
        .tuple(fc.constantFrom(...pathsOf(root)), wrongSegment, fc.boolean())
        .map(([path, wrong, raw]) =>
          [...path.map((s) => `/${raw ? s : escapePointerSegment(s)}`), `/${wrong}`].join(""),
        ),
    );
  fc.assert(
    fc.property(
      tree.chain((root) => fc.tuple(fc.constant(root), pointers(root))),
      ([root, pointer]) => {
        expect(pointsInto(root, pointer)).toBe(resolvePointer(root, pointer).found);
      },
    ),
    { numRuns: 4000 },
  );
});
