import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createValidator, isNewsEventsError, validateDocument } from "../../src/index.js";
import type { NewsEventsValidator } from "../../src/validate/kinds.js";
import type { KindDefinition, KindValidatorError } from "../../src/core/kinds.js";
import { buildElection, electionDocument } from "./helpers.js";

type Validator = NewsEventsValidator<{ kind: string }>;
let kinds: readonly KindDefinition[];
let dir: string;
beforeAll(async () => {
  ({ kinds, dir } = await buildElection());
});

describe("the built module", () => {
  test("is eval-free ESM with no imports, and declares the kind's types", () => {
    const code = readFileSync(join(dir, "index.js"), "utf8");
    expect(code).not.toMatch(/new Function|\beval\(|require\(|^import /m);
    expect(kinds.map((k) => [k.kind, k.schemaOrgType, k.isEvent, k.wikidata])).toEqual([
      ["Election", "Event", true, "Q40231"],
    ]);
    const types = readFileSync(join(dir, "index.d.ts"), "utf8");
    expect(types).toMatch(/export type Election = \(EventBase & \{/);
    expect(types).toMatch(/turnout\?: Quantity/);
    expect(types).toMatch(/export type CustomEvent = Election;/);
  });

  test("lists where the kind's own ids, evidence and dates are, into the library's definitions", () => {
    const fields = kinds[0]?.fields?.map(
      (f) => `${f.check} ${f.path.join("/")}${f.refersTo ? ` → ${f.refersTo.join(", ")}` : ""}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        "reference country → country",
        "reference candidates/*/entity → person",
        "reference candidates/*/party → organization",
        "evidence candidates/*/evidence/*",
        // The library's Quantity is checked whole, as an event's quantities are (its id declared,
        // its number and unit held to each other), not looked into for ids and dates alone.
        "quantity results/*/share",
        "quantity turnout",
      ]),
    );
    expect(fields?.filter((f) => f.includes("share/") || f.includes("turnout/"))).toEqual([]);
  });
});

describe("createValidator({ kinds })", () => {
  test("accepts the worked example; the library alone still refuses its kind", () => {
    const { validateDocument: withKinds } = createValidator({ kinds });
    expect(withKinds(electionDocument())).toMatchObject({ ok: true });
    const alone = validateDocument(electionDocument());
    expect(alone.ok).toBe(false);
    expect(alone.ok ? [] : alone.issues.map((i) => [i.code, i.pointer])).toEqual([["unknown-kind", "/events/0/kind"]]);
  });

  const E = "/events/0";
  test.each([
    [
      "a misspelt property",
      (e: any) => {
        e.turnot = e.turnout;
        delete e.turnout;
      },
      "unknown-property",
      `${E}/turnot`,
      // As a built-in kind's misspelt property (round 25: it said "is not a known property of Election").
      'is not a known property here; did you mean "turnout"?',
    ],
    ["a missing office", (e: any) => delete e.office, "required", `${E}/office`, "is required but missing"],
    [
      "an outcome not in the list",
      (e: any) => (e.results[0].outcome = "won"),
      "enum",
      `${E}/results/0/outcome`,
      "must be one of elected, runoff, defeated",
    ],
    [
      "a unit that is no unit",
      (e: any) => (e.turnout.unit = "per cent"),
      "pattern",
      `${E}/turnout/unit`,
      "must be an ISO 4217 currency code such as USD, percent, a UCUM unit code such as km or km/h, or a Wikidata QID",
    ],
    [
      "a candidate no entity is",
      (e: any) => (e.candidates[1].entity = "nobody"),
      "dangling-reference",
      `${E}/candidates/1/entity`,
      // The kind says a candidate is a person (`refersTo`): the issue names what was expected.
      'no person has id "nobody"',
    ],
    // What a kind's reference may name (its `refersTo`, round 27): a trial's earthquake named an
    // organization as its epicentre, and it passed.
    [
      "a party that is a person",
      (e: any) => (e.candidates[0].party = "ba"),
      "wrong-reference-type",
      `${E}/candidates/0/party`,
      '"ba" is a person, expected an organization',
    ],
    [
      "a country that is an organization",
      (e: any) => (e.country = "pastef"),
      "wrong-reference-type",
      `${E}/country`,
      '"pastef" is an organization, expected a country',
    ],
    [
      "a result's candidate that is a country",
      (e: any) => (e.results[1].candidate = "senegal"),
      "wrong-reference-type",
      `${E}/results/1/candidate`,
      '"senegal" is a country, expected a person',
    ],
    [
      "a counter no entity is",
      (e: any) => (e.results[0].share.countedBy = "nobody"),
      "dangling-reference",
      `${E}/results/0/share/countedBy`,
      "nobody",
    ],
    [
      "evidence off the body",
      (e: any) => (e.candidates[0].evidence[0].start += 1),
      "evidence-mismatch",
      `${E}/candidates/0/evidence/0`,
      "",
    ],
    [
      "a base field's dangling place",
      (e: any) => (e.location = "atlantis"),
      "dangling-reference",
      `${E}/location`,
      "atlantis",
    ],
    [
      "a day that does not exist",
      (e: any) => (e.date.value = "2024-02-30"),
      "invalid-date",
      `${E}/date/value`,
      "2024-02-30",
    ],
    [
      "a turnout as of a day that does not exist",
      (e: any) => (e.turnout.asOf = "2024-02-30"),
      "invalid-date",
      `${E}/turnout/asOf`,
      "2024-02-30",
    ],
    // Found by a trial (round 24): a kind's quantities were held to none of a quantity's checks.
    [
      "a share over 100 percent",
      (e: any) => (e.results[0].share.value = 154.28),
      "inconsistent",
      `${E}/results/0/share/value`,
      "is a percentage above 100 (got 154.28)",
    ],
    [
      "a range with no ends",
      (e: any) => (e.turnout.precision = "range"),
      "required",
      `${E}/turnout/min`,
      "is required for a range",
    ],
    [
      "a quantity's id that another part has",
      (e: any) => (e.turnout.id = "faye"),
      "duplicate-id",
      `${E}/turnout/id`,
      '"faye" is already used',
    ],
    // And the participants every event may have made the checks fail with an internal error.
    [
      "one actor as perpetrator and victim",
      (e: any) =>
        (e.participants = [
          { entity: "faye", role: "perpetrator" },
          { entity: "faye", role: "victim" },
        ]),
      "inconsistent",
      `${E}/participants/1/role`,
      "one actor cannot be both",
    ],
  ])("%s is an issue at its pointer", (_name, edit, code, pointer, words) => {
    const doc = electionDocument();
    edit(doc["events"][0]);
    const result = createValidator({ kinds }).validateDocument(doc);
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues.find((i) => i.pointer.startsWith(pointer));
    expect(issue, JSON.stringify(result)).toMatchObject({ code, pointer: expect.stringMatching(`^${pointer}`) });
    expect(issue?.message).toContain(words);
  });

  test.each([
    ["participants with roles", (e: any) => (e.participants = [{ entity: "faye", role: "candidate" }])],
    ["a quantity's id of its own", (e: any) => (e.turnout.id = "turnout-2024")],
  ])("%s: valid, in a document and alone (a trial found both refused)", (_name, edit) => {
    const doc = electionDocument();
    edit(doc["events"][0]);
    const validator = createValidator({ kinds });
    expect(validator.validateDocument(doc)).toMatchObject({ ok: true });
    expect(validator.validateEvent(doc["events"][0])).toMatchObject({ ok: true });
  });

  test("an event of the kind alone: its quantities are held to their number and date", () => {
    const event = electionDocument()["events"][0];
    event.turnout.value = 161.3;
    event.turnout.asOf = "2024-02-30";
    const result = createValidator({ kinds }).validateEvent(event);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([
      ["inconsistent", "/turnout/value"],
      ["invalid-date", "/turnout/asOf"],
    ]);
  });

  // Found by a trial of the packed package: the kind's validator stopped at its first error, so
  // four mistakes were one issue (the salience) where a built-in kind reports all four.
  const MISTAKES = (e: any) => {
    delete e.office;
    e.salience = "primary";
    e.colour = "red";
    e.results[0].share.value = -3;
  };
  const EVERY_ISSUE = [
    ["enum", "/salience"],
    ["required", "/office"],
    ["out-of-range", "/results/0/share/value"],
    ["unknown-property", "/colour"],
  ];
  test.each([
    ["validateDocument", (v: Validator, doc: any) => v.validateDocument(doc), E],
    ["validateEvent", (v: Validator, doc: any) => v.validateEvent(doc.events[0]), ""],
    [
      "schemaOf (Standard Schema)",
      (v: Validator, doc: any) => v.schemaOf("Election")["~standard"].validate(doc.events[0]),
      "",
    ],
  ])("an event of the kind with four mistakes gets four issues in one run: %s", async (_name, run, at) => {
    const doc = electionDocument();
    MISTAKES(doc["events"][0]);
    const result: any = await run(createValidator({ kinds }), doc);
    const issues: { code?: string; pointer?: string; path?: unknown[] }[] = result.issues ?? [];
    const found = issues.map((i) => i.pointer ?? `/${(i.path ?? []).join("/")}`);
    expect(found.sort()).toEqual(EVERY_ISSUE.map(([, pointer]) => `${at}${pointer}`).sort());
    if (issues[0]?.code !== undefined)
      expect(issues.map((i) => i.code).sort()).toEqual(EVERY_ISSUE.map(([code]) => code).sort());
  });

  test("a hostile event of the kind stays bounded: a run stops past 1,000 errors, 100 issues reported", () => {
    const event = electionDocument()["events"][0];
    for (let k = 0; k < 5_000; k++) event[`unknown${k}`] = k;
    const kind = kinds[0] as KindDefinition;
    expect(kind.validate(event)).toBe(false);
    expect(kind.validate.errors).toHaveLength(1_001);
    const result = createValidator({ kinds }).validateEvent(event);
    expect(result.ok ? [] : result.issues).toHaveLength(100);
    expect(result.ok ? undefined : result.issues[99]).toMatchObject({ code: "too-many-issues" });
  });

  test("a kinds module that stops at its first error (built before) still hears of every missing property", () => {
    const kind = kinds[0] as KindDefinition;
    const firstOnly = Object.assign(
      (data: unknown) => {
        const ok = kind.validate(data);
        firstOnly.errors = kind.validate.errors?.slice(0, 1) ?? null;
        return ok;
      },
      { errors: null as readonly KindValidatorError[] | null },
    );
    const event = electionDocument()["events"][0];
    delete event.office;
    delete event.candidates;
    const result = createValidator({ kinds: [{ ...kind, validate: firstOnly }] }).validateEvent(event);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([
      ["required", "/office"],
      ["required", "/candidates"],
    ]);
  });

  test("a quote or a relative date may name an event of the kind, as any event", () => {
    const doc = electionDocument();
    const at = doc["body"].indexOf("Turnout");
    doc["quotes"] = [
      {
        id: "q1",
        speakers: ["faye"],
        text: "Turnout",
        speech: "direct",
        event: "senegal-presidential-2024",
        evidence: [{ start: at, end: at + 7, text: "Turnout" }],
      },
    ];
    expect(createValidator({ kinds }).validateDocument(doc)).toMatchObject({ ok: true });
  });

  test("an unknown kind names the user's kinds too, in a document and alone", () => {
    const validator = createValidator({ kinds });
    const doc = electionDocument();
    doc["events"][0].kind = "Elektion";
    const inDoc = validator.validateDocument(doc);
    expect(inDoc.ok ? [] : inDoc.issues[0]?.message).toBe(
      'must be one of Meeting, Coup, Partnership, Event, Election (got "Elektion")',
    );
    const alone = validator.validateEvent({ kind: "Elektion" });
    expect(alone.ok ? [] : alone.issues.map((i) => i.code)).toEqual(["unknown-kind"]);
  });

  test("an event of the kind alone: schema and dates, no references", () => {
    const validator = createValidator({ kinds });
    const event = electionDocument()["events"][0];
    expect(validator.validateEvent(event)).toMatchObject({ ok: true });
    event.turnout.asOf = "2023-02-29";
    const result = validator.validateEvent(event);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer])).toEqual([["invalid-date", "/turnout/asOf"]]);
  });

  test("a long list the kind says is unique is read once per item, its duplicate named as Ajv's loop names it", () => {
    // kinds build rewrites Ajv's pairwise uniqueItems loop (src/cli/unique-items.ts): an election
    // with 16,000 classes took 492 ms, every pair compared (a list of coded terms, seconds).
    const { validateEvent } = createValidator({ kinds });
    const election = electionDocument()["events"].find((e: { kind: string }) => e.kind === "Election");
    const n = 2_000;
    let reads = 0;
    const classes = new Proxy(
      Array.from({ length: n }, (_, k) => `Q${k + 1}`),
      {
        get(list, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads++;
          return Reflect.get(list, key, receiver);
        },
      },
    );
    expect(validateEvent({ ...election, classes }).ok).toBe(true);
    // Reads of an item: the schema check's, then the key's (n * n / 2 pairs before).
    expect(reads / n).toBeLessThan(4);
    const repeated = Array.from({ length: 40 }, (_, k) => `Q${(k % 30) + 1}`);
    const result = validateEvent({ ...election, classes: repeated });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.pointer, i.params])).toEqual([
      ["duplicate-item", "/classes", { first: 9, second: 39 }],
    ]);
  });

  test("Standard Schema: the document's issues with paths, one kind's schema refuses another kind", async () => {
    const validator = createValidator({ kinds });
    const doc = electionDocument();
    delete doc["events"][0].office;
    const result = await validator.documentSchema["~standard"].validate(doc);
    expect("issues" in result && result.issues?.[0]?.path).toEqual(["events", 0, "office"]);
    const meeting = { kind: "Meeting" };
    const other = await validator.schemaOf("Election")["~standard"].validate(meeting);
    expect("issues" in other && other.issues?.length).toBeGreaterThan(0);
    const ok = await validator.schemaOf("Election")["~standard"].validate(electionDocument()["events"][0]);
    expect(ok).toHaveProperty("value");
    // A tag no kind has refused every event as another kind's, without a word on the misspelling.
    const misspelt = await validator.schemaOf("Elektion")["~standard"].validate(electionDocument()["events"][0]);
    expect("issues" in misspelt && misspelt.issues?.map((i) => i.message)).toEqual([
      'cannot be checked: schemaOf("Elektion") names no kind (the kinds: Meeting, Coup, Partnership, Event, Election)',
    ]);
  });

  test.each([
    ["a built-in kind's tag", (k: KindDefinition) => [{ ...k, kind: "Meeting" }], "/0/kind"],
    ["the same kind twice", (k: KindDefinition) => [k, k], "/1/kind"],
    ["no validator", (k: KindDefinition) => [{ ...k, validate: undefined }], "/0/validate"],
    ["not a list", () => ({}), ""],
    // As a JavaScript caller may call it (a trial found a bare TypeError).
    ["no options at all", () => undefined, ""],
  ])("refuses a kinds list with %s (NewsEventsError at its pointer)", (name, make, pointer) => {
    let thrown: unknown;
    try {
      const made = make(kinds[0] as KindDefinition);
      createValidator((name === "no options at all" ? made : { kinds: made }) as never);
    } catch (error) {
      thrown = error;
    }
    expect(isNewsEventsError(thrown)).toBe(true);
    expect((thrown as { issues: { pointer: string }[] }).issues[0]?.pointer).toBe(pointer);
  });

  test("never throws on hostile input", () => {
    const { validateDocument: v } = createValidator({ kinds });
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    );
    for (const input of [null, 7, [], trap, { events: [trap] }, { events: "x" }]) expect(() => v(input)).not.toThrow();
  });
});
