import { describe, expect, test } from "vitest";
import { validateDocument, type NewsDocument, type Quantity } from "../../src/index.js";
import { toPlover, toPloverResult } from "../../src/plover/index.js";
import { exampleDocument } from "../helpers/fixtures.js";

// Round 21: a PLOVER record has one count of each thing (dead, injured, size). toPlover wrote an
// event's first killed quantity and dropped a second unsaid; toPloverResult says what it leaves.

/** The Manchester Arena bombing (examples/), its first event's killed count replaced by `killed`. */
function manchester(killed: Quantity[]): NewsDocument {
  const doc = exampleDocument("manchester-arena-bombing-2017");
  const event = doc.events?.[0];
  if (event === undefined) throw new Error("the example has an event");
  event.quantities = [...killed, ...(event.quantities ?? []).filter((q) => q.counts !== "killed")];
  return doc;
}
const killed = (value: number, more: Partial<Quantity> = {}): Quantity => ({
  counts: "killed",
  precision: "exact",
  value,
  text: String(value),
  ...more,
});

describe("toPlover writes one count of each thing, and toPloverResult says which it left", () => {
  const cases: [string, NewsDocument, Record<string, string>, [string, string, unknown][]][] = [
    ["one count: written, nothing lost", manchester([killed(22)]), { dead: "22", injured: "59" }, []],
    [
      "a rising toll (each with asOf): the latest, though listed first or last",
      manchester([killed(22, { asOf: "2017-05-23" }), killed(19, { asOf: "2017-05-22" })]),
      { dead: "22" },
      [["/events/0/quantities/1", "one-count", "/events/0/quantities/0"]],
    ],
    [
      "the same toll, the latest listed last",
      manchester([killed(19, { asOf: "2017-05-22" }), killed(22, { asOf: "2017-05-23" })]),
      { dead: "22" },
      [["/events/0/quantities/0", "one-count", "/events/0/quantities/1"]],
    ],
    [
      "two counts without asOf (two counters): the first",
      manchester([killed(22, { countedBy: "greater-manchester-police" }), killed(23)]),
      { dead: "22" },
      [["/events/0/quantities/1", "one-count", "/events/0/quantities/0"]],
    ],
    [
      "disjoint groups (each its own of): their sum, each group said",
      manchester([killed(22, { of: "united-kingdom" }), killed(1, { of: "salman-abedi" })]),
      { dead: "23" },
      [
        ["/events/0/quantities/0", "summed", undefined],
        ["/events/0/quantities/1", "summed", undefined],
      ],
    ],
    [
      "groups counted on different days are no sum: the latest",
      manchester([
        killed(22, { of: "united-kingdom", asOf: "2017-05-23" }),
        killed(1, { of: "salman-abedi", asOf: "2017-05-22" }),
      ]),
      { dead: "22" },
      [["/events/0/quantities/1", "one-count", "/events/0/quantities/0"]],
    ],
    [
      "a real crowd counted twice (the interior ministry's, the CGT's): the first, the other said",
      exampleDocument("france-pension-protest-2023"),
      { size: "1280000" },
      [["/events/0/quantities/1", "one-count", "/events/0/quantities/0"]],
    ],
  ];
  test.each(cases)("%s", (_, doc, counts, lost) => {
    expect(validateDocument(doc).ok).toBe(true);
    const result = toPloverResult(doc);
    expect(result.records[0]).toMatchObject(counts);
    expect(result.lost.map((l) => [l.pointer, l.code, l.params?.["written"]])).toEqual(lost);
    expect(toPlover(doc)).toEqual(result.records);
  });
});
