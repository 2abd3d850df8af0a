import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { INPUT_CODES, readRecords, type FailedRecord, type InputRecord } from "../../src/cli/records.js";

/** The records read from `bytes` delivered in chunks of `chunkSize` bytes. */
async function records(bytes: Uint8Array, chunkSize = 7): Promise<InputRecord[]> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: InputRecord[] = [];
  for await (const record of readRecords(chunks())) out.push(record);
  return out;
}

const line = (text: string) => Buffer.from(`${text}\n`, "utf8");
const good = (n: number) => line(JSON.stringify({ n, text: "Ouagadougou – “ok” 🇧🇫" }));

describe("each NDJSON line is UTF-8 or one invalid record; the lines around it still count", () => {
  const cases: [name: string, bytes: number[]][] = [
    ["a lone 0xFF", [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]],
    ["an overlong slash (C0 AF)", [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d]],
    ["an encoded surrogate (ED A0 80)", [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]],
    ["a truncated four-byte sequence", [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xf0, 0x9f, 0x87, 0x22, 0x7d]],
    [
      "a code point above U+10FFFF (F4 90 80 80)",
      [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xf4, 0x90, 0x80, 0x80, 0x22, 0x7d],
    ],
  ];
  test.each(cases)("%s", async (_name, bad) => {
    for (const chunkSize of [1, 7, 1 << 16]) {
      const result = await records(Buffer.concat([good(1), Buffer.from([...bad, 0x0a]), good(3)]), chunkSize);
      expect(result.map((r) => [r.line, r.ok])).toEqual([
        [1, true],
        [2, false],
        [3, true],
      ]);
      expect(result[1]).toEqual({
        ok: false,
        line: 2,
        code: "invalid-utf8",
        pointer: "",
        message: "is not valid UTF-8",
      });
      expect(result[2]).toMatchObject({ ok: true, value: { n: 3, text: "Ouagadougou – “ok” 🇧🇫" } });
    }
  });

  test("multi-byte characters split across chunks decode whole; a BOM on line 1 and CRLF endings are dropped", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${JSON.stringify({ a: "🇧🇫 “x”" })}\r\n${JSON.stringify({ b: "é" })}\r\n`, "utf8"),
    ]);
    for (const chunkSize of [1, 2, 3, 5]) {
      const result = await records(bytes, chunkSize);
      expect(result).toEqual([
        { ok: true, line: 1, value: { a: "🇧🇫 “x”" }, text: JSON.stringify({ a: "🇧🇫 “x”" }) },
        { ok: true, line: 2, value: { b: "é" }, text: JSON.stringify({ b: "é" }) },
      ]);
    }
  });
});

describe("a record that cannot be read is a problem with a stable code", () => {
  /** The failed records of `text`, read with a record limit of `max` bytes. */
  async function failures(text: string | Buffer, max: number): Promise<Partial<FailedRecord>[]> {
    async function* chunks() {
      yield typeof text === "string" ? Buffer.from(text, "utf8") : text;
    }
    const out: Partial<FailedRecord>[] = [];
    for await (const record of readRecords(chunks(), { maxRecordBytes: max }))
      if (!record.ok) {
        const { ok: _, message: __, ...rest } = record;
        out.push(rest);
      }
    return out;
  }
  test.each<[string, string | Buffer, number, object[]]>([
    ["nothing at all", "", 1024, [{ line: 1, code: "empty", pointer: "" }]],
    ["white space only", " \n\t\n", 1024, [{ line: 1, code: "empty", pointer: "" }]],
    [
      "a broken NDJSON line",
      '{"a":1}\n{"a":\n{"a":2}\n',
      1024,
      [{ line: 2, column: 6, code: "invalid-json", pointer: "" }],
    ],
    ["a broken document", '{\n  "a": \n}\n', 1024, [{ line: 3, column: 1, code: "invalid-json", pointer: "" }]],
    [
      "bytes that are not UTF-8",
      Buffer.from([0x7b, 0xff, 0x7d, 0x0a]),
      1024,
      [{ line: 1, code: "invalid-utf8", pointer: "" }],
    ],
    [
      "a line over the limit",
      `{"a":1}\n{"a":"${"x".repeat(40)}"}\n`,
      32,
      [{ line: 2, code: "too-large", pointer: "", params: { bytes: 48, limit: 32 } }],
    ],
  ])("%s", async (_, text, max, expected) => {
    const found = await failures(text, max);
    expect(found).toEqual(expected);
    for (const f of found) expect(INPUT_CODES.has(f.code ?? "")).toBe(true);
  });
});

describe("a whole document is decoded at once, as its lines would be one by one (issue 27, figure 5)", () => {
  // A document of at least two lines (its first, `{` or `[`, is not JSON alone), with or without
  // a BOM and CRLF endings, delivered in chunks of any size.
  const documents = fc.record({
    value: fc.oneof(
      fc.dictionary(fc.string({ unit: "grapheme" }), fc.jsonValue(), { minKeys: 1 }),
      fc.array(fc.jsonValue(), { minLength: 1 }),
    ),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    chunkSize: fc.integer({ min: 1, max: 64 }),
  });
  const bytesOf = (lines: string[], bom: boolean, crlf: boolean) =>
    Buffer.concat([
      Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []),
      Buffer.from(`${lines.join(crlf ? "\r\n" : "\n")}\n`, "utf8"),
    ]);

  test("its value and text are those of the document, BOM and CRs dropped", async () => {
    await fc.assert(
      fc.asyncProperty(documents, async ({ value, bom, crlf, chunkSize }) => {
        const text = JSON.stringify(value, null, 2);
        expect(await records(bytesOf(text.split("\n"), bom, crlf), chunkSize)).toEqual([
          { ok: true, line: 1, value: JSON.parse(text), text },
        ]);
      }),
      { numRuns: 200 },
    );
  });

  test("a line that is not UTF-8 is named, wherever it is after the first", async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.nat(), async ({ value, bom, crlf, chunkSize }, at) => {
        const lines = JSON.stringify(value, null, 2).split("\n");
        // Any line after the first (a first line that is not UTF-8 cannot start a document: it is read as NDJSON).
        const bad = 2 + (at % (lines.length - 1));
        const bytes = bytesOf(lines, bom, crlf);
        // The bad line's first byte (after the BOM on line 1) made 0xFF, which UTF-8 never has.
        let offset = bom ? 3 : 0;
        for (let i = 1; i < bad; i++) offset += Buffer.byteLength(lines[i - 1] as string) + (crlf ? 2 : 1);
        bytes[offset] = 0xff;
        expect(await records(bytes, chunkSize)).toEqual([
          { ok: false, line: bad, code: "invalid-utf8", pointer: "", message: "is not valid UTF-8" },
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
