import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { applyEdits, findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import { editJson, pathOf, replaceValue } from "../../src/cli/json-edits.js";
import { escapePointerSegment } from "../../src/core/pointer.js";

// `news-events rebase` edits a user's file in place: every change is made in one parse and one
// copy of the text (editJson). Before, each change parsed and copied the whole text again.

/** The edits as they were made before: one replacement at a time, then one removal at a time from the last. */
function oneAtATime(text: string, replacements: [string, unknown][], removals: string[]): string {
  let out = text;
  for (const [pointer, value] of replacements) out = replaceValue(out, pointer, value);
  const tree = parseTree(out);
  const paths = removals
    .map((pointer) => pathOf(pointer, tree))
    .sort((a, b) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const [x, y] = [a[i] as string | number, b[i] as string | number];
        if (x !== y) return typeof x === "number" && typeof y === "number" ? y - x : String(y).localeCompare(String(x));
      }
      return b.length - a.length;
    });
  for (const path of paths) {
    const root = parseTree(out);
    const index = path[path.length - 1];
    const array = root && findNodeAtLocation(root, path.slice(0, -1));
    const items: Node[] = array?.type === "array" ? (array.children ?? []) : [];
    const item = typeof index === "number" ? items[index] : undefined;
    if (item === undefined || typeof index !== "number") continue;
    const [next, previous] = [items[index + 1], items[index - 1]];
    // The last item left: the array is written empty, `[]` (rebase --drop-lost left a line of blanks).
    const alone = !next && !previous && array !== undefined;
    const from = alone ? array.offset + 1 : next || !previous ? item.offset : previous.offset + previous.length;
    const to = alone ? array.offset + array.length - 1 : next ? next.offset : item.offset + item.length;
    out = applyEdits(out, [{ offset: from, length: to - from, content: "" }]);
  }
  return out;
}

/** Every pointer into a value: those of scalars (to replace) and those of array items (to remove). */
function pointersOf(value: unknown, pointer = "", out = { scalars: [] as string[], items: [] as string[] }) {
  if (Array.isArray(value))
    value.forEach((item, i) => {
      out.items.push(`${pointer}/${i}`);
      pointersOf(item, `${pointer}/${i}`, out);
    });
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) pointersOf(item, `${pointer}/${escapePointerSegment(key)}`, out);
  else out.scalars.push(pointer);
  return out;
}

describe("editJson", () => {
  it("makes the same text as the edits made one at a time", () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom(undefined, 1, 2, "\t"),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null)), {
          minLength: 8,
          maxLength: 8,
        }),
        (value, indent, replaced, removed, values) => {
          const text = JSON.stringify(value, null, indent);
          const { scalars, items } = pointersOf(value);
          const replacements = [
            ...new Set(scalars.length === 0 ? [] : replaced.map((k) => scalars[k % scalars.length] as string)),
          ].map((pointer, k) => [pointer, values[k]] as [string, unknown]);
          const removals = [
            ...new Set(items.length === 0 ? [] : removed.map((k) => items[k % items.length] as string)),
          ];
          expect(editJson(text, replacements, removals)).toBe(oneAtATime(text, replacements, removals));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  // Found by a trial of the packed package: rebase --drop-lost of every span of a list left a line
  // of blanks between its brackets, which a repository's linter refuses.
  it("removing every item of an array writes it empty, with no blank line left inside", () => {
    const text = JSON.stringify(
      {
        evidence: [
          { start: 0, end: 6 },
          { start: 8, end: 9 },
        ],
        n: 1,
      },
      null,
      2,
    );
    expect(editJson(text, [], ["/evidence/0", "/evidence/1"])).toBe('{\n  "evidence": [],\n  "n": 1\n}');
    expect(editJson(text, [], ["/evidence/1"])).toBe(
      '{\n  "evidence": [\n    {\n      "start": 0,\n      "end": 6\n    }\n  ],\n  "n": 1\n}',
    );
  });

  it("adds a member that is not there yet, as replaceValue does", () => {
    const text = '{\n  "headline": "x",\n  "events": [\n    { "start": 1, "end": 2 }\n  ]\n}';
    const edits: [string, unknown][] = [
      ["/body", "A body."],
      ["/events/0/start", 3],
    ];
    expect(editJson(text, edits)).toBe(oneAtATime(text, edits, []));
  });

  describe("copies the text once, however many edits", () => {
    const { slice, substring } = String.prototype;
    afterEach(() => {
      String.prototype.slice = slice;
      String.prototype.substring = substring;
    });
    it("2,000 spans moved in a document of 2,000 spans", () => {
      const doc = {
        body: "x".repeat(200_000),
        evidence: Array.from({ length: 2_000 }, (_, i) => ({ start: i, end: i + 1 })),
      };
      const text = JSON.stringify(doc, null, 2);
      const edits: [string, unknown][] = doc.evidence.flatMap((_, i) => [
        [`/evidence/${i}/start`, i + 1] as [string, unknown],
        [`/evidence/${i}/end`, i + 2] as [string, unknown],
      ]);
      let copied = 0;
      const counting = (method: typeof slice) =>
        function (this: string, ...args: [number?, number?]) {
          const part = method.apply(this, args);
          if (this.length >= text.length / 2) copied += part.length;
          return part;
        };
      String.prototype.slice = counting(slice);
      String.prototype.substring = counting(substring);
      const edited = editJson(text, edits);
      String.prototype.slice = slice;
      String.prototype.substring = substring;
      expect(JSON.parse(edited).evidence[1999]).toEqual({ start: 2000, end: 2001 });
      // About the text's length: its parts between the edits (4,000 texts' lengths before).
      expect(copied).toBeLessThan(2 * text.length);
    });
  });
});
