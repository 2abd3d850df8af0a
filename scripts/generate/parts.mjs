// The parts of a document that have a validator of their own.
import { BANNER, resolveRef } from "./schemas.mjs";

/**
 * The document's array properties whose items are another file's schema (an Entity of defs.json,
 * an event of event.json): `{ key, validator, ref }`, in document order. Explaining a failed
 * document validates each item of these on its own, so that a document gets one issue per faulty
 * item; arrays of the document's own definitions (authors, images, updates) are checked with it.
 */
export function documentParts(schemas) {
  const document = schemas["document.json"];
  if (!document) throw new Error("schemas: there is no document.json");
  const parts = [];
  for (const [key, property] of Object.entries(document.properties ?? {})) {
    const ref = property.type === "array" ? property.items?.$ref : undefined;
    if (typeof ref !== "string" || ref.startsWith("#")) continue;
    const { file, name } = resolveRef(schemas, ref, "document.json");
    const [, fragment] = ref.split("#");
    // Entity → entity; event.json (titled NewsEvent) → event.
    const validator = fragment === undefined ? file.replace(/\.json$/, "") : name[0].toLowerCase() + name.slice(1);
    parts.push({ key, validator, ref: fragment === undefined ? file : `${file}#${fragment}` });
  }
  return parts;
}

/**
 * The text of src/generated/document-parts.ts: each part with its validator, in a function that
 * names every validator statically, so that a bundle that never explains a document (one that
 * imports validateEvent alone) drops the other validators. (A lookup by name, `check[name]`, would
 * keep them all.)
 */
export function generateDocumentParts(schemas) {
  const parts = documentParts(schemas);
  return `${BANNER}
import * as check from "./check-validators.js";
import type { CompiledValidator } from "./check-validators.js";

/** The document's arrays whose items have a validator of their own, with that validator. */
export const documentParts = (): readonly (readonly [key: string, validator: CompiledValidator])[] => [
${parts.map((p) => `  [${JSON.stringify(p.key)}, check.check_${p.validator}],`).join("\n")}
];
`;
}
