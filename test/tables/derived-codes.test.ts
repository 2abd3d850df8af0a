import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { classifyEvent } from "../../src/model/index.js";
import { fromPlover, type PloverRecord } from "../../src/plover/index.js";
import { readUntrustedJson } from "../../src/core/untrusted-json.js";
import { rowsOf, TABLES, type TableRow } from "../../src/tables/index.js";
import { canonicalDocument, exampleDocument, REAL_EVENT_EXAMPLES, repoPath } from "../helpers/fixtures.js";

// The events table's derived columns: the codes classifyEvent gives each event, so that events of
// every kind group by one PLOVER type or CAMEO code (scripts/generate/tables.mjs).

const DERIVED = [
  "derived_cameo",
  "derived_plover",
  "derived_plover_mode",
  "derived_plover_contexts",
  "derived_iptc",
  "derived_wikidata",
] as const;

const eventRows = (doc: unknown): TableRow[] => rowsOf(doc).filter((r) => r.table === "events");
const derivedOf = (row: TableRow) =>
  Object.fromEntries(DERIVED.filter((c) => row.values[c] !== undefined).map((c) => [c, row.values[c]]));

test("the events table has the six derived columns, after the kinds' own fields and before extra", () => {
  const columns = TABLES.find((t) => t.name === "events")?.columns.map(([name]) => name) ?? [];
  const at = columns.indexOf("derived_cameo");
  expect(columns.slice(at, at + DERIVED.length)).toEqual([...DERIVED]);
  expect(columns.at(-1)).toBe("extra");
  expect(columns.indexOf("public")).toBeLessThan(at);
  const types = Object.fromEntries(TABLES.find((t) => t.name === "events")?.columns ?? []);
  expect(DERIVED.map((c) => types[c])).toEqual(["JSON", "STRING", "STRING", "JSON", "JSON", "JSON"]);
});

// Real events, each from its own article (examples/*/): what CAMEO, PLOVER, IPTC and Wikidata say
// of each kind of event there, read against the codebooks (CAMEO 040 consult, 042/043 make and host
// a visit, 046 negotiate, 061/062 economic and military cooperation; PLOVER's seize of a coup).
const CASES: readonly { example: string; id: string; derived: Record<string, unknown> }[] = [
  {
    example: "burkina-faso-russia",
    id: "coulibaly-shoigu-meeting",
    derived: {
      derived_cameo: ["042", "043"],
      derived_plover: "CONSULT",
      derived_plover_mode: "visit",
      derived_plover_contexts: ["diplomatic"],
      derived_iptc: ["20000639"],
      derived_wikidata: ["Q2761147"],
    },
  },
  {
    example: "burkina-faso-russia",
    id: "shoigu-aviles-meeting",
    derived: {
      derived_cameo: ["040"],
      derived_plover: "CONSULT",
      derived_plover_contexts: ["diplomatic"],
      derived_iptc: ["20000639"],
      derived_wikidata: ["Q2761147"],
    },
  },
  {
    example: "nato-vilnius-summit-2023",
    id: "vilnius-summit-2023",
    derived: {
      derived_cameo: ["042", "043"],
      derived_plover: "CONSULT",
      derived_plover_mode: "multilateral",
      derived_plover_contexts: ["diplomatic"],
      derived_iptc: ["20000639", "20000640"],
      derived_wikidata: ["Q2761147"],
    },
  },
  {
    // CAMEO has no coup code: no derived_cameo cell.
    example: "gabon-coup-2023",
    id: "gabon-coup-2023",
    derived: {
      derived_plover: "COERCE",
      derived_plover_mode: "seize",
      derived_plover_contexts: ["pro_autocracy", "political_institutions", "military"],
      derived_iptc: ["20000070"],
      derived_wikidata: ["Q45382"],
    },
  },
  {
    example: "russia-north-korea-treaty-2024",
    id: "russia-north-korea-treaty",
    derived: {
      derived_cameo: ["062"],
      derived_plover: "COOPERATE",
      derived_plover_contexts: ["military"],
      derived_iptc: ["20000638", "20000641", "20000598"],
    },
  },
  {
    // A general event: the codes it states.
    example: "france-pension-protest-2023",
    id: "pension-protest-2023-03-07",
    derived: { derived_plover: "PROTEST", derived_plover_mode: "demo-org", derived_plover_contexts: ["economic"] },
  },
  // A kind of the user's own that states no codes: none.
  { example: "custom-kind-election", id: "senegal-presidential-2024", derived: {} },
];

describe("derived codes of real events", () => {
  test.each(CASES)("$example: $id", ({ example, id, derived }) => {
    const doc = JSON.parse(readFileSync(repoPath(`examples/${example}/document.json`), "utf8"));
    const row = eventRows(doc).find((r) => r.values["id"] === id);
    expect(row, id).toBeDefined();
    expect(derivedOf(row as TableRow)).toEqual(derived);
  });
});

test("every event of every real example carries exactly the codes classifyEvent gives it", () => {
  let events = 0;
  for (const name of REAL_EVENT_EXAMPLES) {
    const doc = exampleDocument(name);
    const rows = eventRows(doc);
    expect(rows).toHaveLength(doc.events?.length ?? 0);
    for (const [i, event] of (doc.events ?? []).entries()) {
      const codes = classifyEvent(event);
      const want = {
        derived_cameo: codes.cameo,
        derived_plover: codes.ploverCategory,
        derived_plover_mode: codes.ploverMode,
        derived_plover_contexts: codes.ploverContexts,
        derived_iptc: codes.iptcMediaTopics,
        derived_wikidata: codes.wikidataClasses,
      };
      const stated = Object.fromEntries(
        Object.entries(want).filter(([, v]) => v !== undefined && (!Array.isArray(v) || v.length > 0)),
      );
      expect(derivedOf(rows[i] as TableRow), `${name} ${event.id}`).toEqual(stated);
      events++;
    }
  }
  expect(events).toBeGreaterThanOrEqual(20);
});

test("a cancelled meeting has no CAMEO or PLOVER code (it did not take place), but keeps its IPTC and Wikidata classes", () => {
  const doc = structuredClone(canonicalDocument()) as unknown as { events: Record<string, unknown>[] };
  (doc.events[0] as Record<string, unknown>)["status"] = "cancelled";
  const row = eventRows(doc)[0] as TableRow;
  expect(derivedOf(row)).toEqual({ derived_iptc: ["20000639"], derived_wikidata: ["Q2761147"] });
});

test("an event classifyEvent cannot read still gets its row, without the codes it could not derive", () => {
  const meeting = { kind: "Meeting", id: "m", participants: "not a list" };
  const rows = rowsOf(meeting);
  expect(rows[0]?.table).toBe("events");
  expect(rows[0]?.values["id"]).toBe("m");
  expect(derivedOf(rows[0] as TableRow)).toEqual({});
});

test("rows of any value never throw, whatever an event holds", () => {
  const event = fc.record(
    { kind: fc.constantFrom("Meeting", "Coup", "Partnership", "Event", "Election"), id: fc.string() },
    { requiredKeys: ["kind"] },
  );
  fc.assert(
    fc.property(event, fc.dictionary(fc.string(), fc.jsonValue()), (base, rest) => {
      const rows = rowsOf({ ...rest, ...base });
      expect(rows[0]?.table).toBe("events");
    }),
    { numRuns: 300 },
  );
});

// The OEDA gold standard (test/plover-gold-standard, CC BY-SA 4.0): 322 events coded by people.
// Read with fromPlover, each record's events carry its type, mode and contexts as the coders gave them.
test("each PLOVER gold-standard record's event rows carry the record's own type, mode and contexts", () => {
  const read = readUntrustedJson(
    JSON.parse(readFileSync(repoPath("test/plover-gold-standard/PLOVER_GSR_CAMEO.txt"), "utf8")),
  );
  if (!read.ok) throw new Error(read.issue.message);
  const records = (read.value as unknown as PloverRecord[]).filter((r) => r.event !== "DOCUMENT");
  expect(records).toHaveLength(322);
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
  for (const record of records) {
    const { document } = fromPlover(record, {
      headline: "PLOVER record",
      url: `https://news.example.org/plover/${String(record.id).toLowerCase()}`,
      published: "2000-01-01T00:00:00+00:00",
      authors: [{ type: "organization", name: "Open Event Data Alliance" }],
      publisher: { name: "Open Event Data Alliance", url: "https://openeventdata.org/" },
    });
    const rows = eventRows(document);
    expect(rows, String(record.id)).toHaveLength(1);
    const row = (rows[0] as TableRow).values;
    expect(row["derived_plover"], String(record.id)).toBe(record.event);
    expect(row["derived_plover_mode"], String(record.id)).toBe(text(record.mode));
    const contexts = [
      ...new Set(
        (text(record.context) ?? "")
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ];
    expect(row["derived_plover_contexts"] ?? [], String(record.id)).toEqual(contexts);
    // PLOVER gives no CAMEO code of its own, and a general event no IPTC or Wikidata class.
    expect(row["derived_iptc"]).toBeUndefined();
  }
});
