// src/generated/property-names.ts: the property names of every object schema, one set per schema,
// for "did you mean" messages: the validators stop at an unknown property without saying which
// properties were expected.
import { BANNER, forEachObjectSchema } from "./schemas.mjs";

/** The text of src/generated/property-names.ts. */
export function generatePropertyNames(schemas) {
  const sets = new Set();
  forEachObjectSchema(schemas, (node) =>
    sets.add(
      Object.keys(node.properties)
        .filter((k) => k !== "$schema")
        .sort()
        .join(","),
    ),
  );
  return `${BANNER}
/** The property names of each object in the schemas: names joined by ",", objects by "|". */
export const PROPERTY_NAMES = ${JSON.stringify([...sets].sort().join("|"))};
`;
}
