import jsonld from "jsonld";
import { expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, schemaorgFile } from "../helpers/fixtures.js";

// The pinned schema.org 30.0 context, served offline for "https://schema.org".
const context = schemaorgFile("schemaorgcontext.jsonld") as object;
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: undefined, documentUrl: url, document: context };
  throw new Error(`offline: refused to load ${url}`);
};

/**
 * Every property key in a JSON-LD value, at any depth: terms in the compact graph, IRIs in its
 * expansion.
 */
function propertyKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => propertyKeys(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (!k.startsWith("@")) out.add(k);
      propertyKeys(v, out);
    }
  }
  return out;
}

test("the canonical graph expands offline with the schema.org 30.0 context and no term is dropped", async () => {
  // Every event as an Event, so that Event and Role terms are expanded too.
  const graph = toJsonLd(canonicalDocument(), { events: "all" });
  // `safe` (jsonld 9) turns lossy expansion, such as a relative IRI, into an error; @types/jsonld predates it.
  const options = { documentLoader, safe: true } as unknown as jsonld.Options.Expand;
  const expanded = await jsonld.expand(graph as unknown as jsonld.JsonLdDocument, options);
  const used = propertyKeys(graph);
  const iris = propertyKeys(expanded);
  expect(used.size).toBeGreaterThan(30);
  for (const term of used) expect(iris, term).toContain(`http://schema.org/${term}`);
  expect(iris.size).toBe(used.size);
  // Every type survives expansion as a schema.org IRI as well.
  const types = new Set(JSON.stringify(expanded).match(/"http:\/\/schema\.org\/[A-Z]\w+"/g));
  for (const type of [
    "NewsArticle",
    "WebPage",
    "Event",
    "Quotation",
    "Country",
    "Person",
    "Role",
    "CorrectionComment",
  ]) {
    expect(types).toContain(`"http://schema.org/${type}"`);
  }
});
