// Runs every generator step on the schemas (and the vendored schema.org release and CLDR files)
// and writes, or with --check compares, what they return. The steps are pure: this is the only
// module that reads or writes files.
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { BANNER, loadSchemas } from "./schemas.mjs";
import { generatePublicTypes, generateTypes } from "./types.mjs";
import { generateValidators, validatorDeclarations } from "./validators.mjs";
import { fastPathDeclarations, generateFastPathModule } from "./fast-path.mjs";
import { generatePatterns } from "./patterns.mjs";
import { generatePropertyNames } from "./property-names.mjs";
import { SCHEMAORG_SOURCE, generateVocabulary } from "./schemaorg.mjs";
import { generateContext } from "./context.mjs";
import { generateVocabularyDoc } from "./vocabulary-doc.mjs";
import { cameoLabels, codeList, ploverTypes } from "./coded-terms-doc.mjs";
import { generateFacts } from "./facts.mjs";
import { generateDocumentParts } from "./parts.mjs";
import { generateFieldTable } from "./field-table.mjs";
import { generateTableLayout, generateTablesDoc, withTablesSection } from "./tables.mjs";
import { CLDR_CODE_MAPPINGS, CLDR_TERRITORY_NAMES, generateCountryCodes } from "./country-codes.mjs";

/** The repository root. */
export const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** Every generated file, by its path from the repository root, with the text it should have. */
export async function generateAll() {
  const schemas = loadSchemas(join(root, "schemas"));
  const vocabulary = JSON.parse(gunzipSync(readFileSync(join(root, SCHEMAORG_SOURCE))).toString("utf8"));
  const release = JSON.parse(readFileSync(join(root, dirname(SCHEMAORG_SOURCE), "versions.json"), "utf8"));
  const types = await generateTypes(schemas);
  const cldr = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
  // The PLOVER and CAMEO codes the library knows (src/model/plover-codes.ts), for their anchors.
  const ploverCodes = readFileSync(join(root, "src/model/plover-codes.ts"), "utf8");
  const cameoTable = cameoLabels(readFileSync(join(root, "vocabularies/plover/CAMEO2PLOVER-2021.txt"), "utf8"));
  const codes = {
    types: ploverTypes(schemas),
    modes: codeList(ploverCodes, "PLOVER_MODES"),
    contexts: codeList(ploverCodes, "PLOVER_CONTEXTS"),
    cameo: new Map(codeList(ploverCodes, "CAMEO_CODES").map((code) => [code, cameoTable.get(code) ?? ""])),
  };
  return {
    "src/generated/property-names.ts": generatePropertyNames(schemas),
    "src/generated/patterns.ts": generatePatterns(schemas),
    "src/generated/schemaorg-vocabulary.ts": generateVocabulary(vocabulary, release),
    "src/generated/country-codes.ts": generateCountryCodes(cldr(CLDR_CODE_MAPPINGS), cldr(CLDR_TERRITORY_NAMES)),
    "src/generated/types.ts": types,
    "src/generated/public-types.ts": generatePublicTypes(types),
    "src/generated/check-validators.js": generateValidators(schemas),
    "src/generated/check-validators.d.ts": validatorDeclarations(schemas),
    "src/generated/fast-path.js": generateFastPathModule(schemas),
    "src/generated/fast-path.d.ts": fastPathDeclarations(),
    "src/generated/schema-facts.ts": generateFacts(schemas),
    "src/generated/document-parts.ts": generateDocumentParts(schemas),
    "schemas/context.jsonld": generateContext(schemas),
    // The same context as a module (issue 25): importing a .jsonld file fails on Node 20.
    "src/generated/context.ts": `${BANNER}/** The document of schemas/context.jsonld, as an object. */\nexport const CONTEXT_DOCUMENT = ${generateContext(schemas).trimEnd()} as const;\n`,
    "docs/vocabulary.md": generateVocabularyDoc(schemas, codes),
    "docs/fields.md": generateFieldTable(schemas),
    "src/generated/table-layout.ts": generateTableLayout(schemas),
    "docs/tables.md": withTablesSection(readFileSync(join(root, "docs/tables.md"), "utf8"), generateTablesDoc(schemas)),
  };
}

/**
 * Writes every generated file that differs from what it should be; with `check`, writes nothing
 * and names each stale file instead. Returns the number of stale files (0 when writing).
 */
export async function run({ check }) {
  const files = await generateAll();
  let stale = 0;
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    let current = null;
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current === content) continue;
    if (check) {
      stale++;
      console.error(`stale: ${name} (run npm run generate)`);
    } else {
      writeFileSync(path, content);
      console.log(`wrote ${name}`);
    }
  }
  return stale;
}
