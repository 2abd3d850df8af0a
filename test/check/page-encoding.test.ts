// A page is decoded as a browser decodes it: its byte order mark, else the charset its first 1,024
// bytes declare (the WHATWG HTML standard's prescan, html.spec.whatwg.org 13.2.3.2), else UTF-8.
// Found by a trial of the packed package: a page with <meta charset="windows-1252"> was read as
// UTF-8, and its author "Zoë Müller" became "Zo� M�ller" without a word.
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkHtmlPage, checkJsonLd, type PageReport } from "../../src/check/index.js";
import { prescanCharset } from "../../src/check/charset.js";
import { pageText, Utf8Bytes } from "../../src/check/page-text.js";
import { readFileSync } from "node:fs";
import { repoPath } from "../helpers/fixtures.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the prescan finds the charset a page declares, as the standard's algorithm does", () => {
  const table: [string, string, string | undefined][] = [
    // WordPress's default theme prints the site's charset so (twentytwentyone/header.php,
    // WordPress/WordPress 0e85b07: <meta charset="<?php bloginfo( 'charset' ); ?>" />).
    [
      "<meta charset> as WordPress writes it",
      '<!doctype html>\n<html lang="de-DE">\n<head>\n\t<meta charset="ISO-8859-1" />',
      "windows-1252",
    ],
    ["an unquoted label, in capitals", "<META CHARSET=WINDOWS-1252>", "windows-1252"],
    ["a label with spaces", '<meta charset=" utf-8 ">', "utf-8"],
    ["http-equiv with content", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "shift_jis"],
    ["content before http-equiv", "<meta content='text/html;charset=koi8-r' http-equiv=content-type>", "koi8-r"],
    ["content without http-equiv declares nothing", '<meta content="text/html; charset=koi8-r">', undefined],
    ["the first charset attribute counts", '<meta charset="iso-8859-2" charset="utf-8">', "iso-8859-2"],
    ["a UTF-16 label means UTF-8", '<meta charset="utf-16le">', "utf-8"],
    ["x-user-defined means windows-1252", '<meta charset="x-user-defined">', "windows-1252"],
    ["a label that names no encoding", '<meta charset="klingon">', undefined],
    ["a meta in a comment", '<!-- <meta charset="koi8-r"> --><meta charset="utf-8">', "utf-8"],
    ["a comment that ends at once", '<!--><meta charset="koi8-r">', "koi8-r"],
    ["another tag's charset attribute", '<script charset="koi8-r" src="a.js"></script>', undefined],
    ["a meta after a doctype and a title", '<!DOCTYPE html><title>a > b</title><meta charset="gbk">', "gbk"],
    ["no meta at all", "<!doctype html><title>x</title>", undefined],
    ["beyond the first 1,024 bytes", `<!doctype html><!-- ${"x".repeat(1024)} --><meta charset="koi8-r">`, undefined],
  ];
  test.each(table)("%s", (_, html, expected) => {
    expect(prescanCharset(bytes(html))).toBe(expected);
  });
});

const author = "Zoë Müller";
const headline = "Fähre fährt wieder";
const block = JSON.stringify({
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  headline,
  author: { "@type": "Person", name: author },
});
// The block is on line 6 of the page, whatever the meta line holds.
const page = (meta: string) =>
  `<!doctype html>\n<html>\n<head>\n${meta}\n<script type="application/ld+json">\n${block}\n</script>\n</head>\n</html>\n`;
const encoding = (report: PageReport) =>
  report.warnings.filter((f) => f.rule === "text/encoding").map((f) => `${f.line} ${f.pointer}`);

describe("checkHtmlPage decodes the bytes in the charset the page declares", () => {
  const latin1 = (text: string) => Buffer.from(text, "latin1");
  const cases: [string, Buffer, string[]][] = [
    ["windows-1252, declared", latin1(page('<meta charset="windows-1252" />')), []],
    [
      "ISO-8859-1 by http-equiv",
      latin1(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
      [],
    ],
    ["UTF-8, declared", Buffer.from(page('<meta charset="utf-8">')), []],
    ["UTF-8, undeclared", Buffer.from(page("")), []],
    // What the trial saw: bytes that are no UTF-8, read as UTF-8 for want of a declaration.
    ["windows-1252, undeclared", latin1(page("")), ["6 /headline", "6 /author/name"]],
    // A byte order mark wins over the declaration, as in a browser.
    [
      "a UTF-8 byte order mark and a windows-1252 meta",
      Buffer.from(`\uFEFF${page('<meta charset="windows-1252">')}`),
      [],
    ],
    [
      "a declaration after the first 1,024 bytes",
      latin1(`<!-- ${"x".repeat(1030)} -->${page('<meta charset="windows-1252">')}`),
      ["6 /headline", "6 /author/name"],
    ],
  ];
  test.each(cases)("%s", async (_, data, expected) => {
    expect(encoding(await checkHtmlPage(Readable.from([data])))).toEqual(expected);
    // The same bytes given one at a time at first, as a slow pipe gives them.
    const slow = [...Array.from({ length: 1100 }, (_, i) => data.subarray(i, i + 1)), data.subarray(1100)];
    expect(encoding(await checkHtmlPage(Readable.from(slow)))).toEqual(expected);
  });

  test("a windows-1252 page's values are read as written (a finding quoting one shows it)", async () => {
    const quoted = page('<meta charset="windows-1252" />').replace(headline, `${headline} &amp; Zug`);
    const report = await checkHtmlPage(Readable.from([Buffer.from(quoted, "latin1")]));
    expect(report.warnings.filter((f) => f.rule === "text/markup").map((f) => f.params?.["got"])).toEqual([
      `${headline} &amp; Zug`,
    ]);
  });

  test("the text is what the page says: a Shift_JIS page's name, a windows-1252 page's", async () => {
    const text = async (data: Uint8Array) => {
      let out = "";
      for await (const piece of pageText([data])) out += piece;
      return out;
    };
    const sjis = Buffer.from([
      ...bytes('<meta charset="shift_jis"><p>'),
      ...[0x8e, 0x52, 0x93, 0x63, 0x91, 0xbe, 0x98, 0x59], // 山田太郎 in Shift_JIS
    ]);
    expect(await text(sjis)).toBe('<meta charset="shift_jis"><p>山田太郎');
    expect(await text(Buffer.from(`<meta charset="windows-1252"><p>${author}`, "latin1"))).toContain(author);
    // A JSON-LD file is UTF-8: a "<meta charset>" inside its text declares nothing.
    const json = Buffer.from(`{"name": "${author}", "x": "<meta charset=windows-1252>"}`);
    expect(await text(json)).toContain(author);
  });
});

test("a U+FFFD in any JSON-LD is a text/encoding warning that names the value", () => {
  const report = checkJsonLd({ "@context": "https://schema.org", "@type": "Person", name: "Zo\uFFFD M\uFFFDller" });
  expect(report.warnings.map((f) => `${f.rule} ${f.pointer} ${f.message}`)).toEqual([
    'text/encoding /name holds U+FFFD (�), the mark of bytes that could not be decoded (got "Zo� M�ller"): the text was read in an encoding it is not in; a page is read as UTF-8 unless a byte order mark or a <meta charset> in its first 1,024 bytes says another',
  ]);
});

// Found by a newsroom trial (round 25): the reverse of the case above, a page declared
// windows-1252 whose bytes are UTF-8, decodes without a U+FFFD ("Folha de S.Paulo" reads
// "SÃ£o Paulo") and was not reported. The page is a real one: Folha de S.Paulo's article from
// Mozilla's Readability test pages (test/pages-corpus/manifest.json, Apache-2.0), its
// <meta charset="utf-8"> changed to windows-1252 as a CMS template that says so would write it.
describe("a page declared in a single-byte charset whose bytes are UTF-8", () => {
  const folha = readFileSync(repoPath("test/pages-corpus/publishers/readability-folha.html"), "utf8");
  const declared = (charset: string) => Buffer.from(folha.replace(/charset="utf-8"/i, `charset="${charset}"`), "utf8");

  test.each(["windows-1252", "iso-8859-1", "koi8-r"])(
    "declared %s: a text/encoding warning says both",
    async (charset) => {
      const report = await checkHtmlPage(Readable.from([declared(charset)]));
      const found = report.warnings.filter((f) => f.rule === "text/encoding");
      expect(found.map((f) => f.params)).toEqual([{ declared: new TextDecoder(charset).encoding }]);
      expect(found[0]?.message).toContain("but its bytes are UTF-8");
    },
  );

  test("declared UTF-8, or truly in windows-1252, or ASCII only: no such warning", async () => {
    const utf8 = await checkHtmlPage(Readable.from([Buffer.from(folha, "utf8")]));
    const latin1 = await checkHtmlPage(Readable.from([Buffer.from(page('<meta charset="windows-1252" />'), "latin1")]));
    const ascii = await checkHtmlPage(
      Readable.from([Buffer.from(page('<meta charset="windows-1252" />').replace(/[^\x00-\x7f]/g, "e"))]),
    );
    for (const report of [utf8, latin1, ascii])
      expect(report.warnings.filter((f) => f.rule === "text/encoding")).toEqual([]);
  });

  test("read in chunks that split a character, the bytes are still seen as UTF-8", async () => {
    const bytes = declared("windows-1252");
    const split = bytes.indexOf(0xc3) + 1;
    const chunks = [bytes.subarray(0, split), bytes.subarray(split)];
    const report = await checkHtmlPage(Readable.from(chunks));
    expect(report.warnings.filter((f) => f.rule === "text/encoding")).toHaveLength(1);
  });

  // Bytes with UTF-8's pattern (a lead byte and its count of continuation bytes) that the Encoding
  // Standard's UTF-8 decoder refuses: a page truly in windows-1252 may hold them ("à€¯" is E0 80 AF),
  // and was told its bytes were UTF-8.
  test.each([
    ["an overlong slash, E0 80 AF", [0xe0, 0x80, 0xaf], false],
    ["an overlong four-byte form, F0 80 80 AF", [0xf0, 0x80, 0x80, 0xaf], false],
    ["an encoded surrogate, ED A0 80", [0xed, 0xa0, 0x80], false],
    ["a code point past U+10FFFF, F4 90 80 80", [0xf4, 0x90, 0x80, 0x80], false],
    ["a sequence the page ends inside, E2 80", [0xe2, 0x80], false],
    ["a right quote, E2 80 99 (UTF-8: the warning)", [0xe2, 0x80, 0x99], true],
  ])("%s after an é", async (_name, sequence, isUtf8) => {
    const html = Buffer.from(page('<meta charset="windows-1252" />').replace(/[^\x00-\x7f]/g, "e"), "latin1");
    const bytes = Buffer.concat([html, Buffer.from([0xc3, 0xa9, ...sequence])]);
    const report = await checkHtmlPage(Readable.from([bytes]));
    expect(report.warnings.filter((f) => f.rule === "text/encoding")).toHaveLength(isUtf8 ? 1 : 0);
    const utf8 = new Utf8Bytes();
    utf8.add(Uint8Array.from([0xc3, 0xa9, ...sequence]));
    expect(utf8.end()).toBe(isUtf8);
  });

  test("any bytes in any chunks: UTF-8 exactly when they decode and re-encode to themselves, past ASCII", () => {
    // Bytes near UTF-8's: ASCII, continuation bytes, every kind of lead byte, and the ones no UTF-8 has.
    const byte = fc.oneof(
      fc.integer({ min: 0x00, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), fc.array(fc.nat(24), { maxLength: 4 }), (list, cuts) => {
        const all = Uint8Array.from(list);
        const utf8 = new Utf8Bytes();
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          utf8.add(all.subarray(from, Math.max(from, Math.min(cut, all.length))));
          from = Math.max(from, Math.min(cut, all.length));
        }
        utf8.add(all.subarray(from));
        // Node's Buffer decodes with its own UTF-8 decoder, writing U+FFFD for each error.
        const roundTrip = Buffer.from(Buffer.from(all).toString("utf8"), "utf8");
        const expected = Buffer.compare(roundTrip, Buffer.from(all)) === 0 && list.some((b) => b > 0x7f);
        expect(utf8.end()).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
