// The Meeting shape written with valibot, for the validation comparison: the same constraints as
// schemas/meeting.json (and its shared definitions) that a typical meeting exercises.
import * as v from "valibot";

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/));
const calendarDate = v.pipe(v.string(), v.regex(/^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/));
const evidence = v.strictObject({ start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(1)), text: v.pipe(v.string(), v.minLength(1)) });
const fuzzyDate = v.strictObject({
  text: v.optional(v.pipe(v.string(), v.minLength(1))),
  value: v.pipe(v.string(), v.regex(/^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?(\/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$/)),
  precision: v.picklist(["day", "month", "year", "interval"]),
  method: v.picklist(["explicit", "relative", "source", "inferred"]),
  anchor: v.optional(calendarDate),
  evidence: v.optional(v.array(evidence)),
});
const participant = v.strictObject({
  entity: id,
  role: v.picklist(["host", "visitor", "participant", "mediator"]),
  represents: v.optional(id),
  evidence: v.optional(v.array(evidence)),
});
export const meeting = v.strictObject({
  kind: v.literal("Meeting"),
  id,
  name: v.pipe(v.string(), v.minLength(1)),
  summary: v.optional(v.pipe(v.string(), v.minLength(1))),
  salience: v.picklist(["main", "background"]),
  date: v.optional(fuzzyDate),
  endDate: v.optional(fuzzyDate),
  location: v.optional(id),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q[1-9][0-9]*$/))),
  evidence: v.optional(v.array(evidence)),
  participants: v.pipe(v.array(participant), v.minLength(2)),
  scale: v.picklist(["bilateral", "multilateral"]),
  attendance: v.picklist(["in-person", "remote", "hybrid"]),
  thirdLocation: v.optional(v.boolean()),
  status: v.optional(v.picklist(["occurred", "planned", "cancelled", "postponed"])),
  topics: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  outcomes: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  advances: v.optional(v.array(id)),
});
