import fc from "fast-check";
import { expect, test } from "vitest";
import { checkJsonLd, checkJsonLdText } from "../../src/check/index.js";
import {
  coupSchema,
  documentSchema,
  eventSchema,
  formatIssue,
  isCoup,
  isMeeting,
  isNewsDocument,
  isNewsEvent,
  isPartnership,
  meetingSchema,
  partnershipSchema,
  readRelativeDate,
  resolveRelativeDate,
  validateDocument,
  validateEvent,
} from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { hostileAnything, withHostileAt } from "../helpers/hostile-values.js";

const doc = canonicalDocument();
const graph = toJsonLd(doc);

/** Every function the README calls safe, on one input; each must return, not throw. */
function callEverySafeFunction(input: unknown): void {
  for (const validate of [validateDocument, validateEvent]) {
    const result = validate(input);
    if (!result.ok) for (const issue of result.issues) expect(typeof formatIssue(issue)).toBe("string");
  }
  for (const guard of [isNewsDocument, isNewsEvent, isMeeting, isCoup, isPartnership])
    expect(typeof guard(input)).toBe("boolean");
  expect(checkJsonLd(input).errors).toBeInstanceOf(Array);
  for (const schema of [documentSchema, eventSchema, meetingSchema, coupSchema, partnershipSchema])
    expect(schema["~standard"].validate(input)).toBeInstanceOf(Object);
}

test("the per-kind Standard Schemas never throw when the kind's getter throws after validation (issue 21)", () => {
  const coup = canonicalDocument().events.find((e) => e.kind === "Coup") ?? {
    kind: "Coup",
    id: "c",
    name: "c",
    salience: "main",
    country: "x",
    outcome: "failed",
  };
  // How often validation reads the kind, then a getter that answers that often and throws after.
  let reads = 0;
  const counting = Object.defineProperty({ ...coup }, "kind", { enumerable: true, get: () => (reads++, "Coup") });
  validateEvent(counting);
  // The per-kind schemas read the kind once more first, to say "this is a Coup, not a Meeting" (#25).
  for (const [schema, expected] of [
    [coupSchema, "could not be read (Error: gone)"],
    [meetingSchema, "this is a Coup, not a Meeting: validate it with coupSchema or eventSchema"],
    [partnershipSchema, "this is a Coup, not a Partnership: validate it with coupSchema or eventSchema"],
  ] as const) {
    let left = reads + 1;
    const hostile = Object.defineProperty({ ...coup }, "kind", {
      enumerable: true,
      get() {
        if (left-- > 0) return "Coup";
        throw new Error("gone");
      },
    });
    const result = schema["~standard"].validate(hostile) as { issues?: readonly { message: string }[] };
    expect(result.issues?.[0]?.message).toBe(expected);
  }
});

test("no safe function throws for any value, hostile getters, proxies and toString included", () => {
  fc.assert(
    fc.property(hostileAnything(), (make) => callEverySafeFunction(make())),
    { numRuns: 1_000 },
  );
});

test("no safe function throws when a hostile value sits anywhere inside a real document or graph", () => {
  fc.assert(
    fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), hostileAnything(), (path, make) => {
      callEverySafeFunction(withHostileAt(doc, path, make()));
      callEverySafeFunction(withHostileAt(graph, path, make()));
    }),
    { numRuns: 1_000 },
  );
});

test("checkJsonLdText and resolveRelativeDate never throw for any string", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), fc.string(), (text, anchor) => {
      expect(checkJsonLdText(text).errors).toBeInstanceOf(Array);
      resolveRelativeDate(text, anchor);
      resolveRelativeDate(text, "2023-11-08T12:00:00+00:00");
    }),
    { numRuns: 2_000 },
  );
});

test("readRelativeDate answers any JavaScript value, as its JSDoc promises", () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (phrase, anchor) => {
      const result = readRelativeDate(phrase as string, anchor as string);
      if (typeof phrase !== "string" || typeof anchor !== "string") expect(result.ok).toBe(false);
      expect(resolveRelativeDate(phrase as string, anchor as string)).toSatisfy(
        (date) => date === undefined || typeof date === "object",
      );
    }),
    { numRuns: 1_000 },
  );
  expect(readRelativeDate(1 as unknown as string, "2023-11-08")).toMatchObject({ ok: false, reason: "not-understood" });
  expect(readRelativeDate("today", 2 as unknown as string)).toMatchObject({ ok: false, reason: "invalid-anchor" });
});

test.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"])(
  "resolveRelativeDate(%j) is not understood, rather than reading Object.prototype",
  (phrase) => {
    expect(resolveRelativeDate(phrase, "2023-11-08")).toBeUndefined();
  },
);
