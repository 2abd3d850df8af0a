import { describe, expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";
import { importEdges, violations, type ImportEdge } from "./imports.js";

describe("the import graph of src/ (issue 20): generated ← model ← core ← one folder per entry ← cli", () => {
  const edges = importEdges(repoPath("src"));

  test("the real imports are read (the check is not vacuous)", () => {
    // Known edges of today's code, one per kind of import statement.
    expect(edges).toContainEqual(expect.objectContaining({ from: "validate/validate.ts", to: "core/error.js" }));
    expect(edges).toContainEqual(expect.objectContaining({ from: "cli/commands.ts", to: "cli/validate-command.js" })); // dynamic import()
    expect(edges).toContainEqual(expect.objectContaining({ from: "index.ts", to: "model/index.js" })); // export * from
    expect(edges.length).toBeGreaterThan(100);
  });

  test("no edge breaks the layering, and no CLI command imports another", () => {
    expect(violations(edges)).toEqual([]);
  });

  // A planted violation of each kind, shown once: the rule finds what it is there to find.
  test.each<[string, ImportEdge, RegExp]>([
    [
      "a feature folder importing a sibling",
      { from: "check/rules-graph.ts", specifier: "../jsonld/ids.js", to: "jsonld/ids.js" },
      /check\/ may import core, model, generated, not jsonld\//,
    ],
    [
      "core importing a feature",
      { from: "core/issue.ts", specifier: "../validate/validate.js", to: "validate/validate.js" },
      /core\/ may import model, generated, not validate\//,
    ],
    [
      "the model importing core",
      { from: "model/dates.ts", specifier: "../core/error.js", to: "core/error.js" },
      /model\/ may import generated, not core\//,
    ],
    [
      "a CLI command importing another",
      { from: "cli/authoring-commands.ts", specifier: "./jsonld-command.js", to: "cli/jsonld-command.js" },
      /one CLI command imports another/,
    ],
    [
      "a source file outside src/",
      { from: "examples/index.ts", specifier: "../../scripts/x.mjs", to: "../scripts/x.mjs" },
      /outside src\//,
    ],
    [
      "a new folder nobody placed",
      { from: "charts/index.ts", specifier: "../core/issue.js", to: "core/issue.js" },
      /no place in the layering/,
    ],
  ])("a planted violation is reported: %s", (_, edge, message) => {
    const found = violations([edge]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  test("allowed edges are not reported", () => {
    expect(
      violations([
        { from: "cli/main.ts", specifier: "./check-command.js", to: "cli/check-command.js" },
        { from: "cli/check-command.ts", specifier: "./input.js", to: "cli/input.js" },
        { from: "jsonld/build.ts", specifier: "../core/iri.js", to: "core/iri.js" },
        { from: "examples/index.ts", specifier: "../../examples/x/document.json", to: "../examples/x/document.json" },
        { from: "validate/validate.ts", specifier: "ajv", to: undefined },
      ]),
    ).toEqual([]);
  });
});
