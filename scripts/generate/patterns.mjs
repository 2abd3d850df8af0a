// src/generated/patterns.ts: the patterns code outside the validators needs (the JSON-LD builder
// refuses unsafe input without carrying a validator), taken from the schemas so that they cannot
// drift apart.
import { BANNER } from "./schemas.mjs";
import { typedPatternFunction } from "./pattern-code.mjs";
import { FORMATS } from "./validators.mjs";

/** A string literal with ASCII-only source: characters past U+007E become \\u escapes. */
const literal = (text) =>
  JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * The four exports of one pattern: its source, the RegExp, the longest value the schema accepts,
 * and the test of a text against the pattern as the validators compile it (pattern-code.mjs; the
 * RegExp's own test where the pattern is not a simple one).
 */
function entry(name, node, where, doc) {
  if (typeof node?.pattern !== "string") throw new Error(`schemas: ${where} has no pattern`);
  const upper = name.toUpperCase();
  const test = typedPatternFunction(node.pattern) ?? `(text: string): boolean => ${upper}_PATTERN.test(text)`;
  return `/** The source of ${upper}_PATTERN, exactly as in the schema. */
export const ${upper}_PATTERN_SOURCE = ${literal(node.pattern)};
/** ${doc} (${where}). */
export const ${upper}_PATTERN: RegExp = new RegExp(${upper}_PATTERN_SOURCE);
/** The longest ${name} the schema accepts (Infinity: no maxLength; the pattern may still bound it). */
export const ${upper}_MAX_LENGTH: number = ${node.maxLength ?? "Infinity"};
/** Whether a text matches ${upper}_PATTERN: the same answer, tested as the validators test it. */
export const matches${name}: (text: string) => boolean = ${test};
`;
}

/**
 * The date-time format the validators compile (validators.mjs's FORMATS), for code that must accept
 * the date-times they accept without carrying a validator (readRelativeDate's anchor).
 */
function dateTimeFormat() {
  return `/** The source of DATE_TIME_FORMAT, exactly as the validators' "date-time" format (scripts/generate/validators.mjs). */
export const DATE_TIME_FORMAT_SOURCE = ${literal(FORMATS["date-time"].source)};
/** An RFC 3339 date-time with its UTC offset, as the validators' "date-time" format accepts it. */
export const DATE_TIME_FORMAT: RegExp = new RegExp(DATE_TIME_FORMAT_SOURCE);
`;
}

/** The text of src/generated/patterns.ts. */
export function generatePatterns(schemas) {
  const defs = schemas["defs.json"].$defs;
  const def = (name, doc) => entry(name, defs[name], `schemas/defs.json#/$defs/${name}`, doc);
  const language = schemas["document.json"].properties.language;
  return `${BANNER}
${def("Url", "An absolute http(s) URL that browsers read as written")}
${def("Id", "A document-local id, safe inside an IRI")}
${def("Wikidata", "A Wikidata item id (QID)")}
${entry("Language", language, "schemas/document.json#/properties/language", "A BCP 47 language tag such as en or fr-BF")}
${dateTimeFormat()}`;
}
