import { describe, expect, test } from "vitest";
import { readRecords, type InputRecord } from "../../src/cli/records.js";

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
      expect(result[1]).toEqual({ ok: false, line: 2, message: "is not valid UTF-8" });
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
