import { afterEach, expect, test } from "vitest";
import { validateDocument, validateEvent } from "../../src/index.js";
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

// Each repeated id's issue says where the id was first used, found by walking the document's ids
// again: a document repeating its 20,000 entities took 6.4 s. Past the issues shown, the walk is
// not made. Counted in reads of the entity list's items, through a proxy, not timed.
test("a document that repeats each of its entities reads each entity a few times", () => {
  const doc = canonicalDocument() as unknown as { entities: Record<string, unknown>[] };
  const person = doc.entities.find((entity) => entity["type"] === "person")!;
  const extra = Array.from({ length: 2000 }, (_, i) => ({ ...person, id: `p-${i}` }));
  const entities = [...doc.entities, ...extra, ...extra.map((entity) => ({ ...entity }))];
  let reads = 0;
  doc.entities = new Proxy(entities, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const result = validateDocument(doc);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues[0]).toMatchObject({ code: "duplicate-id", pointer: `/entities/${entities.length - 2000}/id` });
  expect(result.issues[0]?.message).toBe(`"p-0" is already used at /entities/${entities.length - 4000}`);
  expect(result.issues[99]).toMatchObject({ code: "too-many-issues", message: "1901 more issues not shown" });
  // The schema's check, the plain-data walk, the id table and the checks: a few reads each.
  expect(reads / entities.length).toBeLessThan(20);
});
