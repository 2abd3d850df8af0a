// Meeting and Coup written with valibot (no eval): the constraints of bench/peers/constraints.mjs.
import * as v from "valibot";
import { ENUM, PATTERN, uniqueStrings, versionOf } from "./constraints.mjs";

const id = v.pipe(v.string(), v.regex(new RegExp(PATTERN.id)));
const nonEmpty = v.pipe(v.string(), v.minLength(1));
const calendarDate = v.pipe(v.string(), v.regex(new RegExp(PATTERN.calendarDate)));
const evidence = v.strictObject({
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(1)),
  text: nonEmpty,
});
const fuzzyDate = v.strictObject({
  text: v.optional(nonEmpty),
  value: v.pipe(v.string(), v.regex(new RegExp(PATTERN.fuzzyValue))),
  precision: v.picklist(ENUM.precision),
  method: v.picklist(ENUM.method),
  anchor: v.optional(calendarDate),
  evidence: v.optional(v.array(evidence)),
});
const common = {
  id,
  name: nonEmpty,
  summary: v.optional(nonEmpty),
  salience: v.picklist(ENUM.salience),
  date: v.optional(fuzzyDate),
  endDate: v.optional(fuzzyDate),
  location: v.optional(id),
  wikidata: v.optional(v.pipe(v.string(), v.regex(new RegExp(PATTERN.wikidata)))),
  evidence: v.optional(v.array(evidence)),
};
const meeting = v.strictObject({
  ...common,
  kind: v.literal("Meeting"),
  participants: v.pipe(
    v.array(
      v.strictObject({
        entity: id,
        role: v.picklist(ENUM.meetingRole),
        represents: v.optional(id),
        evidence: v.optional(v.array(evidence)),
      }),
    ),
    v.minLength(2),
  ),
  scale: v.picklist(ENUM.scale),
  attendance: v.picklist(ENUM.attendance),
  visit: v.optional(v.picklist(ENUM.visit)),
  thirdLocation: v.optional(v.boolean()),
  status: v.optional(v.picklist(ENUM.status)),
  topics: v.optional(v.array(nonEmpty)),
  outcomes: v.optional(v.array(nonEmpty)),
  advances: v.optional(v.array(id)),
});
const coup = v.strictObject({
  ...common,
  kind: v.literal("Coup"),
  country: id,
  participants: v.optional(
    v.array(
      v.strictObject({
        entity: id,
        role: v.picklist(ENUM.coupRole),
        represents: v.optional(id),
        evidence: v.optional(v.array(evidence)),
        fate: v.optional(v.pipe(v.array(v.picklist(ENUM.fate)), v.check(uniqueStrings))),
      }),
    ),
  ),
  initiators: v.optional(v.pipe(v.array(v.picklist(ENUM.initiator)), v.minLength(1), v.check(uniqueStrings))),
  outcome: v.picklist(ENUM.outcome),
  outcomeAsOf: v.optional(calendarDate),
});

export default {
  name: `valibot ${versionOf("valibot")}`,
  eval: false,
  meeting: (x) => v.safeParse(meeting, x).success,
  coup: (x) => v.safeParse(coup, x).success,
};
