import { describe, expectTypeOf, test } from "vitest";
import type {
  Author,
  Coup,
  EventOfKind,
  GeneralEvent,
  Meeting,
  NewsDocument,
  NewsEvent,
  Partnership,
  PloverTerm,
  ValidationResult,
} from "../../src/index.js";
import { isCoup, isMeeting, validateDocument, validateEvent } from "../../src/index.js";

describe("the event union narrows on kind", () => {
  test("switch on kind", () => {
    const handle = (event: NewsEvent) => {
      switch (event.kind) {
        case "Meeting":
          expectTypeOf(event).toEqualTypeOf<Meeting>();
          expectTypeOf(event.attendance).toEqualTypeOf<"in-person" | "remote" | "hybrid">();
          return event.scale;
        case "Coup":
          expectTypeOf(event).toEqualTypeOf<Coup>();
          expectTypeOf(event.outcome).toEqualTypeOf<
            "successful" | "in-control" | "failed" | "attempted" | "plot" | "alleged"
          >();
          return event.country;
        case "Partnership":
          expectTypeOf(event).toEqualTypeOf<Partnership>();
          return event.symmetry;
        case "Event":
          expectTypeOf(event).toEqualTypeOf<GeneralEvent>();
          expectTypeOf(event.plover?.code).toEqualTypeOf<PloverTerm["code"] | undefined>();
          return event.name;
        default:
          expectTypeOf(event).toBeNever();
          return event;
      }
    };
    expectTypeOf(handle).returns.toBeString();
  });

  test("EventOfKind picks one member", () => {
    expectTypeOf<EventOfKind<"Coup">>().toEqualTypeOf<Coup>();
  });

  test("type guards narrow unknown input and filter arrays", () => {
    const events: NewsEvent[] = [];
    expectTypeOf(events.filter(isMeeting)).toEqualTypeOf<Meeting[]>();
    const input: unknown = null;
    if (isCoup(input)) expectTypeOf(input).toEqualTypeOf<Coup>();
  });

  test("safe validation results are discriminated on ok", () => {
    const result = validateDocument({});
    expectTypeOf(result).toEqualTypeOf<ValidationResult<NewsDocument>>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<NewsDocument>();
    else expectTypeOf(result.issues[0].pointer).toBeString();
    expectTypeOf(validateEvent).returns.toEqualTypeOf<ValidationResult<NewsEvent>>();
  });
});

describe("wrong shapes do not compile", () => {
  test("misspelt enum value", () => {
    // @ts-expect-error "sucessful" is not an outcome
    const coup: Coup = { kind: "Coup", id: "c", name: "c", salience: "main", country: "x", outcome: "sucessful" };
    void coup;
  });
  test("missing required property", () => {
    // @ts-expect-error a meeting needs participants, scale and attendance
    const meeting: Meeting = { kind: "Meeting", id: "m", name: "m", salience: "main" };
    void meeting;
  });
  test("unknown property", () => {
    const partnership: Partnership = {
      kind: "Partnership",
      id: "p",
      name: "p",
      salience: "main",
      participants: [],
      scale: "bilateral",
      domains: ["defence"],
      stage: "signed",
      symmetry: "mutual",
      // @ts-expect-error no such property
      signedOn: "2023-01-01",
    };
    void partnership;
  });
  test("unknown kind", () => {
    // @ts-expect-error "Summit" is not an event kind
    const event: NewsEvent = { kind: "Summit", id: "s", name: "s", salience: "main" };
    void event;
  });
  test("a meeting role on a coup participant", () => {
    const coup: Coup = {
      kind: "Coup",
      id: "c",
      name: "c",
      salience: "main",
      country: "x",
      outcome: "failed",
      // @ts-expect-error "host" is a meeting role
      participants: [{ entity: "a", role: "host" }],
    };
    void coup;
  });
  test("a document without authors (the schema's minItems 1, as a non-empty tuple)", () => {
    const publisher = { name: "Example News", url: "https://news.example.org/" };
    const base = {
      headline: "h",
      url: "https://news.example.org/a",
      published: "2024-01-01T00:00:00Z",
      language: "en",
    };
    // @ts-expect-error authors must hold at least one author
    const none: NewsDocument = { ...base, authors: [], publisher };
    const one: NewsDocument = { ...base, authors: [{ type: "person", name: "Jane Doe" }], publisher };
    // With noUncheckedIndexedAccess, the first author is there without a check.
    expectTypeOf(one.authors[0]).toEqualTypeOf<Author>();
    const list: Author[] = [];
    // @ts-expect-error a plain Author[] may be empty
    const fromList: NewsDocument = { ...base, authors: list, publisher };
    void [none, fromList];
  });
  test("exactOptionalPropertyTypes: optional means absent, not undefined", () => {
    // @ts-expect-error summary may be absent but not undefined
    const coup: Coup = {
      kind: "Coup",
      id: "c",
      name: "c",
      salience: "main",
      country: "x",
      outcome: "failed",
      summary: undefined,
    };
    void coup;
  });
});
