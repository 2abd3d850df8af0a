import { importedStarterStep } from "../../src/cli/starter-file.js";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { schemaPathFor } from "../../src/cli/starters.js";
import { describe, expect, test } from "vitest";
import { validateDocument } from "../../src/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "news-events-authoring-"));

describe("news-events init", () => {
  test.each(["article", "meeting", "coup", "partnership"])(
    "--kind %s writes a valid starter with a $schema line",
    (kind) => {
      const run = runCli(["init", "--kind", kind]);
      expect(run.code).toBe(0);
      const doc = JSON.parse(run.stdout) as Record<string, unknown>;
      // Printed, the text may be saved anywhere: a path relative to the working directory (what it
      // was, found by a trial) would point at nothing; the published schema's URL, its $id, is right
      // wherever it lands. To a FILE, the installed package's own schema (#25, the next test).
      const published = JSON.parse(readFileSync("schemas/document.json", "utf8")) as { $id: string };
      expect(doc["$schema"]).toBe(published.$id);
      expect(runCli(["init", "--kind", kind, "-"]).stdout).toBe(run.stdout);
      expect(validateDocument(doc)).toMatchObject({ ok: true });
      const events = (doc["events"] ?? []) as { kind: string }[];
      expect(events.map((e) => e.kind.toLowerCase())).toEqual(kind === "article" ? [] : [kind]);
    },
  );

  test("to a file: $schema is the installed package's schema, relative to the file, and it resolves (#25)", () => {
    const path = join(dir, "nested", "story.json");
    mkdirSync(join(dir, "nested"), { recursive: true });
    expect(runCli(["init", path]).code).toBe(0);
    const schema = (JSON.parse(readFileSync(path, "utf8")) as { $schema: string }).$schema;
    expect(schema).toMatch(/^\.\.?\//);
    expect(JSON.parse(readFileSync(resolve(dirname(path), schema), "utf8"))).toMatchObject({
      title: expect.any(String),
    });
    expect(schemaPathFor("/app/content", "/app/node_modules/news-events/schemas/document.json")).toBe(
      "../node_modules/news-events/schemas/document.json",
    );
  });

  test("to a file, which it never overwrites", () => {
    const path = join(dir, "starter.json");
    const first = runCli(["init", path]);
    expect(first.code).toBe(0);
    // Nothing is listed above a starter of example values: the next step is to replace them.
    expect(first.stderr).toBe(
      `news-events: wrote the article starter to ${path}; replace its example values (example.org, "Replace with …"), then run news-events validate ${path}\n`,
    );
    expect(validateDocument(JSON.parse(readFileSync(path, "utf8"))).ok).toBe(true);
    const again = runCli(["init", "--kind", "coup", path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`news-events: ${path}: already exists; init never overwrites a file\n`);
  });

  test("an unknown kind is a usage error", () => {
    const run = runCli(["init", "--kind", "summit"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('news-events: --kind must be one of article, meeting, coup, partnership (got "summit")\n');
  });
});

describe("news-events rebase", () => {
  const doc = canonicalDocument();
  const docPath = join(dir, "doc.json");
  writeFileSync(docPath, JSON.stringify(doc, null, 2));

  test("after an edit, prints what moved and a document that validates", () => {
    const body = join(dir, "edited.txt");
    writeFileSync(body, `Updated at 10:00. ${doc.body}`);
    const run = runCli(["rebase", docPath, "--body", body]);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n").at(-1)).toBe("66 moved, 0 lost");
    expect(run.stderr).toContain(": moved /events/0/evidence/0: ");
    expect(validateDocument(JSON.parse(run.stdout)).ok).toBe(true);
  });

  test("a lost span: exit 1, says which, and --write leaves the file alone", () => {
    const body = join(dir, "cut.txt");
    writeFileSync(body, doc.body.replaceAll("Moscow", "the capital"));
    const before = readFileSync(docPath, "utf8");
    const run = runCli(["rebase", docPath, "--body", body, "--write"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/: lost \/[^ ]+: "[^"]*Moscow[^"]*" is not in the new body\n/);
    expect(run.stderr).toContain("not written: re-place the lost spans (news-events find");
    expect(readFileSync(docPath, "utf8")).toBe(before);
  });

  test("--write updates the document when nothing is lost", () => {
    const copy = join(dir, "copy.json");
    writeFileSync(copy, JSON.stringify(doc));
    const body = join(dir, "edited2.txt");
    writeFileSync(body, `Correction appended below.\n${doc.body}`);
    expect(runCli(["rebase", copy, "--body", body, "--write"]).code).toBe(0);
    const written = JSON.parse(readFileSync(copy, "utf8")) as { body: string };
    expect(written.body).toBe(`Correction appended below.\n${doc.body}`);
    expect(validateDocument(written).ok).toBe(true);
  });

  test("without --body it is a usage error", () => {
    expect(runCli(["rebase", docPath]).stderr).toBe(
      "news-events: rebase needs --body NEW.txt, the edited article text\n",
    );
  });
});

describe("news-events ninjs and init --from-ninjs", () => {
  test("ninjs prints the item, 3.1 by default and 2.2 on request", () => {
    const run = runCli(["ninjs", "examples/burkina-faso-russia/document.json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      type: "text",
      standard: { version: "3.1" },
      firstCreated: "2023-11-08T12:00:00+00:00",
    });
    const old = runCli(["ninjs", "--version", "2.2", "examples/burkina-faso-russia/document.json"]);
    expect(JSON.parse(old.stdout)).toMatchObject({
      standard: { version: "2.2" },
      firstcreated: "2023-11-08T12:00:00+00:00",
    });
  });

  test("an invalid document gets its issues and exit 1; a bad version is a usage error", () => {
    const invalid = runCli(["ninjs", "-"], { input: "{}" });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toContain("<stdin>:1: /headline: is required but missing");
    expect(runCli(["ninjs", "--version", "1.0", "-"], { input: "{}" }).stderr).toBe(
      'news-events: --version must be 3.1 or 2.2 (got "1.0")\n',
    );
  });

  test("init --from-ninjs writes a starter and says what to add", () => {
    const path = join(dir, "from-ninjs.json");
    const run = runCli(["init", "--from-ninjs", "vendor/iptc-ninjs/examples/3.1_004_simple_text_article.json", path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("add language, publisher (ninjs did not give them), then validate");
    expect(run.stderr).toContain(`; add or replace what is listed above, then run news-events validate ${path}`);
    const starter = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    expect(starter["headline"]).toBe("Captain of wrecked cruise ship on trial in Italy");
    const completed = { ...starter, language: "en", publisher: { name: "AP", url: "https://apnews.example.org/" } };
    expect(validateDocument(completed)).toMatchObject({ ok: true });
  });

  test("a ninjs file that is not JSON: one line, exit 1 (invalid input, as validate counts it)", () => {
    const path = join(dir, "broken-ninjs.json");
    writeFileSync(path, '{"uri": ');
    const run = runCli(["init", "--from-ninjs", path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^\/.*broken-ninjs\.json:1:9: is not valid JSON: the text ends where a value was expected/,
    );
  });

  // Found by a trial: {} and a news document were taken as items, exit 0, a starter of nothing.
  test.each([
    ["an empty object", {}],
    ["a news document", canonicalDocument()],
  ])("%s is no ninjs item (no uri): one line, exit 2, nothing written", (name, value) => {
    const path = join(dir, `not-ninjs-${name.replaceAll(" ", "-")}.json`);
    const out = join(dir, `not-ninjs-${name.replaceAll(" ", "-")}-starter.json`);
    writeFileSync(path, JSON.stringify(value));
    const run = runCli(["init", "--from-ninjs", path, out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `news-events: ${path}: is not a ninjs item (it has no "uri", which every ninjs item has)\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

// The closing line of an imported starter points at the lines above it only when there are some.
test.each([
  [0, "item.json", "check it against item.json"],
  [1, "item.json", "add or replace what is listed above"],
  [3, "-", "add or replace what is listed above"],
])("the step after %i line(s) above a starter from %s: %s", (lines, source, step) => {
  expect(importedStarterStep(lines, source)).toBe(step);
});
