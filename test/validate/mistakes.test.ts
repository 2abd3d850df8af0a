import type { FullDocument } from "../../src/examples/index.js";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatIssue, validateDocument, validateEvent, type Coup, type Issue, type Meeting } from "../../src/index.js";
import { expectedWords } from "../../src/validate/schema-issues.js";
import { EXPECTED } from "../../src/generated/schema-facts.js";
import { mutated, repoPath } from "../helpers/fixtures.js";

type Doc = FullDocument & Record<string, unknown>;
const coup = (doc: Doc) => doc.events[2] as Coup;
const meeting = (doc: Doc) => doc.events[0] as Meeting;

// A dozen typical mistakes in an otherwise valid document: each must give exactly one issue,
// with the right code and pointer, and a message that says what was expected.
const cases: { name: string; edit: (doc: Doc) => void; code: string; pointer: string; message: RegExp }[] = [
  {
    name: "a 9 MB language tag (once reported as nesting too deeply)",
    edit: (d) => {
      d.language = `en-${"a".repeat(9_000_000)}`;
    },
    code: "out-of-range",
    pointer: "/language",
    message: /^must have at most 64 characters \(got "en-a+\.\.\.\)$/,
  },
  // Found by a fifth trial: "é" is a lower-case letter, and the message said lower-case letters.
  {
    name: "an entity id with a letter beyond ASCII",
    edit: (d) => {
      d.entities[0]!.id = "condé";
    },
    code: "pattern",
    pointer: "/entities/0/id",
    message:
      /^must be an id of ASCII a–z, 0–9 and hyphens, not starting with a hyphen \(at most 100\) \(got "condé"\)$/,
  },
  // Found by a third trial: it was accepted.
  {
    name: "an author name with white space at its end",
    edit: (d) => {
      d.authors[0]!.name = "Example Reporter ";
    },
    code: "pattern",
    pointer: "/authors/0/name",
    message: /^must not start or end with white space$/,
  },
  {
    name: "a publisher name with white space at its start (found by a trial: it reached the JSON-LD)",
    edit: (d) => {
      d.publisher.name = " Example News";
    },
    code: "pattern",
    pointer: "/publisher/name",
    message: /^must not start or end with white space$/,
  },
  {
    name: "an image listed twice (the JSON-LD kept the first, and lost the second's caption)",
    edit: (d) => {
      d.images!.push({ ...d.images![1]!, caption: "Coulibaly and Shoigu in Moscow" });
    },
    code: "duplicate-item",
    pointer: "/images/3/url",
    message: /^is also the url of \/images\/1: list each image once$/,
  },
  {
    // The same picture under its host in capitals and with https's default port: one resource.
    name: "an image listed twice, its host's case and a default port aside",
    edit: (d) => {
      const url = new URL(d.images![1]!.url);
      d.images!.push({ ...d.images![1]!, url: `https://${url.host.toUpperCase()}:443${url.pathname}` });
    },
    code: "duplicate-item",
    pointer: "/images/3/url",
    message: /^is also the url of \/images\/1: list each image once$/,
  },
  {
    name: "an image listed twice in a long list (found by a map, not pairwise)",
    edit: (d) => {
      const base = d.images![0]!;
      d.images = Array.from({ length: 20 }, (_, i) => ({ ...base, url: base.url.replace(".jpg", `-${i}.jpg`) }));
      d.images.push({ ...d.images[7]! });
    },
    code: "duplicate-item",
    pointer: "/images/20/url",
    message: /^is also the url of \/images\/7: list each image once$/,
  },
  {
    name: "a negative image width",
    edit: (d) => {
      d.images![0]!.width = -3;
    },
    code: "out-of-range",
    pointer: "/images/0/width",
    message: /^must be at least 1 \(got -3\)$/,
  },
  {
    name: "a URL with credentials",
    edit: (d) => {
      d.publisher.url = "https://user:pass@news.example.org/";
    },
    code: "pattern",
    pointer: "/publisher/url",
    message:
      /^must be an absolute http\(s\) URL with a host name such as news\.example\.org, and no spaces, quotes, backslashes, credentials or broken %-escapes \(got/,
  },
  {
    name: "a blank author name",
    edit: (d) => {
      d.authors[0]!.name = "   ";
    },
    code: "pattern",
    pointer: "/authors/0/name",
    message: /^must be text that is not blank \(got "   "\)$/,
  },
  {
    name: "misspelt enum value",
    edit: (d) => {
      (coup(d) as { outcome: string }).outcome = "sucessful";
    },
    code: "enum",
    pointer: "/events/2/outcome",
    message: /^must be one of successful, in-control, failed, attempted, plot, alleged \(got "sucessful"\)$/,
  },
  {
    name: "missing participant",
    edit: (d) => {
      meeting(d).participants.pop();
    },
    code: "too-few-items",
    pointer: "/events/0/participants",
    message: /at least 2 items \(got 1\)/,
  },
  {
    name: "impossible date",
    edit: (d) => {
      coup(d).date = { text: "30 February 2023", value: "2023-02-30", precision: "day", method: "explicit" };
    },
    code: "invalid-date",
    pointer: "/events/2/date/value",
    message: /not a real calendar date \(got "2023-02-30"\)/,
  },
  {
    name: "offset past the end of the text",
    edit: (d) => {
      const e = meeting(d).evidence?.[0];
      if (e) e.end = 99_999;
    },
    code: "evidence-out-of-range",
    pointer: "/events/0/evidence/0/end",
    message: /at most 2035/,
  },
  {
    name: "dangling reference",
    edit: (d) => {
      const p = meeting(d).participants[1];
      if (p) p.entity = "sergei-shoygu";
    },
    code: "dangling-reference",
    pointer: "/events/0/participants/1/entity",
    message: /^no person, country or organization has id "sergei-shoygu"$/,
  },
  {
    name: "a country's alpha-3 that is another country's (Burkina Faso's BF with Russia's RUS)",
    edit: (d) => {
      (d.entities[0] as { iso3: string }).iso3 = "RUS";
    },
    code: "inconsistent",
    pointer: "/entities/0/iso3",
    message: /^BF is Burkina Faso's alpha-2 code; its alpha-3 is BFA, not RUS, which is Russia's$/,
  },
  {
    name: "unknown property",
    edit: (d) => {
      (meeting(d) as unknown as Record<string, unknown>)["venue"] = "Moscow";
    },
    code: "unknown-property",
    pointer: "/events/0/venue",
    message: /not a known property/,
  },
  {
    name: "unknown kind",
    edit: (d) => {
      (d.events[1] as { kind: string }).kind = "Summit";
    },
    code: "unknown-kind",
    pointer: "/events/1/kind",
    message: /^must be one of Meeting, Coup, Partnership, Event \(got "Summit"\)$/,
  },
  {
    name: "missing required field",
    edit: (d) => {
      delete (coup(d) as Partial<Coup>).country;
    },
    code: "required",
    pointer: "/events/2/country",
    message: /required/,
  },
  {
    name: "date-time without an offset",
    edit: (d) => {
      d.published = "2023-11-08T12:00:00";
    },
    code: "format",
    pointer: "/published",
    message: /with a UTC offset/,
  },
  {
    name: "evidence snippet that does not match the body",
    edit: (d) => {
      const e = d.quotes?.[0]?.evidence?.[0];
      if (e) e.text = "readiness to work";
    },
    code: "evidence-mismatch",
    pointer: "/quotes/0/evidence/0/text",
    message: /must equal the body text/,
  },
  {
    name: "reference to the wrong kind of thing",
    edit: (d) => {
      meeting(d).advances = ["niger-coup-2023"];
    },
    code: "wrong-reference-type",
    pointer: "/events/0/advances/0",
    message: /is a Coup event, expected a Partnership event/,
  },
  {
    name: "duplicate id",
    edit: (d) => {
      d.entities.push({ type: "place", id: "niger", name: "Niger River" });
    },
    code: "duplicate-id",
    pointer: "/entities/10/id",
    message: /"niger" is already used at \/entities\/2/,
  },
  {
    name: "wrong JSON type",
    edit: (d) => {
      (d as Record<string, unknown>)["entities"] = "Burkina Faso";
    },
    code: "type",
    pointer: "/entities",
    message: /^must be array \(got string\)$/,
  },
  {
    name: "modified before published",
    edit: (d) => {
      d.modified = "2023-11-07T12:00:00+00:00";
    },
    code: "date-order",
    pointer: "/modified",
    message: /must not be before published/,
  },
  {
    name: "verification pointing at nothing",
    edit: (d) => {
      const v = d.verifications?.[0];
      if (v) v.target = "/events/9/date";
    },
    code: "unresolved-target",
    pointer: "/verifications/0/target",
    message: /nothing at \/events\/9\/date/,
  },
];

describe("one clear issue per typical mistake", () => {
  for (const c of cases) {
    test(c.name, () => {
      const result = validateDocument(mutated(c.edit));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map(formatIssue)).toHaveLength(1);
      const [issue] = result.issues;
      expect(issue.code).toBe(c.code);
      expect(issue.pointer).toBe(c.pointer);
      expect(issue.message).toMatch(c.message);
    });
  }
});

// Found by a trial of the packed package: JSON text's 1e400 is Infinity, and the message said
// "must be number (got number)".
test.each([
  ["1e400", "Infinity, a number out of range"],
  ["-1e400", "-Infinity, a number out of range"],
])("a number too large for a double (%s) is named as out of range", (text, got) => {
  const event = JSON.parse(
    `{"kind":"Coup","id":"x","name":"d","salience":"main","country":"niger","outcome":"failed","quantities":[{"counts":"killed","precision":"exact","value":${text},"text":"a"}]}`,
  );
  const result = validateEvent(event);
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([`/quantities/0/value: must be number (got ${got})`]);
});

// Found by a trial of the packed package: "must be a date-time with a UTC offset" for a value that
// had one, and no word of what was missing.
test.each([
  ["2024-01-01T10:00Z", "the seconds are missing"],
  ["2024-01-01T10:00:00", "the UTC offset is missing: add Z, or one such as +03:00"],
  ["2024-01-01T24:00:00Z", "24 is no hour of a day: 24:00 is 00:00 of the next day"],
  ["2024-01-01 10:00:00Z", 'the date and the time are joined by " ", not T'],
  ["2024-05-21T18:42:07+0200", "the offset is written without its colon (+02:00)"],
  // Found by a second trial: an impossible day or time was said to lack its offset.
  ["2023-07-32T08:15:00+01:00", "2023-07-32 is not a real calendar date"],
  ["2023-13-01T08:15:00+01:00", "2023-13-01 is not a real calendar date"],
  ["2023-07-27T08:61:00+01:00", "61 is no minute of an hour (00 to 59)"],
  ["2023-07-27T08:15:61+01:00", "61 is no second of a minute (00 to 59)"],
  ["2023-07-27T08:15:00+1:00", "the offset's hour has one digit: +01:00"],
  // Found by a trial of readRelativeDate's anchors (round 21): an offset out of range was named by nothing.
  ["2023-11-08T10:00:00+25:00", "+25:00 is no UTC offset: its hours run 00 to 23, its minutes 00 to 59"],
  ["2023-11-08T10:00:00-03:60", "-03:60 is no UTC offset: its hours run 00 to 23, its minutes 00 to 59"],
])("a date-time %s is named with what to change", (published, why) => {
  const result = validateDocument(
    mutated((d) => {
      d.published = published;
      delete d.modified;
    }),
  );
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
    `/published: must be a date-time with a UTC offset, like 2023-11-08T10:00:00+00:00 (got "${published}": ${why})`,
  ]);
});

test("two independent mistakes give two issues", () => {
  const result = validateDocument(
    mutated((d) => {
      (coup(d) as { outcome: string }).outcome = "won";
      (d as Record<string, unknown>)["extra"] = 1;
    }),
  );
  expect(result.ok ? [] : result.issues.map((i) => i.pointer).sort()).toEqual(["/events/2/outcome", "/extra"]);
});

describe("every missing property of an object is its own issue, and unknown ones get a suggestion", () => {
  test.each([
    [
      "a misspelt property",
      { kind: "Coup", id: "c", name: "c", salience: "main", country: "x", outcome: "failed", initators: ["military"] },
      ['/initators: is not a known property here; did you mean "initiators"?'],
    ],
    [
      "a misspelt required property",
      { kind: "Coup", id: "c", name: "c", salince: "main", country: "x", outcome: "failed" },
      ['/salience: is required but missing; is "salince" a misspelling of it?'],
    ],
    [
      "an unknown property far from any name: the valid ones are listed",
      {
        kind: "Meeting",
        id: "m",
        name: "m",
        salience: "main",
        participants: [
          { entity: "a", role: "host" },
          { entity: "b", role: "visitor" },
        ],
        scale: "bilateral",
        attendance: "in-person",
        zzz: 1,
      },
      [/^\/zzz: is not a known property here; expected one of advances, classes, date, /],
    ],
    [
      "an event with only its kind",
      { kind: "Coup" },
      ["id", "name", "salience", "country", "outcome"].map((k) => `/${k}: is required but missing`),
    ],
  ] as const)("%s", (_, input, expected) => {
    const result = validateEvent(input);
    const messages = result.ok ? [] : result.issues.map(formatIssue);
    expect(messages).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === "string" ? expect(messages[i]).toBe(e) : expect(messages[i]).toMatch(e)));
  });
});

// Found by a trial of the packed package: the hint named the unknown key itself (`/kind: … did you
// mean "kind"?` for an event given where a document goes), or listed the names of a schema that one
// key happened to fit (a live-blog update's, for a document's `headline`).
describe("a hint never names the unknown key itself, nor the names of a schema one key fits", () => {
  const coup = { kind: "Coup", id: "x", name: "d", salience: "main", country: "niger", outcome: "failed" };
  const unknownLines = (issues: readonly Issue[]) =>
    issues.filter((i) => i.message.startsWith("is not a known property here")).map(formatIssue);
  test.each([
    [
      "an event given as a document",
      () => validateDocument(coup),
      ["/kind", "/id", "/name", "/salience", "/country", "/outcome"],
    ],
    [
      "a coup's keys on a meeting (a duplicated kind key)",
      () => validateEvent({ ...coup, kind: "Meeting" }),
      ["/country", "/outcome"],
    ],
    [
      "a document's headline beside an event's kind",
      () => validateDocument({ headline: "x", kind: "Coup" }),
      ["/kind"],
    ],
  ])("%s", (_name, run, pointers) => {
    const result = run();
    const lines = unknownLines(result.ok ? [] : result.issues);
    expect(lines.map((l) => l.slice(0, l.indexOf(":")))).toEqual(pointers);
    for (const line of lines) {
      const key = line.slice(1, line.indexOf(":"));
      expect(line).not.toContain(`did you mean "${key}"`);
      expect(line).not.toContain("expected one of id, published, text, url");
    }
  });
});

// Found by a trial: a document root holding `id` and `language` was taken for a source (its keys
// fit one better), and its unknown keys were told "expected one of published, publisher, title, url".
// What the validator found missing there is the document's, so the hint lists the document's names.
test.each([
  ["a document root with a source's keys", () => validateDocument({ language: "en", id: "a", date: "x" }), "/date"],
  [
    "a PLOVER record given as a document",
    () => validateDocument({ id: "r", date: "2000-01-01", event: "AGREE", eventText: "agreed", language: "en" }),
    "/eventText",
  ],
])("%s: the unknown key's hint names the document's properties", (_name, run, pointer) => {
  const result = run();
  const issue = result.ok ? undefined : result.issues.find((i) => i.pointer === pointer);
  expect(issue?.message).toMatch(/^is not a known property here; expected one of authors, body, /);
  expect(issue?.message).not.toMatch(/\btitle\b|speakers/);
});

describe("no message shows a regular expression: every schema pattern and format has words", () => {
  // The generator refuses a pattern without words (test/generate): here, every pattern and format
  // the shipped validators can report is one EXPECTED puts in words.
  test("every pattern and format the validators report has words", () => {
    const code = readFileSync(repoPath("src/generated/check-validators.js"), "utf8");
    const reported = [...code.matchAll(/(?<=,)\{(?:pattern|format): ("(?:[^"\\]|\\.)*")\}/g)].map(
      (m) => JSON.parse(m[1] ?? "") as string,
    );
    expect(reported.length).toBeGreaterThan(50);
    expect([...new Set(reported)].filter((key) => !Object.hasOwn(EXPECTED, key))).toEqual([]);
  });
  test.each(Object.entries(EXPECTED))("%s", (key, words) => {
    expect(expectedWords(key)).toBe(words);
    expect(words).not.toMatch(/[\\^$[\]]/);
  });
});

// Found by a trial of the packed package: a general event with neither a PLOVER type nor a Wikidata
// class was told only "/plover: is required", though `classes` would do (the schema's anyOf).
test("a general event with neither plover nor classes is told that classes would do", () => {
  const event = { kind: "Event", id: "plot", name: "A plot against the junta", salience: "main" };
  const alone = validateEvent(event);
  expect(alone.ok ? [] : alone.issues.map(formatIssue)).toEqual([
    "/plover: is required but missing, unless classes is given instead",
  ]);
  expect(validateEvent({ ...event, classes: ["Q45382"] }).ok).toBe(true); // coup d'état
  const inDocument = validateDocument(mutated((d) => void (d.events = [event as never])));
  expect(inDocument.ok ? [] : inDocument.issues.map(formatIssue)).toContain(
    "/events/0/plover: is required but missing, unless classes is given instead",
  );
});
