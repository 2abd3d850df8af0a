#!/usr/bin/env node
// Regenerates everything derived from schemas/*.json (the single source of truth), one pure step
// each in scripts/generate/:
//   src/generated/types.ts             TypeScript types, via json-schema-to-typescript (types.mjs)
//   src/generated/public-types.ts      the explicit list of them news-events/model exports (types.mjs)
//   src/generated/check-validators.js  Ajv standalone validators that stop at the first error, no
//                  (+ .d.ts)           eval/new Function (validators.mjs)
//   src/generated/fast-path.js         one pass that says a valid event is valid: the schema, plain
//                  (+ .d.ts)           data and the checks beyond the schema in one read (fast-path.mjs)
//   src/generated/schema-facts.ts      document parts, union tags, event kinds, id/URL/QID keys,
//                                      required fields, each pattern in words (facts.mjs)
//   src/generated/patterns.ts          the patterns code outside the validators needs (patterns.mjs)
//   src/generated/property-names.ts    each object's property names, for "did you mean" (property-names.mjs)
//   src/generated/schemaorg-vocabulary.ts  schema.org 30.0's classes and properties for the checker,
//                                      from vendor/schemaorg-30.0 (schemaorg.mjs)
//   src/generated/country-codes.ts     ISO 3166-1's alpha-2/alpha-3 pairs with English names, from
//                                      Unicode CLDR in vendor/cldr-country-codes (country-codes.mjs)
//   schemas/context.jsonld             the Linked Data context of a whole document (context.mjs)
//   docs/vocabulary.md                 its own terms (vocabulary-doc.mjs)
// `node scripts/generate.mjs --check` writes nothing and exits 1 when a generated file is stale.
import { fileURLToPath } from "node:url";
import { run } from "./generate/main.mjs";

export { generateAll } from "./generate/main.mjs";

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) process.exitCode = (await run({ check: process.argv.includes("--check") })) ? 1 : 0;
