import { describe, expect, test } from "vitest";
import {
  coupSchema,
  documentSchema,
  meetingSchema,
  partnershipSchema,
  validateDocument,
  validateEvent,
} from "../../src/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

/** The canonical document with nine mistakes, in the top level, an author, the publisher, an entity and two events. */
function nineMistakes(): Record<string, unknown> {
  const doc = canonicalDocument() as unknown as Record<string, unknown> & {
    entities: Record<string, unknown>[];
    events: Record<string, unknown>[];
  };
  doc["headline"] = ""; // 1
  doc["url"] = "news.example.org/story"; // 2
  doc["language"] = 5; // 3
  doc["headlin"] = "typo"; // 4
  doc["authors"] = [{ type: "robot", name: "Desk" }]; // 5
  doc["publisher"] = { name: "Example News" }; // 6: url missing
  doc.entities[0] = { ...doc.entities[0], wikidata: "965" }; // 7
  doc.events[2] = { ...doc.events[2], outcome: "sucessful" }; // 8
  doc.events[0] = { ...doc.events[0], salience: 7 }; // 9
  return doc;
}

const EXPECTED_POINTERS = [
  "/headline",
  "/url",
  "/language",
  "/headlin",
  "/authors/0/type",
  "/publisher/url",
  "/entities/0/wikidata",
  "/events/2/outcome",
  "/events/0/salience",
];

describe("every issue at once (#25)", () => {
  test("a document with nine mistakes gives all nine in one run", () => {
    const result = validateDocument(nineMistakes());
    expect(result.ok).toBe(false);
    const pointers = result.ok ? [] : result.issues.map((i) => i.pointer);
    expect(pointers.length).toBeGreaterThanOrEqual(9);
    for (const pointer of EXPECTED_POINTERS) expect(pointers).toContain(pointer);
  });

  test("the Standard Schema reports them all", async () => {
    const result = await documentSchema["~standard"].validate(nineMistakes());
    expect("issues" in result && result.issues ? result.issues.length : 0).toBeGreaterThanOrEqual(9);
  });

  test("the CLI reports them all", () => {
    const run = runCli(["validate", "-"], { input: JSON.stringify(nineMistakes(), null, 2) });
    expect(run.stdout.trim().split("\n").length).toBeGreaterThanOrEqual(10);
    expect(run.stdout).toMatch(/\/events\/2\/outcome: must be one of/);
    expect(run.stdout).toMatch(/\/publisher\/url: is required/);
  });

  test("an event with several mistakes gives each", () => {
    const coup = { ...canonicalDocument().events[2], outcome: "sucessful", salience: 9, extra: 1 };
    const result = validateEvent(coup);
    expect(result.ok ? [] : result.issues.map((i) => i.pointer).sort()).toEqual(["/extra", "/outcome", "/salience"]);
  });

  test("an alternative (anyOf) that fails is one issue, not one per branch", () => {
    const result = validateDocument({ ...canonicalDocument(), url: 5 });
    expect(result.ok ? [] : result.issues.filter((i) => i.pointer === "/url")).toHaveLength(1);
  });

  test("hostile input with thousands of errors is still answered, within the cap", () => {
    const doc = { ...canonicalDocument(), keywords: Array.from({ length: 100_000 }, () => 1) };
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.issues.length).toBeLessThanOrEqual(100);
  });

  // The validators keep the path on a stack and build it only for an error (issue 27): a run that
  // stops at its error limit deep in the document must not leave its depth to the next run.
  test("a run cut short deep in the document leaves no path behind for the next", () => {
    const hostile = canonicalDocument() as unknown as { entities: Record<string, unknown>[] };
    (hostile.entities[0] as Record<string, unknown>)["mentions"] = Array.from({ length: 5000 }, () => 1);
    expect(validateDocument(hostile).ok).toBe(false);
    const next = canonicalDocument() as unknown as { events: Record<string, unknown>[] };
    (next.events[1] as Record<string, unknown>)["name"] = "";
    const result = validateDocument(next);
    expect(result.ok ? [] : result.issues.map((i) => i.pointer)).toEqual(["/events/1/name"]);
    const event = validateEvent({ ...next.events[1] });
    expect(event.ok ? [] : event.issues.map((i) => i.pointer)).toEqual(["/name"]);
  });
});

describe("a kind's schema given another kind says the kind first", () => {
  const [meeting, , coup, , partnership] = canonicalDocument().events;
  test.each([
    [meetingSchema, coup, "this is a Coup, not a Meeting"],
    [coupSchema, partnership, "this is a Partnership, not a Coup"],
    [partnershipSchema, meeting, "this is a Meeting, not a Partnership"],
    [meetingSchema, { kind: "Coup" }, "this is a Coup, not a Meeting"],
  ])("%#", async (schema, event, message) => {
    const result = await schema["~standard"].validate(event);
    expect("issues" in result ? result.issues : []).toEqual([
      { message: expect.stringContaining(message), path: ["kind"] },
    ]);
  });

  test("the right kind, invalid, gets its own issues", async () => {
    const result = await coupSchema["~standard"].validate({ ...coup, outcome: "x", salience: 9 });
    expect("issues" in result && result.issues ? result.issues.length : 0).toBe(2);
  });
});
