// src/generated/schema-facts.ts: what code outside the validators knows of the schemas, taken from
// them so that it cannot drift: the document's parts, the tags of tagged unions, the event kinds,
// the keys that hold ids, URLs and QIDs, the document's required fields and each pattern in words.
import { BANNER, forEachObjectSchema, resolveRef } from "./schemas.mjs";
import { documentParts } from "./parts.mjs";
import { expectations } from "./expected.mjs";

/** The values of each discriminator tag: `{ tag: [value…] }`, from each branch's `const`. */
export function tagValues(schemas) {
  const tags = {};
  const visit = (node, file) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, file));
    if (!node || typeof node !== "object") return;
    if (node.discriminator) {
      const tag = node.discriminator.propertyName;
      const values = node.oneOf.map((branch) => {
        const def = branch.$ref ? resolveRef(schemas, branch.$ref, file).def : branch;
        const value = def.properties?.[tag]?.const;
        if (typeof value !== "string")
          throw new Error(`schemas: a branch of the ${tag} union in ${file} has no const ${tag}`);
        return value;
      });
      if (tags[tag] && tags[tag].join() !== values.join())
        throw new Error(
          `schemas: two unions tagged "${tag}" take different values; messages could not tell them apart`,
        );
      tags[tag] = values;
    }
    for (const value of Object.values(node)) visit(value, file);
  };
  for (const [file, schema] of Object.entries(schemas)) visit(schema, file);
  return tags;
}

/**
 * The property names typed as the `$defs` entry `def` (directly or as array items), sorted. A name
 * that is also a plain string of another kind somewhere (Verification's `target`, a JSON Pointer,
 * against RelativeTime's, an Id) is left out: a walk over a document cannot tell its values apart.
 * Arrays of objects under the same name (the document's `sources`) are no clash: they are walked.
 */
export function keysTypedAs(schemas, def) {
  const typed = new Set();
  const other = new Set();
  forEachObjectSchema(schemas, (node) => {
    for (const [name, sub] of Object.entries(node.properties)) {
      const ref = sub.$ref ?? sub.items?.$ref;
      if (typeof ref === "string" && ref.endsWith(`/$defs/${def}`)) typed.add(name);
      else if (sub.type === "string" || sub.items?.type === "string") other.add(name);
    }
  });
  return [...typed].filter((name) => !other.has(name)).sort();
}

const list = (values) => `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;

/** The text of src/generated/schema-facts.ts. */
export function generateFacts(schemas) {
  const parts = documentParts(schemas);
  const tags = tagValues(schemas);
  const kinds = tags[schemas["event.json"]?.discriminator?.propertyName];
  if (!kinds) throw new Error("schemas: event.json is not a tagged union");
  const required = schemas["document.json"].required ?? [];
  const ratings = schemas["defs.json"]?.$defs?.Verification?.properties?.rating?.enum;
  if (!ratings) throw new Error("schemas: defs.json's Verification has no rating enum");
  const expected = expectations(schemas);
  return `${BANNER}
/**
 * The arrays of a document whose items have a validator of their own (document.json's arrays of
 * another file's schema), with that validator's name in check-validators.js.
 */
export const DOCUMENT_PARTS = [
${parts.map((p) => `  [${JSON.stringify(p.key)}, ${JSON.stringify(`check_${p.validator}`)}],`).join("\n")}
] as const;

/** The values each tag of a tagged union (a \`discriminator\`) may take, in schema order. */
export const TAG_VALUES: Readonly<Record<string, readonly string[]>> = {
${Object.entries(tags)
  .map(([tag, values]) => `  ${tag}: ${list(values)},`)
  .join("\n")}
};

/** Every event kind (the values of an event's \`kind\`), in schema order. */
export const EVENT_KINDS = ${list(kinds)} as const;

/** The fields a document must have (document.json's \`required\`), in schema order. */
export const REQUIRED_DOCUMENT_FIELDS = ${list(required)} as const;

/** The ratings a verification gives (defs.json's Verification \`rating\`), in schema order. */
export const RATINGS = ${list(ratings)} as const;

/**
 * The property names typed as an Id (defs.json#/$defs/Id), directly or as a list: the values that
 * can end up inside an \`@id\` IRI. A name that is another kind of string elsewhere is left out.
 */
export const ID_KEYS: readonly string[] = ${list(keysTypedAs(schemas, "Id"))};

/** The property names typed as a Url (defs.json#/$defs/Url), directly or as a list. */
export const URL_KEYS: readonly string[] = ${list(keysTypedAs(schemas, "Url"))};

/** The property names typed as a Wikidata QID (defs.json#/$defs/Wikidata), directly or as a list. */
export const WIKIDATA_KEYS: readonly string[] = ${list(keysTypedAs(schemas, "Wikidata"))};

/**
 * What each pattern and format asks for, in words (the \`$comment\` beside it in the schemas), by
 * the key the validators' errors carry in \`params.pattern\` / \`params.format\`: the \`$defs\`
 * name (Url), or \`Owner.property\` for a pattern of one property (FuzzyDate.time).
 */
export const EXPECTED: Readonly<Record<string, string>> = {
${expected.map((e) => `  ${/^\w+$/.test(e.key) ? e.key : JSON.stringify(e.key)}: ${JSON.stringify(e.words)},`).join("\n")}
};
`;
}
