import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { lineIndex } from "../../src/cli/locate.js";
import { printable } from "../../src/cli/output.js";
import { serializeJsonLd, toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-hardening-"));
const doc = canonicalDocument();
const coup = doc.events[2]!;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** C0, DEL, C1, U+2028 and U+2029: none may reach a report line from the input. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe("no output line carries a control character or a newline from the input", () => {
  const hostileText = fc.string({
    unit: fc.oneof(
      fc.constantFrom("\n", "\r", "\u001b[2J", "\u0007", "\u0085", "\u009b31m", "\u2028", "\u0000", "x.ndjson:7: "),
      fc.string({ minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 12,
  });

  test("validate, with hostile keys, ids and kinds in 300 records", () => {
    const records = fc.sample(fc.tuple(hostileText, hostileText, hostileText), { numRuns: 300, seed: 7 });
    const ndjson = records.map(([key, id, kind]) => JSON.stringify({ ...coup, [key]: 1, id, kind })).join("\n");
    const run = runCli(["validate", "-"], { input: ndjson });
    const lines = run.stdout.split("\n").slice(0, -1);
    // One line per record and a summary: nothing from the input split or forged a line.
    expect(lines.at(-1)).toBe("0 valid, 300 invalid");
    for (const line of lines) {
      expect(line, line).not.toMatch(CONTROL);
      expect(line).toMatch(/^(<stdin>:\d+: |0 valid)/);
    }
  });

  test("check and jsonld --check, with hostile keys, @ids and types in a graph", () => {
    const [key, id, type] = fc.sample(fc.tuple(hostileText, hostileText, hostileText), { numRuns: 1, seed: 3 })[0]!;
    const graph = toJsonLd(doc) as unknown as { "@graph": Record<string, unknown>[] };
    graph["@graph"].push({ "@type": type, "@id": id, [key]: "x", "x\ny\u001b[2J": 1 });
    const page = file(
      "hostile.html",
      `<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(graph as never)}</script></head><body></body></html>`,
    );
    const run = runCli(["check", page]);
    expect(run.code).toBe(1);
    for (const line of run.stdout.split("\n").slice(0, -1)) {
      expect(line, line).not.toMatch(CONTROL);
      expect(line).toMatch(/^(.*hostile\.html:\d+: (error|warning|note) |\d+ errors)/);
    }
  });

  test("check --format json escapes C1 controls, U+2028/U+2029 and bidi controls from the page (JSON allows them raw)", () => {
    const hostile = "a\u0085b\u2028c\u2029d\u009be\u202ef\u007f";
    const graph = toJsonLd(doc) as unknown as { "@graph": Record<string, unknown>[] };
    graph["@graph"].push({ "@type": hostile, "@id": `https://news.example.org/${hostile}`, [hostile]: 1 });
    const page = file(
      "hostile-json.html",
      `<script type="application/ld+json">${serializeJsonLd(graph as never)}</script>`,
    );
    const run = runCli(["check", "--format", "json", page]);
    expect(run.stdout).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    // The same report, its strings as the page wrote them.
    const report = JSON.parse(run.stdout) as { files: { findings: { pointer: string; message: string }[] }[] };
    const said = report.files[0]!.findings.map((f) => `${f.pointer} ${f.message}`).join("\n");
    expect(said).toContain(hostile);
  });

  test("usage errors that repeat a file name or an argument", () => {
    const run = runCli(["validate", "no\nsuch\u001b[2J\u009bfile.json", "--max-record-bytes", "1M"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("news-events: no\\u000asuch\\u001b[2J\\u009bfile.json: no such file\n");
  });

  test.each([
    ["plain text", "plain text"],
    ["a\nb", "a\\u000ab"],
    ["\u001b]0;title\u0007", "\\u001b]0;title\\u0007"],
    ["\u2028\u2029\u0085", "\\u2028\\u2029\\u0085"],
    ["café – 日本 😀", "café – 日本 😀"],
    ["abc\u202edef\u2066", "abc\\u202edef\\u2066"],
    ["lone \ud83d and \ude00", "lone \\ud83d and \\ude00"],
  ])("printable(%j) is %j", (input, expected) => {
    expect(printable(input)).toBe(expected);
  });

  test("an over-long line is cut with a count, never inside a surrogate pair", () => {
    const line = printable(`${"x".repeat(1959)}${"😀".repeat(5000)}`);
    expect(line.length).toBeLessThanOrEqual(2000);
    expect(line).toMatch(/… \(\d{1,3}(,\d{3})* more characters\)$/);
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe("validate keeps memory within the record limit, for every input", () => {
  /**
   * One CLI run with the JavaScript heap capped at 64 MiB: it completes only if memory stays
   * bounded (reading a 200 MB input into memory, or building a tree of a 30 MB page, would abort
   * with "heap out of memory").
   */
  const capped = (args: string[], input?: Buffer | string) =>
    spawnSync(process.execPath, ["--max-old-space-size=64", repoPath("dist/cli.cjs"), ...args], {
      input: input ?? "",
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });

  test("200 MB with no newline at all (as /dev/zero) is one over-long record, at bounded memory", () => {
    const run = capped(["validate", "-", "--max-record-bytes", "1M"], Buffer.alloc(200 * 1024 * 1024));
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      "<stdin>:1: is a line of 209,715,200 bytes, over the 1 MiB record limit (--max-record-bytes raises it)\n0 valid, 1 invalid\n",
    );
    expect(run.status).toBe(1);
  });

  test("a broken first line makes one broken document (#25), named at its fault even past the limit, not 'too large'", () => {
    const valid = JSON.stringify(coup);
    const lines = ['{"kind":"Coup",', ...Array.from({ length: 3000 }, () => valid)];
    const run = capped(["validate", "-", "--max-record-bytes", "64K"], `${lines.join("\n")}\n`);
    expect(run.stdout).toBe(
      '<stdin>:2:1: is not valid JSON: unexpected "{": expected a property name in double quotes (if this is NDJSON, one record per line, its first record, line 1, is not a complete JSON value)\n0 valid, 1 invalid\n',
    );
  });

  test("a pretty document over the limit is one invalid record, and the rest is not read into memory", () => {
    const pretty = JSON.stringify({ ...doc, body: doc.body }, null, 2);
    const big = `${pretty.slice(0, -2)},\n  "padding": [\n${Array.from({ length: 20000 }, () => '    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"').join(",\n")}\n  ]\n}\n`;
    const run = runCli(["validate", "-", "--max-record-bytes", "256K"], { input: big });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^<stdin>:1: is a JSON document of more than [\d,]+ bytes, over the 256 KiB record limit \(--max-record-bytes raises it\)\n0 valid, 1 invalid\n$/,
    );
  });

  // Found by a trial (round 24): a command that reads one document read an endless line to its
  // end, to count it (`jsonld /dev/zero` never ended); the first chunk over the limit now answers.
  test.each([["jsonld"], ["find", "words"], ["init", "--from-plover"]])(
    "%s of a line with no end (/dev/zero) stops at the limit",
    (command, ...rest) => {
      const args = command === "init" ? [command, ...rest, "/dev/zero"] : [command, "/dev/zero", ...rest];
      const run = runCli([...args, "--max-record-bytes", "1K"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^\/dev\/zero:1: is a line of [\d,]+ bytes or more, over the 1 KiB record limit \(--max-record-bytes raises it\)\n$/,
      );
    },
  );

  // Found by a trial of the packed package: a limit of 1K was "the 0.00 MiB record limit".
  test.each([
    ["1K", "1 KiB"],
    ["1000", "1,000-byte"],
    ["2M", "2 MiB"],
  ])("--max-record-bytes %s is named as set: the %s record limit", (size, words) => {
    const run = runCli(["validate", "-", "--max-record-bytes", size], { input: `${"x".repeat(3 * 1024 * 1024)}\n` });
    expect(run.stdout).toContain(`over the ${words} record limit`);
  });

  test.each([["0"], ["-5"], ["12X"], ["1T"]])("--max-record-bytes %s is a usage error", (size) => {
    const run = runCli(["validate", "-", `--max-record-bytes=${size}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^news-events: --max-record-bytes takes a size from 1 byte to 512M, like 32M/);
  });
});

describe("check reads pages as a stream", () => {
  const block = `<script type="application/ld+json">${serializeJsonLd(toJsonLd(doc))}</script>`;

  test("a block inside 6,000 nested elements is found (no stack overflow)", () => {
    const page = file(
      "deep.html",
      `<!doctype html><html><body>${"<div>".repeat(6000)}${block}${"</div>".repeat(6000)}</body></html>`,
    );
    const run = runCli(["check", page]);
    expect(run.stderr).toBe("");
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(/^0 errors, 0 warnings, \d+ notes$/);
    expect(run.code).toBe(0);
  });

  test("a 30 MB page is checked at bounded memory (a tree of it took 750 MB)", () => {
    const filler = `<p>${"news ".repeat(200)}</p>\n`.repeat(30 * 1024);
    const page = file("big.html", `<!doctype html><html><head>${block}</head><body>${filler}</body></html>`);
    const result = spawnSync(process.execPath, ["--max-old-space-size=64", repoPath("dist/cli.cjs"), "check", page], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/^0 errors, 0 warnings, \d+ notes$/);
    expect(result.status).toBe(0);
  });

  // parse5's tokenizer kept all of an open token's input and built its value from it: a 30 MB
  // attribute was 30 MB of input and 30 MB of value, and ran out of the 64 MiB heap.
  const huge = "x".repeat(30 * 1024 * 1024);
  test.each([
    ["one attribute value", `<div data-x="${huge}">a</div>`],
    ["one attribute name", `<div ${huge}=1>a</div>`],
    ["one tag name", `<d${huge}>a</div>`],
    ["one comment", `<!--${huge}-->`],
    ["one word of text", `<p>${huge}</p>`],
  ])("a 30 MB page that is mostly %s is checked at bounded memory, its block after it found", (_, filler) => {
    const page = file("one-token.html", `<!doctype html><html><head></head><body>\n${filler}\n${block}</body></html>`);
    const result = spawnSync(process.execPath, ["--max-old-space-size=64", repoPath("dist/cli.cjs"), "check", page], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/^0 errors, 0 warnings, \d+ notes$/);
    expect(result.status).toBe(0);
  });

  test("findings are capped per file, with a line saying how many were left out", () => {
    const graph = toJsonLd(doc) as unknown as { "@graph": Record<string, unknown>[] };
    for (let i = 0; i < 500; i++)
      graph["@graph"].push({ "@type": "Invented", "@id": `https://news.example.org/x#${i}` });
    const path = file("many.jsonld", JSON.stringify(graph));
    const run = runCli(["check", path, "--max-findings", "50"]);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(52);
    expect(lines[50]).toMatch(/many\.jsonld: … [\d,]+ more findings not shown \(--max-findings raises the limit\)$/);
    expect(lines[51]).toMatch(/^[\d]+ errors, \d+ warnings, \d+ notes$/);
    expect(Number(lines[51]!.split(" ")[0])).toBeGreaterThanOrEqual(500);
  });

  test("a JSON-LD file with no end (as /dev/zero) is one finding at the limit", () => {
    const run = runCli(["check", "/dev/zero", "--max-record-bytes", "1M"]);
    expect(run.stdout).toBe(
      "/dev/zero:1: error json/too-large (root): is more than 1,048,576 characters of JSON-LD, the limit (--max-record-bytes raises it)\n1 errors, 0 warnings, 0 notes\n",
    );
    expect(run.code).toBe(1);
  });
});

describe("output and file-name failures are reported, not swallowed", () => {
  test.each([["example"], ["validate", "examples/ndjson-feed/events.ndjson"], ["schema", "coup"]])(
    "%s > /dev/full: exit 2 and a message",
    (...args) => {
      const result = spawnSync(`"${process.execPath}" "${repoPath("dist/cli.cjs")}" ${args.join(" ")} > /dev/full`, {
        shell: "/bin/bash",
        cwd: repoPath("."),
        encoding: "utf8",
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe("news-events: cannot write the output (ENOSPC)\n");
    },
  );

  test("a file named with bytes that are not UTF-8 gets a message that says so", () => {
    const result = spawnSync(`"${process.execPath}" "${repoPath("dist/cli.cjs")}" validate $'bad\\xff.json'`, {
      shell: "/bin/bash",
      cwd: dir,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "news-events: bad\ufffd.json: no such file (its name, as Node received it, is not valid UTF-8: rename the file, or pass it on standard input with -)\n",
    );
  });
});

test("lines are located from an index: the same answers as counting newlines", () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", "é") }), fc.nat(), (text, at) => {
      const offset = at % (text.length + 1);
      expect(lineIndex(text)(offset)).toBe(text.slice(0, offset).split("\n").length);
    }),
  );
});
