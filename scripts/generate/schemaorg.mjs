// src/generated/schemaorg-vocabulary.ts: a compact list of schema.org's classes and properties for
// the checker, derived from the vendored release (never shipped whole).
import { banner } from "./schemas.mjs";

/** Where the vendored release lives, relative to the repository root. */
export const SCHEMAORG_SOURCE = "vendor/schemaorg-30.0/schemaorg-current-https.jsonld.gz";

const byName = (a, b) => a.replace("~", "").localeCompare(b.replace("~", ""));

/**
 * Classes with their direct superclasses and properties with their domains, as compact strings
 * ("Name:Super1,Super2|…"); a leading "~" marks a pending term. `vocabulary` is the release's
 * JSON-LD, `release` its versions.json.
 */
export function generateVocabulary(vocabulary, release) {
  const local = (id) => (id.startsWith("schema:") ? id.slice(7) : null);
  const list = (v) =>
    (v === undefined ? [] : Array.isArray(v) ? v : [v])
      .map((x) => local(x["@id"]))
      .filter(Boolean)
      .sort();
  const classes = [];
  const properties = [];
  const members = [];
  for (const node of vocabulary["@graph"]) {
    const name = local(node["@id"]);
    if (!name) continue;
    const types = [node["@type"]].flat();
    const pending = node["schema:isPartOf"]?.["@id"] === "https://pending.schema.org" ? "~" : "";
    if (types.includes("rdfs:Class")) classes.push(`${pending}${name}:${list(node["rdfs:subClassOf"]).join(",")}`);
    else if (types.includes("rdf:Property"))
      properties.push(`${pending}${name}:${list(node["schema:domainIncludes"]).join(",")}`);
    else
      members.push(
        `${pending}${name}:${types
          .map((t) => local(t))
          .filter(Boolean)
          .sort()
          .join(",")}`,
      );
  }
  return `${banner(SCHEMAORG_SOURCE)}// schema.org release ${release.schemaversion}.

/** The schema.org release this list was derived from. */
export const SCHEMAORG_VERSION = ${JSON.stringify(release.schemaversion)};
/** Classes: "Name:DirectSuper1,DirectSuper2", joined by "|"; "~" marks pending terms. */
export const CLASSES = ${JSON.stringify(classes.sort(byName).join("|"))};
/** Properties: "name:Domain1,Domain2", joined by "|"; "~" marks pending terms. */
export const PROPERTIES = ${JSON.stringify(properties.sort(byName).join("|"))};
/** Enumeration members: "Name:Type", joined by "|"; "~" marks pending terms. */
export const MEMBERS = ${JSON.stringify(members.sort(byName).join("|"))};
`;
}
