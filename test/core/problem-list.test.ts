import { expect, test } from "vitest";
import { ProblemList } from "../../src/core/problem-list.js";

test.each([
  [0, 3, []],
  [3, 3, ["/0", "/1", "/2"]],
  [5, 3, ["/0", "/1", "/2", ""]],
])("ProblemList keeps at most the cap and says how many more (%i added, cap %i)", (added, cap, pointers) => {
  const problems = new ProblemList(cap);
  for (let i = 0; i < added; i++) problems.add({ code: "type", pointer: `/${i}`, message: "must be a string" });
  const list = problems.list();
  expect(list.map((p) => p.pointer)).toEqual(pointers);
  expect(problems.size).toBe(added);
  if (added > cap) expect(list.at(-1)).toMatchObject({ code: "too-many-issues", params: { omitted: added - cap } });
});
