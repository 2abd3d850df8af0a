import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";
import { step } from "./tiny.js";
import * as shipped from "../../src/generated/patterns.js";

// Issue 27: simple schema patterns are compiled to loops over char codes (scripts/generate/pattern-code.mjs).
// The loop must answer as the RegExp does, for every string.
const { patternFunction } = await step<{ patternFunction: (source: string) => string | undefined }>("pattern-code");
const { isAsciiOnlyPattern } = await step<{ isAsciiOnlyPattern: (source: string) => boolean }>("plain-keywords");
const { withoutCaptures } = await step<{ withoutCaptures: (source: string) => string | undefined }>("speed-rewrites");
const { loadSchemas } = await step<{ loadSchemas: (dir: string) => Record<string, unknown> }>("schemas");

/** Every `pattern` of the shipped schemas. */
function schemaPatterns(): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, key?: string): void => {
    if (key === "pattern" && typeof node === "string") found.add(node);
    else if (node !== null && typeof node === "object")
      for (const [k, v] of Object.entries(node)) walk(v, Array.isArray(node) ? undefined : k);
  };
  walk(loadSchemas(repoPath("schemas")));
  return [...found];
}

// Patterns beyond the schemas' that the compiler takes: escapes, negated classes, open counts.
const MORE_COMPILED = [
  "\\S",
  "^a$",
  "^[^~/]{1,3}$",
  "^\\d{2}\\.\\d+$",
  "^x?[0-9]$",
  "^[a-c]{2,}[d-f]*$",
  "^\\w+-\\W$",
  "^[\\s]*[\\S]$",
  "^[a-z]{1,3}[0-9]?$",
  "^[a-z]*_?[0-9]{2}$",
  // A long count: length bounds and a RegExp without the bound.
  "^[a-z]{0,20}$",
  "^a{2}b{3,40}c$",
  "^[0-9]{17,30}$",
];
// What it must leave to the RegExp: groups, alternatives, any character, lazy counts, and counts
// whose split between neighbours only backtracking finds.
const LEFT_AS_REGEXP = [
  "^(ab)+$",
  "^a|b$",
  "^.{2}$",
  "^a+?$",
  "^[a-z]*[a-z]$",
  "^a*a$",
  "^[a-z]*[0-9]?[a-z]$",
  "^[a-z]*x?[0-9]{2}$",
  "abc",
  "^[a-z]",
  "\\bword",
  "^\\u0041$",
  "^[]a]$",
];

/** A function from the generated text (the test may eval; the library never does). */
const compiled = (source: string): ((s: string) => boolean) =>
  new Function(`return ${patternFunction(source)!}`)() as (s: string) => boolean;

/** Strings near what `source` accepts: its own characters, their neighbours, and others. */
function near(source: string): fc.Arbitrary<string> {
  const own = [...new Set([...source].flatMap((c) => [c.charCodeAt(0) - 1, c.charCodeAt(0), c.charCodeAt(0) + 1]))]
    .filter((code) => code >= 0)
    .map((code) => String.fromCharCode(code));
  const unit = fc.constantFrom(
    ...own,
    "a",
    "Z",
    "0",
    "9",
    "-",
    " ",
    "\t",
    "\n",
    "\u00a0",
    "\u2028",
    "é",
    "\uD800",
    "😀",
  );
  const matching = fc.stringMatching(new RegExp(source));
  return fc.oneof(
    fc.string({ unit, maxLength: 12 }),
    matching,
    fc.tuple(matching, fc.string({ unit, maxLength: 2 }), fc.nat()).map(([s, extra, at]) => {
      const k = at % (s.length + 1);
      return s.slice(0, k) + extra + s.slice(k);
    }),
    // Long runs, to meet the upper bound of a count ({0,99}) from both sides.
    fc.tuple(matching, fc.integer({ min: 1, max: 140 })).map(([s, n]) => s + s.slice(-1).repeat(n)),
  );
}

describe("a simple pattern compiled to a loop answers as its RegExp", () => {
  const compiledSchemaPatterns = schemaPatterns().filter((p) => patternFunction(p) !== undefined);

  test("the schemas' id, code and text patterns are among those compiled (the check is not vacuous)", () => {
    expect(compiledSchemaPatterns).toEqual(
      expect.arrayContaining(["^[a-z0-9][a-z0-9-]{0,99}$", "^[0-9]{2,4}$", "^Q[1-9][0-9]*$", "\\S"]),
    );
  });

  test.each([...compiledSchemaPatterns, ...MORE_COMPILED])("%s", (source) => {
    const loop = compiled(source);
    const regexp = new RegExp(source);
    fc.assert(
      fc.property(near(source), (s) => loop(s) === regexp.test(s)),
      { numRuns: 2000 },
    );
  });

  test.each(LEFT_AS_REGEXP)("%s stays a RegExp", (source) => {
    expect(patternFunction(source)).toBeUndefined();
  });
});

describe("a pattern is taken as ASCII-only (its strings not checked for lone surrogates) only when it is", () => {
  test.each([
    ["^[a-z0-9][a-z0-9-]{0,99}$", true],
    ["^[0-9]{4}(-(0[1-9]|1[0-2]))?$", true],
    ["^\\.[A-Za-z_][A-Za-z0-9_-]*$", true],
    ["\\S", false],
    ["^https://", false],
    ["^a|b$", false],
    ["^[^a]$", false],
    ["^.$", false],
    ["^\\S+$", false],
    ["^\\s$", false],
    ["^\\u00e9$", false],
    ["^é$", false],
    ["^a\\$", false],
  ])("%s: %s", (source, ascii) => {
    expect(isAsciiOnlyPattern(source)).toBe(ascii);
  });

  test("what it takes as ASCII-only accepts no string with a character beyond ASCII", () => {
    const sources = schemaPatterns().filter(isAsciiOnlyPattern);
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources)
      fc.assert(
        fc.property(fc.stringMatching(new RegExp(source)), (s) => /^[\x00-\x7f]*$/.test(s)),
        { numRuns: 300 },
      );
  });
});

describe("a pattern left to a RegExp loses its capturing groups, not its strings", () => {
  const kept = schemaPatterns().filter((p) => patternFunction(p) === undefined);

  test("the schemas' grouped patterns are among them (the check is not vacuous)", () => {
    expect(kept.filter((p) => withoutCaptures(p) !== p).length).toBeGreaterThan(3);
  });

  test.each([
    ["^(a|b)$", "^(?:a|b)$"],
    ["^[(]x(y)$", "^[(]x(?:y)$"],
    ["^\\(a\\)(b)$", "^\\(a\\)(?:b)$"],
    ["^(?:a)(?=b)", "^(?:a)(?=b)"],
    ["^[\\](](x)$", "^[\\](](?:x)$"],
  ])("%s -> %s", (source, expected) => {
    expect(withoutCaptures(source)).toBe(expected);
  });

  test("a pattern with a back-reference keeps its groups", () => {
    expect(withoutCaptures("^(a)\\1$")).toBeUndefined();
  });

  test.each([...kept, "^(/([^~/]|~[01])*)+$", "^[(]x(y|z)+$"])("%s", (source) => {
    const bare = new RegExp(withoutCaptures(source) ?? source);
    const regexp = new RegExp(source);
    fc.assert(
      fc.property(near(source), (s) => bare.test(s) === regexp.test(s)),
      { numRuns: 1000 },
    );
  });
});

describe("the generated matches* tests code outside the validators uses answer as their patterns do", () => {
  test.each([
    ["Url", shipped.matchesUrl, shipped.URL_PATTERN],
    ["Id", shipped.matchesId, shipped.ID_PATTERN],
    ["Wikidata", shipped.matchesWikidata, shipped.WIKIDATA_PATTERN],
    ["Language", shipped.matchesLanguage, shipped.LANGUAGE_PATTERN],
  ] as const)("matches%s", (_name, matches, pattern) => {
    fc.assert(
      fc.property(near(pattern.source), (s) => matches(s) === pattern.test(s)),
      { numRuns: 2000 },
    );
  });

  test("the id and QID tests are compiled, not the RegExp's own (the speed the guard counts on)", () => {
    expect(shipped.matchesId.toString()).not.toContain("ID_PATTERN");
    expect(shipped.matchesWikidata.toString()).toContain("charCodeAt");
  });
});
