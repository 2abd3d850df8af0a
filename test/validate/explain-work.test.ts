import { afterEach, expect, test } from "vitest";
import { validateEvent } from "../../src/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// An object of made-up keys (a wide record dumped into a feed) gives one error per key, up to the
// validators' thousand. Each error's "did you mean" listed every key of its object again: 20,000
// keys took 22 s to explain. Counted here in keys that Object.keys lists, not timed.
const { keys } = Object;
afterEach(() => {
  Object.keys = keys;
});

test.each([1000, 20000])("an event with %i made-up keys is explained with its keys listed once", (n) => {
  const meeting = canonicalDocument().events[0] as unknown as Record<string, unknown>;
  for (let i = 0; i < n; i++) meeting[`extra${i}`] = i;
  let listed = 0;
  Object.keys = (object: object) => {
    const list = keys(object);
    listed += list.length;
    return list;
  };
  const result = validateEvent(meeting);
  Object.keys = keys;
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues).toHaveLength(100);
  expect(result.issues[0]).toMatchObject({ code: "unknown-property", pointer: "/extra0" });
  expect(result.issues[99]?.code).toBe("too-many-issues");
  expect(listed).toBeLessThan(3 * n);
});

test("a misspelt key beside a few made-up ones still gets its hint", () => {
  const meeting = canonicalDocument().events[0] as unknown as Record<string, unknown>;
  meeting["participantz"] = meeting["participants"];
  delete meeting["participants"];
  for (let i = 0; i < 20; i++) meeting[`extra${i}`] = i;
  const result = validateEvent(meeting);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues.find((issue) => issue.pointer === "/participants")?.message).toContain(
    '"participantz" a misspelling',
  );
});
