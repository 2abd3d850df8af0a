import { describe, expect, test } from "vitest";
import type { NewsDocument } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, exampleDocument } from "../helpers/fixtures.js";

// Found by a newsroom trial (round 25): round 24 made a non-English graph say no standing sentence
// of ours, but a coup step's name ("Detention: …") and a rating's words ("Misleading") were still
// English in a French graph. The documents are real examples (examples/*/document.json).
type Node = Record<string, unknown>;
const graphOf = (doc: NewsDocument) => toJsonLd(doc, { events: "all" })["@graph"] as unknown as Node[];
const ofType = (graph: Node[], type: string) => graph.filter((n) => n["@type"] === type);
const inLanguage = <T extends NewsDocument>(doc: T, language: string): T => ({ ...doc, language });
// The words of ours a graph could hold: the built-in step actions' and the ratings'.
const OURS =
  /\b(Detention|Announcement|Dissolution|Curfew|Border closure|Self declaration|Misleading|Imprecise|Wrong|Unsupported)\b/;

describe("a document in a language other than English", () => {
  test.each(["fr", "pt-BR"])("in %s, a coup step is named by the document's words only", (language) => {
    const steps = ofType(graphOf(inLanguage(exampleDocument("niger-coup-2023"), language)), "Event").filter((n) =>
      String(n["@id"]).includes("#/step/"),
    );
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(String(step["name"])).not.toMatch(OURS);
    expect(steps.find((n) => String(n["@id"]).endsWith("/bazoum-detained"))?.["name"]).toBe(
      "Mohamed Bazoum (2023 Niger coup)",
    );
    // In English, the action's words still name the step.
    const english = graphOf(exampleDocument("niger-coup-2023"));
    expect(english.find((n) => String(n["@id"]).endsWith("/step/bazoum-detained"))?.["name"]).toBe(
      "Detention: Mohamed Bazoum (2023 Niger coup)",
    );
  });

  test("a correction is named by what the article stated, without our rating's word", () => {
    const doc = canonicalDocument();
    const corrections = ofType(graphOf(inLanguage(doc, "fr")), "CorrectionComment");
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) expect(`${String(c["name"])} ${String(c["text"])}`).not.toMatch(OURS);
    const first = doc.verifications?.find((v) => v.rating !== "confirmed");
    expect(corrections[0]?.["name"]).toBe(first?.stated);
  });

  // Google requires reviewRating.alternateName, the rating in words shown in the results: a
  // ClaimReview without words in the page's language would be an invalid item, so there is none.
  test("has no ClaimReview, whose rating Google needs in words; in English it has them", () => {
    const doc = exampleDocument("bolivia-coup-attempt-2024");
    const english = ofType(graphOf(doc), "ClaimReview");
    expect(english.length).toBeGreaterThan(0);
    expect(english[0]).toMatchObject({ reviewRating: { "@type": "Rating", alternateName: expect.any(String) } });
    const french = graphOf(inLanguage(doc, "fr"));
    expect(ofType(french, "ClaimReview")).toEqual([]);
    expect(JSON.stringify(french)).not.toContain("#/review/");
  });
});
