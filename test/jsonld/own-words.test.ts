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

  // A French fact-checker rates in French: AFP Factuel's ClaimReviews say `"alternateName": "Faux"`
  // (github.com/AFP-Medialab/defacto-rss, examples/claimReview/multi-claimreview.json). Given the
  // words, a French graph has the ClaimReview Google requires them for (round 26).
  test("with the caller's words for a rating, a claim so rated has its ClaimReview, in those words", () => {
    const doc = inLanguage(exampleDocument("bolivia-coup-attempt-2024"), "fr");
    const rating = doc.verifications?.[0]?.rating;
    expect(rating).toBe("unsupported");
    const words = { unsupported: "Non étayé", wrong: "Faux" };
    const reviews = ofType(toJsonLd(doc, { ratingWords: words })["@graph"] as unknown as Node[], "ClaimReview");
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ reviewRating: { "@type": "Rating", alternateName: "Non étayé" } });
    // Words for other ratings only: still none.
    const other = toJsonLd(doc, { ratingWords: { wrong: "Faux" } })["@graph"] as unknown as Node[];
    expect(ofType(other, "ClaimReview")).toEqual([]);
  });

  test("a correction keeps the article's words for its name; the caller's words stand where a rating fills in", () => {
    const doc = inLanguage(canonicalDocument(), "fr");
    const words = { wrong: "Faux", imprecise: "Imprécis", misleading: "Trompeur", unsupported: "Non étayé" };
    const corrections = ofType(graphOf({ ...doc }), "CorrectionComment");
    const worded = ofType(
      toJsonLd(doc, { ratingWords: words, events: "all" })["@graph"] as unknown as Node[],
      "CorrectionComment",
    );
    expect(worded.map((c) => c["name"])).toEqual(corrections.map((c) => c["name"]));
    for (const c of worded) expect(`${String(c["name"])} ${String(c["text"])}`).not.toMatch(OURS);
    // A verification with neither a verified text nor a note: its text is the rating, in the caller's words.
    const wrong = doc.verifications?.find((v) => v.rating === "wrong");
    if (wrong === undefined) throw new Error("the canonical document rates no statement wrong");
    const { note: _note, verified: _verified, ...bareVerification } = wrong;
    const bare: NewsDocument = { ...doc, verifications: [bareVerification] };
    const only = ofType(toJsonLd(bare, { ratingWords: words })["@graph"] as unknown as Node[], "CorrectionComment");
    expect(only.map((c) => c["text"])).toEqual(["Faux"]);
  });
});

describe("a document in English", () => {
  test("takes the caller's words for a rating, and ours for the others", () => {
    const doc = exampleDocument("bolivia-coup-attempt-2024");
    const ours = ofType(graphOf(doc), "ClaimReview");
    expect(ours[0]).toMatchObject({ reviewRating: { alternateName: "Unsupported" } });
    const theirs = ofType(
      toJsonLd(doc, { ratingWords: { unsupported: "Unproven" } })["@graph"] as unknown as Node[],
      "ClaimReview",
    );
    expect(theirs[0]).toMatchObject({ reviewRating: { alternateName: "Unproven" } });
    const wrongOnly = ofType(
      toJsonLd(doc, { ratingWords: { wrong: "False" } })["@graph"] as unknown as Node[],
      "ClaimReview",
    );
    expect(wrongOnly[0]).toMatchObject({ reviewRating: { alternateName: "Unsupported" } });
  });
});
