import { describe, expect, test } from "vitest";
import { resolvePointer, validateDocument, type Evidence } from "../../src/index.js";
import { burkinaFasoRussia } from "../../src/examples/index.js";
import { canonicalDocument, canonicalFile } from "../helpers/fixtures.js";

const doc = canonicalDocument();
const article = canonicalFile("article.txt");
const facts = canonicalFile("FACTS.md");

test("the body is the canonical article exactly", () => {
  expect(doc.body).toBe(article);
  expect(doc.headline).toBe(article.split("\n")[0]);
});

test("the canonical document validates, and the packaged copy is the same document", () => {
  expect(validateDocument(doc)).toEqual({ ok: true, value: doc });
  expect(burkinaFasoRussia).toEqual(doc);
  expect(Object.isFrozen(burkinaFasoRussia.events[0])).toBe(true);
});

test("it holds the five events the article reports", () => {
  expect(doc.events.map((e) => [e.kind, e.id, e.salience])).toEqual([
    ["Meeting", "coulibaly-shoigu-meeting", "main"],
    ["Meeting", "shoigu-aviles-meeting", "background"],
    ["Coup", "burkina-faso-coup-2022", "background"],
    ["Coup", "niger-coup-2023", "background"],
    ["Partnership", "burkina-faso-russia-defence-partnership", "main"],
  ]);
});

test("every event, participant, date and quote points at the text", () => {
  for (const event of doc.events) {
    expect(event.evidence?.length, event.id).toBeGreaterThan(0);
    expect(event.date?.evidence?.length ?? 1, event.id).toBeGreaterThan(0);
    for (const p of event.participants ?? []) expect(p.evidence?.length, `${event.id} ${p.entity}`).toBeGreaterThan(0);
  }
  for (const quote of doc.quotes ?? []) {
    expect(quote.evidence?.length, quote.id).toBeGreaterThan(0);
    expect(quote.speakers.length).toBeGreaterThan(0);
    for (const e of quote.evidence ?? []) expect(e.text).toContain(quote.text.split(" ")[0]);
  }
});

test("every evidence snippet equals the body at its UTF-16 offsets", () => {
  const spans: Evidence[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (typeof o["start"] === "number" && typeof o["end"] === "number" && typeof o["text"] === "string") spans.push(o as unknown as Evidence);
      else Object.values(o).forEach(walk);
    }
  };
  walk(doc);
  expect(spans.length).toBeGreaterThan(60);
  for (const span of spans) expect(article.slice(span.start, span.end)).toBe(span.text);
});

test("quotes carry speaker and attribution as the article gives them", () => {
  expect(doc.quotes?.map((q) => [q.id, q.speakers, q.speech, q.attribution?.source ?? null])).toEqual([
    ["shoigu-readiness", ["sergei-shoigu"], "partial", "russian-defence-ministry"],
    ["shoigu-another-step", ["sergei-shoigu"], "partial", "russian-defence-ministry"],
    ["coulibaly-practical-phase", ["kassoum-coulibaly"], "partial", null],
    ["shoigu-aviles-projects", ["sergei-shoigu", "julio-cesar-aviles-castillo"], "reported", "russian-defence-ministry"],
  ]);
});

test("Shoigu is one entity with both of the article's spellings, and his office has its dates", () => {
  const people = doc.entities.filter((e) => e.type === "person" && /Sho[iy]gu/.test([e.name, ...(e.aliases ?? [])].join(" ")));
  expect(people).toHaveLength(1);
  const shoigu = people[0];
  expect(shoigu?.aliases).toEqual(expect.arrayContaining(["Shoigu", "Shoygu"]));
  expect(shoigu?.type === "person" && shoigu.positions?.[0]).toEqual({ title: "Minister of Defence", of: "russia", start: "2012-11-06", end: "2024-05" });
});

test("only Wikidata QIDs that FACTS.md lists as verified are used", () => {
  const verified = new Set([...facts.matchAll(/\| \*\*(Q\d+)\*\* \|/g)].map((m) => m[1]));
  expect(verified.size).toBeGreaterThanOrEqual(7);
  const used = [...JSON.stringify(doc).matchAll(/"wikidata":"(Q\d+)"/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThan(0);
  for (const qid of used) expect(verified).toContain(qid);
});

describe("each of FACTS.md's 13 imprecisions is kept as stated vs verified", () => {
  // FACTS.md part A2, item by item: the verifications that record it and their ratings.
  const imprecisions: [number, string, string, string][] = [
    [1, "meeting-date", "/events/0/date", "confirmed"],
    [2, "traore-coup-date", "/events/2/date", "imprecise"],
    [3, "traore-pay", "/claims/3", "wrong"],
    [4, "idp-reduction", "/claims/2", "unsupported"],
    [5, "public-satisfaction", "/claims/1", "unsupported"],
    [6, "russia-niger-support", "/events/3/reactions/0", "misleading"],
    [7, "headline-form-relationship", "/headline", "misleading"],
    [7, "ties-not-new", "/claims/6", "misleading"],
    [8, "aviles-office", "/claims/5", "imprecise"],
    [9, "shoigu-spellings", "/entities/6/aliases/2", "imprecise"],
    [10, "practical-phase-quote", "/quotes/2/text", "imprecise"],
    [11, "photo-caption", "/claims/0", "misleading"],
    [12, "coulibaly-rank-and-title", "/events/0/participants/0", "imprecise"],
    [12, "key-partner-generalisation", "/claims/4", "unsupported"],
    [13, "shoigu-office-in-time", "/entities/6/positions/0", "confirmed"],
  ];
  test("all 13 are covered", () => expect(new Set(imprecisions.map(([n]) => n)).size).toBe(13));
  for (const [n, id, target, rating] of imprecisions) {
    test(`${n}: ${id}`, () => {
      const v = doc.verifications?.find((x) => x.id === id);
      expect(v).toBeDefined();
      if (!v) return;
      expect([v.target, v.rating]).toEqual([target, rating]);
      expect(resolvePointer(doc, v.target).found).toBe(true);
      // What the article says is kept in its own words...
      expect(article).toContain(v.stated);
      // ...and what is verified is said beside it, with sources unless nothing could be found.
      expect(v.verified?.text.length).toBeGreaterThan(10);
      if (rating !== "unsupported") expect(v.sources?.length).toBeGreaterThan(0);
    });
  }

  test("a correction keeps the article's wording: October of 2022 stays, 30 September is verified", () => {
    const coup = doc.events[2];
    expect(coup?.date).toMatchObject({ text: "October of 2022", value: "2022-10", precision: "month", method: "explicit" });
    expect(doc.verifications?.find((v) => v.id === "traore-coup-date")?.verified?.date).toEqual({ value: "2022-09-30", precision: "day", method: "source" });
  });

  test("this Tuesday is kept as written, resolved against the publication date", () => {
    expect(doc.events[0]?.date).toMatchObject({ text: "this Tuesday", value: "2023-11-07", method: "relative", anchor: doc.published.slice(0, 10) });
  });
});

test("the example's own metadata is clearly marked as example values", () => {
  for (const url of [doc.url, doc.publisher.url, ...doc.authors.map((a) => a.url ?? ""), ...(doc.images ?? []).map((i) => i.url)]) {
    expect(new URL(url).hostname).toMatch(/(^|\.)example\.org$/);
  }
});
