import { describe, expect, test } from "vitest";
import {
  assertDocument,
  assertEvent,
  formatIssue,
  isNewsEventsError,
  MAX_ISSUES,
  NewsEventsError,
  validateDocument,
  validateEvent,
} from "../../src/index.js";
import { canonicalDocument, deepFreeze } from "../helpers/fixtures.js";
import { DOCUMENT_PARTS } from "../../src/generated/schema-facts.js";

const circular: Record<string, unknown> = { kind: "Meeting" };
circular["self"] = circular;
let deep: unknown = {};
for (let i = 0; i < 10_000; i++) deep = { kind: "Coup", nested: deep };
const throwingProxy = new Proxy(
  {},
  {
    get() {
      throw new Error("boom");
    },
    ownKeys() {
      throw new Error("boom");
    },
  },
);

describe("the safe API never throws, whatever it is given", () => {
  const inputs: [string, unknown][] = [
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["NaN", Number.NaN],
    ["a string", "{}"],
    ["a boolean", true],
    ["a bigint", 10n],
    ["a symbol", Symbol("x")],
    ["a function", () => 1],
    ["an array", [1, 2]],
    ["a date", new Date(0)],
    ["a circular object", circular],
    ["10,000-deep nesting", deep],
    ["a proxy that throws", throwingProxy],
    ["a huge string", "x".repeat(50 * 1024 * 1024)],
  ];
  for (const [name, input] of inputs) {
    test(name, () => {
      for (const validate of [validateDocument, validateEvent]) {
        const result = validate(input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }
    });
  }
});

describe("__proto__, constructor and prototype keys are rejected without polluting Object.prototype", () => {
  const coup = '"kind":"Coup","id":"c","name":"c","salience":"main","country":"x","outcome":"failed"';
  const cases: [string, string][] = [
    ["__proto__", `{${coup},"__proto__":{"polluted":true}}`],
    ["constructor", `{${coup},"constructor":{"prototype":{"polluted":true}}}`],
    ["prototype", `{${coup},"prototype":{"polluted":true}}`],
  ];
  for (const [key, json] of cases) {
    test(key, () => {
      const result = validateEvent(deepFreeze(JSON.parse(json) as unknown));
      expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([["unknown-property", `/${key}`]]);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });
  }
});

test("a frozen valid document is returned as is, unchanged", () => {
  const doc = deepFreeze(canonicalDocument());
  const before = JSON.stringify(doc);
  const result = validateDocument(doc);
  expect(result.ok && result.value).toBe(doc);
  expect(JSON.stringify(doc)).toBe(before);
});

test("one issue per faulty part, and the number of issues is capped", () => {
  const doc = canonicalDocument();
  const coup = doc.events[2];
  if (!coup) throw new Error("no coup");
  doc.events = Array.from(
    { length: 500 },
    (_, i) => ({ ...coup, id: `coup-${i}`, outcome: "won" }) as unknown as typeof coup,
  );
  const result = validateDocument(deepFreeze(doc));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues).toHaveLength(MAX_ISSUES);
  expect(result.issues[0]).toMatchObject({ code: "enum", pointer: "/events/0/outcome" });
  expect(result.issues[98]).toMatchObject({ code: "enum", pointer: "/events/98/outcome" });
  expect(result.issues.at(-1)).toEqual({ code: "too-many-issues", pointer: "", message: "401 more issues not shown" });
});

describe("assert variants throw one error class carrying the issues", () => {
  test("assertDocument returns a valid document", () => {
    const doc = deepFreeze(canonicalDocument());
    expect(assertDocument(doc)).toBe(doc);
  });
  test("assertEvent throws NewsEventsError with context", () => {
    let caught: unknown;
    try {
      assertEvent({ kind: "Coup", id: "c", name: "c", salience: "main", country: "x", outcome: "won" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NewsEventsError);
    expect(isNewsEventsError(caught)).toBe(true);
    const error = caught as NewsEventsError;
    expect(error.name).toBe("NewsEventsError");
    expect(error.message).toBe(
      'Invalid event: /outcome: must be one of successful, in-control, failed, attempted, plot, alleged (got "won")',
    );
    expect(error.issues.map(formatIssue)).toEqual([
      '/outcome: must be one of successful, in-control, failed, attempted, plot, alleged (got "won")',
    ]);
  });
  test("the message counts further issues", () => {
    const doc = canonicalDocument() as unknown as Record<string, unknown>;
    doc["headline"] = "";
    doc["entities"] = [
      { type: "planet", id: "mars", name: "Mars" },
      { type: "person", id: "x" },
    ];
    expect(() => assertDocument(deepFreeze(doc))).toThrow(
      "Invalid document: /headline: must not be empty (and 2 more issues)",
    );
  });
  test("isNewsEventsError recognises a copy from another realm by name, and rejects look-alikes", () => {
    const foreign = Object.assign(new Error("x"), { name: "NewsEventsError", issues: [] });
    expect(isNewsEventsError(foreign)).toBe(true);
    expect(isNewsEventsError(new Error("x"))).toBe(false);
    expect(isNewsEventsError({ name: "NewsEventsError", issues: [] })).toBe(false);
  });
});

// Found by the property tests: explaining a failure must never turn it into a success.
describe("a document's item list of the wrong type is an issue, never a pass", () => {
  for (const [key] of DOCUMENT_PARTS) {
    test(key, () => {
      const result = validateDocument(deepFreeze({ ...canonicalDocument(), [key]: "[]" }));
      expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([["type", `/${key}`]]);
    });
  }
});
