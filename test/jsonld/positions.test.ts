import fc from "fast-check";
import { expect, test } from "vitest";
import type { Person } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { dateBounds } from "../../src/model/calendar.js";
import { mutated } from "../helpers/fixtures.js";

/*
 * The JSON-LD entry states a person's job titles on the publication day by comparing calendar
 * dates as text (it ships no calendar arithmetic, issue 21's size budget). For every date
 * validation accepts, that must say what the day bounds say.
 */

const calendarDate = fc
  .tuple(fc.integer({ min: 1999, max: 2001 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 }))
  .filter(([, m, d]) => m > 0 || d === 0)
  .map(
    ([y, m, d]) =>
      `${y}${m > 0 ? `-${String(m).padStart(2, "0")}` : ""}${d > 0 ? `-${String(d).padStart(2, "0")}` : ""}`,
  )
  .filter((date) => dateBounds(date) !== undefined);

test("a position is held on the publication day exactly when its day bounds say so", () => {
  fc.assert(
    fc.property(
      fc.option(calendarDate, { nil: undefined }),
      fc.option(calendarDate, { nil: undefined }),
      calendarDate.filter((d) => d.length === 10),
      (start, end, day) => {
        let name = "";
        const doc = mutated((d) => {
          d.published = `${day}T12:00:00+00:00`;
          const person = d.entities.find((e): e is Person => e.type === "person");
          if (!person) throw new Error("the canonical document names a person");
          name = person.name ?? "";
          person.positions = [{ title: "Minister", ...(start ? { start } : {}), ...(end ? { end } : {}) }];
        });
        const from = start === undefined ? undefined : dateBounds(start)?.earliest;
        const to = end === undefined ? undefined : dateBounds(end)?.latest;
        const held = (from === undefined || from <= day) && (to === undefined || to >= day);
        const node = (toJsonLd(doc)["@graph"] as unknown as Record<string, unknown>[]).find(
          (n) => n["@type"] === "Person" && n["name"] === name,
        );
        expect(node?.["jobTitle"]).toEqual(held ? ["Minister"] : undefined);
      },
    ),
    { numRuns: 300 },
  );
});
