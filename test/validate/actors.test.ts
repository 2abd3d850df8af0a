import { describe, expect, test } from "vitest";
import type { FullDocument } from "../../src/examples/index.js";
import { validateDocument, type Coup, type Meeting, type Partnership } from "../../src/index.js";
import { mutated } from "../helpers/fixtures.js";

/*
 * Actors as reported and over time (issue 22, part 3): each new field's checks, one row per
 * input, each row with the one issue (code and pointer) it must give — or none.
 */

type Doc = FullDocument & Record<string, unknown>;
const meeting = (d: Doc) => d.events[0] as Meeting;
const coup = (d: Doc) => d.events[2] as Coup;
const partnership = (d: Doc) => d.events[4] as Partnership;
const ministry = (d: Doc) => {
  const body = d.entities.find((e) => e.id === "russian-defence-ministry");
  if (body?.type !== "organization") throw new Error("the canonical document names the ministry");
  return body;
};
const unit = { type: "organization", id: "guard", name: "Presidential Guard" } as const;
const memo = { type: "document", id: "memo", name: "an internal memo", genre: "memo", leaked: true } as const;
const officials = { type: "person", id: "officials", description: "senior officials" } as const;
const day = (value: string) => ({ value, precision: "day", method: "explicit" }) as const;

const cases: { name: string; edit: (d: Doc) => void; issues: [string, string][] }[] = [
  // Unnamed office holders.
  {
    name: "a person the article does not name, with its words and office",
    edit: (d) => d.entities.push({ ...officials, positions: [{ title: "official", of: "russia" }] }),
    issues: [],
  },
  {
    name: "a person with neither a name nor the article's words",
    edit: (d) => d.entities.push({ type: "person", id: "nobody" } as never),
    issues: [["required", "/entities/10/name"]],
  },
  // A part of an organisation.
  {
    name: "a unit that is part of a ministry, the ministry part of a state",
    edit: (d) => {
      ministry(d).partOf = "russia";
      d.entities.push({ ...unit, partOf: "russian-defence-ministry" });
    },
    issues: [],
  },
  {
    name: "a body that is part of itself",
    edit: (d) => d.entities.push({ ...unit, partOf: "guard" }),
    issues: [["inconsistent", "/entities/10/partOf"]],
  },
  {
    name: "two bodies each part of the other: said once, at the smaller id",
    edit: (d) => {
      ministry(d).partOf = "guard";
      d.entities.push({ ...unit, partOf: "russian-defence-ministry" });
    },
    issues: [["inconsistent", "/entities/10/partOf"]],
  },
  {
    name: "a body part of a person",
    edit: (d) => d.entities.push({ ...unit, partOf: "sergei-shoigu" }),
    issues: [["wrong-reference-type", "/entities/10/partOf"]],
  },
  {
    name: "a body part of nothing the document names",
    edit: (d) => d.entities.push({ ...unit, partOf: "army" }),
    issues: [["dangling-reference", "/entities/10/partOf"]],
  },
  // Members and non-members.
  {
    name: "a body with members and non-members",
    edit: (d) => d.entities.push({ ...unit, members: ["russia"], nonMembers: ["niger"] }),
    issues: [],
  },
  {
    name: "a state both a member and a non-member",
    edit: (d) => d.entities.push({ ...unit, members: ["russia", "niger"], nonMembers: ["niger"] }),
    issues: [["inconsistent", "/entities/10/nonMembers/0"]],
  },
  {
    name: "a non-member that is a place",
    edit: (d) => d.entities.push({ ...unit, nonMembers: ["moscow"] }),
    issues: [["wrong-reference-type", "/entities/10/nonMembers/0"]],
  },
  // Documents as sources.
  {
    name: "a leaked memo issued by a ministry, the source of a claim and of a quote",
    edit: (d) => {
      d.entities.push({ ...memo, issuedBy: "russian-defence-ministry", issued: "2023-10" });
      d.claims![0] = { ...d.claims![0]!, attribution: { source: "memo" } };
      d.quotes![0] = { ...d.quotes![0]!, attribution: { source: "memo" } };
    },
    issues: [],
  },
  {
    name: "a document issued by a place",
    edit: (d) => d.entities.push({ ...memo, issuedBy: "moscow" }),
    issues: [["wrong-reference-type", "/entities/10/issuedBy"]],
  },
  {
    name: "a document issued on a day that does not exist",
    edit: (d) => d.entities.push({ ...memo, issued: "2023-02-30" }),
    issues: [["invalid-date", "/entities/10/issued"]],
  },
  {
    name: "a claim attributed to a meeting",
    edit: (d) => (d.claims![0] = { ...d.claims![0]!, attribution: { source: "coulibaly-shoigu-meeting" } }),
    issues: [["wrong-reference-type", "/claims/0/attribution/source"]],
  },
  // Acting for a body.
  {
    name: "a spokesperson's quote for a ministry, a coup step for a junta",
    edit: (d) => {
      d.quotes![0] = { ...d.quotes![0]!, represents: "russian-defence-ministry" };
      d.claims![0] = { ...d.claims![0]!, represents: "russia" };
      coup(d).steps = [{ id: "speech", action: "announcement", actor: "ibrahim-traore", represents: "burkina-faso" }];
    },
    issues: [],
  },
  {
    name: "a quote that represents a person",
    edit: (d) => (d.quotes![0] = { ...d.quotes![0]!, represents: "sergei-shoigu" }),
    issues: [["wrong-reference-type", "/quotes/0/represents"]],
  },
  {
    name: "a claim that represents nothing the document names",
    edit: (d) => (d.claims![0] = { ...d.claims![0]!, represents: "kremlin" }),
    issues: [["dangling-reference", "/claims/0/represents"]],
  },
  {
    name: "a coup step that represents a place",
    edit: (d) => (coup(d).steps = [{ id: "speech", action: "announcement", represents: "moscow" }]),
    issues: [["wrong-reference-type", "/events/2/steps/0/represents"]],
  },
  // Where a participant was; a milestone's own actor and place.
  {
    name: "a participant placed in a city; a milestone with actor, target, place",
    edit: (d) => {
      meeting(d).participants[1] = { ...meeting(d).participants[1]!, location: "moscow" };
      partnership(d).milestones = [
        {
          description: "advisers withdrawn",
          actor: "russian-defence-ministry",
          represents: "russia",
          target: "burkina-faso",
          location: "burkina-faso",
        },
      ];
    },
    issues: [],
  },
  {
    name: "a participant placed at a person",
    edit: (d) => (meeting(d).participants[1] = { ...meeting(d).participants[1]!, location: "ibrahim-traore" }),
    issues: [["wrong-reference-type", "/events/0/participants/1/location"]],
  },
  {
    name: "a milestone whose actor is a place",
    edit: (d) => (partnership(d).milestones = [{ description: "x", actor: "moscow" }]),
    issues: [["wrong-reference-type", "/events/4/milestones/0/actor"]],
  },
  {
    name: "a milestone whose target is a claim",
    edit: (d) => (partnership(d).milestones = [{ description: "x", target: d.claims![0]!.id }]),
    issues: [["wrong-reference-type", "/events/4/milestones/0/target"]],
  },
  {
    name: "a milestone that represents nothing the document names",
    edit: (d) => (partnership(d).milestones = [{ description: "x", actor: "russia", represents: "nato" }]),
    issues: [["dangling-reference", "/events/4/milestones/0/represents"]],
  },
  // Partial attendance.
  {
    name: "a participant present on the first of two days",
    edit: (d) => {
      meeting(d).endDate = day("2023-11-08");
      meeting(d).participants[0] = { ...meeting(d).participants[0]!, days: ["2023-11-07"] };
    },
    issues: [],
  },
  {
    name: "a participant on a day after the meeting",
    edit: (d) => {
      meeting(d).endDate = day("2023-11-08");
      meeting(d).participants[0] = { ...meeting(d).participants[0]!, days: ["2023-11-07", "2023-11-09"] };
    },
    issues: [["inconsistent", "/events/0/participants/0/days/1"]],
  },
  {
    name: "a participant on a day before a one-day meeting",
    edit: (d) => (meeting(d).participants[0] = { ...meeting(d).participants[0]!, days: ["2023-11-06"] }),
    issues: [["inconsistent", "/events/0/participants/0/days/0"]],
  },
  {
    name: "a participant's day that does not exist",
    edit: (d) => (meeting(d).participants[0] = { ...meeting(d).participants[0]!, days: ["2023-11-31"] }),
    issues: [["invalid-date", "/events/0/participants/0/days/0"]],
  },
  {
    name: "days of a meeting with no date",
    edit: (d) => {
      delete meeting(d).date;
      delete d.verifications; // one of them checks the date
      meeting(d).participants[0] = { ...meeting(d).participants[0]!, days: ["2023-11-07"] };
    },
    issues: [["inconsistent", "/events/0/participants/0/days/0"]],
  },
  {
    name: "a day at month precision",
    edit: (d) => (meeting(d).participants[0] = { ...meeting(d).participants[0]!, days: ["2023-11"] }),
    issues: [["pattern", "/events/0/participants/0/days/0"]],
  },
  // A coup's outcome over time.
  {
    name: "a coup that held, then gave way to a deal the document holds",
    edit: (d) => {
      coup(d).outcomeAsOf = "2023-11-08";
      coup(d).outcomeHistory = [
        { outcome: "in-control", date: day("2022-09-30") },
        { outcome: "successful", date: day("2022-10-07"), event: "burkina-faso-russia-defence-partnership" },
      ];
    },
    issues: [],
  },
  {
    name: "a history whose last outcome is not the coup's",
    edit: (d) => (coup(d).outcomeHistory = [{ outcome: "failed", date: day("2022-10-01") }]),
    issues: [["inconsistent", "/events/2/outcomeHistory/0/outcome"]],
  },
  {
    name: "a history out of date order",
    edit: (d) =>
      (coup(d).outcomeHistory = [
        { outcome: "in-control", date: day("2022-10-07") },
        { outcome: "successful", date: day("2022-09-30") },
      ]),
    issues: [["date-order", "/events/2/outcomeHistory/1/date"]],
  },
  {
    name: "a last change after outcomeAsOf",
    edit: (d) => {
      coup(d).outcomeAsOf = "2022-10-31";
      coup(d).outcomeHistory = [{ outcome: "successful", date: day("2022-11-02") }];
    },
    issues: [["date-order", "/events/2/outcomeHistory/0/date"]],
  },
  {
    name: "a change brought about by the coup itself",
    edit: (d) => (coup(d).outcomeHistory = [{ outcome: "successful", event: "burkina-faso-coup-2022" }]),
    issues: [["inconsistent", "/events/2/outcomeHistory/0/event"]],
  },
  {
    name: "a change brought about by a person",
    edit: (d) => (coup(d).outcomeHistory = [{ outcome: "successful", event: "ibrahim-traore" }]),
    issues: [["wrong-reference-type", "/events/2/outcomeHistory/0/event"]],
  },
];

describe("actors as reported and over time", () => {
  test.each(cases)("$name", ({ edit, issues }) => {
    const result = validateDocument(mutated(edit));
    const got = result.ok ? [] : result.issues.map((i) => [i.code, i.pointer]);
    expect(got).toEqual(issues);
    if (!result.ok) for (const issue of result.issues) expect(issue.message).not.toBe("");
  });
});
