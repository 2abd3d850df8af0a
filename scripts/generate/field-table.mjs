// docs/fields.md: for every field of the document format, what it becomes in the SEO JSON-LD, in
// Linked Data and in ninjs — or that it is not there, and why. The rows come from the schemas;
// the SEO and ninjs words from field-outputs.mjs, which must name every field and no other.
import { resolveRef } from "./schemas.mjs";
import { SHARED_TERMS, ownTerm } from "./context.mjs";
import { NINJS, NINJS_BY_PART, REQUIRED_WHEN, SEO } from "./field-outputs.mjs";

/**
 * Every object definition reachable from the document, in walk order, each with its properties
 * and how it is reached: `{ title, properties, parents: [{ owner, property }], parts }`, where
 * parts are the document's top-level properties it hangs under.
 */
export function fieldOwners(schemas) {
  const owners = new Map();
  const visit = (schema, file, title, parent, part) => {
    if (!schema || typeof schema !== "object") return;
    if (schema.$ref) {
      const { file: target, name, def } = resolveRef(schemas, schema.$ref, file);
      return visit(def, target, def.title ?? name, parent, part);
    }
    for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])])
      // An inline branch that only requires some of the object's own properties (the general
      // kind's "plover or classes") defines nothing; a $ref'd or typed one does.
      if (branch.$ref || branch.type || !branch.properties) visit(branch, file, title, parent, part);
    if (schema.items) visit(schema.items, file, title, parent, part);
    // A tagged union's own properties are only its tag, which each branch lists again.
    if (!schema.properties || schema.discriminator) return;
    let owner = owners.get(title);
    const seen = owner !== undefined;
    if (!owner)
      owners.set(
        title,
        (owner = {
          title,
          properties: schema.properties,
          required: new Set(schema.required ?? []),
          parents: [],
          parts: new Set(),
        }),
      );
    if (parent && !owner.parents.some((p) => p.owner === parent.owner && p.property === parent.property))
      owner.parents.push(parent);
    const before = owner.parts.size;
    if (part) owner.parts.add(part);
    if (seen && owner.parts.size === before) return;
    for (const [name, sub] of Object.entries(schema.properties))
      visit(sub, file, title, { owner: title, property: name }, part ?? name);
  };
  visit(schemas["document.json"], "document.json", "NewsDocument", undefined, undefined);
  return [...owners.values()];
}

const notIn = (text) => typeof text === "string" && text.startsWith("—");

/**
 * The SEO words for each `Owner.property`: its own entry; else, when every place the object is
 * in is outside the graph, "— see" that place; else the `*.property` entry. Places are decided
 * first (the walk repeats until every parent is known), so a part inherits from its whole.
 */
function seoColumn(owners) {
  const words = new Map();
  const used = new Set();
  const decide = (owner, name, final) => {
    const own = `${owner.title}.${name}`;
    if (own in SEO) return (used.add(own), SEO[own]);
    const parents = owner.parents.map((p) => words.get(`${p.owner}.${p.property}`));
    if (parents.includes(undefined) && !final) return undefined;
    if (parents.length > 0 && parents.every((p) => p !== undefined && notIn(p)))
      return `— see \`${owner.parents[0].property}\``;
    const wildcard = `*.${name}`;
    return wildcard in SEO ? (used.add(wildcard), SEO[wildcard]) : null;
  };
  for (let pass = 0, open = Infinity; ; pass++) {
    const before = open;
    open = 0;
    for (const owner of owners)
      for (const name of Object.keys(owner.properties)) {
        const key = `${owner.title}.${name}`;
        if (words.has(key)) continue;
        const text = decide(owner, name, before === open && pass > 0);
        if (text === undefined) open++;
        else words.set(key, text);
      }
    if (open === 0 || (before === open && pass > 0)) break;
  }
  const missing = [...words].filter(([, text]) => text === null).map(([key]) => key);
  return { words, used, missing };
}

const EVENT_OR_ENTITY_PARTS = new Set(["events", "entities"]);

/** The ninjs words for each `Owner.property`. */
function ninjsColumn(owners) {
  const words = new Map();
  const used = new Set();
  const missing = [];
  for (const owner of owners) {
    // An event or an entity itself (not a step or a position inside it) keeps the fields of its reference.
    const direct = owner.parents.some((p) => p.owner === "NewsDocument" && EVENT_OR_ENTITY_PARTS.has(p.property));
    const parts = [...owner.parts];
    for (const name of Object.keys(owner.properties)) {
      const own = `${owner.title}.${name}`;
      const wildcard = `*.${name}`;
      const defaults = new Set(parts.map((p) => NINJS_BY_PART[p]));
      // An object found in several parts (evidence spans) goes where its part goes.
      const partDefault =
        defaults.size > 1 ? "— as the part it is in" : parts.map((p) => NINJS_BY_PART[p]).find((t) => t !== undefined);
      let text;
      if (own in NINJS) ((text = NINJS[own]), used.add(own));
      else if ((direct || partDefault === undefined) && wildcard in NINJS)
        ((text = NINJS[wildcard]), used.add(wildcard));
      else text = partDefault;
      if (text === undefined) missing.push(own);
      else words.set(own, text);
    }
  }
  return { words, used, missing };
}

/** The Linked Data term of a property, as schemas/context.jsonld gives it. */
const linkedDataTerm = (name) => SHARED_TERMS[name] ?? `nev:${ownTerm(name)}`;

const cell = (text) => text.replace(/\|/g, "\\|");

/** The text of docs/fields.md; throws naming every field without words and every entry that names no field. */
export function generateFieldTable(schemas) {
  const owners = fieldOwners(schemas);
  const seo = seoColumn(owners);
  const ninjs = ninjsColumn(owners);
  const problems = [
    ...seo.missing.map((f) => `${f} has no SEO entry`),
    ...ninjs.missing.map((f) => `${f} has no ninjs entry`),
    ...Object.keys(SEO)
      .filter((k) => !seo.used.has(k))
      .map((k) => `SEO entry ${k} names no field`),
    ...Object.keys(NINJS)
      .filter((k) => !ninjs.used.has(k))
      .map((k) => `ninjs entry ${k} names no field`),
    ...Object.keys(REQUIRED_WHEN)
      .filter((k) => !owners.some((o) => `${o.title}.${k.split(".")[1]}` === k && !o.required.has(k.split(".")[1])))
      .map((k) => `REQUIRED_WHEN entry ${k} names no field the schema leaves optional`),
  ];
  if (problems.length > 0)
    throw new Error(`scripts/generate/field-outputs.mjs is out of step with the schemas:\n  ${problems.join("\n  ")}`);
  const sections = owners.map((owner) => {
    const rows = Object.keys(owner.properties).map((name) => {
      const key = `${owner.title}.${name}`;
      const mark = owner.required.has(name)
        ? " (required)"
        : key in REQUIRED_WHEN
          ? ` (required ${REQUIRED_WHEN[key]})`
          : "";
      const field = `\`${name}\`${mark}`;
      return `| ${field} | ${cell(seo.words.get(key))} | \`${linkedDataTerm(name)}\` | ${cell(ninjs.words.get(key))} |`;
    });
    return `## ${owner.title}\n\n| field | SEO JSON-LD (\`toJsonLd\`) | Linked Data (\`toLinkedData\`) | ninjs (\`toNinjs\`) |\n|---|---|---|---|\n${rows.join("\n")}\n`;
  });
  return `<!-- GENERATED by scripts/generate.mjs from schemas/*.json and scripts/generate/field-outputs.mjs. Do not edit: run \`npm run generate\`. -->
# Every field, and what it becomes

A document holds more than any one output can carry. This table lists, for every field of the
format, what it becomes in the SEO graph (\`news-events/jsonld\`), in Linked Data
(\`news-events/linked-data\`, lossless: every field, under the term shown, see
[vocabulary.md](vocabulary.md)) and in an IPTC ninjs item (\`news-events/ninjs\`). A cell that
starts with "—" says the field is not in that output, and why. \`toNinjsResult\` lists what an item
loses, field by field, for each document. A test removes each field from the real documents
under \`examples/\` and checks every "—" against the outputs. A field marked "(required)" must be
in every object of its kind; one marked "(required when …)", "(required unless …)" or "(required
for …)" only then, as validation says when it is missing; any other field may be left out. A test
holds the marks to what validation refuses.

${sections.join("\n")}`;
}
