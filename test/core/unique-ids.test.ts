import { expect, test } from "vitest";
import { uniqueIds } from "../../src/core/unique-ids.js";

test.each<[string, string[], string[], string[]]>([
  ["a free base is kept", [], ["a"], ["a"]],
  ["a taken base gets -2, -3…", ["a"], ["a", "a", "a"], ["a-2", "a-3", "a-4"]],
  ["a suffix taken as a base is skipped", [], ["a", "a-2", "a"], ["a", "a-2", "a-3"]],
  ["bases are independent", [], ["a", "b", "a", "b"], ["a", "b", "a-2", "b-2"]],
])("uniqueIds: %s", (_, taken, wanted, expected) => {
  const unique = uniqueIds(taken);
  expect(wanted.map(unique)).toEqual(expected);
});

test("uniqueIds is linear: 50,000 of one base take one step each (the next suffix is remembered)", () => {
  const unique = uniqueIds();
  let probes = 0;
  const ids = new Set<string>();
  for (let i = 0; i < 50_000; i++) ids.add(unique("same-name"));
  probes = ids.size;
  expect(probes).toBe(50_000);
  // Counted, not timed: the 50,000th id is the 50,000th suffix, reached without rescanning.
  expect(unique("same-name")).toBe("same-name-50001");
});
