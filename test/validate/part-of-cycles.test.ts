import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateDocument, type NewsDocument, type NewsEvent } from "../../src/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// The part-of cycle check walks a graph made once per document (src/validate/checks/part-of-graph.ts).
// Each event used to walk its own chain, searching the event list at every step.

/** The canonical document's first meeting as `n` events, with `relations(i)` on the i-th. */
function chainDocument(ids: readonly string[], relations: (i: number) => { relation: string; target: string }[]) {
  const doc = canonicalDocument() as unknown as NewsDocument & Record<string, unknown>;
  for (const key of ["quotes", "claims", "verifications"]) delete doc[key];
  const meeting = structuredClone(doc.events!.find((event) => event.kind === "Meeting")!) as NewsEvent &
    Record<string, unknown>;
  delete meeting["advances"];
  delete meeting["relations"];
  doc.events = ids.map((id, i) => {
    const rel = relations(i);
    return { ...structuredClone(meeting), id, ...(rel.length > 0 && { relations: rel }) } as NewsEvent;
  });
  return doc;
}

/** What the check said before the graph: each event's own recursive walk, as it was written. */
function cycleIssuesByWalking(doc: NewsDocument): string[] {
  const out: string[] = [];
  const events = doc.events ?? [];
  const partOf = (id: string) =>
    (events.find((e) => e.id === id)?.relations ?? []).flatMap((r) =>
      r.relation === "part-of" && r.target !== undefined && r.target !== id ? [r.target] : [],
    );
  events.forEach((event, i) => {
    if (!(event.relations ?? []).some((r) => r.relation === "part-of" && r.target !== undefined)) return;
    const seen = new Set<string>();
    const through: string[] = [];
    const walk = (id: string): boolean => {
      if (id === event.id) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      through.push(id);
      if (partOf(id).some(walk)) return true;
      through.pop();
      return false;
    };
    const j = (event.relations ?? []).findIndex(
      (r) => r.relation === "part-of" && r.target !== undefined && r.target !== event.id && walk(r.target),
    );
    if (j === -1 || through.some((id) => id < event.id)) return;
    out.push(
      `/events/${i}/relations/${j}/target ${`makes "${event.id}" part of itself (through "${through.join('", "')}")`}`,
    );
  });
  return out;
}

const cycleIssues = (doc: NewsDocument) => {
  const result = validateDocument(doc);
  return result.ok
    ? []
    : result.issues.filter((issue) => issue.message.includes("part of itself")).map((i) => `${i.pointer} ${i.message}`);
};

describe("part-of cycles", () => {
  test("are reported as each event's own walk reported them, on any graph of a few events", () => {
    const ids = ["a", "b", "c", "d"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 7 }),
        fc.array(
          fc.array(
            fc.record({
              relation: fc.constantFrom("part-of", "part-of", "follows"),
              target: fc.constantFrom(...ids, "z"),
            }),
            { maxLength: 3 },
          ),
          { minLength: 7, maxLength: 7 },
        ),
        (eventIds, relations) => {
          const doc = chainDocument(eventIds, (i) => relations[i]!.filter((r) => r.target !== eventIds[i]));
          const expected = cycleIssuesByWalking(doc);
          expect(cycleIssues(doc)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a chain of 20,000 events is a valid document", () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `m-${i}`);
    const doc = chainDocument(ids, (i) => (i + 1 < ids.length ? [{ relation: "part-of", target: ids[i + 1]! }] : []));
    const result = validateDocument(doc);
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
  });

  test("a chain reads each event a few times, not once per step of each event's walk", () => {
    const ids = Array.from({ length: 300 }, (_, i) => `m-${i}`);
    const doc = chainDocument(ids, (i) => (i + 1 < ids.length ? [{ relation: "part-of", target: ids[i + 1]! }] : []));
    let reads = 0;
    doc.events = new Proxy(doc.events!, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(validateDocument(doc).ok).toBe(true);
    expect(reads / ids.length).toBeLessThan(30);
  });

  test("a ring of events is reported once, at its smallest id", () => {
    const ids = Array.from({ length: 500 }, (_, i) => `m-${String(i).padStart(3, "0")}`);
    const doc = chainDocument(ids, (i) => [{ relation: "part-of", target: ids[(i + 1) % ids.length]! }]);
    const issues = cycleIssues(doc);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^\/events\/0\/relations\/0\/target makes "m-000" part of itself \(through "m-001", "m-002", /,
    );
  });
});
