// Meeting and Coup written with TypeBox and compiled by its TypeCompiler (`new Function`): the
// constraints of bench/peers/constraints.mjs.
import { Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { ENUM, PATTERN, versionOf } from "./constraints.mjs";

const strict = (properties) => Type.Object(properties, { additionalProperties: false });
const oneOf = (values) => Type.Union(values.map((value) => Type.Literal(value)));
const id = Type.String({ pattern: PATTERN.id });
const nonEmpty = Type.String({ minLength: 1 });
const calendarDate = Type.String({ pattern: PATTERN.calendarDate });
const evidence = strict({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 1 }), text: nonEmpty });
const fuzzyDate = strict({
  text: Type.Optional(nonEmpty),
  value: Type.String({ pattern: PATTERN.fuzzyValue }),
  precision: oneOf(ENUM.precision),
  method: oneOf(ENUM.method),
  anchor: Type.Optional(calendarDate),
  evidence: Type.Optional(Type.Array(evidence)),
});
const common = {
  id,
  name: nonEmpty,
  summary: Type.Optional(nonEmpty),
  salience: oneOf(ENUM.salience),
  date: Type.Optional(fuzzyDate),
  endDate: Type.Optional(fuzzyDate),
  location: Type.Optional(id),
  wikidata: Type.Optional(Type.String({ pattern: PATTERN.wikidata })),
  evidence: Type.Optional(Type.Array(evidence)),
};
const meeting = strict({
  ...common,
  kind: Type.Literal("Meeting"),
  participants: Type.Array(
    strict({
      entity: id,
      role: oneOf(ENUM.meetingRole),
      represents: Type.Optional(id),
      evidence: Type.Optional(Type.Array(evidence)),
    }),
    { minItems: 2 },
  ),
  scale: oneOf(ENUM.scale),
  attendance: oneOf(ENUM.attendance),
  visit: Type.Optional(oneOf(ENUM.visit)),
  thirdLocation: Type.Optional(Type.Boolean()),
  status: Type.Optional(oneOf(ENUM.status)),
  topics: Type.Optional(Type.Array(nonEmpty)),
  outcomes: Type.Optional(Type.Array(nonEmpty)),
  advances: Type.Optional(Type.Array(id)),
});
const coup = strict({
  ...common,
  kind: Type.Literal("Coup"),
  country: id,
  participants: Type.Optional(
    Type.Array(
      strict({
        entity: id,
        role: oneOf(ENUM.coupRole),
        represents: Type.Optional(id),
        evidence: Type.Optional(Type.Array(evidence)),
        fate: Type.Optional(Type.Array(oneOf(ENUM.fate), { uniqueItems: true })),
      }),
    ),
  ),
  initiators: Type.Optional(Type.Array(oneOf(ENUM.initiator), { minItems: 1, uniqueItems: true })),
  outcome: oneOf(ENUM.outcome),
  outcomeAsOf: Type.Optional(calendarDate),
});

const compiledMeeting = TypeCompiler.Compile(meeting);
const compiledCoup = TypeCompiler.Compile(coup);
export default {
  name: `TypeBox ${versionOf("@sinclair/typebox")} TypeCompiler`,
  eval: true,
  meeting: (x) => compiledMeeting.Check(x),
  coup: (x) => compiledCoup.Check(x),
};
