import { describe, expect, test } from "vitest";
import { checkJsonLd } from "../../src/check/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { validateDocument } from "../../src/validate/validate.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// One author's name, or several people's: the same rule in validation (authors/N/name) and in the
// checker (google/author-name), core/text-rules.ts MERGED_NAMES.
describe("one author's name or several", () => {
  test.each([
    // Found by a trial of the packed package: a comma before a suffix is part of one name.
    ["Martin Luther King, Jr.", false],
    ["Sammy Davis, Jr", false],
    ["Harold Ford, III", false],
    ["Jane Doe, PhD", false],
    ["Martin Luther King Jr.", false],
    ["Siobhán O'Sullivan", false],
    ["Andrea Jr Smith", false],
    // Several people.
    ["Jane Doe, John Roe", true],
    ["Jane Doe and John Roe", true],
    ["Jane Doe & John Roe", true],
    ["Jane Doe; John Roe", true],
    ["Jane Doe | Staff", true],
    ["Doe, Jr., Roe", true],
  ])("%j: several people %s", (name, merged) => {
    const doc = canonicalDocument();
    doc.authors[0].name = name;
    const result = validateDocument(doc);
    const issues = result.ok ? [] : result.issues.filter((i) => i.pointer === "/authors/0/name");
    expect(issues.map((i) => i.message.startsWith("must be one author's name only"))).toEqual(merged ? [true] : []);
    if (!result.ok) return;
    const report = checkJsonLd(toJsonLd(result.value));
    expect(report.warnings.some((f) => f.rule === "google/author-name")).toBe(merged);
  });
});
