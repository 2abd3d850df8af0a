import { afterEach, describe, expect, test } from "vitest";
import { rebaseEvidence, validateDocument } from "../../src/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { countStringSearches, restoreStringSearches } from "../helpers/string-searches.js";

// A body edited under thousands of spans (a transcript, a live page) makes every span wrong. Each
// wrong span was searched for through the whole body, and each explanation listed every
// occurrence of its words: a 4 MB body under 5,000 spans took 78 s to validate. The work is
// counted here, in characters the string searches pass over (test/helpers/string-searches.ts).
afterEach(restoreStringSearches);

/** The canonical document with `body` and only the given spans, on its first event. */
function withSpans(body: string, spans: { start: number; end: number; text: string }[]) {
  const doc = canonicalDocument() as unknown as Record<string, unknown> & { events: Record<string, unknown>[] };
  for (const key of ["quotes", "claims", "verifications"]) delete doc[key];
  const strip = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(strip);
    else if (value !== null && typeof value === "object")
      for (const key of Object.keys(value)) {
        if (key === "evidence" || key === "mentions") delete (value as Record<string, unknown>)[key];
        else strip((value as Record<string, unknown>)[key]);
      }
  };
  strip(doc);
  doc.body = body;
  doc.events[0]!.evidence = spans;
  return doc;
}

describe("wrong evidence spans over a long body", () => {
  const body = "lorem ipsum dolor sit amet xxxxx".repeat(8192); // 256 KiB, "lorem" 8,192 times
  const at = (i: number) => 32 * i;

  test.each([
    // Each span's words are in the body, a few characters from where the span says.
    ["moved by an edit", (i: number) => ({ start: at(i) + 2, end: at(i) + 7, text: "lorem" })],
    // Each span's first and last characters are the body's there; its words are nowhere.
    ["written to pass the quick tests", (i: number) => ({ start: at(i), end: at(i) + 5, text: "lQQQi" })],
  ])("%s: a few passes over the body, whatever the number of spans", (_name, span) => {
    const doc = withSpans(
      body,
      Array.from({ length: 3000 }, (_, i) => span(i)),
    );
    const searches = countStringSearches(body.length);
    const result = validateDocument(doc);
    const passes = searches.restore() / body.length;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(100);
    expect(result.issues.slice(0, 99).every((issue) => issue.code === "evidence-mismatch")).toBe(true);
    expect(result.issues[99]).toMatchObject({ code: "too-many-issues", message: "2901 more issues not shown" });
    // Eight searches of the rest of the body at most, and two for each of the 99 explanations shown.
    expect(passes).toBeLessThan(8 + 2 * 99 + 1);
  });

  test("an explanation still names where the words are", () => {
    const doc = withSpans(body, [{ start: at(5) + 2, end: at(5) + 7, text: "lorem" }]);
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.message).toContain(`those words are at ${at(5)}–${at(5) + 5}`);
  });
});

// rebaseEvidence listed every occurrence of each moved span's words to find the nearest: a 1 MiB
// transcript with 3,000 spans, edited at its start, took 8.7 s.
test("rebaseEvidence after an edit at the start: a few characters searched per span", () => {
  const body = "lorem ipsum dolor sit amet xxxxx".repeat(8192);
  const doc = withSpans(
    body,
    Array.from({ length: 3000 }, (_, i) => ({ start: 32 * i + 6, end: 32 * i + 17, text: "ipsum dolor" })),
  );
  const edited = `Breaking: ${body}`;
  const searches = countStringSearches(body.length);
  const { moved, lost, document } = rebaseEvidence(doc as never, edited);
  const perSpan = searches.restore() / 3000;
  expect(lost).toEqual([]);
  expect(moved).toHaveLength(3000);
  expect(moved[1]).toEqual({ pointer: "/events/0/evidence/1", from: 38, to: 48 });
  expect(validateDocument(document).ok).toBe(true);
  // The nearest occurrence on each side is 10 and 22 characters away.
  expect(perSpan).toBeLessThan(64);
});
