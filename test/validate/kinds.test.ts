import { describe, expect, test } from "vitest";
import { isCoup, isMeeting, isNewsEvent, isPartnership, validateEvent, type NewsEvent } from "../../src/index.js";
import { canonicalDocument, deepFreeze } from "../helpers/fixtures.js";

const events = canonicalDocument().events;
const [meeting, , coup, , partnership] = events as [NewsEvent, NewsEvent, NewsEvent, NewsEvent, NewsEvent];
const edit = (event: NewsEvent, changes: Record<string, unknown>): unknown => deepFreeze({ ...event, ...changes });
const without = (event: NewsEvent, key: string): unknown => {
  const copy: Record<string, unknown> = { ...event };
  delete copy[key];
  return deepFreeze(copy);
};

describe("valid events of every kind", () => {
  for (const event of events) {
    test(`${event.kind} ${event.id}`, () =>
      expect(validateEvent(deepFreeze(structuredClone(event)))).toEqual({ ok: true, value: event }));
  }
  const minimal: NewsEvent[] = [
    {
      kind: "Coup",
      id: "gabon-2023",
      name: "Coup in Gabon",
      salience: "main",
      country: "gabon",
      outcome: "successful",
    },
    {
      kind: "Coup",
      id: "plot",
      name: "Foiled plot",
      salience: "main",
      country: "x",
      outcome: "plot",
      initiators: ["military", "palace"],
      participants: [
        // A plot, never launched, removed no one: its leader was detained, its target kept power.
        { entity: "a", role: "leader", fate: ["detained"] },
        { entity: "b", role: "target", fate: ["unharmed"] },
      ],
    },
    {
      kind: "Meeting",
      id: "call",
      name: "Phone call",
      salience: "main",
      participants: [
        { entity: "a", role: "participant" },
        { entity: "b", role: "participant" },
      ],
      scale: "bilateral",
      attendance: "remote",
    },
    {
      kind: "Meeting",
      id: "summit",
      name: "Summit",
      salience: "main",
      participants: [
        { entity: "a", role: "host" },
        { entity: "b", role: "visitor" },
        { entity: "c", role: "mediator" },
      ],
      scale: "multilateral",
      attendance: "in-person",
      thirdLocation: true,
    },
    {
      kind: "Partnership",
      id: "aukus",
      name: "Trilateral pact",
      salience: "main",
      participants: [
        { entity: "a", role: "party" },
        { entity: "b", role: "party" },
        { entity: "c", role: "party" },
      ],
      scale: "multilateral",
      domains: ["defence", "technology-transfer"],
      stage: "signed",
      symmetry: "mutual",
      instrument: {
        name: "Pact",
        type: "agreement",
        signed: { value: "2021-09-15", precision: "day", method: "explicit" },
      },
    },
  ];
  for (const event of minimal)
    test(`${event.kind} ${event.id}`, () => expect(validateEvent(deepFreeze(event)).ok).toBe(true));
});

describe("invalid events give one issue at the right place", () => {
  const cases: { name: string; input: unknown; code: string; pointer: string }[] = [
    { name: "not an object", input: "Meeting", code: "type", pointer: "" },
    { name: "no kind", input: {}, code: "required", pointer: "/kind" },
    { name: "kind in lower case", input: edit(meeting, { kind: "meeting" }), code: "unknown-kind", pointer: "/kind" },
    {
      name: "meeting: unknown role",
      input: edit(meeting, {
        participants: [
          // guest is a role since issue 22 (an outreach partner): spectator is none.
          { entity: "a", role: "spectator" },
          { entity: "b", role: "host" },
        ],
      }),
      code: "enum",
      pointer: "/participants/0/role",
    },
    {
      name: "meeting: one participant",
      input: edit(meeting, { participants: [{ entity: "a", role: "host" }] }),
      code: "too-few-items",
      pointer: "/participants",
    },
    { name: "meeting: no attendance", input: without(meeting, "attendance"), code: "required", pointer: "/attendance" },
    {
      name: "meeting: thirdLocation as a string",
      input: edit(meeting, { thirdLocation: "yes" }),
      code: "type",
      pointer: "/thirdLocation",
    },
    { name: "coup: no outcome", input: without(coup, "outcome"), code: "required", pointer: "/outcome" },
    {
      name: "coup: unknown initiator",
      input: edit(coup, { initiators: ["army"] }),
      code: "enum",
      pointer: "/initiators/0",
    },
    {
      name: "coup: repeated initiator",
      input: edit(coup, { initiators: ["military", "military"] }),
      code: "duplicate-item",
      pointer: "/initiators",
    },
    {
      name: "coup: unknown fate",
      input: edit(coup, { participants: [{ entity: "a", role: "ousted", fate: ["vanished"] }] }),
      code: "enum",
      pointer: "/participants/0/fate/0",
    },
    {
      name: "coup: outcomeAsOf not a date",
      input: edit(coup, { outcomeAsOf: "last week" }),
      code: "pattern",
      pointer: "/outcomeAsOf",
    },
    {
      name: "coup: impossible outcomeAsOf",
      input: edit(coup, { outcomeAsOf: "2023-02-29" }),
      code: "invalid-date",
      pointer: "/outcomeAsOf",
    },
    {
      name: "partnership: no domains",
      input: edit(partnership, { domains: [] }),
      code: "too-few-items",
      pointer: "/domains",
    },
    {
      name: "partnership: unknown stage",
      input: edit(partnership, { stage: "ratified" }),
      code: "enum",
      pointer: "/stage",
    },
    {
      name: "partnership: id with spaces",
      input: edit(partnership, { id: "BF Russia" }),
      code: "pattern",
      pointer: "/id",
    },
    {
      name: "date precision that disagrees with the value",
      input: edit(coup, { date: { value: "2022-10", precision: "day", method: "explicit" } }),
      code: "precision-mismatch",
      pointer: "/date/precision",
    },
    {
      name: "relative date without anchor",
      input: edit(coup, { date: { value: "2022-10", precision: "month", method: "relative" } }),
      code: "missing-anchor",
      pointer: "/date/anchor",
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const result = validateEvent(c.input);
      expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([[c.code, c.pointer]]);
    });
  }
});

describe("type guards", () => {
  const cases: [string, unknown, boolean, boolean, boolean][] = [
    ["meeting", meeting, true, false, false],
    ["coup", coup, false, true, false],
    ["partnership", partnership, false, false, true],
    ["invalid meeting", { ...meeting, scale: "trilateral" }, false, false, false],
    ["null", null, false, false, false],
  ];
  for (const [name, input, m, c, p] of cases) {
    test(name, () => {
      expect([isMeeting(input), isCoup(input), isPartnership(input)]).toEqual([m, c, p]);
      expect(isNewsEvent(input)).toBe(m || c || p);
    });
  }
});
