// Meeting and Coup written with zod 4: the constraints of bench/peers/constraints.mjs. zod 4
// compiles object shapes with `new Function` when it may (and falls back when it may not).
import { z } from "zod";
import { ENUM, PATTERN, uniqueStrings, versionOf } from "./constraints.mjs";

const id = z.string().regex(new RegExp(PATTERN.id));
const nonEmpty = z.string().min(1);
const calendarDate = z.string().regex(new RegExp(PATTERN.calendarDate));
const evidence = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1), text: nonEmpty });
const fuzzyDate = z.strictObject({
  text: nonEmpty.optional(),
  value: z.string().regex(new RegExp(PATTERN.fuzzyValue)),
  precision: z.enum(ENUM.precision),
  method: z.enum(ENUM.method),
  anchor: calendarDate.optional(),
  evidence: z.array(evidence).optional(),
});
const common = {
  id,
  name: nonEmpty,
  summary: nonEmpty.optional(),
  salience: z.enum(ENUM.salience),
  date: fuzzyDate.optional(),
  endDate: fuzzyDate.optional(),
  location: id.optional(),
  wikidata: z.string().regex(new RegExp(PATTERN.wikidata)).optional(),
  evidence: z.array(evidence).optional(),
};
const meeting = z.strictObject({
  ...common,
  kind: z.literal("Meeting"),
  participants: z
    .array(
      z.strictObject({
        entity: id,
        role: z.enum(ENUM.meetingRole),
        represents: id.optional(),
        evidence: z.array(evidence).optional(),
      }),
    )
    .min(2),
  scale: z.enum(ENUM.scale),
  attendance: z.enum(ENUM.attendance),
  visit: z.enum(ENUM.visit).optional(),
  thirdLocation: z.boolean().optional(),
  status: z.enum(ENUM.status).optional(),
  topics: z.array(nonEmpty).optional(),
  outcomes: z.array(nonEmpty).optional(),
  advances: z.array(id).optional(),
});
const coup = z.strictObject({
  ...common,
  kind: z.literal("Coup"),
  country: id,
  participants: z
    .array(
      z.strictObject({
        entity: id,
        role: z.enum(ENUM.coupRole),
        represents: id.optional(),
        evidence: z.array(evidence).optional(),
        fate: z.array(z.enum(ENUM.fate)).refine(uniqueStrings).optional(),
      }),
    )
    .optional(),
  initiators: z.array(z.enum(ENUM.initiator)).min(1).refine(uniqueStrings).optional(),
  outcome: z.enum(ENUM.outcome),
  outcomeAsOf: calendarDate.optional(),
});

export default {
  name: `zod ${versionOf("zod")}`,
  eval: true,
  meeting: (x) => meeting.safeParse(x).success,
  coup: (x) => coup.safeParse(x).success,
};
