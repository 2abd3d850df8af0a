import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { canonicalDocument } from "../helpers/fixtures.js";

/*
 * Engines without String.prototype.isWellFormed (Safari before 16.4, older runtimes) find lone
 * surrogates by a pattern instead, in the validators' run (scripts/generate/plain-keywords.mjs)
 * and in the plain-data walk: the same answers. The modules are loaded afresh with the method gone.
 */
type Validate = typeof import("../../src/validate/validate.js");
const proto = String.prototype as { isWellFormed?: unknown };
const saved = proto.isWellFormed;
let validate: Validate;

beforeAll(async () => {
  delete proto.isWellFormed;
  vi.resetModules();
  validate = await import("../../src/validate/validate.js");
});
afterAll(() => {
  proto.isWellFormed = saved;
  vi.resetModules();
});

test.each([
  ["the canonical document as it is", () => canonicalDocument(), []],
  [
    "a lone surrogate in the headline",
    () => ({ ...canonicalDocument(), headline: "Talks \uDC00 in Moscow" }),
    [["lone-surrogate", "/headline"]],
  ],
  [
    "a surrogate pair (an emoji) in the headline",
    () => ({ ...canonicalDocument(), headline: "Talks 😀 in Moscow" }),
    [],
  ],
])("without isWellFormed: %s", (_name, make, expected) => {
  expect("isWellFormed" in String.prototype).toBe(false);
  const result = validate.validateDocument(make());
  expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual(expected);
});
