// Four kinds a data engineer defined for real events in an outside trial (round 25), as
// docs/custom-kinds.md tells a user to: NaturalDisaster (the Turkey–Syria earthquake of
// 6 February 2023), Protest (Belgrade, 15 March 2025), CourtRuling (the Le Pen judgment of
// 31 March 2025) and Election (Mexico, 2 June 2024). Their sources and licences are in
// test/kinds/real-events/SOURCES.md. Each test names what the trial saw before the fix.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { createValidator, validateDocument } from "../../src/index.js";
import type { KindDefinition } from "../../src/core/kinds.js";
import { runCli } from "../helpers/cli.js";
import { repoPath } from "../helpers/fixtures.js";

const FOLDER = "test/kinds/real-events";
const SCHEMAS = ["natural-disaster", "protest", "court-ruling", "election"].map((name) =>
  repoPath(`${FOLDER}/${name}.schema.json`),
);
/** A fresh copy of one of the real-event documents. */
const documentOf = (name: string): Record<string, any> =>
  JSON.parse(readFileSync(repoPath(`${FOLDER}/${name}.json`), "utf8"));
const quake = () => documentOf("turkey-syria-earthquake-2023");

let kinds: readonly KindDefinition[];
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "news-events-real-kinds-"));
  const run = runCli(["kinds", "build", ...SCHEMAS, "--out", join(dir, "kinds")]);
  if (run.code !== 0) throw new Error(`kinds build failed: ${run.stderr}`);
  ({ kinds } = await import(pathToFileURL(join(dir, "kinds", "index.js")).href));
});

test("the four documents validate with their kinds", () => {
  const { validateDocument: withKinds } = createValidator({ kinds });
  for (const name of [
    "turkey-syria-earthquake-2023",
    "belgrade-protest-2025",
    "le-pen-ruling-2025",
    "mexico-election-2024",
  ])
    expect([name, withKinds(documentOf(name))]).toMatchObject([name, { ok: true }]);
});

/** The issues of a document validated with the kinds, as `pointer: message`. */
function said(doc: unknown): string[] {
  const result = createValidator({ kinds }).validateDocument(doc);
  return result.ok ? [] : result.issues.map((i) => `${i.pointer}: ${i.message}`);
}

describe("a misspelt optional property of one's own kind", () => {
  // It said `/events/0/magnitde: is not a known property of NaturalDisaster`, where a built-in
  // kind's misspelt property gets `did you mean`: the module did not carry its property names.
  test("gets the built-in kinds' did you mean, at the event and inside it", () => {
    const doc = quake();
    const event = doc["events"][0];
    event.magnitde = event.magnitude;
    delete event.magnitude;
    event.deaths[0].valu = 50000;
    delete event.deaths[0].value;
    expect(said(doc)).toEqual(
      expect.arrayContaining([
        '/events/0/magnitde: is not a known property here; did you mean "magnitude"?',
        '/events/0/deaths/0/valu: is not a known property here; did you mean "value"?',
      ]),
    );
  });

  test("the same words as a built-in kind's, for the same misspelling", () => {
    const builtIn = quake();
    builtIn["events"] = [{ kind: "Event", id: "quake", name: "Earthquake", salience: "main", summry: "M 7.8" }];
    const mine = quake();
    mine["events"][0].summry = "M 7.8";
    const expected = validateDocument(builtIn);
    const line = expected.ok
      ? []
      : expected.issues.map((i) => `${i.pointer}: ${i.message}`).filter((l) => l.includes("summry"));
    expect(line).toEqual(['/events/0/summry: is not a known property here; did you mean "summary"?']);
    expect(said(mine)).toEqual(line);
  });

  test("in an object of the kind's own $defs, among that object's names", () => {
    const doc = documentOf("le-pen-ruling-2025");
    const { sentence } = doc["events"][0];
    sentence.inelegibilityYears = sentence.ineligibilityYears;
    delete sentence.ineligibilityYears;
    expect(said(doc)).toEqual([
      '/events/0/sentence/inelegibilityYears: is not a known property here; did you mean "ineligibilityYears"?',
    ]);
  });

  test("a name nothing is near: the names the object may still have, as the built-in kinds list them", () => {
    const doc = documentOf("belgrade-protest-2025");
    doc["events"][0].crowdSizeByDrone = 1;
    const [line] = said(doc);
    expect(line).toMatch(/^\/events\/0\/crowdSizeByDrone: is not a known property here; expected one of /);
    expect(line).toContain("endDate");
    expect(line).not.toMatch(/\bslogan\b/); // The event has one already.
  });
});

describe("a kind's format", () => {
  // It said `must be date-time (got "2025-03-31 15:00:00")` and `must be uri (got …)`.
  test("date-time: the words and the diagnosis the library's own date-times get", () => {
    const doc = documentOf("le-pen-ruling-2025");
    doc["published"] = "2025-03-31 15:00:00";
    doc["events"][0].deliveredAt = "2025-03-31 15:00:00";
    const lines = said(doc);
    const published = lines.find((l) => l.startsWith("/published: "))?.slice("/published: ".length);
    expect(published).toMatch(/^must be a date-time with a UTC offset, like .* \(got "2025-03-31 15:00:00": .+\)$/);
    expect(lines).toContain(`/events/0/deliveredAt: ${published}`);
  });

  test("uri: in words, never the bare format name", () => {
    const doc = quake();
    doc["events"][0].agencyPage = "earthquake.usgs.gov/earthquakes/eventpage/us6000jllz";
    expect(said(doc)).toEqual([
      '/events/0/agencyPage: must be an absolute URI with a scheme and a host, such as https://news.example.org/, and no spaces or control characters (got "earthquake.usgs.gov/earthquakes/eventpage/us6000jllz")',
    ]);
  });
});

describe("a base property a kind requires", () => {
  // The validator required the earthquake's `date`, the ruling's `date` and the protest's
  // `location`, but index.d.ts left them optional (EventBase's), so code built on the types
  // compiled without them.
  test("is required in the generated types too (a type-level check run by tsc)", () => {
    const event = quake()["events"][0];
    const check = `import type { CourtRuling, NaturalDisaster, Protest } from "./kinds/index.js";
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type Assert<T extends true> = T;
export type QuakeDate = Assert<"date" extends RequiredKeys<NaturalDisaster> ? true : false>;
export type RulingDate = Assert<"date" extends RequiredKeys<CourtRuling> ? true : false>;
export type ProtestPlace = Assert<"location" extends RequiredKeys<Protest> ? true : false>;
export type EndDateOptional = Assert<"endDate" extends RequiredKeys<NaturalDisaster> ? false : true>;
export const real: NaturalDisaster = ${JSON.stringify(event)};
// @ts-expect-error: an earthquake without its date
export const undated: NaturalDisaster = { kind: "NaturalDisaster", id: "q", name: "Q", salience: "main", hazard: "earthquake" };
`;
    writeFileSync(join(dir, "check.ts"), check);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          noEmit: true,
          skipLibCheck: true,
          resolveJsonModule: true,
          typeRoots: [repoPath("node_modules/@types")],
          types: ["node"],
          // The module's `import … from "news-events"`, as a project that installed it resolves it.
          paths: {
            "news-events": [repoPath("src/index.ts")],
            "news-events/validate": [repoPath("src/validate/index.ts")],
          },
        },
        files: ["check.ts"],
      }),
    );
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const tsc = spawnSync(process.execPath, [repoPath("node_modules/typescript/bin/tsc"), "-p", dir], {
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});

describe("several kinds that do not compile, in one build", () => {
  // Ajv's compile errors were said only once every file was otherwise right: of four kinds, two
  // with another mistake and two that Ajv would not compile, the run named the first two only.
  test("each kind's first error, at its file, line and pointer, in the order of the files", () => {
    const folder = mkdtempSync(join(tmpdir(), "kinds-build-"));
    const edits: Record<string, (s: any) => void> = {
      "natural-disaster": (s) => (s.properties.depthKm.minimun = 0),
      protest: (s) => (s.properties.organizers.items = { $ref: "#/$defs/Organizer" }),
      "court-ruling": (s) => (s.properties.offence.pattern = "^[a-z ]+$"),
      election: (s) => (s.properties.office = { type: "strng" }),
    };
    const files = Object.entries(edits).map(([name, edit]) => {
      const schema = JSON.parse(readFileSync(repoPath(`${FOLDER}/${name}.schema.json`), "utf8"));
      edit(schema);
      writeFileSync(join(folder, `${name}.schema.json`), JSON.stringify(schema, null, 2));
      return `${name}.schema.json`;
    });
    const run = runCli(["kinds", "build", ...files, "--out", "out"], { cwd: folder });
    expect(run.code).toBe(2);
    expect(
      run.stderr
        .trimEnd()
        .split("\n")
        .map((line) =>
          line
            .replace(/:\d+: /, ": ")
            .split(": ")
            .slice(0, 3),
        ),
    ).toEqual([
      ["news-events", "natural-disaster.schema.json", "/properties/depthKm/minimun"],
      ["news-events", "protest.schema.json", "/properties/organizers/items/$ref"],
      ["news-events", "court-ruling.schema.json", "/properties/offence/pattern"],
      ["news-events", "election.schema.json", "/properties/office/type"],
    ]);
    expect(run.stderr).toContain('unknown keyword: "minimun"');
    expect(run.stderr).toContain("can't resolve reference #/$defs/Organizer");
  });
});

describe("what a kind's reference names", () => {
  // The trial's earthquake named an organization (USGS) as its epicentre, and it passed: a kind's
  // references were checked for existence only. The kinds now say what each names (`refersTo`).
  test.each([
    [
      "an epicentre that is an organization",
      "turkey-syria-earthquake-2023",
      (e: any) => (e.epicentre = "usgs"),
      '/events/0/epicentre: "usgs" is an organization, expected a place',
    ],
    [
      "an organization as a defendant (a company or party can be tried): no issue",
      "le-pen-ruling-2025",
      (e: any) => (e.defendants = ["paris-criminal-court", "marine-le-pen"]),
      "",
    ],
    [
      "a court that is a person",
      "le-pen-ruling-2025",
      (e: any) => (e.court = "marine-le-pen"),
      '/events/0/court: "marine-le-pen" is a person, expected an organization',
    ],
    [
      "an organizer that is a place",
      "belgrade-protest-2025",
      (e: any) => (e.organizers = ["belgrade"]),
      '/events/0/organizers/0: "belgrade" is a place, expected a person or an organization',
    ],
    [
      "a candidate that is an organization",
      "mexico-election-2024",
      (e: any) => (e.results[1].candidate = "ine"),
      '/events/0/results/1/candidate: "ine" is an organization, expected a person',
    ],
  ])("%s", (_name, name, edit, words) => {
    const doc = documentOf(name);
    edit(doc["events"][0]);
    expect(said(doc)).toEqual(words === "" ? [] : [words]);
  });
});
