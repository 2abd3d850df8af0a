import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  checkJsonLd,
  checkJsonLdBlocks,
  checkJsonLdText,
  RULES,
  ruleById,
  type RuleId,
} from "../../src/check/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";

type Node = Record<string, unknown>;
const docs = readFileSync(repoPath("docs/jsonld-and-seo.md"), "utf8");
const SEVERITIES = ["error", "warning", "note"];

describe("the rule registry", () => {
  test.each(RULES.map((r) => [r.id, r] as const))(
    "%s is data: a group/name id, a severity, a summary, documented",
    (id, rule) => {
      expect(id).toMatch(/^(json|html|check|vocabulary|graph|google|event|text)\/[a-z]+(?:-[a-z]+)*$/);
      expect(SEVERITIES).toContain(rule.severity);
      if (rule.lesser !== undefined)
        expect(SEVERITIES.indexOf(rule.lesser)).toBeGreaterThan(SEVERITIES.indexOf(rule.severity));
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(docs).toContain(`| \`${id}\` |`);
      expect(ruleById(id)).toBe(rule);
    },
  );

  test("ids are unique, and ruleById knows no other", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(ruleById("graph/orphans")).toBeUndefined();
  });

  test("rule ids are a union: a typo does not compile", () => {
    expectTypeOf<"graph/orphan">().toExtend<RuleId>();
    expectTypeOf<"graph/orphans">().not.toExtend<RuleId>();
    // @ts-expect-error -- no such rule
    checkJsonLd({}, { rules: { "graph/orphans": "off" } });
  });

  test("every finding's code is its rule, and its rule is in the registry", () => {
    const g = toJsonLd(canonicalDocument()) as unknown as Node;
    const report = checkJsonLd({
      ...g,
      "@graph": [...(g["@graph"] as Node[]), { "@type": "Coup", headline: "<b>x</b>" }],
    });
    const all = [...report.errors, ...report.warnings, ...report.notes];
    expect(all.length).toBeGreaterThan(3);
    for (const f of all) {
      expect(f.code).toBe(f.rule);
      expect(ruleById(f.code)).toBeDefined();
    }
  });
});

describe("severities set per rule", () => {
  const article = (): Node => ({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: "Ministers meet",
    datePublished: "2023-11-08",
    author: [
      { "@type": "Person", name: "Dr. Jane Doe" },
      { "@type": "Person", name: "By John Roe" },
    ],
  });
  const of = (report: ReturnType<typeof checkJsonLd>, rule: string) =>
    (["errors", "warnings", "notes"] as const).flatMap((s) =>
      report[s].filter((f) => f.rule === rule).map((f) => f.severity),
    );

  const cases: [string, Parameters<typeof checkJsonLd>[1], string, string[]][] = [
    ["the default", {}, "google/date-only", ["warning"]],
    ["raised to error", { rules: { "google/date-only": "error" } }, "google/date-only", ["error"]],
    ["lowered to note", { rules: { "google/date-only": "note" } }, "google/date-only", ["note"]],
    ["off", { rules: { "google/date-only": "off" } }, "google/date-only", []],
    ["a rule's lesser case keeps its own severity by default", {}, "google/author-name", ["warning", "note"]],
    [
      "a severity set applies to the lesser case too",
      { rules: { "google/author-name": "note" } },
      "google/author-name",
      ["note", "note"],
    ],
  ];
  test.each(cases)("%s", (_, options, rule, expected) => {
    expect(of(checkJsonLd(article(), options), rule).sort()).toEqual([...expected].sort());
  });

  test("an off rule leaves the others alone, in checkJsonLdText and checkJsonLdBlocks too", () => {
    const text = JSON.stringify(article());
    for (const report of [
      checkJsonLdText(text, { rules: { "google/image": "off", "json/syntax": "off" } }),
      checkJsonLdBlocks([text, "{"], { rules: { "google/image": "off", "json/syntax": "off" } }),
    ]) {
      const rules = [...report.errors, ...report.warnings].map((f) => f.rule);
      expect(rules).not.toContain("google/image");
      expect(rules).not.toContain("json/syntax");
      expect(rules).toContain("google/date-only");
    }
  });

  test("a name that is no rule, or a value that is no severity, is a check/options error, never thrown", () => {
    const rules = { "graph/orphans": "off", "graph/orphan": "fatal" } as never;
    const report = checkJsonLd(article(), { rules });
    expect(report.errors.filter((f) => f.rule === "check/options")).toEqual([
      expect.objectContaining({ pointer: "", params: { got: "graph/orphans" } }),
      expect.objectContaining({
        pointer: "",
        message: 'options.rules sets graph/orphan to "fatal": it must be error, warning, note or off',
      }),
    ]);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no keys");
        },
      },
    );
    expect(() => checkJsonLd(article(), { rules: hostile })).not.toThrow();
    expect(checkJsonLd(article(), { rules: hostile }).errors.map((f) => f.rule)).toContain("check/options");
  });
});

describe("pointers", () => {
  test("a key with a / is one escaped pointer for every rule that reports it (was /a/b for references)", () => {
    const g = toJsonLd(canonicalDocument()) as unknown as { "@graph": Node[] };
    const article = g["@graph"][1] as Node;
    article["a/b"] = { "@id": `${canonicalDocument().url}#/nowhere` };
    const report = checkJsonLd(g);
    expect(
      [...report.errors]
        .map((f) => `${f.rule} ${f.pointer}`)
        .filter((r) => !r.startsWith("google/event"))
        .sort(),
    ).toEqual(["graph/dangling-reference /@graph/1/a~1b/@id", "vocabulary/unknown-property /@graph/1/a~1b"]);
  });

  test("a page's findings point into their own block, and a message naming another node names its block", () => {
    const twin = {
      "@context": "https://schema.org",
      "@type": "Person",
      "@id": "https://x.org/#a",
      name: "A",
      sameAs: "https://x.org/a",
    };
    const report = checkJsonLdBlocks([
      "{",
      JSON.stringify(twin),
      JSON.stringify({ ...twin, "@id": "https://x.org/#b" }),
    ]);
    expect(report.warnings.filter((f) => f.rule === "graph/duplicate-entity")).toEqual([
      expect.objectContaining({
        pointer: "/2",
        message: "describes the same thing as the node at /1, under another @id (both have sameAs https://x.org/a)",
      }),
    ]);
  });

  test("messages that name raw input carry it in params", () => {
    const report = checkJsonLd({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headlinee: "x",
      datePublished: "2023-11-08T12:00",
    });
    expect(report.errors).toContainEqual(
      expect.objectContaining({ rule: "vocabulary/unknown-property", params: { key: "headlinee" } }),
    );
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ rule: "google/date-offset", params: { got: "2023-11-08T12:00" } }),
    );
  });
});

describe("event/participant and vocabulary/range: one definition each", () => {
  const event = (attendee: unknown) => ({
    "@context": "https://schema.org",
    "@type": "Event",
    name: "Talks",
    attendee,
  });
  const cases: [string, unknown, string[]][] = [
    [
      "a Thing attendee is one range warning (it was two)",
      { "@type": "Thing", name: "x" },
      ["vocabulary/range /attendee"],
    ],
    [
      "a Place attendee is a range warning (event/participant let it pass)",
      [{ "@type": "Place", name: "x" }],
      ["vocabulary/range /attendee/0"],
    ],
    ["free text is event/participant, at the value's pointer", "Russia", ["event/participant /attendee"]],
    ["a Person passes", [{ "@type": "Person", name: "x" }], []],
  ];
  test.each(cases)("%s", (_, attendee, expected) => {
    const warnings = checkJsonLd(event(attendee)).warnings.filter(
      (f) => f.rule === "vocabulary/range" || f.rule === "event/participant",
    );
    expect(warnings.map((f) => `${f.rule} ${f.pointer}`)).toEqual(expected);
  });
});

// Found by a trial of the packed package: a publisher given as text was "is missing".
describe("google/publisher says what the publisher is, when it is no Organization node", () => {
  const base = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "x" };
  test.each([
    ["none", {}, "is missing: name the publishing Organization"],
    [
      "a name as text",
      { publisher: "Some Org" },
      'should be an Organization with a name and a url, not the text "Some Org"',
    ],
    [
      "a reference to no node",
      { publisher: { "@id": "https://x.example/#org" } },
      "names no node of the page: it should be an Organization with a name and a url",
    ],
  ])("%s", (_name, more, message) => {
    const report = checkJsonLd({ ...base, ...more });
    const found = [...report.errors, ...report.warnings].filter((f) => f.rule === "google/publisher");
    expect(found.map((f) => f.message)).toEqual([message]);
  });
});
