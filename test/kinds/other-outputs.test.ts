import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { classifyEvent, type NewsDocument, type NewsEvent } from "../../src/index.js";
import { toNinjs } from "../../src/ninjs/index.js";
import { toPlover, toPloverResult } from "../../src/plover/index.js";
import { hasStackTrace, runCli } from "../helpers/cli.js";
import { buildElection, ELECTION_DOCUMENT, electionDocument } from "./helpers.js";

/*
 * An event of a kind of the user's own in the outputs that are not JSON-LD: it is built on the
 * general event, so it is classified, exported to ninjs and to PLOVER as one. A trial (round 24)
 * found toNinjs, toPlover and classifyEvent throwing a raw TypeError on it, and the `ninjs` and
 * `plover` commands refusing every document that held one, with no `--kinds` to give them.
 */

let dir: string;
beforeAll(async () => {
  ({ dir } = await buildElection());
});

/** The worked example, its election given a PLOVER term (as a kind may, with the library's definition). */
const withPlover = (code: unknown): NewsDocument => {
  const doc = electionDocument();
  doc["events"][0].plover = code;
  return doc as NewsDocument;
};

describe("the API reads an event of the user's kind as a general event", () => {
  test("classifyEvent: its own terms' codes, and none of anything else by those names", () => {
    const election = withPlover({ scheme: "plover", code: "PROTEST" }).events?.[0] as NewsEvent;
    expect(classifyEvent(election)).toMatchObject({ ploverCategory: "PROTEST", cameo: [], iptcMediaTopics: [] });
    const odd = { ...election, plover: "PROTEST", cameo: "14", contexts: [3, { code: "electoral" }] } as unknown;
    expect(classifyEvent(odd as NewsEvent)).toEqual({
      cameo: [],
      ploverContexts: ["electoral"],
      iptcMediaTopics: [],
      wikidataClasses: [],
    });
  });

  test("toPlover: a record when it has a PLOVER term, else `lost` says why", () => {
    expect(toPlover(withPlover({ scheme: "plover", code: "PROTEST" }))).toMatchObject([
      { id: "senegal-presidential-2024", event: "PROTEST", date: "2024-03-24" },
    ]);
    expect(toPloverResult(electionDocument() as NewsDocument)).toMatchObject({
      records: [],
      lost: [{ code: "no-type", pointer: "/events/0" }],
    });
  });

  test("toNinjs: the item of the article, its event among the item's events, whatever the kind's fields hold", () => {
    const doc = withPlover(5);
    doc.events![0]!["topics" as keyof NewsEvent] = 7 as never;
    const item = toNinjs(doc);
    expect(item).toMatchObject({ uri: doc.url, headlines: [{ role: "main", value: doc.headline }] });
    expect(JSON.stringify(item["events" as keyof typeof item])).toContain("2024 Senegalese presidential election");
  });
});

describe("ninjs and plover take --kinds DIR", () => {
  test("ninjs --kinds: the item of the document of the kind", () => {
    const run = runCli(["ninjs", ELECTION_DOCUMENT, "--kinds", dir]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout)).toMatchObject({ headlines: [{ value: electionDocument()["headline"] }] });
  });

  test("plover --kinds: an election has no PLOVER type; its line says so", () => {
    const run = runCli(["plover", ELECTION_DOCUMENT, "--kinds", dir]);
    expect(run).toMatchObject({ code: 0, stdout: "" });
    expect(run.stderr).toMatch(/document\.json:\d+: lost \/events\/0: has no PLOVER type, so no record/);
  });

  test.each(["ninjs", "plover", "validate", "jsonld"])(
    "%s without --kinds: refused, and told how to give the kinds",
    (command) => {
      const run = runCli([command, ELECTION_DOCUMENT]);
      expect(run.code).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toMatch(
        /\/events\/0\/kind: must be one of Meeting, Coup, Partnership, Event \(got "Election"\); a kind of your own\? give --kinds DIR, built by news-events kinds build/,
      );
      expect(hasStackTrace(run.stderr)).toBe(false);
    },
  );

  test("with --kinds, a misspelt kind is not told to give --kinds", () => {
    const doc = electionDocument();
    doc["events"][0].kind = "Elektion";
    const misspelt = join(mkdtempSync(join(tmpdir(), "kinds-outputs-")), "doc.json");
    writeFileSync(misspelt, JSON.stringify(doc));
    const run = runCli(["plover", misspelt, "--kinds", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/must be one of Meeting, Coup, Partnership, Event, Election \(got "Elektion"\)\n/);
  });
});
