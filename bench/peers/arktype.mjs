// Meeting and Coup written with ArkType (which compiles its checks with `new Function`): the
// constraints of bench/peers/constraints.mjs.
import { type } from "arktype";
import { ENUM, PATTERN, uniqueStrings, versionOf } from "./constraints.mjs";

const literalUnion = (values) => type.enumerated(...values);
const pattern = (source) => type(new RegExp(source));
const idType = pattern(PATTERN.id);
const nonEmpty = type("string >= 1");
const evidence = type({ "+": "reject", start: "number.integer >= 0", end: "number.integer >= 1", text: nonEmpty });
const fuzzyDate = type({
  "+": "reject",
  "text?": nonEmpty,
  value: pattern(PATTERN.fuzzyValue),
  precision: literalUnion(ENUM.precision),
  method: literalUnion(ENUM.method),
  "anchor?": pattern(PATTERN.calendarDate),
  "evidence?": evidence.array(),
});
const common = {
  "+": "reject",
  id: idType,
  name: nonEmpty,
  "summary?": nonEmpty,
  salience: literalUnion(ENUM.salience),
  "date?": fuzzyDate,
  "endDate?": fuzzyDate,
  "location?": idType,
  "wikidata?": pattern(PATTERN.wikidata),
  "evidence?": evidence.array(),
};
const meeting = type({
  ...common,
  kind: "'Meeting'",
  participants: type({
    "+": "reject",
    entity: idType,
    role: literalUnion(ENUM.meetingRole),
    "represents?": idType,
    "evidence?": evidence.array(),
  })
    .array()
    .atLeastLength(2),
  scale: literalUnion(ENUM.scale),
  attendance: literalUnion(ENUM.attendance),
  "visit?": literalUnion(ENUM.visit),
  "thirdLocation?": "boolean",
  "status?": literalUnion(ENUM.status),
  "topics?": nonEmpty.array(),
  "outcomes?": nonEmpty.array(),
  "advances?": idType.array(),
});
const coup = type({
  ...common,
  kind: "'Coup'",
  country: idType,
  "participants?": type({
    "+": "reject",
    entity: idType,
    role: literalUnion(ENUM.coupRole),
    "represents?": idType,
    "evidence?": evidence.array(),
    "fate?": literalUnion(ENUM.fate).array().narrow(uniqueStrings),
  }).array(),
  "initiators?": literalUnion(ENUM.initiator).array().atLeastLength(1).narrow(uniqueStrings),
  outcome: literalUnion(ENUM.outcome),
  "outcomeAsOf?": pattern(PATTERN.calendarDate),
});

export default {
  name: `ArkType ${versionOf("arktype")}`,
  eval: true,
  meeting: (x) => meeting.allows(x),
  coup: (x) => coup.allows(x),
};
