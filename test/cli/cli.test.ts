import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { serializeJsonLd, toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, exampleDocument as exampleOf, repoPath } from "../helpers/fixtures.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-cli-"));
/** What follows an event's unknown kind without --kinds (test/kinds/other-outputs.test.ts). */
const KIND_HINT = "; a kind of your own? give --kinds DIR, built by news-events kinds build";
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const doc = canonicalDocument();
const canonicalPath = repoPath("examples/burkina-faso-russia/document.json");
const badDoc = structuredClone(doc) as unknown as { events: { outcome?: string }[] };
const badCoup = badDoc.events[2];
if (badCoup) badCoup.outcome = "sucessful";
const badPath = file("bad.json", JSON.stringify(badDoc, null, 2));
const badLine =
  JSON.stringify(badDoc, null, 2)
    .split("\n")
    .findIndex((l) => l.includes('"sucessful"')) + 1;
const mixed = file(
  "mixed.ndjson",
  [
    JSON.stringify(doc.events[0]),
    '{"kind":"Coup","id":"x"',
    JSON.stringify({ ...doc.events[2], outcome: "sucessful" }),
    "",
    JSON.stringify(doc.events[4]),
    JSON.stringify(doc),
  ].join("\n"),
);

describe("news-events validate", () => {
  const cases: {
    name: string;
    args: string[];
    input?: string;
    code: number;
    stdout: (string | RegExp)[];
    stderr?: RegExp;
  }[] = [
    { name: "a valid document", args: ["validate", canonicalPath], code: 0, stdout: ["1 valid, 0 invalid"] },
    {
      name: "an invalid pretty document: the line of the bad value",
      args: ["validate", badPath],
      code: 1,
      stdout: [
        `${badPath}:${badLine}: /events/2/outcome: must be one of successful, in-control, failed, attempted, plot, alleged (got "sucessful")`,
        "0 valid, 1 invalid",
      ],
    },
    {
      name: "mixed NDJSON: valid records still count",
      args: ["validate", mixed],
      code: 1,
      stdout: [
        `${mixed}:2:24: is not valid JSON: the text ends before its closing }: it is cut short, or a } is missing`,
        `${mixed}:3: /outcome: must be one of successful, in-control, failed, attempted, plot, alleged (got "sucessful")`,
        "3 valid, 2 invalid",
      ],
    },
    {
      name: "NDJSON on standard input",
      args: ["validate"],
      input: `${JSON.stringify(doc.events[0])}\n${JSON.stringify(doc.events[1])}\n`,
      code: 0,
      stdout: ["2 valid, 0 invalid"],
    },
    {
      name: "- is standard input",
      args: ["validate", "-"],
      input: '{"kind":"Summit"}',
      code: 1,
      stdout: [
        '<stdin>:1: /kind: must be one of Meeting, Coup, Partnership, Event (got "Summit")' + KIND_HINT,
        "0 valid, 1 invalid",
      ],
    },
    {
      name: "an array of events: pointers into the array",
      args: ["validate"],
      input: JSON.stringify([doc.events[0], { ...doc.events[1], scale: "trilateral" }], null, 1),
      code: 1,
      stdout: [
        /^<stdin>:\d+: \/1\/scale: must be one of bilateral, multilateral \(got "trilateral"\)$/,
        "1 valid, 1 invalid",
      ],
    },
    {
      name: "several files",
      args: ["validate", canonicalPath, mixed],
      code: 1,
      stdout: [/mixed\.ndjson:2:24: /, /mixed\.ndjson:3: /, "4 valid, 2 invalid"],
    },
    {
      name: "a missing file: exit 2, the other files still checked",
      args: ["validate", join(dir, "nope.json"), canonicalPath],
      code: 2,
      stdout: ["1 valid, 0 invalid"],
      stderr: /^news-events: .*nope\.json: no such file\n$/,
    },
    {
      name: "a directory",
      args: ["validate", dir],
      code: 2,
      stdout: ["0 valid, 0 invalid"],
      stderr: /is a directory, expected a file/,
    },
    {
      name: "an unknown flag",
      args: ["validate", "--strict"],
      code: 2,
      stdout: [],
      stderr: /^news-events: Unknown option '--strict'\n$/,
    },
    {
      // Found by a trial of the packed package: node:util's three lines were shown with \u000a.
      name: "a value that starts with a dash: one line, no escaped line breaks",
      args: ["check", dir, "--max-findings", "-1"],
      code: 2,
      stdout: [],
      stderr:
        /^news-events: Option '--max-findings' argument is ambiguous\. Did you forget to specify the option argument for '--max-findings'\? To specify an option argument starting with a dash use '--max-findings=-XYZ'\.\n$/,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const run = runCli(c.args, c.input === undefined ? {} : { input: c.input });
      expect(run.code).toBe(c.code);
      const lines = run.stdout.split("\n").filter(Boolean);
      expect(lines).toHaveLength(c.stdout.length);
      c.stdout.forEach((expected, i) =>
        typeof expected === "string" ? expect(lines[i]).toBe(expected) : expect(lines[i]).toMatch(expected),
      );
      if (c.stderr) expect(run.stderr).toMatch(c.stderr);
      else expect(run.stderr).toBe("");
      expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    });
  }
});

describe("news-events jsonld", () => {
  test("prints the document's JSON-LD, pretty by default", () => {
    const run = runCli(["jsonld", canonicalPath]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${serializeJsonLd(toJsonLd(doc))}\n`);
  });
  test("--script --compact prints the safe script element", () => {
    const run = runCli(["jsonld", "--script", "--compact", canonicalPath]);
    expect(run.stdout).toMatch(
      /^<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@graph":\[.*\]\}<\/script>\n$/s,
    );
  });
  test("--no-corrections leaves out the corrections", () => {
    const run = runCli(["jsonld", "--no-corrections", "-"], { input: JSON.stringify(doc) });
    expect(JSON.parse(run.stdout)).toEqual(toJsonLd(doc, { corrections: false }));
  });
  // A ClaimReview needs its rating in words, and ours are English (round 26): a French newsroom
  // gives its own, as AFP Factuel rates a claim "Faux".
  test("--rating gives a rating's words: a French document's claim gets its ClaimReview", () => {
    const french = { ...exampleOf("bolivia-coup-attempt-2024"), language: "fr" };
    const words = ["--rating", "unsupported=Non étayé", "--rating", "wrong=Faux"];
    const run = runCli(["jsonld", ...words, "-"], { input: JSON.stringify(french) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      toJsonLd(french, { ratingWords: { unsupported: "Non étayé", wrong: "Faux" } }),
    );
    expect(run.stdout).toContain('"alternateName": "Non étayé"');
  });
  test("--check reports the checker's verdict on stderr", () => {
    const run = runCli(["jsonld", "--check", "--compact", canonicalPath]);
    expect(run.code).toBe(0);
    // Five pending schema.org terms; no Event node, so no eventAttendanceMode (issue 24).
    expect(run.stderr).toBe("0 errors, 0 warnings, 5 notes\n");
  });
  test("an invalid document gets its issues and exit 1, not a graph", () => {
    const run = runCli(["jsonld", badPath]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${badPath}:${badLine}: /events/2/outcome: must be one of`);
  });
  // Invalid data, as validate counts it: exit 1 (it was 2, a usage error; found by a trial).
  test("invalid JSON: one line with its position, exit 1", () => {
    const run = runCli(["jsonld", file("broken.json", '{\n  "headline": "x",\n  "url": oops\n}\n')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^\/.*broken\.json:3:10: is not valid JSON: unexpected "oops": expected a value \(a string in double quotes, a number, true, false, null, an object or an array\)\n$/,
    );
  });
  test("two files is a usage error", () => {
    const run = runCli(["jsonld", canonicalPath, canonicalPath]);
    expect([run.code, run.stderr]).toEqual([2, "news-events: jsonld takes one FILE (got 2)\n"]);
  });
});

describe("news-events check", () => {
  const page = (body: string) =>
    `<!doctype html>\n<html>\n<head>\n<title>x</title>\n${body}\n</head>\n<body></body>\n</html>\n`;
  test("an HTML page with our script tag: no errors", () => {
    const run = runCli(["check", file("good.html", page(runCli(["jsonld", "--script", canonicalPath]).stdout))]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").filter(Boolean).at(-1)).toBe("0 errors, 0 warnings, 5 notes");
  });
  test("findings carry the file's line numbers", () => {
    const json = JSON.stringify(
      { "@context": "https://schema.org", "@type": "NewsArticle", headline: "x", datePublished: "2023-11-08T10:00:00" },
      null,
      2,
    );
    const path = file("bad.html", page(`<script type="application/ld+json">\n${json}\n</script>`));
    const run = runCli(["check", path]);
    expect(run.code).toBe(0); // Google recommends an offset; it requires none
    const dateLine =
      readFileSync(path, "utf8")
        .split("\n")
        .findIndex((l) => l.includes("datePublished")) + 1;
    expect(run.stdout).toContain(
      `${path}:${dateLine}: warning google/date-offset /datePublished: should have a UTC offset`,
    );
  });
  test("a JSON-LD file", () => {
    const path = file("graph.jsonld", serializeJsonLd(toJsonLd(doc)));
    expect(runCli(["check", path]).code).toBe(0);
  });
  test("a page without JSON-LD", () => {
    const none = file("none.html", page(""));
    expect(runCli(["check", "--verbose", none]).stdout).toContain("note html/no-json-ld");
    const run = runCli(["check", "--require-article", none]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("error html/no-json-ld");
  });
  test("a missing file", () => {
    const run = runCli(["check", join(dir, "missing.html")]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(/missing\.html: no such file\n$/);
  });
});

describe("example, schema, help and version", () => {
  test("example prints the canonical document", () => {
    expect(JSON.parse(runCli(["example"]).stdout)).toEqual(doc);
  });
  test("schema lists the schemas and prints one", () => {
    expect(runCli(["schema"]).stdout).toBe("coup\ndefs\ndocument\nevent\nevent-base\ngeneral\nmeeting\npartnership\n");
    expect(JSON.parse(runCli(["schema", "coup"]).stdout)).toEqual(
      JSON.parse(readFileSync(repoPath("schemas/coup.json"), "utf8")),
    );
    const run = runCli(["schema", "summit"]);
    expect([run.code, run.stderr]).toEqual([
      2,
      'news-events: no schema "summit"; one of coup, defs, document, event, event-base, general, meeting, partnership\n',
    ]);
  });
  const helps = [
    [],
    ["--help"],
    ["validate", "--help"],
    ["jsonld", "-h"],
    ["check", "--help"],
    ["example", "--help"],
    ["schema", "--help"],
  ];
  for (const args of helps) {
    test(`help: ${args.join(" ") || "(no arguments)"}`, () => {
      const run = runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: news-events/);
    });
  }
  test("--version", () => {
    const version = (JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { version: string }).version;
    expect(runCli(["--version"]).stdout).toBe(`${version}\n`);
  });
  test("an unknown command", () => {
    const run = runCli(["summarize"]);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      "",
      'news-events: unknown command "summarize"; one of validate, jsonld, check, example, schema, init, rebase, find, ninjs, kinds, export, plover (see --help)\n',
    ]);
  });
});

describe("progress on a terminal", () => {
  test("a run shows a record count on stderr when it is a terminal, and clears it", () => {
    const events = canonicalDocument().events;
    const lines: string[] = [];
    for (let i = 0; i < 3_000; i++) {
      const event = events[i % events.length];
      if (event) lines.push(JSON.stringify({ ...event, id: `${event.id}-${i}` }));
    }
    const big = file("long.ndjson", `${lines.join("\n")}\n`);
    const log = join(dir, "terminal.log");
    // util-linux `script` gives the command a pseudo-terminal; stdout still goes to a file.
    const out = join(dir, "long.out");
    // Progress normally waits half a second; the delay is set to 0 so the test does not depend on speed.
    const env = { ...process.env, NEWS_EVENTS_PROGRESS_AFTER_MS: "0" };
    const result = spawnSync(
      "script",
      [
        "-qec",
        `${JSON.stringify(process.execPath)} ${JSON.stringify(repoPath("dist/cli.cjs"))} validate ${JSON.stringify(big)} > ${JSON.stringify(out)}`,
        log,
      ],
      { encoding: "utf8", env },
    );
    expect(result.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe("3000 valid, 0 invalid\n");
    const terminal = readFileSync(log, "utf8");
    expect(terminal).toMatch(/\r[\d,]+ records…/);
    expect(terminal).toContain("\r\x1b[K");
  });
});
