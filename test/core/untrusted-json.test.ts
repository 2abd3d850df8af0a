import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readUntrustedJson } from "../../src/core/untrusted-json.js";

/** Nests a value `depth` levels deep in arrays, without recursion. */
function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe("readUntrustedJson: the one reader of untrusted JSON (issue 21)", () => {
  test("a __proto__ member stays an ordinary own key and poisons nothing", () => {
    const read = readUntrustedJson(JSON.parse('{"__proto__": {"url": "javascript:alert(1)"}, "a": 1}'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const value = read.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(null);
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
    expect((value as { url?: unknown }).url).toBeUndefined();
    expect(({} as { url?: unknown }).url).toBeUndefined();
  });

  test("inherited properties and getters are never read", () => {
    let called = 0;
    const hostile = Object.create({ inherited: "javascript:x" }, { own: { value: "kept", enumerable: true } });
    Object.defineProperty(hostile, "getter", {
      enumerable: true,
      get() {
        called++;
        throw new Error("boom");
      },
    });
    const read = readUntrustedJson(hostile);
    expect(called).toBe(0);
    expect(read).toEqual({ ok: true, value: Object.assign(Object.create(null), { own: "kept" }) });
  });

  test.each([
    ["NaN", { a: [1, Number.NaN] }, "type", "/a/1"],
    ["Infinity", { b: Number.POSITIVE_INFINITY }, "type", "/b"],
    ["a function", { "x/y": () => 1 }, "type", "/x~1y"],
    ["a bigint", [10n], "type", "/0"],
    ["nesting past the limit", nested(10), "too-deep", "/0/0/0/0/0/0"],
    [
      "more values than the limit",
      [
        [1, 2],
        [3, 4, 5],
      ],
      "too-large",
      "/0/0",
    ],
  ])("refuses %s, naming where", (_, input, code, pointer) => {
    const read = readUntrustedJson(input, { maxDepth: 5, maxValues: code === "too-large" ? 6 : 1000 });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issue).toMatchObject({ code, pointer });
  });

  test("undefined is read as JSON.stringify writes it: a property holding it is absent, an item null", () => {
    const input = { kept: 1, gone: undefined, list: [undefined, 2], nested: { also: undefined } };
    const read = readUntrustedJson(input);
    expect(read.ok).toBe(true);
    if (read.ok) expect(JSON.stringify(read.value)).toBe(JSON.stringify(input));
    expect(read.ok && Object.keys(read.value as object)).toEqual(["kept", "list", "nested"]);
    // Only the whole input being undefined is no JSON value.
    expect(readUntrustedJson(undefined)).toMatchObject({ ok: false, issue: { code: "type", pointer: "" } });
  });

  test("100,000 levels of nesting are an issue, not a RangeError (the walk is iterative)", () => {
    const read = readUntrustedJson(nested(100_000));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issue.code).toBe("too-deep");
    expect(readUntrustedJson(nested(100_000), { maxDepth: 200_000 }).ok).toBe(true);
  });

  test("a proxy whose traps throw is refused, not thrown", () => {
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const read = readUntrustedJson({ a: proxy });
    expect(read).toMatchObject({ ok: false, issue: { code: "type", pointer: "" } });
  });

  test("property: any JSON text reads back as the same data, never throwing", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const parsed: unknown = JSON.parse(text);
        const read = readUntrustedJson(parsed);
        expect(read.ok).toBe(true);
        if (read.ok) expect(JSON.stringify(read.value)).toBe(JSON.stringify(parsed));
      }),
    );
  });

  test("property: any value at all gives a result, never a throw", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withNullPrototype: true, withSparseArray: true }),
        (value) => {
          const read = readUntrustedJson(value);
          expect(typeof read.ok).toBe("boolean");
        },
      ),
    );
  });
});
