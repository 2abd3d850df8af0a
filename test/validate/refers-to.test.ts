import { expect, test } from "vitest";
import type { NewsDocument } from "../../src/index.js";
import { DocumentContext } from "../../src/validate/checks/context.js";
import { collectIds, refersToTargets, refHolds } from "../../src/validate/checks/references.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// What a reference of a user-defined kind may name (its schema's `refersTo`, docs/custom-kinds.md),
// held on the canonical document's ids: countries, a place, people, an organization, meetings, coups,
// a partnership, and an event of a kind of the user's own.
const doc = structuredClone(canonicalDocument()) as unknown as NewsDocument & { events: unknown[] };
doc.events.push({ kind: "Election", id: "senegal-election", name: "Election", salience: "background" });
const context = new DocumentContext(doc as NewsDocument);
collectIds(context);

test.each([
  [["person"], "sergei-shoigu", true],
  [["person"], "russia", false],
  [["person", "organization"], "russian-defence-ministry", true],
  [["country", "place"], "moscow", true],
  [["place"], "burkina-faso", false],
  // `event`: an event of any kind, the user's own kinds too.
  [["event"], "coulibaly-shoigu-meeting", true],
  [["event"], "senegal-election", true],
  [["event"], "russia", false],
  [["event", "person"], "senegal-election", true],
  [["event", "person"], "sergei-shoigu", true],
  [["event", "person"], "moscow", false],
  // An event kind: that kind alone, a user-defined one by its tag.
  [["Coup"], "niger-coup-2023", true],
  [["Coup"], "coulibaly-shoigu-meeting", false],
  [["Election"], "senegal-election", true],
  [["Election"], "niger-coup-2023", false],
  [["person"], "nobody", false],
] as const)("refersTo %j: %s → %s", (names, id, holds) => {
  expect(refHolds(context, id, refersToTargets(names))).toBe(holds);
});

test("the targets of each name", () => {
  expect(refersToTargets(["person", "place"])).toEqual(["entity:person", "entity:place"]);
  expect(refersToTargets(["Meeting", "Election"])).toEqual(["event:Meeting", "event:Election"]);
  expect(refersToTargets(["event"])).toEqual(["event:Meeting", "event:Coup", "event:Partnership", "event:Event"]);
});
