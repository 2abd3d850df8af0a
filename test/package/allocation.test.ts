import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";

// What the valid path allocates, measured as bench/allocation.mjs measures it (a batch of calls
// with no garbage collection in it; `npm test` builds dist/ first). A budget, not a timing: it
// fails when a change makes every valid document allocate more. Issue 27's goal for
// validateDocument is 20 KB; the budgets hold what round 5 reached, with room for a busy machine.
// Measured (issue 27, rows 2-4), the least of five batches: validateDocument 18.4-19.2 KiB (was
// 101.5: the validators' path objects were 19.9 of it, the document checks' paths, closures and
// maps the rest), validateEvent 0.7 KiB (was 4.7), the rich document 24.3-26.3 KiB (was 126), the
// schema check alone 0.5 KiB, the script text 293-296 KiB. Round 5 (the checks beyond the schema
// allocate nothing on the valid path, the plain-data walk folded into the schema check):
// validateDocument 3.7-5.4 KiB, the rich document 4.3-5.7, validateEvent 0.34, the script text
// 230-251 KiB.
test("a valid document and its JSON-LD allocate within their budgets", () => {
  const run = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--min-semi-space-size=64",
      "--max-semi-space-size=64",
      repoPath("bench/allocation.mjs"),
      "--shares",
    ],
    { cwd: repoPath("."), encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  const kib = JSON.parse(run.stdout) as Record<
    | "validateDocument"
    | "validateEvent"
    | "validateRichDocument"
    | "schemaCheck"
    | "richCheckDocument"
    | "jsonLdScript"
    | "parse",
    number
  >;
  // The measurement is sound: parsing the canonical text allocates what its objects and strings take.
  expect(kib.parse).toBeGreaterThan(20);
  expect(kib.validateDocument).toBeLessThanOrEqual(8);
  expect(kib.validateEvent).toBeLessThanOrEqual(1);
  // The rich document (bench/rich-document.mjs: quantities, relations, a general-kind event): 24.3-26.3 KiB;
  // 21.3-24.7 KiB once its schema check let go of the coded lists' errors (below); 4.3-5.7 since its
  // checks beyond the schema build no path for a part that is right.
  expect(kib.validateRichDocument).toBeLessThanOrEqual(8);
  // The schema check alone builds no path on the valid path (it was 19.9 KiB): 0.5 KiB.
  expect(kib.schemaCheck).toBeLessThanOrEqual(1);
  // On the rich document too: 2.0 KiB while a coded list holding a term built the list's error
  // before trying the term (scripts/generate/validators.mjs, withAcceptedChoiceFirst), 0.66 KiB since.
  expect(kib.richCheckDocument).toBeLessThanOrEqual(1);
  expect(kib.jsonLdScript).toBeLessThanOrEqual(280);
});
