import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { KindSchemaError, kindDeclarations, kindMeta } from "../../src/cli/kinds-schema.js";
import type { NewsDocument } from "../../src/index.js";
import { serializeJsonLd, toJsonLd } from "../../src/jsonld/index.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";
import { repoPath } from "../helpers/fixtures.js";
import { buildElection, ELECTION_DOCUMENT, ELECTION_SCHEMA, electionDocument } from "./helpers.js";

let dir: string;
beforeAll(async () => {
  ({ dir } = await buildElection());
});

describe("validate --kinds DIR", () => {
  test("accepts the worked example, which the library alone refuses", () => {
    expect(runCli(["validate", "--kinds", dir, ELECTION_DOCUMENT])).toMatchObject({
      code: 0,
      stdout: "1 valid, 0 invalid\n",
    });
    const alone = runCli(["validate", ELECTION_DOCUMENT]);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toMatch(
      /\/events\/0\/kind: must be one of Meeting, Coup, Partnership, Event \(got "Election"\)/,
    );
  });

  test("reports an invalid event of the kind with its line and pointer", () => {
    const doc = electionDocument();
    doc["events"][0].candidates[1].entity = "nobody";
    const file = join(mkdtempSync(join(tmpdir(), "kinds-doc-")), "doc.json");
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const run = runCli(["validate", "--kinds", dir, file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/doc\.json:\d+: \/events\/0\/candidates\/1\/entity: no person has id "nobody"/);
  });

  // Found by a trial of the packed package: only the first of four mistakes was printed.
  test("prints every issue of an event of the kind, as for a built-in kind", () => {
    const doc = electionDocument();
    const event = doc["events"][0];
    delete event.office;
    Object.assign(event, { salience: "primary", colour: "red" });
    event.results[0].share.value = -3;
    const file = join(mkdtempSync(join(tmpdir(), "kinds-doc-")), "doc.json");
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const run = runCli(["validate", "--kinds", dir, file]);
    expect(run.code).toBe(1);
    const pointers = run.stdout.match(/(?<=doc\.json:\d+: )\/events\/0\/[^:]+/g) ?? [];
    expect(pointers.sort()).toEqual(
      ["colour", "office", "results/0/share/value", "salience"].map((p) => `/events/0/${p}`),
    );
    expect(run.stdout).toMatch(/0 valid, 1 invalid\n$/);
  });

  test("worker threads load the kinds too (--jobs 2 on NDJSON)", () => {
    const event = electionDocument()["events"][0];
    const lines = [event, { ...event, kind: "Elektion" }, event].map((e) => JSON.stringify(e)).join("\n");
    const file = join(mkdtempSync(join(tmpdir(), "kinds-feed-")), "feed.ndjson");
    writeFileSync(file, `${lines}\n`);
    const run = runCli(["validate", "--jobs", "2", "--kinds", dir, file]);
    expect(run.stdout).toMatch(
      /feed\.ndjson:2: \/kind: must be one of Meeting, Coup, Partnership, Event, Election \(got "Elektion"\)/,
    );
    expect(run.stdout).toMatch(/2 valid, 1 invalid/);
  });

  test("a directory another version built is named on stderr; it is still used", () => {
    const version = (JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { version: string }).version;
    expect(readFileSync(join(dir, "index.js"), "utf8")).toContain(`export const builtWith = "${version}";`);
    expect(readFileSync(join(dir, "index.d.ts"), "utf8")).toContain("export declare const builtWith: string;");
    expect(runCli(["validate", "--kinds", dir, ELECTION_DOCUMENT]).stderr).toBe("");
    const rebuilt = (change: (text: string) => string) => {
      const copy = mkdtempSync(join(tmpdir(), "kinds-old-"));
      cpSync(dir, copy, { recursive: true });
      writeFileSync(join(copy, "index.js"), change(readFileSync(join(copy, "index.js"), "utf8")));
      return copy;
    };
    const older = rebuilt((text) => text.replace(`builtWith = "${version}"`, 'builtWith = "0.0.9"'));
    const unstamped = rebuilt((text) =>
      text.replace(/\n\/\*\* The version of news-events[^\n]*\nexport const builtWith = [^\n]*\n/, ""),
    );
    for (const [copy, by] of [
      [older, "news-events 0.0.9"],
      [unstamped, "an earlier news-events (no builtWith)"],
    ] as const) {
      const run = runCli(["validate", "--kinds", copy, ELECTION_DOCUMENT]);
      expect(run).toMatchObject({ code: 0, stdout: "1 valid, 0 invalid\n" });
      expect(run.stderr).toBe(
        `news-events: --kinds ${copy} was built by ${by}, not this ${version}: build it again (news-events kinds build) for this version's validators\n`,
      );
    }
    const out = mkdtempSync(join(tmpdir(), "kinds-tables-"));
    const exported = runCli([
      "export",
      "--kinds",
      older,
      "--format",
      "csv",
      "--out",
      join(out, "t"),
      ELECTION_DOCUMENT,
    ]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^news-events: --kinds .* was built by news-events 0\.0\.9, not this /);
  });

  test("a directory with no built kinds is a usage error, without a stack trace", () => {
    const empty = mkdtempSync(join(tmpdir(), "kinds-empty-"));
    const run = runCli(["validate", "--kinds", empty, ELECTION_DOCUMENT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--kinds .*: no index\.js \(build it with news-events kinds build/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

// Found by a trial of the packed package: `jsonld` took no --kinds ("Unknown option"), and without
// it a document of the kind is invalid: only the API made its JSON-LD.
describe("jsonld --kinds DIR", () => {
  test("prints the graph toJsonLd(doc, { kinds }) makes; without --kinds the document is refused", async () => {
    const { kinds } = await import(pathToFileURL(join(dir, "index.js")).href);
    const expected = serializeJsonLd(toJsonLd(electionDocument() as NewsDocument, { kinds }), { compact: true });
    const run = runCli(["jsonld", "--kinds", dir, "--compact", ELECTION_DOCUMENT]);
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: `${expected}\n` });
    expect(run.stdout).toContain("http://www.wikidata.org/entity/Q40231");
    const alone = runCli(["jsonld", ELECTION_DOCUMENT]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(
      /\/events\/0\/kind: must be one of Meeting, Coup, Partnership, Event \(got "Election"\)/,
    );
  });

  test("an invalid event of the kind: every issue at its line, exit 1, no graph", () => {
    const doc = electionDocument();
    delete doc["events"][0].office;
    doc["events"][0].colour = "red";
    const file = join(mkdtempSync(join(tmpdir(), "kinds-doc-")), "doc.json");
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const run = runCli(["jsonld", "--kinds", dir, file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/doc\.json:\d+: \/events\/0\/office: is required but missing/);
    expect(run.stderr).toMatch(/doc\.json:\d+: \/events\/0\/colour: is not a known property here; expected one of /);
    expect(run.stdout).not.toContain("@graph");
  });

  test.each([
    ["a directory with no built kinds", () => mkdtempSync(join(tmpdir(), "kinds-empty-")), /--kinds .*: no index\.js/],
    [
      "a kind whose class JSON-LD cannot take (index.js edited by hand)",
      () => {
        const copy = mkdtempSync(join(tmpdir(), "kinds-edited-"));
        cpSync(dir, copy, { recursive: true });
        const code = readFileSync(join(copy, "index.js"), "utf8");
        writeFileSync(join(copy, "index.js"), code.replace('"schemaOrgType":"Event"', '"schemaOrgType":7'));
        return copy;
      },
      /^news-events: --kinds .*kinds-edited-.*: .*schemaOrgType/,
    ],
  ])("%s is a usage error naming --kinds, without a stack trace", (_name, make, words) => {
    const run = runCli(["jsonld", "--kinds", make(), ELECTION_DOCUMENT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(words);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe("rebase --kinds DIR", () => {
  /** The worked example with a sentence put before its text, written to a new directory. */
  function edited(): { docFile: string; bodyFile: string; lead: string } {
    const doc = electionDocument();
    const work = mkdtempSync(join(tmpdir(), "kinds-rebase-"));
    const docFile = join(work, "doc.json");
    const bodyFile = join(work, "edited.txt");
    const lead = "Updated with the council's figures. ";
    writeFileSync(docFile, JSON.stringify(doc, null, 2));
    writeFileSync(bodyFile, `${lead}${doc["body"] as string}`);
    return { docFile, bodyFile, lead };
  }

  test("re-places every span of a document using the kind, its own fields' included; alone it is refused", () => {
    const { docFile, bodyFile, lead } = edited();
    const run = runCli(["rebase", "--kinds", dir, docFile, "--body", bodyFile]);
    expect(run.code).toBe(0);
    const rebased = JSON.parse(run.stdout) as Record<string, any>;
    const before = electionDocument();
    // A span of the Election kind's own fields (a candidate's, a result's share) moved with the text.
    for (const [pointer, span] of [
      ["/events/0/candidates/0/evidence/0", rebased["events"][0].candidates[0].evidence[0]],
      ["/events/0/results/1/share/evidence/0", rebased["events"][0].results[1].share.evidence[0]],
    ] as const) {
      expect(run.stderr).toContain(`${pointer}`);
      expect(rebased["body"].slice(span.start, span.end)).toBe(span.text);
    }
    expect(rebased["events"][0].turnout.evidence[0].start).toBe(
      before["events"][0].turnout.evidence[0].start + lead.length,
    );
    // And the result is valid with the kinds: validate says so.
    writeFileSync(docFile, run.stdout);
    expect(runCli(["validate", "--kinds", dir, docFile]).code).toBe(0);

    const alone = runCli(["rebase", docFile, "--body", bodyFile]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(
      /\/events\/0\/kind: must be one of Meeting, Coup, Partnership, Event \(got "Election"\)/,
    );
    expect(alone.stdout).toBe("");
  });

  test("a directory with no built kinds is a usage error naming --kinds, and DOC is left as it was", () => {
    const { docFile, bodyFile } = edited();
    const text = readFileSync(docFile, "utf8");
    const run = runCli([
      "rebase",
      "--kinds",
      mkdtempSync(join(tmpdir(), "kinds-empty-")),
      docFile,
      "--body",
      bodyFile,
      "--write",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^news-events: --kinds .*kinds-empty-.*: no index\.js/);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(readFileSync(docFile, "utf8")).toBe(text);
  });
});

describe("kinds build", () => {
  const election = () => JSON.parse(readFileSync(ELECTION_SCHEMA, "utf8"));
  test.each([
    ["no declarations", (s: any) => delete s["x-news-events"], "/x-news-events: is required"],
    [
      "a built-in kind's tag",
      (s: any) => ((s["x-news-events"].kind = "Meeting"), (s.properties.kind.const = "Meeting")),
      "/x-news-events/kind: must not be a built-in kind",
    ],
    [
      "a QID that is none",
      (s: any) => (s["x-news-events"].wikidata = "election"),
      "/x-news-events/wikidata: must be a Wikidata QID",
    ],
    [
      "a class schema.org lacks",
      (s: any) => (s["x-news-events"].schemaOrgType = "Elektion"),
      "/x-news-events/schemaOrgType: must be a schema.org class",
    ],
    ["a tag not narrowed", (s: any) => delete s.properties.kind, '/properties/kind: must be { "const": "Election" }'],
    ["no event base", (s: any) => delete s.allOf, "/allOf: must include"],
    ["an open object", (s: any) => delete s.unevaluatedProperties, "/unevaluatedProperties: must be false"],
    // What Ajv refuses is in build-errors.test.ts, at its line and pointer.
  ])("refuses a kind with %s: one line naming the file and where, exit 2", (_name, edit, words) => {
    const schema = election();
    edit(schema);
    const folder = mkdtempSync(join(tmpdir(), "kinds-bad-"));
    const file = join(folder, "bad.schema.json");
    writeFileSync(file, JSON.stringify(schema, null, 2));
    const run = runCli(["kinds", "build", file, "--out", join(folder, "out")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("bad.schema.json");
    expect(run.stderr).toContain(words);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test.each([
    // Found by a trial of the packed package: V8's message with a byte position, no line or column.
    [
      "a file that is not JSON",
      '{\n  "required": ["kind", "cause",],\n}',
      "k.json:2:31: is not valid JSON: a trailing comma before ]: remove the comma",
    ],
    ["a file that is missing", undefined, "k.json: no such file"],
  ])("refuses %s", (_name, text, words) => {
    const folder = mkdtempSync(join(tmpdir(), "kinds-bad-"));
    const file = join(folder, "k.json");
    if (text !== undefined) writeFileSync(file, text);
    const run = runCli(["kinds", "build", file, "--out", join(folder, "out")]);
    expect(run).toMatchObject({ code: 2 });
    expect(run.stderr).toContain(words);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  // Found by a trial of the packed package: npm init writes "type": "commonjs", where Node read
  // the built index.js (an ES module) as CommonJS and failed on its first `export`.
  test('the built folder loads in a project npm init made ("type": "commonjs"); a package.json there is kept', () => {
    const project = mkdtempSync(join(tmpdir(), "kinds-cjs-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "p", type: "commonjs" }));
    const out = join(project, "src", "kinds");
    const built = runCli(["kinds", "build", ELECTION_SCHEMA, "--out", out]);
    expect(built.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "package.json"), "utf8"))).toEqual({ type: "module" });
    expect(built.stderr).toContain(`and ${join(out, "package.json")}`);
    const run = runCli(["validate", "--kinds", out, ELECTION_DOCUMENT]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    // A package.json of the user's in the folder is never changed; one that makes .js CommonJS is
    // refused before anything is written (build-errors.test.ts).
    const own = JSON.stringify({ name: "kinds", type: "module" });
    writeFileSync(join(out, "package.json"), own);
    const again = runCli(["kinds", "build", ELECTION_SCHEMA, "--out", out]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(out, "package.json"), "utf8")).toBe(own);
    expect(again.stderr).toBe(`wrote ${join(out, "index.js")} and ${join(out, "index.d.ts")}\n`);
  });

  test("usage: a missing --out or action is a usage error", () => {
    expect(runCli(["kinds", "build", ELECTION_SCHEMA]).stderr).toMatch(/needs --out DIR/);
    expect(runCli(["kinds", "compile"]).stderr).toMatch(/kinds takes build/);
  });

  test("property: any JSON as a kind's schema is read or refused with a pointer, never thrown otherwise", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          kindMeta(value);
        } catch (error) {
          expect(error).toBeInstanceOf(KindSchemaError);
          expect((error as KindSchemaError).pointer).toMatch(/^(\/[^/]+)*$/);
        }
        // Every mistake, not only the first: each at a pointer, and a kind only when there is none.
        const { meta, mistakes } = kindDeclarations(value);
        for (const mistake of mistakes) expect(mistake.pointer).toMatch(/^(\/[^/]+)*$/);
        expect(meta === undefined).toBe(mistakes.length > 0);
      }),
    );
  });
});
