import { describe, expect, test } from "vitest";
import { validateDocument, validateEvent } from "../../src/index.js";
import { plainDataIssues } from "../../src/validate/plain-data.js";
import { canonicalDocument, exampleDocument, REAL_EVENT_EXAMPLES } from "../helpers/fixtures.js";

/*
 * Issue 27: the generated validator's own run looks for what the plain-data walk reports (objects
 * JSON text cannot make, text with a lone surrogate, coded terms; scripts/generate/plain-keywords.mjs),
 * so that a valid document is walked once. It must miss nothing the walk finds: in every real
 * document, each string in turn gets a lone surrogate and each object or array in turn a prototype
 * of its own, and validation reports what the full walk (the oracle) reports there.
 */

type Holder = Record<string | number, unknown>;
type Place = { holder: Holder; key: string | number; pointer: string };

/** Every value below `value` with where it is held: its parent, its key, its JSON Pointer. */
function places(value: unknown, pointer = ""): Place[] {
  if (value === null || typeof value !== "object") return [];
  const holder = value as Holder;
  return Object.keys(holder).flatMap((key) => {
    const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    return [{ holder, key, pointer: at }, ...places(holder[key], at)];
  });
}

/** The value at `place` with a prototype other than JSON's: an array's subclass, an object's own prototype. */
function withOwnPrototype(value: object): object {
  const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...value };
  return Object.setPrototypeOf(copy, Object.create(Object.getPrototypeOf(copy) as object) as object);
}

/** Sets `place` to `next` while `body` runs, then puts the value back. */
function whileSet<T>(place: Place, next: unknown, body: () => T): T {
  const before = place.holder[place.key];
  place.holder[place.key] = next;
  try {
    return body();
  } finally {
    place.holder[place.key] = before;
  }
}

/** Whether what validation says of `input` holds every issue the full plain-data walk finds, exactly when the input is not plain. */
function agreesWithWalk(
  input: unknown,
  validate: (input: unknown) => { ok: true } | { ok: false; issues: readonly unknown[] },
): string[] {
  const walk = plainDataIssues(input, false, 1000);
  const result = validate(input);
  const issues = result.ok ? [] : result.issues;
  if (!walk.plain) return JSON.stringify(issues) === JSON.stringify(walk.issues) ? [] : [JSON.stringify(issues)];
  return walk.issues.filter((w) => !issues.some((i) => JSON.stringify(i) === JSON.stringify(w))).map((w) => w.pointer);
}

const documents: [string, () => unknown][] = [
  ["burkina-faso-russia", canonicalDocument],
  ...REAL_EVENT_EXAMPLES.map((name): [string, () => unknown] => [name, () => exampleDocument(name)]),
];

describe("the validator's run misses nothing the plain-data walk finds", () => {
  test.each(documents)("%s: a lone surrogate in any string, a prototype on any object or array", (_name, load) => {
    const doc = load();
    expect(validateDocument(doc).ok).toBe(true);
    const missed: string[] = [];
    let strings = 0;
    for (const place of places(doc)) {
      const value = place.holder[place.key];
      if (typeof value === "string") {
        strings++;
        const found = whileSet(place, `${value}\uD800`, () => agreesWithWalk(doc, validateDocument));
        missed.push(...found.map((f) => `${place.pointer}: ${f}`));
      } else if (value !== null && typeof value === "object") {
        const found = whileSet(place, withOwnPrototype(value), () => agreesWithWalk(doc, validateDocument));
        missed.push(...found.map((f) => `${place.pointer}: ${f}`));
      }
    }
    expect(strings).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });

  test("each event of the canonical document on its own, likewise", () => {
    const missed: string[] = [];
    for (const event of canonicalDocument().events) {
      for (const place of places(event)) {
        const value = place.holder[place.key];
        const next =
          typeof value === "string"
            ? `\uDC00${value}`
            : value && typeof value === "object"
              ? withOwnPrototype(value)
              : value;
        missed.push(...whileSet(place, next, () => agreesWithWalk(event, validateEvent)));
      }
    }
    expect(missed).toEqual([]);
  });

  test("the oracle is not vacuous: it reports the surrogate in a name and the prototype of an author", () => {
    const doc = canonicalDocument() as unknown as Holder & { authors: Holder[] };
    const author = doc.authors[0] as Holder;
    const name = { holder: author, key: "name", pointer: "/authors/0/name" };
    expect(whileSet(name, "Ana \uD800", () => plainDataIssues(doc, false).issues.map((i) => i.pointer))).toEqual([
      "/authors/0/name",
    ]);
    const first = { holder: doc.authors as unknown as Holder, key: 0, pointer: "/authors/0" };
    expect(whileSet(first, withOwnPrototype(author), () => plainDataIssues(doc, false).plain)).toBe(false);
  });
});
