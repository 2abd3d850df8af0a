import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatedFates } from "../../src/validate/checks/dated-fates.js";
import { isBefore, type When } from "../../src/validate/checks/moments.js";
import { validateDocument, type Coup, type NewsDocument } from "../../src/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// A coup's steps are held to the fate history of the person each befell (checks/timeline.ts). The
// history is indexed once per person and action (checks/dated-fates.ts) instead of being searched
// and filtered again for every step.

/** Dates of every shape the comparisons read: years to days, intervals open or not, clock times, unreal days. */
const when: fc.Arbitrary<When> = fc
  .tuple(
    fc.constantFrom(
      "2022",
      "2023",
      "2022-10",
      "2022-11",
      "2022-10-01",
      "2022-10-05",
      "2022-10-31",
      "2022-11-01",
      "2022-10-05/2022-10-09",
      "2022-10/2023",
      "../2022-10-03",
      "2022-10-20/..",
      "2022-02-30",
    ),
    fc.option(fc.constantFrom("08:00Z", "09:30+01:00", "08:30Z", "23:00-05:00"), { nil: undefined }),
    fc.option(fc.constant("about" as const), { nil: undefined }),
  )
  .map(([value, time, qualifier]) => ({
    value,
    ...(time !== undefined && { time }),
    ...(qualifier !== undefined && { qualifier }),
  }));

describe("DatedFates", () => {
  it("agrees with a date exactly when one entry is neither before nor after it", () => {
    fc.assert(
      fc.property(fc.array(when, { maxLength: 8 }), when, (dates, date) => {
        const expected = dates.some((entry) => !isBefore(entry, date) && !isBefore(date, entry));
        expect(new DatedFates(dates).agrees(date)).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
  });

  /** The canonical document's coup with `n` arrests, each of its own person, and that person's fate dated. */
  function coupWithArrests(n: number, onePerson: boolean): NewsDocument {
    const doc = canonicalDocument();
    const coup = doc.events!.find((event): event is Coup => event.kind === "Coup")!;
    coup.participants = [];
    coup.steps = [];
    for (let i = 0; i < n; i++) {
      const id = onePerson ? "person-0" : `person-${i}`;
      // In time order: a day of October 2022 and a minute of it.
      const pad = (k: number) => String(k).padStart(2, "0");
      const [value, time] = [
        `2022-10-${pad(1 + Math.floor(i / 100))}`,
        `${pad(Math.floor((i % 100) / 60))}:${pad(i % 60)}Z`,
      ];
      if (!onePerson || i === 0) doc.entities!.push({ type: "person", id, name: `Person ${i}` });
      if (!onePerson || i === 0)
        coup.participants.push({ entity: id, role: "ousted", fate: ["detained"], fateHistory: [] });
      coup.participants[onePerson ? 0 : i]!.fateHistory!.push({
        fate: ["detained"],
        date: { text: "that day", value, time, precision: "day", method: "explicit" },
      });
      coup.steps.push({
        id: `arrest-${i}`,
        action: "arrest",
        target: id,
        date: { text: "that day", value, time, precision: "day", method: "explicit" },
      });
    }
    return doc;
  }

  it.each([
    ["2,000 arrests of 2,000 people", false],
    ["2,000 arrests of one person with 2,000 dated detentions", true],
  ])("%s: each step reads a few participants and history entries, not all", (_name, onePerson) => {
    const n = 2_000;
    const doc = coupWithArrests(n, onePerson);
    const first = validateDocument(doc);
    expect(first.ok ? [] : first.issues.slice(0, 3)).toEqual([]);
    let reads = 0;
    const coup = doc.events!.find((event): event is Coup => event.kind === "Coup")!;
    const counted = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(object, key, receiver) {
          if (key === "entity" || key === "fate") reads++;
          return Reflect.get(object, key, receiver);
        },
      });
    coup.participants = coup.participants!.map((p) => counted({ ...p, fateHistory: p.fateHistory!.map(counted) }));
    expect(validateDocument(doc).ok).toBe(true);
    // Every check reads each participant's entity and each entry's fates a few times; the
    // search of every participant and history for every step read them n / 2 times on average
    // (17 and 4 reads per step here, 1,016 and 2,004 before).
    expect(reads / n).toBeLessThan(30);
  });

  it("lists at most ten dates in its message", () => {
    const doc = coupWithArrests(30, true);
    const coup = doc.events!.find((event): event is Coup => event.kind === "Coup")!;
    coup.steps![29]!.date!.value = "2022-12-01";
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues.find((i) => i.pointer.endsWith("/steps/29/date/value"));
    expect(issue?.message).toMatch(
      /has the arrest dated 2022-10-01 00:00Z, (?:[^,]+, ){8}2022-10-01 00:09Z and 20 more: one fact, one date$/,
    );
  });
});
