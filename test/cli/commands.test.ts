import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { COMMANDS } from "../../src/cli/commands.js";
import { run } from "../../src/cli/run.js";
import { HELP, type Io } from "../../src/cli/usage.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

/** An Io that records what is written, with the given environment and standard input. */
function fakeIo(env: Record<string, string>, input = "", overrides: Partial<Io> = {}) {
  const out = { stdout: "", stderr: "" };
  const io: Io = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    stderrIsTty: false,
    stdin: Readable.from([Buffer.from(input)]),
    env,
    ...overrides,
  };
  return { io, out };
}

describe("the command table (issue 21)", () => {
  test("every command of --help is in the table, and each has its own help", () => {
    const listed = [...HELP.main.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(COMMANDS.map((c) => c.name).sort()).toEqual([...listed].sort());
    for (const command of COMMANDS)
      expect(HELP[command.name]).toMatch(new RegExp(`^Usage: news-events ${command.name}`));
  });

  test("the environment is read through Io: NEWS_EVENTS_DEBUG=1 adds the stack of an internal error", async () => {
    const failing = {
      stdout: () => {
        throw new Error("the output broke");
      },
    };
    const quiet = fakeIo({}, "", failing);
    expect(await run(["example"], quiet.io)).toBe(2);
    expect(quiet.out.stderr).toBe(
      "news-events: internal error: Error: the output broke (set NEWS_EVENTS_DEBUG=1 for details)\n",
    );
    const debug = fakeIo({ NEWS_EVENTS_DEBUG: "1" }, "", failing);
    expect(await run(["example"], debug.io)).toBe(2);
    expect(debug.out.stderr).toMatch(
      /^news-events: internal error: Error: the output broke\nError: the output broke\n\s+at /,
    );
  });

  test("the environment is read through Io: NEWS_EVENTS_PROGRESS_AFTER_MS=0 shows progress at once", async () => {
    const event = JSON.stringify(canonicalDocument().events[0]);
    const feed = `${event}\n`.repeat(2_500);
    const shown = fakeIo({ NEWS_EVENTS_PROGRESS_AFTER_MS: "0" }, feed, { stderrIsTty: true });
    expect(await run(["validate", "--jobs", "1"], shown.io)).toBe(0);
    expect(shown.out.stderr).toContain("records…");
    const hidden = fakeIo({ NEWS_EVENTS_PROGRESS_AFTER_MS: "600000" }, feed, { stderrIsTty: true });
    expect(await run(["validate", "--jobs", "1"], hidden.io)).toBe(0);
    expect(hidden.out.stderr).toBe("");
  });
});

describe("jsonld --check --rule: the checker's severities, as check takes them (issue 21)", () => {
  const document = repoPath("examples/burkina-faso-russia/document.json");
  test.each<[string[], number, string]>([
    // Five pending terms (correction, jobTitle, Quotation, spokenByCharacter, CorrectionComment);
    // eventAttendanceMode went with the Moscow meeting's Event node (issue 24: no public event).
    [[], 0, "0 errors, 0 warnings, 5 notes"],
    [["--rule", "vocabulary/pending=error"], 1, "5 errors, 0 warnings, 0 notes"],
    [["--rule", "vocabulary/pending=off"], 0, "0 errors, 0 warnings, 0 notes"],
  ])("jsonld --check %j", (rules, code, summary) => {
    const result = runCli(["jsonld", "--check", ...rules, document]);
    expect(result.code).toBe(code);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe(summary);
  });

  test.each<[string[], string]>([
    [
      ["--check", "--rule", "vocabulary/pendin=error"],
      'news-events: --rule takes ID=off|note|warning|error with a rule id (got "vocabulary/pendin=error"; see docs/jsonld-and-seo.md)\n',
    ],
    [
      ["--check", "--rule", "vocabulary/pending=loud"],
      'news-events: --rule vocabulary/pending takes off, note, warning or error (got "loud")\n',
    ],
    [["--rule", "vocabulary/pending=error"], "news-events: --rule goes with --check\n"],
    // --rating (round 26): a rating toJsonLd does not know, and words missing or blank.
    [
      ["--rating", "false=Faux"],
      "news-events: --rating: Invalid JSON-LD options: /options/ratingWords/false: is not a rating (the ratings: confirmed, imprecise, wrong, unsupported, misleading)\n",
    ],
    [["--rating", "wrong"], 'news-events: --rating takes RATING=WORDS, such as wrong=Faux (got "wrong")\n'],
    [["--rating", "wrong= "], 'news-events: --rating takes RATING=WORDS, such as wrong=Faux (got "wrong= ")\n'],
  ])("a usage error: jsonld %j", (args, stderr) => {
    const result = runCli(["jsonld", ...args, document]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
  });
});

describe("a required flag left out is said to be missing, never shown as undefined (a fifth trial, round 21)", () => {
  const doc = repoPath("examples/burkina-faso-russia/document.json");
  test.each<[string, string[], string]>([
    ["export without --format", ["export", doc, "--out", "never-made"], "export needs --format parquet or csv"],
    ["export without --out", ["export", doc, "--format", "csv"], "export needs --out DIR"],
    ["rebase without --body", ["rebase", doc], "rebase needs --body NEW.txt"],
    ["kinds build without --out", ["kinds", "build", doc], "kinds build needs --out DIR"],
  ])("%s: one line naming the flag, exit 2", async (_what, args, said) => {
    const { io, out } = fakeIo({});
    expect(await run(args, io)).toBe(2);
    expect(out.stderr).toMatch(new RegExp(`^news-events: ${said.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\n]*\\n$`));
    expect(out.stderr).not.toMatch(/undefined/);
  });
});
