import type { FullDocument } from "../../src/examples/index.js";
import { expect, test } from "vitest";
import { validateDocument, type Meeting, type Person } from "../../src/index.js";
import { mutated } from "../helpers/fixtures.js";

type Doc = FullDocument & Record<string, unknown>;
const meeting = (d: Doc) => d.events[0] as Meeting;
const shoigu = (d: Doc) => d.entities.find((e) => e.id === "sergei-shoigu") as Person;

const cases: { name: string; edit: (d: Doc) => void; issues: [string, string][] }[] = [
  { name: "the canonical document has no issue", edit: () => {}, issues: [] },
  {
    name: "evidence with start after end",
    edit: (d) => {
      const e = meeting(d).evidence?.[0];
      if (e) e.start = e.end;
    },
    issues: [["evidence-out-of-range", "/events/0/evidence/0/start"]],
  },
  {
    name: "evidence splitting a surrogate pair",
    edit: (d) => {
      d.body = `\u{1F1E7}\u{1F1EB} ${d.body}`;
      d.entities = [
        {
          type: "country",
          id: "bf",
          name: "Burkina Faso",
          iso2: "BF",
          iso3: "BFA",
          mentions: [{ start: 1, end: 3, text: d.body.slice(1, 3) }],
        },
      ];
      d.events = [{ kind: "Coup", id: "c", name: "c", salience: "main", country: "bf", outcome: "failed" }];
      delete d.quotes;
      delete d.claims;
      delete d.verifications;
    },
    issues: [["evidence-splits-character", "/entities/0/mentions/0/start"]],
  },
  {
    name: "a position that ends before it starts",
    edit: (d) => {
      const p = shoigu(d).positions?.[0];
      if (p) p.end = "2011";
    },
    issues: [["date-order", "/entities/6/positions/0/end"]],
  },
  {
    name: "an interval that ends before it starts",
    edit: (d) => {
      const e = d.events[3];
      if (e?.date) e.date.value = "2023-11-08/2023-01-01";
    },
    issues: [["date-order", "/events/3/date/value"]],
  },
  {
    name: "an impossible anchor",
    edit: (d) => {
      const e = d.events[0];
      if (e?.date) e.date.anchor = "2023-11-31";
    },
    issues: [["invalid-date", "/events/0/date/anchor"]],
  },
  {
    name: "a location that is a person",
    edit: (d) => {
      meeting(d).location = "sergei-shoigu";
    },
    issues: [["wrong-reference-type", "/events/0/location"]],
  },
  {
    name: "a quote speaker nobody is",
    edit: (d) => {
      const q = d.quotes?.[0];
      if (q) q.speakers = ["vladimir-putin"];
    },
    issues: [["dangling-reference", "/quotes/0/speakers/0"]],
  },
  {
    name: "a claim about nothing known",
    edit: (d) => {
      const c = d.claims?.[0];
      if (c) c.about = ["moon"];
    },
    issues: [["dangling-reference", "/claims/0/about/0"]],
  },
  {
    name: "a verification citing an entity as its source",
    edit: (d) => {
      const v = d.verifications?.[0];
      if (v) v.sources = ["russia"];
    },
    issues: [["wrong-reference-type", "/verifications/0/sources/0"]],
  },
  {
    name: "a verification that checks another verification",
    edit: (d) => {
      const v = d.verifications?.[0];
      if (v) v.target = "/verifications/1";
    },
    issues: [["unresolved-target", "/verifications/0/target"]],
  },
  {
    name: "a place in a country that is a person",
    edit: (d) => {
      const moscow = d.entities.find((e) => e.id === "moscow");
      if (moscow?.type === "place") moscow.country = "sergei-shoigu";
    },
    issues: [["wrong-reference-type", "/entities/4/country"]],
  },
  {
    name: "a stage reached at a meeting that is a coup",
    edit: (d) => {
      const p = d.events[4];
      if (p?.kind === "Partnership" && p.stageHistory?.[0]) p.stageHistory[0].meeting = "niger-coup-2023";
    },
    issues: [["wrong-reference-type", "/events/4/stageHistory/0/meeting"]],
  },
  {
    name: "an attribution to an outside source is allowed",
    edit: (d) => {
      const q = d.quotes?.[0];
      if (q?.attribution) q.attribution.source = "rt-2023-11-08";
    },
    issues: [],
  },
  {
    name: "a publication date-time on a day that does not exist",
    edit: (d) => {
      d.published = "2023-02-29T12:00:00+00:00";
    },
    issues: [["invalid-date", "/published"]],
  },
  {
    name: "a JSON Pointer with escapes resolves",
    edit: (d) => {
      (d.keywords ??= []).push("a/b");
      const v = d.verifications?.[0];
      if (v) v.target = `/keywords/${d.keywords.length - 1}`;
    },
    issues: [],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const result = validateDocument(mutated(c.edit));
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual(c.issues);
  });
}
