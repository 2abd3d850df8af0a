import type { StandardSchemaV1 } from "@standard-schema/spec";
import { initTRPC, TRPCError } from "@trpc/server";
import { describe, expect, expectTypeOf, test } from "vitest";
import { z } from "zod";
import {
  coupSchema,
  documentSchema,
  eventSchema,
  formatIssue,
  meetingSchema,
  parsePointer,
  partnershipSchema,
  validateDocument,
  type Coup,
  type NewsDocument,
} from "../../src/index.js";
import { canonicalDocument, deepFreeze } from "../helpers/fixtures.js";

const doc = deepFreeze(canonicalDocument());
const coup = doc.events[2] as Coup;

test("each schema implements Standard Schema v1 with vendor news-events, typed by the spec", () => {
  for (const schema of [documentSchema, eventSchema, meetingSchema, coupSchema, partnershipSchema]) {
    expect(schema["~standard"].version).toBe(1);
    expect(schema["~standard"].vendor).toBe("news-events");
  }
  expectTypeOf<StandardSchemaV1.InferOutput<typeof documentSchema>>().toEqualTypeOf<NewsDocument>();
  expectTypeOf<StandardSchemaV1.InferOutput<typeof coupSchema>>().toEqualTypeOf<Coup>();
});

test("valid input comes back as the value; invalid gives every issue with a path", () => {
  expect(documentSchema["~standard"].validate(doc)).toEqual({ value: doc });
  const result = documentSchema["~standard"].validate({
    ...doc,
    headline: "",
    events: [{ ...coup, outcome: "won" }],
  }) as StandardSchemaV1.FailureResult;
  expect(result.issues).toEqual([
    { message: "must not be empty", path: ["headline"] },
    {
      message: 'must be one of successful, in-control, failed, attempted, plot, alleged (got "won")',
      path: ["events", 0, "outcome"],
    },
  ]);
});

test("a per-kind schema refuses another kind at kind", () => {
  expect(coupSchema["~standard"].validate(coup)).toEqual({ value: coup });
  expect(meetingSchema["~standard"].validate(coup)).toEqual({
    issues: [{ message: "this is a Coup, not a Meeting: validate it with coupSchema or eventSchema", path: ["kind"] }],
  });
});

describe("through a real library that accepts Standard Schema: tRPC", () => {
  const t = initTRPC.create();
  const router = t.router({ publish: t.procedure.input(documentSchema).mutation(({ input }) => input.headline) });
  const caller = t.createCallerFactory(router)({});

  test("a valid document reaches the procedure, typed", async () => {
    expect(await caller.publish(doc)).toBe(doc.headline);
  });

  test("an invalid one is refused with all its issues", async () => {
    const error = await caller.publish({} as NewsDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    const issues = ((error as TRPCError).cause as unknown as { issues: StandardSchemaV1.Issue[] }).issues;
    expect(issues.map((i) => i.path?.join("/"))).toEqual([
      "headline",
      "url",
      "published",
      "language",
      "authors",
      "publisher",
    ]);
  });
});

test("the Zod adapter for Astro content collections (docs/validation.md) reports every issue, not the first", () => {
  // The adapter as the guide gives it.
  const newsDocument = z.unknown().transform((value, ctx) => {
    const result = validateDocument(value);
    if (result.ok) return result.value;
    for (const issue of result.issues)
      ctx.addIssue({ code: "custom", message: formatIssue(issue), path: parsePointer(issue.pointer) });
    return z.NEVER;
  });
  expect(newsDocument.parse(doc)).toBe(doc);
  const parsed = newsDocument.safeParse({
    ...doc,
    url: "http://",
    events: [
      { ...coup, outcome: "won" },
      { ...coup, id: "other", country: 5 },
    ],
  });
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((i) => i.path.join("/"))).toEqual(["url", "events/0/outcome", "events/1/country"]);
});
