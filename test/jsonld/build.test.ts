import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { validateDocument, type NewsDocument } from "../../src/index.js";
import { serializeJsonLd, toJsonLd } from "../../src/jsonld/index.js";
import { checkJsonLd } from "../../src/check/index.js";
import { canonicalDocument, deepFreeze, mutated, repoPath } from "../helpers/fixtures.js";

type Node = Record<string, unknown>;
const doc = deepFreeze(canonicalDocument());
const graph = toJsonLd(doc);
const nodes = graph["@graph"] as unknown as Node[];
const byType = (type: string) => nodes.filter((n) => n["@type"] === type);
const idOf = (n: Node) => n["@id"] as string;

/** Every {"@id"} reference anywhere in a value. */
function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => references(v, out));
  else if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "@id") out.push((value as Node)["@id"] as string);
    else for (const [k, v] of Object.entries(value)) if (k !== "@id") references(v, out);
  }
  return out;
}

test("one @graph under the schema.org context, with the canonical document's checker report free of errors", () => {
  expect(graph["@context"]).toBe("https://schema.org");
  const report = checkJsonLd(graph);
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
});

test("every node has a unique absolute @id, and every reference resolves", () => {
  const ids = nodes.map(idOf);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^https:\/\//);
  const refs = references(nodes);
  expect(refs.length).toBeGreaterThan(40);
  for (const ref of refs) expect(ids).toContain(ref);
});

test("ids are derived from the document, not from position: reordering entities changes no id", () => {
  const reordered = mutated((d) => {
    d.entities.reverse();
    d.events.reverse();
  });
  const ids = (toJsonLd(reordered)["@graph"] as unknown as Node[]).map(idOf).sort();
  expect(ids).toEqual(nodes.map(idOf).sort());
});

test("the WebPage and the article's main entity are the canonical URL exactly", () => {
  const [page] = byType("WebPage");
  const [article] = byType("NewsArticle");
  expect(page?.["url"]).toBe(doc.url);
  expect(page?.["@id"]).toBe(doc.url);
  expect(article?.["mainEntityOfPage"]).toEqual({ "@id": doc.url });
});

test("no news event of the canonical article is one the public can attend: each is a Thing with its classes, so that Google reads no invalid event listing", () => {
  const events = nodes.filter((n) => idOf(n).includes("#/event/"));
  // Before issue 24 the Moscow meeting (a day and a place) was an Event: talks between ministers
  // are no event people can attend, and Moscow has no street address.
  expect(events.map((e) => [idOf(e).split("/").pop(), e["@type"]])).toEqual([
    ["coulibaly-shoigu-meeting", "Thing"],
    ["shoigu-aviles-meeting", "Thing"],
    ["burkina-faso-coup-2022", "Thing"],
    ["niger-coup-2023", "Thing"],
    ["burkina-faso-russia-defence-partnership", "Thing"],
  ]);
  const coup = events.find((e) => idOf(e).endsWith("/burkina-faso-coup-2022"));
  // A Thing keeps the event's identity: its name, classes and codes.
  // Its description says where it stands: a coup's outcome (issue 12).
  expect(coup).toEqual({
    "@type": "Thing",
    "@id": `${doc.url}#/event/burkina-faso-coup-2022`,
    name: doc.events[2]!.name,
    description: [doc.events[2]!.summary, "Outcome: successful."].filter(Boolean).join(" "),
    additionalType: ["http://www.wikidata.org/entity/Q45382", "http://cv.iptc.org/newscodes/mediatopic/20000070"],
  });
  expect(nodes.filter((n) => n["@type"] === "Event")).toEqual([]);
  expect(checkJsonLd(graph).errors).toEqual([]);
});

describe("an Event node only for a public event on a day at a place with a postal address (Google's Event rich result)", () => {
  const rally = {
    kind: "Event",
    id: "rally",
    name: "Rally on the square",
    salience: "main",
    plover: { scheme: "plover", code: "PROTEST", label: "protest" },
    mode: { scheme: "plover-mode", code: "demo", label: "demonstration" },
    classes: ["Q175331"],
    public: true,
    date: { value: "2023-11-10", precision: "day", method: "explicit" },
    location: "moscow",
    participants: [{ entity: "russian-defence-ministry", role: "target" }],
  };
  const address = { streetAddress: "Red Square", addressLocality: "Moscow", addressCountry: "RU" };
  const typeOf = (edit: (event: Node, moscow: Node) => void) => {
    const d = mutated((m) => {
      const event = structuredClone(rally) as Node;
      const moscow = m.entities.find((e) => e.id === "moscow") as unknown as Node;
      moscow["address"] = { ...address };
      edit(event, moscow);
      (m.events as unknown as Node[]).push(event);
    });
    expect(validateDocument(d).ok).toBe(true);
    const g = toJsonLd(d)["@graph"] as unknown as Node[];
    return { node: g.find((n) => idOf(n).endsWith("#/event/rally"))!, report: checkJsonLd(toJsonLd(d)) };
  };
  const cases: [string, (event: Node, moscow: Node) => void, string][] = [
    ["public, on a day, at an address", () => {}, "Event"],
    ["not said to be public", (e) => delete e["public"], "Thing"],
    ["public: false", (e) => (e["public"] = false), "Thing"],
    ["a place without an address", (_, m) => delete m["address"], "Thing"],
    ["a country as its place", (e) => (e["location"] = "russia"), "Thing"],
    ["known to the month", (e) => (e["date"] = { value: "2023-11", precision: "month", method: "explicit" }), "Thing"],
    ["no place", (e) => delete e["location"], "Thing"],
  ];
  test.each(cases)("%s: %s", (_, edit, type) => {
    const { node, report } = typeOf(edit);
    expect(node["@type"]).toBe(type);
    // Either way the classes are IRIs: the Wikidata class, then the coded terms.
    expect(node["additionalType"]).toEqual([
      "http://www.wikidata.org/entity/Q175331",
      "https://unpkg.com/news-events@0/docs/vocabulary.md#plover-PROTEST",
      "https://unpkg.com/news-events@0/docs/vocabulary.md#plover-mode-demo",
    ]);
    expect(report.errors).toEqual([]);
  });

  test("the Event's place carries its PostalAddress, and its participants are Roles", () => {
    const d = mutated((m) => {
      (m.entities.find((e) => e.id === "moscow") as unknown as Node)["address"] = { ...address };
      (m.events as unknown as Node[]).push(structuredClone(rally));
    });
    const g = toJsonLd(d)["@graph"] as unknown as Node[];
    expect(g.find((n) => idOf(n).endsWith("#/entity/moscow"))?.["address"]).toEqual({
      "@type": "PostalAddress",
      ...address,
    });
    expect(g.find((n) => idOf(n).endsWith("#/event/rally"))).toMatchObject({
      startDate: "2023-11-10",
      location: { "@id": `${doc.url}#/entity/moscow` },
      attendee: [
        { "@type": "Role", roleName: "target", attendee: { "@id": `${doc.url}#/entity/russian-defence-ministry` } },
      ],
    });
  });
});

test('events: "all" makes every news event an Event, with codes from the taxonomy, and the checker says which Google would reject', () => {
  const all = (toJsonLd(doc, { events: "all" })["@graph"] as unknown as Node[]).filter((n) =>
    idOf(n).includes("#/event/"),
  );
  expect(all.map((e) => e["@type"])).toEqual(["Event", "Event", "Event", "Event", "Event"]);
  const coup = all.find((e) => idOf(e).endsWith("/burkina-faso-coup-2022"));
  expect(coup?.["startDate"]).toBe("2022-10"); // as precise as the article is, no invented day
  const meeting = all.find((e) => idOf(e).endsWith("/coulibaly-shoigu-meeting"));
  expect(meeting?.["superEvent"]).toEqual([{ "@id": `${doc.url}#/event/burkina-faso-russia-defence-partnership` }]);
  expect(all.find((e) => idOf(e).endsWith("/niger-coup-2023"))?.["startDate"]).toBeUndefined(); // a span, not a day
  const rejected = checkJsonLd(toJsonLd(doc, { events: "all" })).errors.filter((e) => e.rule === "google/event");
  // None of the article's places has a postal address, so Google would reject all five; the checker names each missing fact.
  const at = (pointer: string) => pointer.replace(/^\/@graph\/\d+/, "");
  expect(rejected.map((e) => at(e.pointer))).toEqual(["/location", "", "/location", "/startDate", "", "/location", ""]);
  expect(new Set(rejected.map((e) => e.pointer.split("/")[2])).size).toBe(5);
});

test("main events are the article's about; the other events and every entity are mentions", () => {
  const [article] = byType("NewsArticle");
  expect(article?.["about"]).toEqual([
    { "@id": `${doc.url}#/event/coulibaly-shoigu-meeting` },
    { "@id": `${doc.url}#/event/burkina-faso-russia-defence-partnership` },
  ]);
  const mentions = (article?.["mentions"] as Node[]).map(idOf);
  expect(mentions).toHaveLength(3 + doc.entities.length);
  for (const e of doc.entities) expect(mentions).toContain(`${doc.url}#/entity/${e.id}`);
});

test("quotes are Quotations with speakers and attribution", () => {
  const quotes = byType("Quotation");
  expect(quotes).toHaveLength(4);
  expect(quotes[0]).toEqual({
    "@type": "Quotation",
    "@id": `${doc.url}#/quote/shoigu-readiness`,
    text: "readiness to work on increasing our cooperation in the fields of defence and economy",
    spokenByCharacter: [{ "@id": `${doc.url}#/entity/sergei-shoigu` }],
    about: { "@id": `${doc.url}#/event/coulibaly-shoigu-meeting` },
    publisher: { "@id": `${doc.url}#/entity/russian-defence-ministry` },
  });
});

describe("stated vs verified", () => {
  test("by default, each non-confirmed verification is a correction on the article", () => {
    const corrections = byType("CorrectionComment");
    const expected = (doc.verifications ?? []).filter((v) => v.rating !== "confirmed").length;
    expect(corrections).toHaveLength(expected);
    const [article] = byType("NewsArticle");
    expect(article?.["correction"]).toEqual(corrections.map((c) => ({ "@id": idOf(c) })));
    const coupDate = corrections.find((c) => idOf(c).endsWith("/traore-coup-date"));
    expect(coupDate?.["about"]).toEqual({ "@id": `${doc.url}#/event/burkina-faso-coup-2022` });
  });
  test("corrections: false states only what the article states", () => {
    const plain = toJsonLd(doc, { corrections: false })["@graph"] as unknown as Node[];
    expect(plain.filter((n) => n["@type"] === "CorrectionComment")).toEqual([]);
    expect(plain.find((n) => n["@type"] === "NewsArticle")).not.toHaveProperty("correction");
    expect(plain).toHaveLength(nodes.length - byType("CorrectionComment").length);
  });
});

test("values are never truncated or entity-encoded", () => {
  const headline = `${"A very long headline about a summit ".repeat(8)}& “quotes” <3`;
  const long = mutated((d) => {
    d.headline = headline;
  });
  expect(validateDocument(long).ok).toBe(true);
  const article = (toJsonLd(long)["@graph"] as unknown as Node[]).find((n) => n["@type"] === "NewsArticle");
  expect(article?.["headline"]).toBe(headline);
  const report = checkJsonLd(toJsonLd(long));
  expect(report.warnings.map((w) => w.rule)).toContain("google/headline-length");
  expect(report.errors).toEqual([]);
});

test("HTML in a headline is rejected by validation in the checker's words, and still never altered", () => {
  const headline = "Summit <b>ends</b> in Moscow";
  const marked = mutated((d) => {
    d.headline = headline;
  });
  const result = validateDocument(marked);
  expect(result.ok ? [] : result.issues.map((i) => [i.pointer, i.message])).toEqual([
    ["/headline", `must not contain HTML tags or entities (got ${JSON.stringify(headline)})`],
  ]);
  const article = (toJsonLd(marked)["@graph"] as unknown as Node[]).find((n) => n["@type"] === "NewsArticle");
  expect(article?.["headline"]).toBe(headline);
  expect(checkJsonLd(toJsonLd(marked)).warnings.map((e) => e.message)).toContain(
    `must not contain HTML tags or entities (got ${JSON.stringify(headline)})`,
  );
});

test("a paywalled article gets isAccessibleForFree false and a WebPageElement part", () => {
  const paywalled: NewsDocument = mutated((d) => {
    d.paywall = { cssSelector: ".paywall" };
  });
  const article = (toJsonLd(paywalled)["@graph"] as unknown as Node[]).find((n) => n["@type"] === "NewsArticle");
  expect(article?.["isAccessibleForFree"]).toBe(false);
  expect(article?.["hasPart"]).toContainEqual({
    "@type": "WebPageElement",
    isAccessibleForFree: false,
    cssSelector: ".paywall",
  });
  expect(checkJsonLd(toJsonLd(paywalled)).errors).toEqual([]);
});

test("the same document gives the same bytes, whatever the time zone or locale", () => {
  // `npm test` builds dist/ first; each run is a fresh process with its own TZ and locale.
  const script = `
    const { toJsonLd, serializeJsonLd } = await import(${JSON.stringify(repoPath("dist/jsonld.js"))});
    const { burkinaFasoRussia } = await import(${JSON.stringify(repoPath("dist/examples.js"))});
    process.stdout.write(serializeJsonLd(toJsonLd(burkinaFasoRussia)));
  `;
  const run = (TZ: string, LANG: string) =>
    execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, TZ, LANG, LC_ALL: LANG },
      encoding: "utf8",
    });
  const kiritimati = run("Pacific/Kiritimati", "de_DE.UTF-8");
  const losAngeles = run("America/Los_Angeles", "ar_EG.UTF-8");
  expect(kiritimati).toBe(losAngeles);
  expect(kiritimati).toBe(serializeJsonLd(graph));
});
