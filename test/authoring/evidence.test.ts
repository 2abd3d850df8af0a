import { describe, expect, test } from "vitest";
import { findEvidence, rebaseEvidence, validateDocument } from "../../src/index.js";
import { canonicalDocument, deepFreeze } from "../helpers/fixtures.js";

describe("findEvidence", () => {
  const body = "Shoigu met Coulibaly on Tuesday. On Tuesday evening they signed. 🇧🇫 Burkina Faso";
  test.each([
    ["one occurrence", "on Tuesday", {}, { start: 21, end: 31, text: "on Tuesday" }],
    ["the nth occurrence", "Tuesday", { occurrence: 2 }, { start: 36, end: 43, text: "Tuesday" }],
    ["the first after an offset", "Tuesday", { after: 30 }, { start: 36, end: 43, text: "Tuesday" }],
    ["UTF-16 offsets after an astral character", "Burkina", {}, { start: 70, end: 77, text: "Burkina" }],
  ] as const)("%s", (_, text, options, expected) => {
    const result = findEvidence(body, text, options);
    expect(result).toEqual({ ok: true, value: expected });
    if (result.ok) expect(body.slice(result.value.start, result.value.end)).toBe(text);
  });

  test.each([
    [
      "several matches and no choice",
      "Tuesday",
      {},
      "evidence-ambiguous",
      "occurs 2 times (at 24, 36): pass { occurrence } or { after } to choose",
    ],
    ["words that are not there", "Wednesday", {}, "evidence-not-found", 'is not in the body: "Wednesday"'],
    [
      "an occurrence past the last",
      "Tuesday",
      { occurrence: 3 },
      "evidence-not-found",
      'occurs 2 times, so there is no occurrence 3: "Tuesday"',
    ],
    [
      "nothing after the offset",
      "Shoigu",
      { after: 1 },
      "evidence-not-found",
      'does not occur at or after 1: "Shoigu"',
    ],
    ["half of a surrogate pair", "\udde7", {}, "evidence-not-found", 'is not in the body: "\\udde7"'],
    ["empty text", "", {}, "evidence-not-found", "needs a body and non-empty text to look for"],
  ] as const)("%s is an issue, never a guess", (_, text, options, code, message) => {
    expect(findEvidence(body, text, options)).toEqual({ ok: false, issues: [{ code, pointer: "/body", message }] });
  });
});

describe("rebaseEvidence", () => {
  const doc = deepFreeze(canonicalDocument());
  const before = JSON.stringify(doc);

  test("a copy-desk edit early in the body moves every later span, and the result validates", () => {
    const edited = `UPDATED: ${doc.body}`;
    const { document, moved, lost } = rebaseEvidence(doc, edited);
    expect(lost).toEqual([]);
    expect(moved.length).toBeGreaterThan(60);
    for (const span of moved) expect(span.to - span.from).toBe(9);
    expect(document.body).toBe(edited);
    expect(validateDocument(document).ok).toBe(true);
    expect(JSON.stringify(doc)).toBe(before); // pure
  });

  test.each([
    ["a short tag", "UPDATED: "],
    ["a sentence longer than the gap between two mentions of Russia", "Updated on 9 November. "],
    ["a paragraph", "Updated on 9 November with the ministry's statement. Russia confirmed the talks.\n\n"],
  ])("%s added in front moves every span by its length, none to another occurrence", (_, prefix) => {
    const { document, moved, lost } = rebaseEvidence(doc, `${prefix}${doc.body}`);
    expect(lost).toEqual([]);
    expect(moved.length).toBeGreaterThan(60);
    expect(moved.filter((span) => span.to - span.from !== prefix.length)).toEqual([]);
    expect(validateDocument(document).ok).toBe(true);
  });

  test("a sentence added in the middle moves the spans after it by its length, and keeps those before it", () => {
    const added = "Officials in both capitals declined to comment on the timing of the talks. ";
    const at = doc.body.indexOf("During their coup crisis, ");
    const { moved, lost } = rebaseEvidence(doc, `${doc.body.slice(0, at)}${added}${doc.body.slice(at)}`);
    expect(lost).toEqual([]);
    expect(moved.length).toBeGreaterThan(0);
    for (const span of moved) expect([span.from >= at, span.to - span.from]).toEqual([true, added.length]);
  });

  test("a span whose words were cut is listed as lost, the others are re-placed", () => {
    const edited = doc.body.replace("Moscow", "the Russian capital");
    const { document, lost } = rebaseEvidence(doc, edited);
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((l) => l.reason === "not-found" && l.text.includes("Moscow"))).toBe(true);
    for (const l of lost) {
      expect(l.code).toBe("evidence-not-found");
      expect(l.params).toEqual({ text: l.text });
      expect(l.message).toBe(`${JSON.stringify(l.text)} is not in the new body`);
    }
    const result = validateDocument(document);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.pointer).sort()).toEqual(lost.map((l) => `${l.pointer}/text`).sort());
  });

  test("two occurrences equally near the old place are ambiguous, and the span is left alone", () => {
    const small = { ...canonicalDocument(), body: "xx AB yy" } as ReturnType<typeof canonicalDocument>;
    small.events = [];
    small.entities = [
      { type: "country", id: "a", name: "A", iso2: "AA", iso3: "AAA", mentions: [{ start: 3, end: 5, text: "AB" }] },
    ];
    small.quotes = [];
    small.claims = [];
    small.verifications = [];
    const { document, lost } = rebaseEvidence(small, "AB -- AB");
    expect(lost).toEqual([
      {
        code: "evidence-ambiguous",
        pointer: "/entities/0/mentions/0",
        message: '"AB" occurs twice, equally near its old place',
        params: { text: "AB" },
        text: "AB",
        reason: "ambiguous",
      },
    ]);
    expect((document.entities?.[0] as { mentions: unknown[] }).mentions[0]).toEqual({ start: 3, end: 5, text: "AB" });
  });
});

// Found by a third trial: a kicker put before the body left a span in place whenever its words also
// stood, after the edit, at its old offset: "Burkina Faso" at 75 kept 75, the country's first
// mention moved there, where its own words had gone to 150.
test("a span the edit moved goes with its words, even when the same words stand at its old offset", () => {
  const doc = canonicalDocument();
  const body = doc.body ?? "";
  const first = body.indexOf("Burkina Faso");
  const second = body.indexOf("Burkina Faso", first + 1);
  const kicker = "Updated 9 November with the Russian ministry's statement: ".padEnd(second - first, ".");
  const { document, moved, lost } = rebaseEvidence(doc, kicker + body);
  expect(lost).toEqual([]);
  expect(moved).toContainEqual({ pointer: "/entities/0/mentions/1", from: second, to: second + kicker.length });
  for (const { from, to } of moved) expect(to - from).toBe(kicker.length);
  expect(validateDocument(document).ok).toBe(true);
});

// Found by a third trial: rebaseEvidence(doc, undefined) threw a bare TypeError.
test.each([
  [
    "a body that is no text",
    () => rebaseEvidence(canonicalDocument(), undefined as never),
    "/body: must be the edited article text (got undefined)",
  ],
  [
    "a document that is no object",
    () => rebaseEvidence(null as never, "text"),
    "(root): must be a news document (an object) (got null)",
  ],
  [
    "a list for a document",
    () => rebaseEvidence([] as never, "text"),
    "(root): must be a news document (an object) (got an array)",
  ],
])("rebaseEvidence of %s throws a NewsEventsError saying what it takes", (_, call, message) => {
  expect(call).toThrow(
    expect.objectContaining({ name: "NewsEventsError", message: `Invalid input to rebaseEvidence: ${message}` }),
  );
});

test("an evidence mismatch says where the words really are, or that they are not in the body", () => {
  const doc = canonicalDocument();
  const span = doc.events![0]!.evidence![0]!;
  const real = doc.body!.indexOf(span.text);
  span.start += 3;
  span.end += 3;
  const result = validateDocument(doc);
  expect(result.ok ? "" : result.issues[0]!.message).toMatch(
    new RegExp(`; those words are at ${real}–${real + span.text.length}; after editing the body, news-events rebase`),
  );
  span.text = "words nowhere in the article";
  const gone = validateDocument(doc);
  expect(gone.ok ? "" : gone.issues[0]!.message).toMatch(
    /; those words are not in the body: news-events find DOC "words" looks for others\)$/,
  );
});
