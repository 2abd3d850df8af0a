// The coded terms section of docs/vocabulary.md: every PLOVER event type, mode and context and
// every CAMEO code the library knows, each under the anchor its `nev:` IRI names (termIri in
// src/core/iri.ts: `nev:plover-PROTEST`, `nev:plover-mode-visit`, `nev:cameo-042`). PLOVER and
// CAMEO publish no IRIs of their own; these anchors are where the library's IRIs for them lead.

/** The codes of one space-separated list exported by src/model/plover-codes.ts (its text). */
export function codeList(source, name) {
  const found = new RegExp(`export const ${name} =((?:\\s*"[^"]*"\\s*\\+?)+);`).exec(source);
  if (!found) throw new Error(`src/model/plover-codes.ts exports no ${name} list`);
  return [...found[1].matchAll(/"([^"]*)"/g)]
    .map((m) => m[1])
    .join("")
    .split(" ")
    .filter(Boolean);
}

/** CAMEO code → its description, from PLOVER's CAMEO→PLOVER table (`042: CONSULT, visit, … # Make a visit`). */
export function cameoLabels(table) {
  const labels = new Map();
  for (const line of table.split("\n")) {
    const row = /^(\d{2,4}):[^#]*(?:#\s*(.*\S))?/.exec(line);
    if (row) labels.set(row[1], row[2] ?? "");
  }
  return labels;
}

/** The PLOVER event types of the schemas' coded term (`PloverTerm`'s enum). */
export function ploverTypes(schemas) {
  const codes = schemas["defs.json"]?.$defs?.PloverTerm?.properties?.code?.enum;
  if (!Array.isArray(codes)) throw new Error("schemas/defs.json has no PloverTerm with an enum of codes");
  return codes;
}

const anchored = (id, text) => `<a id="${id}"></a>\`${text}\``;

/**
 * The section's text: one table per scheme, each code at its anchor.
 * @param {{ types: string[], modes: string[], contexts: string[], cameo: Map<string, string> }} codes
 */
export function codedTermsSection({ types, modes, contexts, cameo }) {
  const cell = (scheme, code) => `| ${anchored(`${scheme}-${code}`, code)} | \`nev:${scheme}-${code}\` |`;
  const table = (scheme, codes) => `| code | IRI |\n|---|---|\n${codes.map((code) => cell(scheme, code)).join("\n")}`;
  const cameoRows = [...cameo].map(([code, said]) => `${cell("cameo", code)} ${said.replace(/\|/g, "\\|")} |`);
  return `## Coded terms

A coded term (\`{ "scheme", "code", "label" }\`) becomes an IRI in the graph: Wikidata's own
(\`http://www.wikidata.org/entity/Q…\`), IPTC's (\`http://cv.iptc.org/newscodes/mediatopic/…\`), and
for PLOVER and CAMEO, which publish none, one of this vocabulary: the anchors below
(\`termIri\` and \`termFromIri\` in \`news-events/linked-data\`). The codes are PLOVER's (CAMEO→PLOVER
table, draft 0.8; gold-standard records; manual, draft 2.0), CC BY-SA 4.0: see
[vocabularies/plover](../vocabularies/plover/README.md).

### PLOVER event types

${table("plover", types)}

### PLOVER modes

${table("plover-mode", modes)}

### PLOVER contexts

${table("plover-context", contexts)}

### CAMEO codes

| code | IRI | CAMEO's words |
|---|---|---|
${cameoRows.join("\n")}
`;
}
