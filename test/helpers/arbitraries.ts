import fc from "fast-check";
import { MARKUP } from "../../src/core/text-rules.js";
import type { Entity, Evidence, FuzzyDate, Image, NewsDocument, NewsEvent, Quote } from "../../src/index.js";
import { dateBounds } from "../../src/model/calendar.js";
import { HOSTILE_STRINGS } from "./hostile.js";

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>["map"]>[0]>[0];

/** Text as users and scrapers produce it: any Unicode (astral characters included), and hostile strings. */
const freeText = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc
      .tuple(fc.string({ unit: "grapheme", maxLength: 12 }), fc.constantFrom(...HOSTILE_STRINGS))
      .map(([a, b]) => `${a}${b}`),
  )
  .filter((s) => s.length > 0);

/** Text Google's rules constrain (headlines, author names): letters and digits, no "and", no markup. */
const cleanText = fc
  .stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,3}$/)
  .filter((s) => !/\band\b/i.test(s) && !/^(by|posted by|written by) /i.test(s));
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
/** Free text without markup: what an article's description may hold (markup there is refused). */
const plainText = freeText.filter((s) => !MARKUP.test(s));

/** `n` (at least 1) values made in order, typed as the non-empty list a document's authors are. */
function atLeastOne<T>(n: number, make: () => T): [T, ...T[]] {
  return [make(), ...Array.from({ length: n - 1 }, make)];
}

function day(g: Gen, min = 1950, max = 2030): string {
  const year = g(fc.integer, { min, max });
  const month = g(fc.integer, { min: 1, max: 12 });
  const dayOfMonth = g(fc.integer, { min: 1, max: 28 });
  return `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
}

/** A span of the body that does not split a surrogate pair, or none when the body has no room. */
function span(g: Gen, body: string): Evidence | undefined {
  const starts: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff)) starts.push(i);
  }
  if (starts.length === 0) return undefined;
  const start = g(fc.constantFrom, ...starts);
  const ends = [...starts.filter((i) => i > start), body.length];
  const end = g(fc.constantFrom, ...ends);
  return { start, end, text: body.slice(start, end) };
}

function evidence(g: Gen, body: string): { evidence?: Evidence[] } {
  const e = g(fc.boolean) ? span(g, body) : undefined;
  return e ? { evidence: [e] } : {};
}

/** A stated fact with no field of its own, when the body has words to point at. */
function detail(
  g: Gen,
  body: string,
): { details?: { name: string; value: string | number | boolean; evidence: Evidence[] }[] } {
  const e = g(fc.boolean) ? span(g, body) : undefined;
  return e
    ? {
        details: [
          {
            name: "statedFact",
            value: g(() => fc.oneof(fc.integer(), fc.boolean(), freeText)) as string | number | boolean,
            evidence: [e],
          },
        ],
      }
    : {};
}

function fuzzyDate(g: Gen, body: string, anchor: string): FuzzyDate {
  // Before the article's year: what it reports as done cannot be dated after it (issue 22).
  const value = day(g, 1950, Number(anchor.slice(0, 4)) - 1);
  const precision = g(fc.constantFrom, "day", "month", "year") as "day" | "month" | "year";
  const shaped = precision === "day" ? value : precision === "month" ? value.slice(0, 7) : value.slice(0, 4);
  const method = g(fc.constantFrom, "explicit", "relative", "source", "inferred") as FuzzyDate["method"];
  return {
    ...(g(fc.boolean) ? { text: g(() => freeText) } : {}),
    value: shaped,
    precision,
    method,
    ...(method === "relative" ? { anchor } : {}),
    ...evidence(g, body),
  };
}

/** Arbitrary valid news documents, built from the model: every reference resolves, every span fits. */
export const validDocument: fc.Arbitrary<NewsDocument> = fc.gen().map((g) => {
  const body = g(fc.array, freeText, { minLength: 1, maxLength: 6 }).join(" ");
  const published = `${day(g, 2000)}T${String(g(fc.integer, { min: 0, max: 23 })).padStart(2, "0")}:30:00${g(fc.constantFrom, "Z", "+00:00", "+03:00", "-05:00")}`;
  const anchor = published.slice(0, 10);
  const ids = g(fc.uniqueArray, slug, { minLength: 4, maxLength: 7 }) as string[];
  const countryId: string = ids[0] ?? "c";
  const rest = ids.slice(1);
  const entities: Entity[] = [
    {
      type: "country",
      id: countryId,
      name: g(() => freeText),
      iso2: "BF",
      iso3: "BFA",
      ...(g(fc.boolean) ? { wikidata: "Q965" } : {}),
    },
    ...rest.map((id, index): Entity => {
      // One organisation at least, so that a partnership always has two different parties.
      const type =
        index === 0
          ? "organization"
          : (g(fc.constantFrom, "person", "organization", "place") as "person" | "organization" | "place");
      const base = { id, name: g(() => freeText), ...(g(fc.boolean) ? { aliases: [g(() => freeText)] } : {}) };
      const mentions = span(g, body);
      const withMentions = mentions ? { mentions: [mentions] } : {};
      if (type === "person")
        return {
          type,
          ...base,
          ...withMentions,
          positions: [{ title: g(() => freeText), of: countryId, start: "2001", end: "2030-12" }],
        };
      if (type === "organization") return { type, ...base, ...withMentions, country: countryId };
      return { type, ...base, ...withMentions, country: countryId, latitude: 12.37, longitude: -1.52 };
    }),
  ];
  const actors = entities.filter((e) => e.type !== "place").map((e) => e.id);
  const places = entities.filter((e) => e.type === "place" || e.type === "country").map((e) => e.id);
  const pick = (list: string[]) => g(fc.constantFrom, ...list);
  const eventCount = g(fc.integer, { min: 1, max: 4 });
  const events: NewsEvent[] = [];
  for (let i = 0; i < eventCount; i++) {
    const common = {
      id: `event-${i}`,
      name: g(() => freeText),
      salience: g(fc.constantFrom, "main", "background") as "main" | "background",
      ...(g(fc.boolean) ? { summary: g(() => freeText) } : {}),
      ...(g(fc.boolean) ? { date: fuzzyDate(g, body, anchor) } : {}),
      ...(g(fc.boolean) ? { location: pick(places) } : {}),
      ...(g(fc.boolean) ? { places: [pick(places)] } : {}),
      ...evidence(g, body),
      // The fields real events needed (issue 12): classes, and details kept with their evidence.
      ...(g(fc.boolean) ? { classes: ["Q1127126"] } : {}),
      ...detail(g, body),
      // Issue 22: figures as stated, and the series an event is part of.
      ...(g(fc.boolean)
        ? {
            quantities: [
              g(fc.boolean)
                ? {
                    counts: "money" as const,
                    precision: "about" as const,
                    value: 1.5e6,
                    unit: "XOF",
                    text: g(() => freeText),
                  }
                : {
                    counts: "killed" as const,
                    precision: "range" as const,
                    min: 20,
                    max: 30,
                    text: g(() => freeText),
                    ...evidence(g, body),
                  },
            ],
          }
        : {}),
      ...(g(fc.boolean) ? { relations: [{ relation: "part-of" as const, name: g(() => cleanText), number: 43 }] } : {}),
    };
    // One role per actor within an event: an actor in two roles that exclude each other (host and
    // visitor, perpetrator and ousted) is an impossibility the checks reject.
    const roleOf = new Map<string, string>();
    const participants = (roles: string[], min: number) =>
      Array.from({ length: g(fc.integer, { min, max: min + 2 }) }, () => {
        const entity = pick(actors);
        const role = roleOf.get(entity) ?? pick(roles);
        roleOf.set(entity, role);
        return { entity, role, ...(g(fc.boolean) ? { represents: countryId } : {}) };
      });
    const kind = g(fc.constantFrom, "Meeting", "Coup", "Partnership");
    if (kind === "Meeting") {
      const people = participants(["host", "visitor", "participant", "mediator"], 2);
      // A third-country venue only where no venue is named: a named one would be in the sides' country.
      const thirdLocation = common.location === undefined ? g(fc.boolean) : false;
      events.push({
        kind,
        ...common,
        participants: people as never,
        scale: people.length > 2 ? "multilateral" : "bilateral",
        attendance: g(fc.constantFrom, "in-person", "remote", "hybrid") as "remote",
        ...(g(fc.boolean) ? { thirdLocation } : {}),
      });
    } else if (kind === "Coup") {
      const outcome = g(fc.constantFrom, "successful", "in-control", "failed", "attempted", "plot", "alleged") as
        "failed" | "successful" | "in-control";
      // Successful needs seven days in power by publication; sooner, the perpetrators are in control.
      const began = common.date ? dateBounds(common.date.value) : undefined;
      const tooSoon =
        outcome === "successful" &&
        began !== undefined &&
        Date.parse(began.earliest) + 7 * 86_400_000 > Date.parse(anchor);
      // Undated steps and reactions with actions: their order needs no dates to agree. A plot was
      // never launched, so no one was sworn in (the checks reject a swearing-in beside it).
      const actions = ["detention", "announcement", "dissolution", "swearing-in", "arrest", "withdrawal"].filter(
        (action) => String(outcome) !== "plot" || action !== "swearing-in",
      );
      const steps = Array.from({ length: g(fc.integer, { min: 0, max: 2 }) }, (_, j) => ({
        id: `step-${i}-${j}`,
        action: g(fc.constantFrom, ...actions) as "withdrawal",
        ...(g(fc.boolean) ? { actor: pick(actors) } : {}),
        ...(g(fc.boolean) ? { location: pick(places) } : {}),
        ...evidence(g, body),
      }));
      const reactions = g(fc.boolean)
        ? [
            {
              actor: pick(actors),
              stance: "condemn" as const,
              actions: g(fc.uniqueArray, fc.constantFrom("sanctions", "threat-of-force", "suspension"), {
                minLength: 1,
              }) as ("sanctions" | "threat-of-force" | "suspension")[],
            },
          ]
        : [];
      events.push({
        kind,
        ...common,
        country: countryId,
        // The outcome decides who lost power: no target of a coup that holds power, no ousted
        // leader of a failed coup or a plot.
        participants: participants(
          ["perpetrator", "leader", "loyalist", "supporter"].concat(
            outcome === "successful" || outcome === "in-control"
              ? ["ousted"]
              : outcome === "failed" || outcome === "plot"
                ? ["target"]
                : ["ousted", "target"],
          ),
          0,
        ) as never,
        ...(steps.length > 0 ? { steps } : {}),
        outcome: tooSoon ? "in-control" : outcome,
        ...(g(fc.boolean) ? { initiators: ["military"] } : {}),
        ...(reactions.length > 0 ? { reactions } : {}),
      });
    } else {
      // Parties are states or bodies themselves, two different ones at least; a guarantor is no side.
      const parties = g(fc.uniqueArray, fc.constantFrom(...actors), { minLength: 2, maxLength: 4 }) as string[];
      const partyList = parties.map((entity, j) => ({
        entity,
        role: j < 2 ? pick(["party", "signatory", "provider", "beneficiary"]) : pick(["party", "guarantor"]),
      }));
      const sides = new Set(partyList.filter((p) => p.role !== "guarantor").map((p) => p.entity)).size;
      events.push({
        kind,
        ...common,
        participants: partyList as never,
        scale: sides > 2 ? "multilateral" : "bilateral",
        domains: g(fc.uniqueArray, fc.constantFrom("defence", "economy", "security", "technology-transfer"), {
          minLength: 1,
        }) as never,
        stage: g(fc.constantFrom, "proposed", "negotiating", "signed", "in-force", "suspended", "ended") as "signed",
        symmetry: g(fc.constantFrom, "mutual", "one-way") as "mutual",
      });
    }
  }
  const quotes: Quote[] = Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, (_, i) => {
    const speech = g(fc.constantFrom, "direct", "partial", "reported") as Quote["speech"];
    const spans = evidence(g, body);
    // Quoted words are words of the text: the evidence's own, when there is evidence.
    const quoted = speech !== "reported" ? spans.evidence?.[0]?.text : undefined;
    const usable = quoted !== undefined && quoted.trim() !== "";
    return {
      id: `quote-${i}`,
      text: usable ? quoted : g(() => freeText),
      speakers: [pick(actors)],
      // Evidence of blank space quotes no words: the statement is then reported.
      speech: spans.evidence && !usable ? "reported" : speech,
      ...(g(fc.boolean) ? { attribution: { source: pick(actors) } } : {}),
      ...(g(fc.boolean) ? { event: `event-${g(fc.integer, { min: 0, max: eventCount - 1 })}` } : {}),
      ...spans,
    };
  });
  const host = `${g(() => slug)}.example.org`;
  return {
    headline: g(() => cleanText),
    ...(g(fc.boolean) ? { description: g(() => plainText) } : {}),
    url: `https://${host}/${g(() => slug)}/`,
    published,
    language: "en",
    // Authors drawn from a small pool of pages, the publisher's among them, so that shared pages,
    // repeated authors and organisation authors that are the publisher all occur (their ids must
    // never collide in the graph).
    authors: atLeastOne(g(fc.integer, { min: 1, max: 3 }), () => {
      const page = g(
        fc.constantFrom,
        `https://${host}/authors/staff`,
        `https://${host}/`,
        `https://${host}/authors/${g(() => slug)}`,
        undefined,
      );
      return {
        type: g(fc.constantFrom, "person", "organization") as "person",
        name: g(() => cleanText),
        ...(page !== undefined ? { url: page } : {}),
      };
    }),
    publisher: { name: g(() => cleanText), url: `https://${host}/` },
    // Each image once (a second entry of one url is invalid), in any order.
    images: g(
      fc.uniqueArray,
      fc.constantFrom(
        { url: `https://${host}/a-16x9.jpg`, width: 1600, height: 900 },
        { url: `https://${host}/a-4x3.jpg`, width: 1200, height: 900 },
        { url: `https://${host}/a-1x1.jpg`, width: 900, height: 900 },
      ),
      { minLength: 1, maxLength: 3, selector: (image: unknown) => (image as Image).url },
    ).map((image: unknown) => ({ ...(image as Image) })),
    keywords: [g(() => freeText)],
    body,
    entities,
    events,
    quotes,
  };
});
