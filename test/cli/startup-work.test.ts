import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { byteLineBatches, type ByteLine } from "../../src/cli/byte-lines.js";
import { judgeAll, placed } from "../../src/cli/judge.js";
import * as fault from "../../src/core/json-fault.js";
import * as locate from "../../src/cli/locate.js";
import { nestsDeeperThan } from "../../src/cli/nesting.js";
import { readRecords, type InputRecord } from "../../src/cli/records.js";
import { canonicalDocument } from "../helpers/fixtures.js";

// The spy wraps the real function: the lines reported stay the real ones.
vi.mock("../../src/cli/locate.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/cli/locate.js")>();
  return { ...actual, placesOf: vi.fn(actual.placesOf) };
});
vi.mock("../../src/core/json-fault.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/core/json-fault.js")>();
  return { ...actual, jsonFault: vi.fn(actual.jsonFault) };
});

/** A pretty-printed document as `validate` reads it from a file, starting on line 1. */
function prettyRecord(value: unknown): InputRecord {
  const text = JSON.stringify(value, null, 2);
  return { ok: true, line: 1, value: JSON.parse(text) as unknown, text };
}

describe("validate of one document does only the work its answer needs (issue 27: start-up)", () => {
  test.each<[string, number, unknown]>([
    ["the canonical document, valid", 0, canonicalDocument()],
    ["the canonical document with a number for its headline", 1, { ...canonicalDocument(), headline: 42 }],
  ])("%s: its text is scanned for line numbers %i times", async (_, scans, value) => {
    vi.mocked(locate.placesOf).mockClear();
    const record = prettyRecord(value);
    // As validate judges a run of records: then each problem is put on its line.
    const verdicts = await placed(judgeAll([record]));
    // Before: a valid pretty document was scanned in full with jsonc-parser (a fifth of the start-up).
    expect(vi.mocked(locate.placesOf)).toHaveBeenCalledTimes(scans);
    expect(verdicts.invalid).toBe(scans);
    // An invalid one is still located: its problem at the headline's own line.
    const headlineLine = (record.ok ? record.text : "").split("\n").findIndex((l) => l.includes('"headline"')) + 1;
    if (scans > 0) expect(verdicts.problems.map((p) => [p.pointer, p.line])).toEqual([["/headline", headlineLine]]);
  });
});

describe("reading a pretty document looks for a JSON fault only in a broken one (issue 27: start-up)", () => {
  const pretty = JSON.stringify(canonicalDocument(), null, 2);
  test.each<[string, number, string, string]>([
    // Before: its first line, `{`, was searched for its fault only to decide it starts a document.
    ["the canonical document", 0, pretty, "ok"],
    ["the canonical document with a trailing comma", 1, pretty.replace(/\n}$/, ",\n}"), "invalid-json"],
  ])("%s: %i searches", async (_, searches, text, code) => {
    vi.mocked(fault.jsonFault).mockClear();
    const records = [];
    async function* chunks() {
      yield Buffer.from(text);
    }
    for await (const record of readRecords(chunks())) records.push(record);
    expect(vi.mocked(fault.jsonFault)).toHaveBeenCalledTimes(searches);
    expect(records.map((r) => (r.ok ? "ok" : r.code))).toEqual([code]);
    // The broken one is still located: the comma's line.
    const last = records[0];
    if (last && !last.ok) expect(last.line).toBe(text.split("\n").length - 1);
  });
});

/** The character loop alone, as nestsDeeperThan was before its shortcut: the reference. */
function deeperByScan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (++depth > limit) return true;
    } else if (c === "]" || c === "}") depth--;
  }
  return false;
}

describe("nestsDeeperThan's shortcut (few brackets: not deep) gives the answer of the full scan", () => {
  // Texts made of brackets, quotes and escapes, where the shortcut and the scan part most often.
  const bracketText = fc
    .array(fc.constantFrom("[", "]", "{", "}", '"', "\\", "a", ",", ":"), { maxLength: 60 })
    .map((chars) => chars.join(""));
  const jsonText = fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v) ?? "null");
  test.each([
    ["texts of brackets, quotes and escapes", bracketText],
    ["JSON texts", jsonText],
  ])("%s, at every limit from 0 to 8", (_, texts) => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 8 }), (text, limit) => {
        expect(nestsDeeperThan(text, limit)).toBe(deeperByScan(text, limit));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The lines of `input` as byteLineBatches promises them, from the whole input at once. */
function referenceLines(input: Uint8Array, maxBytes: number): ByteLine[] {
  const lines: ByteLine[] = [];
  let start = 0;
  for (let i = 0; i <= input.length; i++) {
    if (i < input.length && input[i] !== 0x0a) continue;
    if (i === input.length && i === start) break; // nothing after the last newline
    const bytes = input.subarray(start, i);
    const crlfAtLimit = bytes.length === maxBytes + 1 && bytes[maxBytes] === 0x0d;
    lines.push(bytes.length > maxBytes && !crlfAtLimit ? { overlong: bytes.length } : { bytes });
    start = i + 1;
  }
  return lines;
}

describe("byteLineBatches' shortcut for a line whole in one chunk gives the lines of the full framing", () => {
  const show = (lines: ByteLine[]) =>
    lines.map((l) => ("bytes" in l ? Buffer.from(l.bytes).toString("hex") : l.overlong));
  test("any bytes, cut into any chunks, at any limit", async () => {
    const input = fc.array(fc.constantFrom(0x0a, 0x0d, 0x61, 0x7b), { maxLength: 80 }).map((b) => new Uint8Array(b));
    await fc.assert(
      fc.asyncProperty(input, fc.array(fc.nat(80)), fc.integer({ min: 0, max: 12 }), async (bytes, cuts, maxBytes) => {
        const at = [...new Set(cuts.filter((c) => c < bytes.length))].sort((a, b) => a - b);
        async function* chunks() {
          let from = 0;
          for (const cut of [...at, bytes.length]) {
            if (cut > from) yield bytes.slice(from, cut);
            from = cut;
          }
        }
        const lines: ByteLine[] = [];
        for await (const batch of byteLineBatches(chunks(), maxBytes)) lines.push(...batch);
        expect(show(lines)).toEqual(show(referenceLines(bytes, maxBytes)));
      }),
      { numRuns: 2000 },
    );
  });
});
