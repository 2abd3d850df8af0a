// src/generated/types.ts: the TypeScript types, via json-schema-to-typescript.
import { compile } from "json-schema-to-typescript";
import { BANNER, resolveRef } from "./schemas.mjs";
import { rewrite } from "./rewrite.mjs";

/**
 * json-schema-to-typescript resolves cross-file $refs by fetching their absolute $id, so the
 * files are merged into one schema with local refs first: every $defs entry, and each file's
 * root under its title, lands in one $defs table.
 */
export function bundleForTypes(schemas) {
  const defs = {};
  const rewriteNode = (node, file) => {
    if (Array.isArray(node)) return node.map((n) => rewriteNode(n, file));
    if (!node || typeof node !== "object") return node;
    if (node.$ref && Object.keys(node).length > 1) {
      // A $ref with its own description: json-schema-to-typescript would mint a new alias (Id1,
      // Id2…) for each. Inline string definitions instead, and name object definitions through
      // tsType, so the description lands on the property itself.
      const { name, def } = resolveRef(schemas, node.$ref, file);
      const { $ref, ...siblings } = node;
      if (def.type === "string") {
        const { title, description, ...inlined } = def;
        return { ...inlined, ...siblings };
      }
      return { tsType: def.title ?? name, ...siblings };
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref") {
        out.$ref = `#/$defs/${resolveRef(schemas, v, file).name}`;
      } else if (k === "discriminator" || k === "$schema" || k === "$id") {
        // Validation-only keywords: they add nothing to the types.
      } else out[k] = rewriteNode(v, file);
    }
    // "At least one of these fields" (an anyOf of required lists) is validation-only: the fields
    // are typed in `properties`, and the branches would only mint Name1/Name2 intersections.
    if (
      out.properties &&
      out.anyOf?.every((b) => b.required && Object.keys(b).every((k) => k === "required" || k === "properties"))
    )
      delete out.anyOf;
    // Tagged unions declare their tag in `properties` only to satisfy Ajv's strictRequired.
    if (out.oneOf) {
      delete out.properties;
      delete out.required;
      delete out.type;
    }
    return out;
  };
  for (const [file, schema] of Object.entries(schemas)) {
    const { $defs = {}, ...rest } = rewriteNode(schema, file);
    for (const [listFile, path] of NON_EMPTY_LISTS) if (listFile === file) typeNonEmpty(rest, path, file);
    for (const [name, def] of Object.entries($defs)) defs[name] = def;
    if (file !== "defs.json") defs[schema.title] = rest;
  }
  return { title: "NewsEventsSchemas", $defs: defs, type: "object", additionalProperties: false };
}

/**
 * Lists typed as non-empty tuples, `[Author, ...Author[]]`, so that `authors: []` fails to compile
 * as it fails to validate. Only lists a writer fills by hand, where an empty one is a slip: lists
 * programs build with filter/map (evidence, domains, fates) would only gain casts. json-schema-to-
 * typescript's own minItems tuples are off (ignoreMinAndMaxItems) because they would apply to all.
 */
const NON_EMPTY_LISTS = [["document.json", ["properties", "authors"]]];

/**
 * Sets the tsType of the `minItems: 1` list at `path` of a bundled root to `[T, ...T[]]`; a list
 * that is no longer one is an error, so the rule cannot silently stop applying.
 */
function typeNonEmpty(root, path, file) {
  const node = path.reduce((n, key) => n?.[key], root);
  if (node === undefined) return; // a schema without the list (the generator's own tiny tests)
  const item = node.items?.$ref?.replace("#/$defs/", "");
  if (node.type !== "array" || node.minItems !== 1 || !item)
    throw new Error(`generate: ${file}#/${path.join("/")} is no longer a minItems 1 list of a $ref`);
  node.tsType = `[${item}, ...${item}[]]`;
}

/** The text of src/generated/types.ts. */
export async function generateTypes(schemas) {
  const ts = await compile(bundleForTypes(schemas), "NewsEventsSchemas", {
    bannerComment: BANNER.trim(),
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    additionalProperties: false,
    strictIndexSignatures: true,
    style: { singleQuote: false, printWidth: 100 },
  });
  return cleanTypes(ts);
}

/**
 * The bundle's root exists only to hold $defs. json-schema-to-typescript adds a "referenced by the
 * bundle" line to every definition's comment: it names our build artefact, not the type, so hovers
 * would carry it for nothing. The root's own (empty) interface goes too.
 */
export function cleanTypes(ts) {
  let out = rewrite(
    "drop the 'referenced by the bundle' lines",
    ts,
    /\n \*\n \* This interface was referenced by `NewsEventsSchemas`'s JSON-Schema\n \* via the `definition` "[^"]*"\./g,
    "",
  );
  out = rewrite("drop the bundle root's interface", out, /export interface NewsEventsSchemas \{\}\n/, "");
  return out;
}

/** The names types.ts exports, in its order: what news-events/model re-exports. */
export function exportedTypeNames(typesTs) {
  return [...typesTs.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]);
}

/**
 * src/generated/public-types.ts: the explicit list of generated types the model entry exports, so
 * that a schema edit that adds (or removes) a type shows in review as a public-API change.
 */
export function generatePublicTypes(typesTs) {
  const names = exportedTypeNames(typesTs);
  if (names.length === 0) throw new Error("generate: types.ts exports no type");
  return `${BANNER}
// The public API of news-events/model: a name added or removed here is an API change (CHANGELOG).
export type {
${names.map((n) => `  ${n},`).join("\n")}
} from "./types.js";
`;
}
